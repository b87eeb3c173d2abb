#!/bin/sh
set -eu
docker run --rm --privileged alpine:3.20 true # expect: docker-privileged
sudo podman run -d \
  --name flasher --privileged=true alpine:3.20 sleep 1 # expect: docker-privileged
