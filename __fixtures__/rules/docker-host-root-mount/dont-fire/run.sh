docker run --rm -v "$HOME/.cache:/root/.cache" -v /tmp:/tmp alpine:3.20 true
