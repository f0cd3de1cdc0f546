"""What the service worker keeps: the offline pages and every file they load, read from
the written HTML, and a cache name that changes whenever any of those files changes."""

import hashlib
import os
from urllib.parse import urljoin, urlsplit

from sitecore.tags import start_tags

# The attribute that loads a file when the page opens, by tag; a <link> loads one only
# with one of LINK_RELS.
LOADS = {"link": "href", "script": "src", "img": "src", "source": "srcset"}
LINK_RELS = {"stylesheet", "icon", "manifest", "apple-touch-icon", "preload",
             "modulepreload"}


def loaded_files(html, page_url):
    """URLs of the files `html` (served at `page_url`) loads as it opens."""
    urls = []
    for tag, attributes in start_tags(html, LOADS):
        if tag == "link" and not LINK_RELS & set(attributes.get("rel", "").split()):
            continue
        if attributes.get(LOADS[tag]):
            urls.append(urljoin(page_url, attributes[LOADS[tag]].split()[0]))
    return urls


def site_root(site_url):
    """The site's path on its host: "/" for SITEURL "" or "https://example.org"."""
    return urlsplit(site_url or "").path.rstrip("/") + "/"


def precache_paths(output, site_url, pages):
    """Root-relative paths of `pages` (site-relative URLs like "emergency/") and of every
    same-origin file they load, in a stable order."""
    base = urlsplit(site_url or "http://localhost")
    root = site_root(site_url)
    paths = []
    for page in pages:
        page_path = root + page
        paths.append(page_path)
        with open(page_file(output, page), encoding="utf-8") as handle:
            html = handle.read()
        for url in loaded_files(html, f"{base.scheme}://{base.netloc}{page_path}"):
            parts = urlsplit(url)
            if parts.netloc == base.netloc and parts.path.startswith(root):
                paths.append(parts.path)
    return list(dict.fromkeys(paths))


def page_file(output, site_relative_url):
    """The file behind a site-relative URL: "emergency/" is emergency/index.html."""
    path = os.path.join(output, site_relative_url)
    return os.path.join(path, "index.html") if site_relative_url.endswith("/") or \
        site_relative_url == "" else path


def cache_name(output, site_url, paths):
    """"offline-" and a hash of every kept file's bytes: a deploy that changes any of
    them gives a new name, so the worker replaces the old cache."""
    root = site_root(site_url)
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.encode())
        with open(page_file(output, path.removeprefix(root)), "rb") as handle:
            digest.update(handle.read())
    return "offline-" + digest.hexdigest()[:12]
