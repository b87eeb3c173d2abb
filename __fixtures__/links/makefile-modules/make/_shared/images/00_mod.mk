images_registry ?= ghcr.io/acme
