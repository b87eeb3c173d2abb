FROM debian:12
RUN mkdir -p /data /cache && chown 10001:3000 /data && chmod 2775 /data \
 && chown 10001:10001 /cache
USER 10001
