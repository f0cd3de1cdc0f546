"""A stand-in for the operators' websites, for the tests of make verify-sources: one
page per written form of a number, a page without it, a 404, a 500, a permanent
redirect, a page that never answers, a PDF and a robots.txt. `python -m
tests.sources_site` serves it on 127.0.0.1, on the port the system gives; its first
line names the address."""

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FOREVER = threading.Event()  # never set: the slow page's answer never comes

PAGES = {
    "/forms/spaces": "Call +961 1 345 678 at any hour.",
    "/forms/dashes": "Hotline: 01-345-678 (24/7)",
    "/forms/dots": "Phone 01.345.678",
    "/forms/parentheses": "Phone (01) 345 678",
    "/forms/arabic": "اتصل على الرقم ١٥٦٤ على مدار الساعة",
    "/forms/persian": "شماره ۱۵۶۴",
    "/forms/us-dashes": "Call 1-800-799-7233, day or night.",
    "/forms/us-letters": "Call 1-800-799-SAFE, day or night.",
    "/absent": "This page lists no number at all.",
    "/new": "Our new page: call 1564.",
    "/private/page": "Call 1564.",
}


def pdf(text):
    """A one-page PDF whose text is `text` (ASCII)."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return body


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/robots.txt":
            self.answer(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path in PAGES:
            html = f"<!doctype html><title>Help</title><p>{PAGES[self.path]}</p>"
            self.answer(200, html.encode(), "text/html; charset=utf-8")
        elif self.path == "/leaflet.pdf":
            self.answer(200, pdf("Crisis line: 1564"), "application/pdf")
        elif self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/new")
            self.end_headers()
        elif self.path == "/error":
            self.answer(500, b"Server error", "text/plain")
        elif self.path == "/slow":
            FOREVER.wait()
        else:
            self.answer(404, b"Not found", "text/plain")

    def answer(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"Serving at http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdout.flush()
    server.serve_forever()
