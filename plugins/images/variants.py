"""A photo's sized copies, made with Pillow once per photo and kept in Pelican's cache
folder by the photo's content hash: a build only copies them after the first time."""

import hashlib
import os
import tempfile
from dataclasses import dataclass

from PIL import Image, ImageOps

FORMATS = {"webp": "WEBP", "jpg": "JPEG"}
ORIENTATION = 0x0112        # the EXIF tag of how the camera was held
TURNED = (5, 6, 7, 8)       # its values for a quarter turn: width and height swap


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    files: dict  # {"webp": name, "jpg": name}, names inside the cache and the output


@dataclass(frozen=True)
class Sized:
    width: int           # the photo's own size, upright
    height: int
    variants: tuple      # Variant, narrowest first

    def closest(self, width, fmt):
        """The narrowest copy at least `width` wide, else the widest."""
        wide_enough = (v for v in self.variants if v.width >= width)
        return next(wide_enough, self.variants[-1]).files[fmt]


def sized_copies(path, widths, cache, quality):
    """Sized of the photo at `path`: a WebP and a JPEG copy for each of `widths` below
    its width (and one at its width when it is narrower than the widest), made in
    `cache` unless they are there."""
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()[:12]
    stem = os.path.splitext(os.path.basename(path))[0]
    with Image.open(path) as opened:  # reads the header only, until pixels are asked for
        width, height = opened.size
        if opened.getexif().get(ORIENTATION) in TURNED:  # as the camera held it
            width, height = height, width
        chosen = [w for w in widths if w < width] + ([width] if width <= max(widths) else [])
        photo, variants = None, []
        for target in sorted(set(chosen or [max(widths)])):
            target_height = round(height * target / width)
            files = {fmt: f"{stem}-{digest}-{target}.{fmt}" for fmt in FORMATS}
            missing = [fmt for fmt, name in files.items()
                       if not os.path.exists(os.path.join(cache, name))]
            if missing:
                photo = photo or ImageOps.exif_transpose(opened).convert("RGB")
                resized = photo.resize((target, target_height), Image.LANCZOS)
                for fmt in missing:
                    _save(resized, os.path.join(cache, files[fmt]), FORMATS[fmt], quality[fmt])
            variants.append(Variant(target, target_height, files))
    return Sized(width, height, tuple(variants))


def _save(image, path, fmt, quality):
    """Written under another name, then renamed: a build running at the same time never
    reads half a file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".part")
    os.close(handle)
    try:
        options = {"quality": quality, "optimize": True}
        if fmt == "JPEG":
            options["progressive"] = True
        else:
            options["method"] = 4
        image.save(temporary, fmt, **options)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
