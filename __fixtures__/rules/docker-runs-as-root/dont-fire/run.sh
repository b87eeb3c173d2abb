docker run --rm -u "$(id -u):$(id -g)" alpine:3.20 true
docker run --rm "$IMAGE" true
