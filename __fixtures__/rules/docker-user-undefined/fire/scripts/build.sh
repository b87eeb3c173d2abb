docker build -t acme/tool:dev .
docker run --rm --user=builder acme/tool:dev make # expect: docker-user-undefined
