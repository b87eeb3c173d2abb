docker run --rm --security-opt seccomp=unconfined alpine:3.20 true # expect: docker-unconfined-profile
docker run --rm --security-opt=systempaths=unconfined alpine:3.20 true # expect: docker-unconfined-profile
