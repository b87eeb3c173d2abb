docker run --rm -v //var/run/docker.sock:/sock docker:27-cli ps # expect: docker-socket-mount
docker run --rm --mount type=bind,src=/var/run/docker.sock,dst=/var/run/docker.sock docker:27-cli ps # expect: docker-socket-mount
