"""The words of the site's articles and pages, folded as js/text.js folds a query,
for "Did you mean …?": one JSON list per language, which the search page fetches
only when a query holds a word the site does not use."""

import html
import re
import unicodedata
from collections import Counter

SHORTEST = 4  # shorter words are too alike to suggest one for another
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W_]+")
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold(text):
    """As js/text.js: accents and Arabic vowel marks dropped, alef and yeh forms made
    one, lower case."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    text = ARABIC_MARKS.sub("", text)
    text = re.sub("[\u0622\u0623\u0625]", "\u0627", text).replace("\u0649", "\u064a")
    return text.lower()


def vocabulary(texts):
    """The words of `texts` (HTML or plain) in lower case, one for each folded form (its
    most frequent spelling, "thérapie" rather than "therapie"), the most used first: of
    two words as near to a typo, the more used one is suggested."""
    seen = Counter()
    for text in texts:
        seen.update(WORD.findall(html.unescape(TAG.sub(" ", text)).lower()))
    spellings = {}
    for word, count in seen.items():  # each distinct word folded once
        if len(word) >= SHORTEST and not word.isdigit():
            spellings.setdefault(fold(word), {})[word] = count
    ranked = sorted(spellings.values(), key=lambda counts: (-sum(counts.values()),
                                                            min(counts)))
    return [max(counts, key=lambda w: (counts[w], w)) for counts in ranked]


def texts_of(item):
    """An article's or page's words: its title, summary and text, as written (Pelican
    recomputes `content` and `summary` at each reading)."""
    return [item.title, str(item.metadata.get("summary") or ""), item._content or ""]
