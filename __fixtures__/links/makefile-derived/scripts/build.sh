#!/bin/sh
set -e
cp Dockerfile build.Dockerfile
docker build -t ghcr.io/acme/copied:1 -f build.Dockerfile .
