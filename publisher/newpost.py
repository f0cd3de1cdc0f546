"""Scaffold a new article: one Markdown file with every metadata field filled in."""

import os
from datetime import datetime
from zoneinfo import ZoneInfo

from pelican.utils import slugify

BODY_HINT = (
    "Write the article here in Markdown. Start sections with `## Heading`.\n\n"
    "Change `Status: draft` to `Status: published` when it is ready, then push.\n"
)


def new_post(title, settings, now=None):
    """Write content/articles/<date>-<slug>.md for `title`; return its path."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("a title is needed: make new TITLE=\"My article\"")
    now = now or datetime.now(ZoneInfo(settings["TIMEZONE"]))
    slug = slugify(title, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    folder = os.path.join(settings["PATH"], settings["ARTICLE_PATHS"][0])
    path = os.path.join(folder, f"{now:%Y-%m-%d}-{slug}.md")
    if os.path.exists(path):
        raise FileExistsError(f"{os.path.relpath(path)} exists already; choose another title")
    header = {
        "Title": title,
        "Date": f"{now:%Y-%m-%d %H:%M}",
        "Author": settings["AUTHOR"],
        "Category": settings["DEFAULT_CATEGORY"],
        "Tags": "",
        "Slug": slug,
        "Summary": settings["NEW_POST_SUMMARY_HINT"],
        "Status": "draft",
    }
    os.makedirs(folder, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.writelines(f"{key}: {value}".rstrip() + "\n" for key, value in header.items())
        f.write("\n" + BODY_HINT)
    return path
