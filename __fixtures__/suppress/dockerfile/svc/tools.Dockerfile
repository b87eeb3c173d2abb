# kube-whoami ignore-file=dockerfile-user-root,dockerfile-user-name tools image (expect: unused-suppression)
FROM alpine:3.20
RUN adduser -D -u 10001 tools
USER tools
# suppressed-next-line: dockerfile-user-root
USER root
