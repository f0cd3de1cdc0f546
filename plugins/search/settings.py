"""The search plugin's settings and their defaults, read from Pelican's settings once."""

from dataclasses import dataclass

DEFAULTS = {
    "SEARCH_URL": "search/",
    "SEARCH_SAVE_AS": "search/index.html",
    "SEARCH_TEMPLATE": "search",
    "SEARCH_BUNDLE_DIR": "pagefind",                  # inside the output folder
    "SEARCH_CRISIS_WORDS": "search/crisis-words.yaml",  # inside PATH (content/)
    "SEARCH_TIMEOUT_SECONDS": 300,                    # a stuck indexer fails the build
    # True: the build leaves the index to whoever ran it, as `index_later()` (the
    # preview of `make serve` reloads the page first, then indexes).
    "SEARCH_INDEX_LATER": False,
}

# Pagefind's viewers, which the site replaces with its own page (theme/templates/
# search.html); removed from the bundle so nothing unused is published.
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
    "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


@dataclass(frozen=True)
class SearchSettings:
    url: str
    save_as: str
    template: str
    bundle_dir: str
    crisis_words_file: str
    timeout: float
    later: bool = False
    crisis_words: tuple = ()


def search_settings(settings):
    """The plugin's settings, each from Pelican's settings or its default."""
    value = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    return SearchSettings(
        url=value["SEARCH_URL"], save_as=value["SEARCH_SAVE_AS"],
        template=value["SEARCH_TEMPLATE"], bundle_dir=value["SEARCH_BUNDLE_DIR"].strip("/"),
        crisis_words_file=value["SEARCH_CRISIS_WORDS"],
        timeout=float(value["SEARCH_TIMEOUT_SECONDS"]),
        later=bool(value["SEARCH_INDEX_LATER"]),
    )
