"""The metadata keys content_check knows, read from Pelican's settings once."""

# Keys Pelican itself understands in a Markdown header (lowercased).
PELICAN_METADATA = frozenset({
    "title", "date", "modified", "author", "authors", "category", "tags",
    "keywords", "slug", "summary", "lang", "translation", "status", "template",
    "save_as", "url",
})

# The statuses Pelican knows; another value would be skipped without a word.
STATUSES = ("published", "draft", "hidden")

# How alike an unknown key must be to a known one to count as its typo (0-1).
TYPO_SIMILARITY = 0.75


def known_metadata(settings):
    """Pelican's keys plus the site's own (setting CONTENT_CHECK_EXTRA_METADATA)."""
    extra = settings.get("CONTENT_CHECK_EXTRA_METADATA", ())
    return PELICAN_METADATA | {key.lower() for key in extra}
