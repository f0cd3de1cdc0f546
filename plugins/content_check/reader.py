"""A Markdown reader that reports every problem of a file, one line each: bytes that
are not UTF-8 text, and metadata that is missing, unfinished or mistyped."""

import difflib
import logging
import re

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.utils import pelican_open
from sitecore.files import shown_path

from .converted import ConvertedTexts
from .settings import STATUSES, TYPO_SIMILARITY, known_metadata

logger = logging.getLogger(__name__)

DATE_FIELDS = ("date", "modified")


def unreadable(path):
    """Why the file is not UTF-8 text, or None when it is."""
    with open(path, "rb") as handle:
        data = handle.read()
    nul = data.find(b"\0")
    if nul != -1:
        return f"a NUL byte at byte {nul}; save the file again as plain text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return (f"not UTF-8 text (byte 0x{data[exc.start]:02x} at byte {exc.start}); "
                "save it again with the encoding UTF-8")
    return None


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
        self.converted = ConvertedTexts(self.settings["CACHE_PATH"], self.settings["MARKDOWN"])
        self.problems = []
        self._converter = self._header = None

    def _reset_converter(self):
        """One Markdown converter for every file, reset before each (Pelican makes a new
        one per file: half a millisecond each). Pelican takes its header reader out to
        convert a summary; it is put back in its place."""
        if self._converter is None:
            self._converter = Markdown(**self.settings["MARKDOWN"])
            steps = self._converter.preprocessors
            self._header = (steps["meta"], "meta", next(
                item.priority for item in steps._priority if item.name == "meta"))
        self._converter.reset()
        if "meta" not in self._converter.preprocessors:
            self._converter.preprocessors.register(*self._header)
        return self._converter

    def _convert(self, source_path):
        """Pelican's MarkdownReader.read, with the converter kept and each text
        converted once (converted.py); the header's values are read at each build."""
        self._source_path = source_path
        self._md = self._reset_converter()
        with pelican_open(source_path) as text:
            converted = self.converted.get(text)
            if converted is None:
                converted = self._md.convert(text), self._md.Meta
                self.converted.put(text, *converted)
        content, header = converted
        return content, self._parse_metadata(header)

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
        where = shown_path(source_path, self.settings["PATH"])
        problem = unreadable(source_path)
        if problem:
            logger.error("%s: file: %s", where, problem)
            return "", {"status": "skip"}
        self.problems, self.reading = [], True
        try:
            content, metadata = self._convert(source_path)
        finally:
            self.reading = False
        if not str(metadata.get("title") or "").strip():
            self.problems.append(("title", "missing; add a line 'Title: ...'"))
        self.problems.extend(typo_problems(metadata, self.known))
        self.problems.extend(self.unfinished(metadata, where))
        if self.problems:
            for field, message in self.problems:
                logger.error("%s: %s: %s", where, field, message)
            metadata = {"status": "skip"}
        return content, metadata

    def unfinished(self, metadata, where):
        """(field, message) for a status Pelican does not know and, unless the file is a
        draft, a missing or placeholder summary and (for a post) no tags."""
        status = str(metadata.get("status") or "published")
        if status not in STATUSES:
            near = difflib.get_close_matches(status, STATUSES, n=1, cutoff=0.5)
            hint = f"did you mean '{near[0]}'? " if near else ""
            yield "status", f"'{status}' is not a status; {hint}({', '.join(STATUSES)})"
            return
        if status == "draft":
            return
        summary = " ".join(re.sub(r"<[^>]+>", " ", str(metadata.get("summary") or "")).split())
        if not summary:
            yield "summary", "missing; add one sentence: 'Summary: ...'"
        elif summary == self.settings.get("NEW_POST_SUMMARY_HINT"):
            yield "summary", "still the placeholder of make new; write one sentence about it"
        articles = self.settings.get("ARTICLE_PATHS") or []
        inside = where.split("/", 1)[-1]
        tags = metadata.get("tags")  # an empty "Tags:" is Pelican's marker object, not []
        if any(inside.startswith(folder.rstrip("/") + "/") for folder in articles) \
                and not (isinstance(tags, list) and tags):
            yield "tags", "empty; list a few words, separated by commas: 'Tags: sleep, anxiety'"

