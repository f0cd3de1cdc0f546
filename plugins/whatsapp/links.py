"""WhatsApp's click-to-chat links: https://wa.me/<digits>?text=<message>."""

from urllib.parse import quote


def wa_link(digits, message=""):
    """The chat link for an international number's digits (no +), with a prefilled text.

    Every character of the message that is not a letter, digit or one of -._~ is
    percent-encoded (UTF-8), so &, #, ?, Arabic text and emoji arrive as written.
    """
    if not digits.isdigit():
        raise ValueError(f"expected digits only, found {digits!r}")
    link = f"https://wa.me/{digits}"
    return f"{link}?text={quote(message, safe='')}" if message else link
