docker run --rm alpine:3.20 true # expect: docker-runs-as-root
docker run --rm -u 0 -v "$PWD:/w" ghcr.io/acme/tool:2 chown -R 1000 /w # expect: docker-runs-as-root
