"""The <img> tags Markdown writes for a post's photos, made into responsive pictures."""

import html
import os
import re
from urllib.parse import unquote, urlsplit

from sitecore.tags import attributes_of

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
PLACEHOLDER = re.compile(r"^\{(static|attach|filename)\}")


def source_file(src, post, content):
    """The file a post's image address names, or None: `{static}/x` from the content
    folder, `{static}x` and a relative `x` from the post's folder (then, for a relative
    one, from the content folder, where content/images/ is), `/x` from the content
    folder. Another site's address is not a file of ours: None."""
    placeholder = PLACEHOLDER.match(src)
    path = unquote(urlsplit(PLACEHOLDER.sub("", src)).path)
    if urlsplit(src).scheme or src.startswith("//") or not path:
        return None
    if path.startswith("/"):
        candidates = [os.path.join(content, path.lstrip("/"))]
    elif placeholder:
        candidates = [os.path.join(os.path.dirname(post), path)]
    else:
        candidates = [os.path.join(os.path.dirname(post), path), os.path.join(content, path)]
    return next((os.path.normpath(c) for c in candidates if os.path.isfile(c)), None)


def picture(alt, sized, url, sizes, first):
    """<picture> with a WebP and a JPEG srcset; `url(name)` is a copy's address."""
    def srcset(fmt):
        return ", ".join(f"{url(v.files[fmt])} {v.width}w" for v in sized.variants)

    shown = sized.variants[-1]
    lazy = "" if first else ' loading="lazy"'
    return (f'<picture><source type="image/webp" srcset="{html.escape(srcset("webp"))}" '
            f'sizes="{html.escape(sizes)}">'
            f'<img src="{html.escape(url(sized.closest(800, "jpg")))}" '
            f'srcset="{html.escape(srcset("jpg"))}" sizes="{html.escape(sizes)}" '
            f'width="{shown.width}" height="{shown.height}" alt="{html.escape(alt)}"'
            f'{lazy} decoding="async"></picture>')


def images_of(text):
    """(match, {attribute: value}) for each <img> of `text`."""
    return [(match, attributes_of(match.group(0))) for match in IMG.finditer(text)]
