#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-docker.io/acme/worker}
REG="ghcr.io/acme"

podman build -t "$IMAGE:dev" worker > /dev/null 2>&1

for svc in a b; do
  docker build --tag "${REG}/svc-${svc}" "services/${svc}"
done

cat <<DOC
docker build -t not/a-build .
DOC
