docker run --rm --user 1000 --network host -p 53:53/udp alpine:3.20 true # expect: docker-privileged-port-non-root
