"""The practice plugin's settings and their defaults (pelicanconf.py sets the site's)."""


def N_(text):  # noqa: N802 - marks a label for the catalogs (make translations)
    return text


DEFAULTS = {
    # What a prospective client asks before writing: each is shown (home, About,
    # Contact, and the home page's JSON-LD) only once the practice has set it, and the
    # build names those still missing. Never filled in by anyone but the practice.
    # A text may be one string or one per language: {"en": "...", "ar": "...", "fr": "..."}.
    "PRACTICE_FACTS": {},
    # The pages (by slug) that show the facts, besides the home page.
    "PRACTICE_FACTS_PAGES": ["about", "contact"],
}

# The facts, in the order shown, with their labels; "languages" is a list of codes
# ("ar", "en", "fr") and "session_length" a number of minutes, the others texts.
FACTS = {
    "languages": N_("Languages spoken"),
    "session_length": N_("Length of a session"),
    "fee": N_("Fee"),
    "platform": N_("How sessions take place"),
    "booking": N_("How to book"),
    "reply_time": N_("When you get a reply"),
    "credentials": N_("Qualifications"),
}
