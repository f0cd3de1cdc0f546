"""Settings for local work: `make build`, `make serve`, the tests.

Production settings (`publishconf.py`) import these and change only what differs.
"""

import os

from jinja2 import FileSystemBytecodeCache, select_autoescape


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

# The home page's first words: who the practice is and what it offers (nothing more is
# known), then two actions: a WhatsApp message and this page (by slug).
HOME_INTRO = N_("Online therapy sessions with Dr Carla Kesrouani, a practice based in "
                "Lebanon.")
HOME_GUIDE_PAGE = "online-therapy"

# What a prospective client asks before writing (plugins/practice/settings.py lists
# them: languages, session_length, fee, platform, booking, reply_time, credentials).
# Only the practice may fill them in; each one set shows on the home, About and
# Contact pages, and every build names those still missing. None is known yet.
PRACTICE_FACTS = {}

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
CONTENT_CHECK_EXTRA_METADATA = ["whatsapp_message", "image"]
# What `make new` writes as the summary, for the writer to replace: a post or page
# still holding it is not published.
NEW_POST_SUMMARY_HINT = "One sentence that says what this article is about."
# A post dated in the future waits for its day: until then it is a draft.
WITH_FUTURE_DATES = False

# ── Addresses: the old site's scheme, /<year>/<month>/<slug>/ ──────────────
# Every address is a folder: each NAME_URL below is served from NAME_SAVE_AS, the
# same path + "index.html". Content in another language than DEFAULT_LANG lives under
# /<lang>/ (the NAME_LANG_ ones).
ADDRESSES = {
    "ARTICLE": "{date:%Y}/{date:%m}/{slug}/", "DRAFT": "drafts/{slug}/",
    "PAGE": "{slug}/", "DRAFT_PAGE": "drafts/pages/{slug}/",
    "CATEGORY": "category/{slug}/", "TAG": "tag/{slug}/", "AUTHOR": "author/{slug}/",
    "CATEGORIES": "categories/", "TAGS": "tags/", "AUTHORS": "authors/",
    "ARCHIVES": "archives/", "YEAR_ARCHIVE": "{date:%Y}/",
    "MONTH_ARCHIVE": "{date:%Y}/{date:%m}/",
}
for _kind in ("ARTICLE", "PAGE", "DRAFT", "DRAFT_PAGE"):
    ADDRESSES[f"{_kind}_LANG"] = "{lang}/" + ADDRESSES[_kind]
for _name, _url in ADDRESSES.items():
    globals()[f"{_name}_URL"] = _url
    globals()[f"{_name}_SAVE_AS"] = _url + "index.html"
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
    # Compiled templates are kept between builds in Jinja's own per-user folder under
    # the system's temporary one, checked against each template's text: a build then
    # compiles only what changed (0.3 s of a 1 s build of the real site).
    "bytecode_cache": FileSystemBytecodeCache(),
}
PLUGIN_PATHS = ["plugins"]
# The steps on the written site (search, then assets, then offline) run in the order
# the `finish` plugin fixes, whatever the order here.
PLUGINS = ["sitecore", "content_check", "gettext_theme", "languages", "emergency", "whatsapp",
           "images", "practice", "search", "assets", "offline", "finish"]
# Production only (publishconf.py): hashed file names, minified text, .gz/.br copies.
ASSETS_FINGERPRINT = False
ASSETS_MINIFY = False
ASSETS_PRECOMPRESS = False
