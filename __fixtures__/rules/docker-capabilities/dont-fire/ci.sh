docker run --rm --cap-add NET_RAW --cap-drop ALL alpine:3.20 ping -c1 host
docker run --rm --cap-add "$EXTRA_CAP" alpine:3.20 true
