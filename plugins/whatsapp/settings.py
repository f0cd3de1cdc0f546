"""The whatsapp plugin's settings and their defaults (pelicanconf.py sets the site's)."""

DEFAULTS = {
    # Who can be reached, each {"name", "role", "number"} with, optionally, "hours"
    # ("Mon-Fri 09:00-17:00"), "timezone", "message" and "languages": none by default,
    # and then no widget.
    "WHATSAPP_CONTACTS": [],
    "WHATSAPP_GREETING": "How can I help you?",   # the panel's title
    "WHATSAPP_INTRO": "Choose a contact to chat on WhatsApp.",
    "WHATSAPP_NOTE": "WhatsApp is not for emergencies.",  # under the contacts, always
    # The message a chat opens with, unless a contact or an article gives its own.
    "WHATSAPP_DEFAULT_MESSAGE": "Hello, I would like to ask about online sessions.",
}
