"""Every internal link and every image of the written site leads to a file of it: one
error per broken one, naming the Markdown file it comes from (or the page it is on,
for pages the theme writes)."""

import functools
import logging
import os
import re
from urllib.parse import unquote, urlsplit

from sitecore.files import shown_path
from sitecore.tags import start_tags

logger = logging.getLogger(__name__)

# The attributes that name a file of the site, by tag; srcset holds several.
LINKS = {"a": ("href",), "img": ("src", "srcset"), "source": ("srcset",), "link": ("href",),
         "script": ("src",)}


def links_of(html):
    """The URLs the link-bearing tags of `html` name, each once, in order."""
    found = []
    for tag, attributes in start_tags(html, LINKS):
        for name in LINKS[tag]:
            value = attributes.get(name)
            if not value:
                continue
            if name == "srcset":
                found.extend(part.split()[0] for part in value.split(",") if part.strip())
            else:
                found.append(value)
    return list(dict.fromkeys(found))


def broken_links(output, site_url, sources):
    """[(where, url, reason)] for each internal link of `output` that leads nowhere;
    `sources` maps a page's file (relative to output) to its Markdown file."""
    site = urlsplit(site_url or "")
    root = site.path.rstrip("/") + "/"

    @functools.cache  # a thousand pages share most of their links
    def reason_for(url, folder):
        return _broken(url, folder, output, site, root)

    problems = []
    for parent, _, names in os.walk(output):
        for name in sorted(names):
            if not name.endswith(".html"):
                continue
            page = os.path.join(parent, name)
            relative = os.path.relpath(page, output)
            if relative.startswith("pagefind" + os.sep):
                continue
            with open(page, encoding="utf-8") as handle:
                urls = links_of(handle.read())
            for url in urls:
                # Where the page is matters only to a link relative to it.
                reason = reason_for(url, "" if url.startswith("/") else parent)
                if reason:
                    problems.append((sources.get(relative, relative), url, reason))
    return problems


def _broken(url, folder, output, site, root):
    if "{filename}" in url or "{static}" in url or "{attach}" in url:
        return "no such file"
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or (
            parts.netloc and parts.netloc != site.netloc):
        return None  # another site, mailto:, tel:, sms:: not ours to check
    if not parts.path:
        return None  # "#section" or "?q=" on the same page
    if parts.path.startswith("/"):
        if not parts.path.startswith(root):
            return "outside the site"
        target = os.path.join(output, unquote(parts.path[len(root):]))
    else:
        target = os.path.join(folder, unquote(parts.path))
    if os.path.isdir(target):
        target = os.path.join(target, "index.html")
    return None if os.path.isfile(target) else "no such file"


def content_sources(context, content):
    """{output file: "content/articles/x.md"} for every article and page written."""
    sources = {}
    for key in ("articles", "pages", "hidden_pages", "drafts", "draft_pages"):
        for item in context.get(key, []):
            for version in [item, *item.translations]:
                if version.save_as:
                    sources[version.save_as] = shown_path(version.source_path, content)
    return sources


def report(problems):
    for where, url, reason in problems:
        logger.error("%s: link %s: %s", where, re.sub(r"\s+", " ", url), reason)
