"""Scaffold a new article: one Markdown file with every metadata field filled in."""

import os
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from pelican.utils import slugify

BODY_HINT = (
    "Write the article here in Markdown. Start sections with `## Heading`.\n\n"
    "Change `Status: draft` to `Status: published` when it is ready, then push.\n"
)


def new_post(title, settings, now=None, lang="", slug=""):
    """Write content/articles/<date>-<slug>.md for `title` (…<slug>.<lang>.md and a
    `Lang:` line for a language other than the site's default); return its path.

    The address (slug) comes from `slug`, else from the title; a title in another
    script than Latin needs `slug`, since its letters would not make a readable one."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("a title is needed: make new TITLE=\"My article\"")
    default = settings["DEFAULT_LANG"]
    languages = [default, *(code for code in settings.get("SITE_LANGUAGES") or []
                            if code != default)]
    lang = lang or default
    if lang not in languages:
        raise ValueError(f"LANG={lang} is not a language of the site ({', '.join(languages)})")
    if not slug and not re.search(r"[A-Za-z]", title):
        raise ValueError(f'give the address in Latin letters, as the post in {default} has '
                         f'or will have it: make new TITLE="{title}" LANG={lang} '
                         "SLUG=anxiety-and-sleep")
    now = now or datetime.now(ZoneInfo(settings["TIMEZONE"]))
    slug = slugify(slug or title, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    folder = os.path.join(settings["PATH"], settings["ARTICLE_PATHS"][0])
    suffix = "" if lang == default else f".{lang}"
    path = os.path.join(folder, f"{now:%Y-%m-%d}-{slug}{suffix}.md")
    if os.path.exists(path):
        raise FileExistsError(f"{os.path.relpath(path)} exists already; choose another title")
    header = {
        "Title": title,
        "Date": f"{now:%Y-%m-%d %H:%M}",
        "Author": settings["AUTHOR"],
        "Category": settings["DEFAULT_CATEGORY"],
        "Tags": "",
        "Slug": slug,
        **({"Lang": lang} if lang != default else {}),
        "Summary": settings["NEW_POST_SUMMARY_HINT"],
        "Status": "draft",
    }
    os.makedirs(folder, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.writelines(f"{key}: {value}".rstrip() + "\n" for key, value in header.items())
        f.write("\n" + BODY_HINT)
    return path
