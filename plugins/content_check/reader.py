"""A Markdown reader that reports every metadata problem of a file, one line each."""

import difflib
import logging
import os

from pelican.readers import MarkdownReader

from .settings import TYPO_SIMILARITY, known_metadata

logger = logging.getLogger(__name__)

DATE_FIELDS = ("date", "modified")


def display_path(path):
    """The path relative to the current folder when it lies inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def typo_problems(metadata, known):
    """(field, message) for each unknown key that is a near miss of a known one."""
    for key in sorted(set(metadata) - known):
        match = difflib.get_close_matches(key, known, n=1, cutoff=TYPO_SIMILARITY)
        if match:
            yield key, f"unknown metadata key; did you mean '{match[0]}'?"


class CheckedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, collecting problems instead of stopping at one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.known = known_metadata(self.settings)
        self.problems = []

    reading = False  # True while read() parses the file's own header

    def process_metadata(self, name, value):
        if not (self.reading and name in DATE_FIELDS):
            return super().process_metadata(name, value)
        try:
            return super().process_metadata(name, value)
        except ValueError:
            self.problems.append(
                (name, f"'{value}' is not a date; expected e.g. 2023-05-09 09:00")
            )
            return None

    def read(self, source_path):
        self.problems, self.reading = [], True
        try:
            content, metadata = super().read(source_path)
        finally:
            self.reading = False
        if not str(metadata.get("title") or "").strip():
            self.problems.append(("title", "missing; add a line 'Title: ...'"))
        self.problems.extend(typo_problems(metadata, self.known))
        if self.problems:
            where = display_path(source_path)
            for field, message in self.problems:
                logger.error("%s: %s: %s", where, field, message)
            metadata = {"status": "skip"}
        return content, metadata

