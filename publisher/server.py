"""A local web server for the built site, answering like production (deploy/nginx): the
site's 404.html for misses, and the .br/.gz copies `make publish` writes to the browsers
that accept them.

A browser revalidates with the file's ETag (its modification time in nanoseconds and its
size), never with Last-Modified: that is whole seconds, and a page rebuilt within the
second of the copy a browser holds would be answered "304 Not Modified"."""

import contextlib
import os
import re
import signal
import subprocess
import sys
import urllib.parse
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The precompressed copies beside a file, in the order they are preferred (nginx's
# brotli_static answers before gzip_static): (Content-Encoding, suffix of the copy).
PRECOMPRESSED = (("br", ".br"), ("gzip", ".gz"))


def accepts(accept_encoding, coding):
    """Whether an Accept-Encoding header allows `coding`: named, with a q above 0.

    As nginx reads it: `br;q=0` refuses Brotli, and `*` alone does not ask for a copy."""
    names = {coding, "x-gzip"} if coding == "gzip" else {coding}
    for part in accept_encoding.split(","):
        name, *params = (item.strip() for item in part.split(";"))
        if name.lower() not in names:
            continue
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves files of the built site; a missing one gets the site's own 404 page, and a
    file with a .br or .gz copy beside it is sent as that copy when the request accepts
    its coding, with the file's own Content-Type (nginx's brotli_static, gzip_static)."""

    vary = False  # whether this response depends on Accept-Encoding
    etag = None  # the validator of the file sent

    def parse_request(self):
        self.vary, self.etag = False, None  # one handler answers a connection's requests
        return super().parse_request()

    def send_head(self):
        # The base class would answer 304 from a date in whole seconds.
        del self.headers["If-Modified-Since"]
        path = self.file_to_send()
        copies = [(coding, path + suffix) for coding, suffix in PRECOMPRESSED
                  if path and os.path.isfile(path + suffix)]
        # Whichever is sent, a cache must keep one answer per Accept-Encoding (gzip_vary).
        self.vary = bool(copies)
        accept_encoding = self.headers.get("Accept-Encoding", "")
        coding, copy = next(((coding, copy) for coding, copy in copies
                             if accepts(accept_encoding, coding)), (None, None))
        if self.not_modified(copy or path):
            return None
        if copy:
            return self.send_copy(copy, coding, self.guess_type(path))
        return super().send_head()

    def file_to_send(self):
        """The file the base class would send for this request, or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urllib.parse.urlsplit(self.path).path.endswith("/"):
                return None  # the base class redirects to the address with a slash
            path = os.path.join(path, "index.html")
        return path if os.path.isfile(path) else None

    def send_copy(self, copy, coding, content_type):
        """The headers for a compressed copy; returns the open copy, as send_head does."""
        f = open(copy, "rb")  # noqa: SIM115 - the caller sends and closes it
        try:
            stat = os.fstat(f.fileno())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Encoding", coding)
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def not_modified(self, path):
        """Answers 304 when the request's If-None-Match names the file at `path` as it is
        (returns True), else notes its ETag for the response (returns False)."""
        if not path or not os.path.isfile(path):
            return False
        stat = os.stat(path)
        self.etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        asked = self.headers.get("If-None-Match", "")
        if self.etag not in (tag.strip() for tag in asked.split(",")):
            return False
        self.send_response(HTTPStatus.NOT_MODIFIED)
        self.end_headers()
        return True

    def end_headers(self):
        if self.vary:
            self.send_header("Vary", "Accept-Encoding")
        if self.etag:
            self.send_header("ETag", self.etag)
        # Always revalidated, as nginx serves pages: an edit shows on the next load,
        # and the browser's heuristic cache never answers in the server's place.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

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


def start_server(folder):
    """This server for `folder` (which may not exist yet) in a process of its own, on a
    port the system picks (port 0: no other process can take it first): (process,
    origin), once it listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "publisher.server", str(folder), "--port", "0"],
        cwd=ROOT, env={**os.environ, "SITE_SERVER_QUIET": "1"}, stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()  # "Serving ... at http://127.0.0.1:PORT/ ...", once bound
    found = re.search(r"http://127\.0\.0\.1:\d+", line)
    if not found:
        process.kill()
        raise RuntimeError(f"publisher.server did not start: {line!r}")
    return process, found.group(0)


@contextlib.contextmanager
def serving(folder):
    """Serve `folder` with start_server; yields the origin, then stops the server by
    its pid."""
    process, origin = start_server(folder)
    try:
        yield origin
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
        process.stdout.close()


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
    parser.add_argument("--port", type=int, default=8000,
                        help="port on 127.0.0.1; 0 picks a free one, named in the first line")
    args = parser.parse_args()
    serve_forever(args.directory, args.port)
