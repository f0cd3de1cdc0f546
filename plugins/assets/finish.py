"""What happens to a written site before it is served: fingerprinted names, minified
text, compressed copies. Each step runs once over the output folder."""

import gzip
import os
from concurrent.futures import ProcessPoolExecutor

import brotli
import minify_html

from .names import fingerprinted

COMPRESSED = (".html", ".css", ".js", ".xml", ".txt", ".svg", ".json", ".webmanifest")
GZIP_LEVEL = 9
# Levels chosen by measurement (bench/compression.py, 1,000 articles, one core): brotli 11
# takes 15.5 s and brotli 5 0.28 s for all pages, for 9 % fewer bytes. The theme's files
# and scripts (a few, loaded by every visitor, kept a year) get 11; pages get 5.
BROTLI_QUALITY = {".css": 11, ".js": 11, ".svg": 11}
BROTLI_QUALITY_OTHERS = 5


def finish_output(output, settings):
    """Rename, then minify and compress every file in one pass spread over the cores."""
    static = os.path.join(output, settings["THEME_STATIC_DIR"])
    if settings.get("ASSETS_FINGERPRINT") and os.path.isdir(static):
        rename_static_files(static)
    # Pages everywhere, but CSS and JS only of the theme: other scripts (such as the
    # search bundle) come minified by their makers.
    minify = set()
    if settings.get("ASSETS_MINIFY"):
        minify = set(files_in(output, (".html",)) + files_in(static, (".css", ".js")))
    compress = settings.get("ASSETS_PRECOMPRESS")
    paths = files_in(output, COMPRESSED) if compress else sorted(minify)
    if not paths:
        return
    jobs = [(path, path in minify, bool(compress)) for path in paths]
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(finish_file, jobs, chunksize=max(1, len(jobs) // (workers * 8))))


def files_in(folder, extensions):
    return sorted(os.path.join(root, name) for root, _, names in os.walk(folder)
                  for name in names if name.endswith(extensions))


def rename_static_files(static):
    """Give every theme file the fingerprinted name the templates already use."""
    for path in files_in(static, ("",)):
        relative = os.path.relpath(path, static)
        with open(path, "rb") as handle:
            target = os.path.join(static, fingerprinted(relative, handle.read()))
        os.replace(path, target)


def finish_file(job):
    """Minify a file in place and/or write its .gz and .br copies (in a worker process)."""
    path, minify, compress = job
    with open(path, "rb") as handle:
        data = handle.read()
    if minify:
        data = minified(path, data.decode("utf-8")).encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
    if compress:
        quality = BROTLI_QUALITY.get(os.path.splitext(path)[1], BROTLI_QUALITY_OTHERS)
        with open(path + ".gz", "wb") as handle:
            handle.write(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))
        with open(path + ".br", "wb") as handle:
            handle.write(brotli.compress(data, quality=quality))


def minified(path, text):
    if path.endswith(".html"):
        return minify_html.minify(text, minify_css=True, minify_js=True)
    # minify-html minifies CSS and JS as the content of an element
    tag = "style" if path.endswith(".css") else "script"
    wrapped = minify_html.minify(f"<{tag}>{text}</{tag}>", minify_css=True, minify_js=True)
    return wrapped.removeprefix(f"<{tag}>").removesuffix(f"</{tag}>")
