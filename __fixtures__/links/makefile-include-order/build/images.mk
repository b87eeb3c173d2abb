ifeq ($(TARGET_OS),windows)
  DOCKERFILE ?= Dockerfile-windows
else ifeq ($(origin DEBUG), undefined)
  DOCKERFILE ?= Dockerfile
else
  DOCKERFILE ?= Dockerfile-debug
endif

images:
	docker build -f build/$(DOCKERFILE) -t $(REGISTRY)/server:dev .
