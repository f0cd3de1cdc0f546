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
BROTLI_QUALITY = 11


def finish_output(output, settings):
    static = os.path.join(output, settings["THEME_STATIC_DIR"])
    if settings.get("ASSETS_FINGERPRINT") and os.path.isdir(static):
        rename_static_files(static)
    if settings.get("ASSETS_MINIFY"):
        # Pages everywhere, but CSS and JS only of the theme: other scripts (such as
        # the search bundle) come minified by their makers.
        for path in files_in(output, (".html",)) + files_in(static, (".css", ".js")):
            minify_file(path)
    if settings.get("ASSETS_PRECOMPRESS"):
        paths = files_in(output, COMPRESSED)
        with ProcessPoolExecutor() as pool:
            list(pool.map(compress_file, paths, chunksize=8))


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


def minify_file(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".html"):
        text = minify_html.minify(text, minify_css=True, minify_js=True)
    else:  # minify-html minifies CSS and JS as the content of an element
        tag = "style" if path.endswith(".css") else "script"
        wrapped = minify_html.minify(f"<{tag}>{text}</{tag}>", minify_css=True,
                                     minify_js=True)
        text = wrapped.removeprefix(f"<{tag}>").removesuffix(f"</{tag}>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def compress_file(path):
    """Write path.gz and path.br beside the file (a worker process runs this)."""
    with open(path, "rb") as handle:
        data = handle.read()
    with open(path + ".gz", "wb") as handle:
        handle.write(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))
    with open(path + ".br", "wb") as handle:
        handle.write(brotli.compress(data, quality=BROTLI_QUALITY))
