FROM python:3.13-slim
RUN useradd --uid 1001 --create-home app
USER app
