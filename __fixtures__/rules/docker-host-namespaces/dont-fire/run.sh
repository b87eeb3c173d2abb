podman run --rm --userns host alpine:3.20 true
docker run --rm --network mynet --pid=container:db alpine:3.20 true
