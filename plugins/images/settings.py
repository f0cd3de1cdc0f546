"""The images plugin's settings and their defaults (pelicanconf.py may set others)."""

DEFAULTS = {
    # The widths, in CSS pixels of a 1x screen, each photo is written in (never wider
    # than the photo itself); the browser picks one by the screen and `sizes`.
    "IMAGES_WIDTHS": [400, 800, 1200, 1600],
    # How wide a photo is shown: the text column (68ch, about 36em) or the screen.
    "IMAGES_SIZES": "(min-width: 40em) 36em, 100vw",
    # A phone (a screen matching this) never loads a copy wider than PHONE_WIDTH, even
    # at 3x: a 390 px phone then loads about 110 KB of a photo, not 190 KB.
    "IMAGES_PHONE_MEDIA": "(max-width: 40em)",
    "IMAGES_PHONE_WIDTH": 800,
    # Where the sized copies go in the output folder.
    "IMAGES_OUTPUT": "images/sized",
    # Quality of the copies: WebP for today's browsers, JPEG for the rest.
    "IMAGES_WEBP_QUALITY": 72,
    "IMAGES_JPEG_QUALITY": 78,
    # The width of the copy an `Image:` photo is shared with (Open Graph).
    "IMAGES_SHARE_WIDTH": 1200,
}

# What is resized; any other image (an SVG, a GIF) is shown as it is.
RESIZED = (".jpg", ".jpeg", ".png", ".webp")
