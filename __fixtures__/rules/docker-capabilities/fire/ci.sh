docker run --rm --cap-add=SYS_PTRACE,NET_BIND_SERVICE alpine:3.20 true # expect: docker-capabilities
podman run --rm --cap-add NET_RAW alpine:3.20 ping -c1 host # expect: docker-capabilities
