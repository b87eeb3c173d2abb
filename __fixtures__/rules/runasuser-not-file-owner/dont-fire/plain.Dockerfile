# The chart forces another uid, but the image prepared nothing for its own user.
FROM debian:12
USER 65534
