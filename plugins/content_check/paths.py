"""A post or page may not take an address the site itself uses: a page with the slug
`sw.js` would replace the service worker, `emergency` the emergency hub, `ar` the
Arabic home. Checked once every generator has said what it writes."""

import logging

from sitecore.files import shown_path

logger = logging.getLogger(__name__)
# Settings of the addresses of content itself (posts, pages, drafts), not of the site's.
CONTENT_ADDRESSES = ("ARTICLE_", "PAGE_", "DRAFT_")


def own_paths(context, settings):
    """The first folder or file name of every address the site writes itself."""
    content = {item.save_as for item in _items(context)}
    paths = {path for path in context.get("planned_pages", set()) if path not in content}
    paths |= context.get("reserved_paths", set())
    paths |= {value for key, value in settings.items() if key.endswith("_SAVE_AS")
              and isinstance(value, str) and not key.startswith(CONTENT_ADDRESSES)}
    paths |= {settings.get("FEED_ALL_ATOM") or "", settings.get("THEME_STATIC_DIR") or "",
              *settings.get("STATIC_PATHS", [])}
    return {path.split("/")[0] for path in paths if path and not path.startswith("{")}


def check_paths(generators):
    context, settings = generators[0].context, generators[0].settings
    taken = own_paths(context, settings)
    default = settings["DEFAULT_LANG"]
    for item in _items(context):
        save_as = item.save_as or ""
        if getattr(item, "lang", default) != default and save_as.startswith(f"{item.lang}/"):
            save_as = save_as[len(item.lang) + 1:]
        first = save_as.split("/")[0]
        if first in taken:
            shown = shown_path(item.source_path, settings["PATH"])
            logger.error("%s: slug: %r is an address of the site itself (/%s); choose "
                         "another Slug:", shown, item.slug, first)


def check_navigation(generators):
    """Every slug of NAV_PAGES and FOOTER_PAGES names a page: a deleted page must not
    leave a hole in every page's navigation."""
    context, settings = generators[0].context, generators[0].settings
    slugs = {page.slug for page in context.get("pages", [])}
    for setting in ("NAV_PAGES", "FOOTER_PAGES"):
        for slug in settings.get(setting) or []:
            if slug not in slugs:
                logger.error("pelicanconf.py: %s: no page has the slug %r; put its page "
                             "back in content/pages/ or take %r out of %s", setting, slug,
                             slug, setting)


def _items(context):
    for key in ("articles", "pages", "drafts", "draft_pages", "hidden_pages",
                "hidden_articles"):
        for item in context.get(key, []):
            yield item
            yield from item.translations
