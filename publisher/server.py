"""A local web server for the built site, answering like production: 404.html for misses."""

import contextlib
import os
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves files of the built site; a missing one gets the site's own 404 page."""

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != HTTPStatus.NOT_FOUND or not os.path.isfile(page):
            super().send_error(code, message, explain)
            return
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if os.environ.get("SITE_SERVER_QUIET") != "1":
            super().log_message(format, *args)


def make_server(directory, port=8000, host="127.0.0.1"):
    """An HTTP server for `directory` on host:port (port 0 picks a free one)."""
    handler = partial(SiteHandler, directory=os.path.abspath(directory))
    return ThreadingHTTPServer((host, port), handler)


def serve_forever(directory, port=8000, host="127.0.0.1"):
    with make_server(directory, port, host) as httpd:
        print(f"Serving {directory} at http://{host}:{httpd.server_address[1]}/ "
              "(Ctrl+C stops)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            httpd.serve_forever()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m publisher.server")
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    serve_forever(args.directory, args.port)
