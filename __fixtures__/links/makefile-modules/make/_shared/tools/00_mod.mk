CTR ?= docker
