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

# Drafts (and posts dated in the future, drafts until their day) stay in the local
# preview: production writes none of them.
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""

# A host that sends no headers (GitHub Pages: PUBLISH_TARGET=pages, set by the
# workflow) gets the policy in a <meta http-equiv>, without what only a header can do
# (frame-ancestors, report-uri, sandbox are ignored there).
HEADER_ONLY = ("frame-ancestors", "report-uri", "sandbox")
if os.environ.get("PUBLISH_TARGET") == "pages":
    CSP_META = "; ".join(
        directive for directive in CONTENT_SECURITY_POLICY.split("; ")  # noqa: F405
        if not directive.startswith(HEADER_ONLY))
