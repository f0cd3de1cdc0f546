"""Production settings: `make publish`. Everything else comes from pelicanconf."""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: E402,F403

# Absolute URLs everywhere, from the one public address.
SITEURL = PUBLIC_URL  # noqa: F405
FEED_DOMAIN = SITEURL

# Hashed names (cached for a year by the server), minified HTML/CSS/JS, and
# .gz/.br copies beside every text file (plugins/assets).
ASSETS_FINGERPRINT = True
ASSETS_MINIFY = True
ASSETS_PRECOMPRESS = True
