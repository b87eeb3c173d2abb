#!/bin/sh
docker run --rm --privileged=false alpine:3.20 true
docker exec --privileged web sh
docker compose run --rm web
echo "docker run --privileged is not a command here"
