"""The in-article call to action: a paragraph holding only a marker becomes a button.

    [whatsapp]
    [whatsapp contact="Dr Carla Kesrouani" message="Hello, I have a question."]

`contact` picks a contact by name (default: the first); `message` replaces the
prefilled text (default: the page's `WhatsApp_message`, else the contact's own).
Neither may contain "]".
"""

import html
import re

MARKER = re.compile(r"<p>\[whatsapp(?P<args>(?:\s[^\]<]*)?)\]</p>")
ARGUMENT = re.compile(r"(\w+)=\"([^\"]*)\"")
def replace_markers(text, widget, page_message=None, translate=None):
    """(text with markers replaced by buttons, problems) for a page's HTML; `translate`
    is gettext for the page's language (the button's label is the theme's string)."""
    translate = translate or (lambda message: message)
    problems = []

    def button(match):
        args = dict(ARGUMENT.findall(html.unescape(match["args"])))
        unknown = sorted(set(args) - {"contact", "message"})
        if unknown:
            problems.append(f"[whatsapp]: {unknown[0]}: expected contact or message")
            return match[0]
        contact = widget.contact(args.get("contact"))
        if contact is None:
            names = ", ".join(c.name for c in widget.contacts)
            problems.append(f"[whatsapp]: contact: expected one of {names}, "
                            f"found {args['contact']!r}")
            return match[0]
        link = contact.link(args.get("message") or page_message or translate(contact.message))
        label = translate("Chat on WhatsApp with %(name)s") % {"name": contact.name}
        label = html.escape(label)
        return (f'<p class="wa-cta" data-pagefind-ignore>'
                f'<a class="wa-button" href="{html.escape(link)}">'
                f"{widget.icon}<span>{label}</span></a></p>")

    return MARKER.sub(button, text), problems
