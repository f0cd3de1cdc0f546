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


def picture(alt, sized, url, options, first):
    """<picture> with WebP copies (a phone's no wider than IMAGES_PHONE_WIDTH) and JPEG
    ones for browsers without WebP; `url(name)` is a copy's address."""
    def srcset(fmt, widest=None):
        return html.escape(", ".join(f"{url(v.files[fmt])} {v.width}w" for v in sized.variants
                                     if widest is None or v.width <= widest))

    sizes, shown = html.escape(options["IMAGES_SIZES"]), sized.variants[-1]
    phone, media = options["IMAGES_PHONE_WIDTH"], html.escape(options["IMAGES_PHONE_MEDIA"])
    lazy = "" if first else ' loading="lazy"'
    return (f'<picture><source type="image/webp" media="{media}" '
            f'srcset="{srcset("webp", max(phone, sized.variants[0].width))}" sizes="{sizes}">'
            f'<source type="image/webp" srcset="{srcset("webp")}" sizes="{sizes}">'
            f'<img src="{html.escape(url(sized.closest(phone, "jpg")))}" '
            f'srcset="{srcset("jpg")}" sizes="{sizes}" width="{shown.width}" '
            f'height="{shown.height}" alt="{html.escape(alt)}"{lazy} decoding="async">'
            "</picture>")


def images_of(text):
    """(match, {attribute: value}) for each <img> of `text`."""
    return [(match, attributes_of(match.group(0))) for match in IMG.finditer(text)]
