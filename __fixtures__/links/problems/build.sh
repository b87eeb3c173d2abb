docker build -t "unterminated
