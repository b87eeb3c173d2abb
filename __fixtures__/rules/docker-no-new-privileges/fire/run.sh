docker run --rm --user 1000 alpine:3.20 id # expect: docker-no-new-privileges
