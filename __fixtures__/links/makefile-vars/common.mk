REGISTRY ?= ghcr.io/acme
