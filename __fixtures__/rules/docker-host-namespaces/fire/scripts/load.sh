docker run --rm --net=host grafana/k6:0.52.0 run test.js # expect: docker-host-namespaces
docker run --rm -it --pid host --ipc=host alpine:3.20 top # expect: docker-host-namespaces
