"""The start tags of written HTML, read with patterns rather than a parser: the site's
HTML comes from Jinja and Markdown, which quote and escape every attribute value, and a
parser took seconds over a thousand pages (bench/build_speed.py)."""

import functools
import re
from html import unescape

ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def start_tags(html, names):
    """(tag, {attribute: value}) for each start tag of `html` named in `names`, in
    order; names are lower case, values unescaped, and a bare attribute's value is ""."""
    for name, inside in _pattern(tuple(names)).findall(html):
        yield name.lower(), dict(_attributes(inside))


@functools.lru_cache(maxsize=4096)
def _attributes(inside):
    """attributes_of, kept: the pages of a site repeat most of their tags (header, menu,
    footer), and reading a tag costs more than finding it."""
    return tuple(attributes_of(inside).items())


@functools.lru_cache(maxsize=8)
def _pattern(names):
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"<({alternatives})(?=[\s/>])([^>]*)>", re.IGNORECASE)


def attributes_of(tag):
    """{attribute: value} of a start tag's text ("<img src=x alt='y'>" or its inside):
    names lower case, values unescaped, a bare attribute's value "", the first of a
    repeated one."""
    attributes = {}
    inside = re.sub(r"^<[^\s/>]+|/?>$", "", tag)
    for name, *values in ATTRIBUTE.findall(inside):
        value = next((v for v in values if v), "")
        attributes.setdefault(name.lower(), unescape(value))
    return attributes
