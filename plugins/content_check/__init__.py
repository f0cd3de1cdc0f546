"""content_check: every Markdown file is read by a reader that names its problems.

A missing title, a date that does not parse, or a metadata key that looks like a
typo of a known one is logged as an error, one line each, naming the file and
the field; the file is then skipped. A post or page whose slug takes an address of
the site itself (`sw.js`, `emergency`, `ar`...) is an error too, and so is a slug in
NAV_PAGES or FOOTER_PAGES that names no page. The build
(publisher.build) treats any logged error as a failed build.
"""

from pelican import signals

from .paths import check_navigation, check_paths
from .reader import CheckedMarkdownReader


def use_checked_reader(readers):
    """Replace Pelican's Markdown reader by the checking subclass."""
    for extension in CheckedMarkdownReader.file_extensions:
        readers.reader_classes[extension] = CheckedMarkdownReader


def register():
    signals.readers_init.connect(use_checked_reader)
    signals.all_generators_finalized.connect(check_paths)
    signals.all_generators_finalized.connect(check_navigation)
