docker run --rm --user 1000 --security-opt=no-new-privileges:true alpine:3.20 id
docker run --rm -u "$(id -u):$(id -g)" alpine:3.20 id
