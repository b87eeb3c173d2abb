docker run --rm -v "$PWD:/src" -v cache:/var/run alpine:3.20 true
