#!/bin/sh
# Run from this folder: builds the Dockerfile beside this script, not the root one.
for v in 0.1 0.2; do
  docker build -t "registry.example/e2e-box:${v}" .
done
