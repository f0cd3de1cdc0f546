"""Settings for local work: `make build`, `make serve`, the tests.

Production settings (`publishconf.py`) import these and change only what differs.
"""

import os

from jinja2 import select_autoescape


def N_(text):  # noqa: N802 - marks a setting's text for the catalogs (make translations)
    return text


# ── The site ────────────────────────────────────────────────────────────────
SITENAME = "Dr Carla Kesrouani"
SITESUBTITLE = N_("Online therapy")
SITE_DESCRIPTION = N_(
    "Online therapy with Dr Carla Kesrouani, Lebanon: articles on online therapy, "
    "what a session involves, and where to find emergency help."
)
AUTHOR = "Dr Carla Kesrouani"
DEFAULT_LANG = "en"
# Languages of the interface, each under /<lang>/ but the default (plugins/languages).
# Translations of health and crisis wording are reviewed by a fluent speaker first.
SITE_LANGUAGES = ["en", "ar", "fr"]
TIMEZONE = "Asia/Beirut"
# Languages written right to left; <html dir> follows the page language.
RTL_LANGUAGES = ["ar", "fa", "he", "ur"]

# The practice as a business, for JSON-LD on the home page (only known facts).
PRACTICE = {
    "name": "Dr Carla Kesrouani",
    "telephone": "+96171265146",
    "country": "LB",
}

# Links stay root-relative locally (SITEURL empty), so any port on 127.0.0.1 works.
SITEURL = ""
# The site's public address: canonical, Open Graph, JSON-LD, sitemap and feeds.
PUBLIC_URL = os.environ.get("PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
RELATIVE_URLS = False

# The emergency hub (plugins/emergency): linked in words from every header and footer.
EMERGENCY_URL = "emergency/"
EMERGENCY_SAVE_AS = EMERGENCY_URL + "index.html"
# The personal crisis plan, kept in the visitor's browser (linked from the hub).
EMERGENCY_PLAN_URL = "crisis-plan/"
EMERGENCY_PLAN_SAVE_AS = EMERGENCY_PLAN_URL + "index.html"
# Lebanon's lines come first without JavaScript and stay visible whatever is chosen.
EMERGENCY_HOME_COUNTRY = "LB"
# Sources older than this many days (or undated), never confirmed, are counted at build
# time and listed by `make check`.
EMERGENCY_MAX_AGE_DAYS = 365
# "Leave this site" replaces the page with this neutral one.
QUICK_EXIT_URL = "https://www.google.com/"

# The Content-Security-Policy: nothing from another origin, no inline script or style.
# Pagefind's WebAssembly needs 'wasm-unsafe-eval' (compiling WebAssembly, not eval).
# nginx sends it as a header (deploy/nginx/headers.conf, kept equal by a test); a
# build for a host that sets no headers writes it as a <meta> (publishconf.py).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
    "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'")
CSP_META = ""  # the policy as a <meta http-equiv>; empty: none (the server sends it)

# WhatsApp contacts (plugins/whatsapp). Each: name, role, number (international),
# optional hours ("Mon-Fri 09:00-17:00") with timezone, message, languages. The
# practice's hours are not known, so none are given.
WHATSAPP_CONTACTS = [
    {"name": "Dr Carla Kesrouani", "role": "Online therapy", "number": "+961 71 265 146"},
]
WHATSAPP_GREETING = N_("How can I help you?")
WHATSAPP_INTRO = N_("Choose a contact to chat on WhatsApp.")
WHATSAPP_NOTE = N_("WhatsApp is not for emergencies.")
# Neutral on purpose: the link stays in browser history and in the chat.
WHATSAPP_DEFAULT_MESSAGE = N_("Hello, I would like to ask about online sessions.")

# Pages linked from the header (in this order) and from the footer, by slug.
NAV_PAGES = ["online-therapy", "about", "contact"]
FOOTER_PAGES = ["privacy"]

# ── Content ─────────────────────────────────────────────────────────────────
PATH = "content"
OUTPUT_PATH = "output"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
DEFAULT_CATEGORY = "Online therapy"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_PAGINATION = 10
SUMMARY_MAX_LENGTH = 40

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Metadata keys the site knows beyond Pelican's own; a near miss is an error.
CONTENT_CHECK_EXTRA_METADATA = ["whatsapp_message"]

# ── Addresses: the old site's scheme, /<year>/<month>/<slug>/ ──────────────
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = DRAFT_URL + "index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
DRAFT_PAGE_URL = "drafts/pages/{slug}/"
DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_URL + "index.html"
# Content in another language than DEFAULT_LANG lives under /<lang>/.
ARTICLE_LANG_URL = "{lang}/" + ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_LANG_URL + "index.html"
PAGE_LANG_URL = "{lang}/" + PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_LANG_URL + "index.html"
DRAFT_LANG_URL = "{lang}/" + DRAFT_URL
DRAFT_LANG_SAVE_AS = DRAFT_LANG_URL + "index.html"
DRAFT_PAGE_LANG_URL = "{lang}/" + DRAFT_PAGE_URL
DRAFT_PAGE_LANG_SAVE_AS = DRAFT_PAGE_LANG_URL + "index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = TAG_URL + "index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = AUTHOR_URL + "index.html"
CATEGORIES_URL = "categories/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = TAGS_URL + "index.html"
AUTHORS_URL = "authors/"
AUTHORS_SAVE_AS = AUTHORS_URL + "index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_URL + "index.html"
PAGINATION_PATTERNS = [
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
]

DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives",
                    "sitemap", "robots"]
SITEMAP_SAVE_AS = "sitemap.xml"
ROBOTS_SAVE_AS = "robots.txt"
TEMPLATE_EXTENSIONS = [".html", ".xml", ".txt"]

# ── Feeds: one Atom feed of every article, with absolute links ─────────────
FEED_DOMAIN = PUBLIC_URL
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# ── Theme and plugins ───────────────────────────────────────────────────────
THEME = "theme"
THEME_STATIC_DIR = "theme"
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": select_autoescape(["html", "xml"]),
    "extensions": ["jinja2.ext.i18n"],
    # Each build runs in a fresh process (make serve starts one per change), so the
    # templates need not be checked for changes on every include: 0.3 s of 4.8 s on
    # 1,000 articles (bench/build_speed.py).
    "auto_reload": False,
}
PLUGIN_PATHS = ["plugins"]
# The steps on the written site (search, then assets, then offline) run in the order
# the `finish` plugin fixes, whatever the order here.
PLUGINS = ["content_check", "gettext_theme", "languages", "emergency", "whatsapp", "search",
           "assets", "offline", "finish"]
# Production only (publishconf.py): hashed file names, minified text, .gz/.br copies.
ASSETS_FINGERPRINT = False
ASSETS_MINIFY = False
ASSETS_PRECOMPRESS = False
