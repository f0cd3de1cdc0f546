"""A test photo and a post that shows it, for the image tests (build and browser)."""

import random

from PIL import Image, ImageFilter

POST = "articles/2024-02-01-a-quiet-corner.md"
ADDRESS = "2024/02/a-quiet-corner-for-sessions/"
ALT = "A balcony with two chairs and plants"


def write_photo(path, width=4000, height=3000):
    """A deterministic JPEG photo-like enough to compress as one: soft shapes over
    grain, the same bytes at every run (so the image cache keeps one set)."""
    rng = random.Random(2026)
    grain = Image.frombytes("L", (width // 8, height // 8),
                            rng.randbytes(width // 8 * height // 8)).resize((width, height))
    sky = Image.linear_gradient("L").resize((width, height)).filter(ImageFilter.GaussianBlur(8))
    shade = grain.point(lambda v: v // 2)
    photo = Image.merge("RGB", (sky, Image.blend(sky, grain, 0.25), shade))
    path.parent.mkdir(parents=True, exist_ok=True)
    photo.save(path, "JPEG", quality=88)


def write_post(content, body, image="images/balcony.jpg"):
    header = ["Title: A quiet corner for sessions", "Date: 2024-02-01 10:00",
              "Tags: privacy", "Summary: Where to sit for an online session."]
    if image:
        header.append(f"Image: {image}")
    (content / POST).write_text("\n".join(header) + "\n\n" + body + "\n", encoding="utf-8")


PHOTO_BODY = f"""A first photo:

![{ALT}](images/balcony.jpg)

And the same, written with Pelican's placeholder:

![The balcony again]({{static}}/images/balcony.jpg)
"""
