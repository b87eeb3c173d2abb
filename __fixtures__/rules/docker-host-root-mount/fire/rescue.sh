docker run --rm -it -v /sys/:/sys alpine:3.20 sh # expect: docker-host-root-mount
docker run --rm --mount type=bind,source=/,target=/rootfs,readonly alpine:3.20 ls /rootfs # expect: docker-host-root-mount
