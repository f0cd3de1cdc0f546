"""`make serve`: build the site, serve it on 127.0.0.1, rebuild it on every saved change
and reload the pages open in the browser.

The process stays warm: Python, Pelican and the plugins are loaded once and Jinja's
compiled templates are kept, so a saved article shows in well under a second
(bench/preview_speed.py). Every rebuild is the whole build, with every check
`make build` makes; one that fails prints its error lines and the last good output/
stays. A change to Python code or translations (plugins/, publisher/, the settings,
theme/translations/) restarts the process, so the new code is what runs.

The reload: the server adds one same-origin script to each page it sends (output/ is
never changed); it listens to EVENTS and reloads the page when a newer build is done.
"""

import argparse
import io
import logging
import os
import sys
import threading
import time
from functools import partial
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

import watchfiles

from publisher.build import BuildFailed, ErrorCollector, build, configure_logging, load_settings
from publisher.server import SiteHandler

EVENTS = "/__preview/events"
SCRIPT = "/__preview/reload.js"
RELOAD_SCRIPT = b"""\
(function () {
  "use strict";
  var shown = document.currentScript.getAttribute("data-build");
  new EventSource("%s").onmessage = function (event) {
    if (event.data !== shown) window.location.reload();
  };
})();
""" % EVENTS.encode()
KEEP_ALIVE_SECONDS = 15
SETTLE = 100  # ms: how often the watch loop wakes when nothing changed


class Builds:
    """The stamp of the last good build; event streams wait here for the next one."""

    def __init__(self):
        self.stamp = "none"
        self.changed = threading.Condition()

    def done(self):
        with self.changed:
            self.stamp = str(time.time_ns())
            self.changed.notify_all()

    def wait_for_other(self, stamp, timeout):
        with self.changed:
            self.changed.wait_for(lambda: self.stamp != stamp, timeout)
            return self.stamp


class PreviewHandler(SiteHandler):
    """The site as `make preview` serves it, each page with the reload script, plus the
    script and the event stream it listens to."""

    builds = None  # the server's Builds, set by make_preview_server

    def do_GET(self):
        path = urlsplit(self.path).path
        if path == EVENTS:
            self.send_events()
        elif path == SCRIPT:
            self.send_body(RELOAD_SCRIPT, "text/javascript; charset=utf-8")
        else:
            super().do_GET()

    def send_head(self):
        path = self.file_to_send()
        if not path or not path.endswith(".html"):
            return super().send_head()
        with open(path, "rb") as handle:
            page = handle.read()
        tag = b'<script src="%s" data-build="%s" defer></script>' % (
            SCRIPT.encode(), self.builds.stamp.encode())
        end = page.rfind(b"</body>")
        page = page[:end] + tag + page[end:] if end != -1 else page + tag
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def send_body(self, body, content_type):
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_events(self):
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        stamp = self.builds.stamp
        message = f"retry: 500\ndata: {stamp}\n\n"
        try:
            while True:
                self.wfile.write(message.encode())
                self.wfile.flush()
                newer = self.builds.wait_for_other(stamp, KEEP_ALIVE_SECONDS)
                message = f"data: {newer}\n\n" if newer != stamp else ": still here\n\n"
                stamp = newer
        except OSError:
            return  # the page was closed or reloaded


def make_preview_server(directory, port, builds):
    handler = partial(type("Handler", (PreviewHandler,), {"builds": builds}),
                      directory=os.path.abspath(directory))
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def index_after_reload(settings):
    """Whether search can be indexed after the reload: not when Pagefind's files are
    minified and compressed with the rest."""
    return not any(settings.get(name) for name in ("ASSETS_MINIFY", "ASSETS_PRECOMPRESS",
                                                   "ASSETS_FINGERPRINT"))


def rebuild(settings_file, output, builds, later, because=""):
    """One whole build; a good one wakes the pages, then (if `later`) has the search
    indexed, the one step a reading eye does not wait for; a bad one prints its errors."""
    try:
        result = build(settings_file, output=output, override={"SEARCH_INDEX_LATER": later})
    except BuildFailed as failed:
        print(f"Build failed{because}; the last good site is still served.", file=sys.stderr)
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        return
    builds.done()
    print(f"Built{because} in {result.seconds:.2f} s; the page reloads.", flush=True)
    if later:
        from search import index_later  # a plugin: importable once Pelican loaded it

        problems = ErrorCollector()
        logging.getLogger().addHandler(problems)
        try:
            index_later(output)
        finally:
            logging.getLogger().removeHandler(problems)
        for problem in problems.problems:
            print(f"error: {problem}", file=sys.stderr)


def watched(settings_file, settings):
    """(paths to watch, paths whose change needs a restart)."""
    root = os.path.dirname(os.path.abspath(settings_file))
    code = [os.path.abspath(p) for p in (*settings["PLUGIN_PATHS"],
                                         os.path.join(root, "publisher"),
                                         os.path.join(settings["THEME"], "translations"))]
    settings_files = [os.path.join(root, name) for name in os.listdir(root)
                      if name.endswith("conf.py")]
    return [settings["PATH"], settings["THEME"], *code, *settings_files], \
        tuple(code) + tuple(settings_files)


def needs_restart(path, code):
    return any(path == start or path.startswith(start + os.sep) for start in code)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m publisher.preview", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--port", type=int, default=8000,
                        help="port on 127.0.0.1; 0 picks a free one, named in the first line")
    args = parser.parse_args(argv)
    configure_logging()
    settings = load_settings(args.settings)
    output, later = settings["OUTPUT_PATH"], index_after_reload(settings)
    builds = Builds()
    server = make_preview_server(output, args.port, builds)
    port = server.server_address[1]
    paths, code = watched(args.settings, settings)
    started = False
    try:
        # The watch begins before the first build, so a file saved meanwhile is rebuilt
        # after it; with nothing changed it yields an empty set every SETTLE ms, and the
        # first of those starts the first build.
        for changes in watchfiles.watch(*paths, step=20, rust_timeout=SETTLE,
                                        yield_on_timeout=True):
            if not started:
                started = True
                rebuild(args.settings, output, builds, later)
                threading.Thread(target=server.serve_forever, daemon=True).start()
                print(f"Serving {os.path.relpath(output)}/ at http://127.0.0.1:{port}/ and "
                      "rebuilding on every change (Ctrl+C stops)", flush=True)
            if not changes:
                continue
            changed = sorted({path for _, path in changes})
            if any(needs_restart(path, code) for path in changed):
                print(f"Code changed ({os.path.relpath(changed[0])}); restarting.", flush=True)
                server.server_close()
                os.execv(sys.executable, [sys.executable, "-m", "publisher.preview",
                                          "--settings", args.settings, "--port", str(port)])
            more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
            rebuild(args.settings, output, builds, later,
                    f" after {os.path.relpath(changed[0])}{more}")
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
