FROM gcr.io/distroless/static:debug-nonroot
COPY svc /svc
ENTRYPOINT ["/svc"]
