# Included from the root Makefile: paths are relative to the root, where make runs.
image:
	docker build -t registry.example/tool:$(VERSION) -f images/runner/Dockerfile .

VERSION ?= 1.0
