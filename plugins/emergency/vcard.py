"""vCard files of the emergency hub: one .vcf per country, to save on a phone.

Each file holds version 3.0 cards (the version phones import most reliably): one per
core line of the country that has a phone number, in file order, then the practice.
The `vobject` library builds and serializes them, so it escapes and folds the text.
"""

import vobject

from .settings import KINDS

# Kinds of line worth saving in a phone's contacts, in the hub's order.
CORE_KINDS = ("emergency", "police", "ambulance", "fire", "crisis-line")

PRACTICE_NOTE = "Online therapy. WhatsApp is not for emergencies."


def country_vcards(country, practice, site_url):
    """The text of one .vcf file: the core lines of `country` that have a phone, in
    file order, then the practice, if any (`practice`: name, telephone; `site_url`: its
    site)."""
    cards = [_line_card(line, country.name) for line in country.resources
             if line.kind in CORE_KINDS and line.phone]
    if practice:
        cards.append(_practice_card(practice, site_url))
    return "".join(card.serialize() for card in cards)


def vcard_filename(country):
    """The file's name: the country's code in lower case, "lb.vcf"."""
    return f"{country.code.lower()}.vcf"


def _line_card(line, country_name):
    card = _card(f"{line.name} ({country_name})")
    card.add("org").value = [country_name]
    _add_tel(card, line.phone.dial, "VOICE")   # as dialled: never reformatted
    card.add("categories").value = ["Emergency"]
    checked = (f"Source dated {line.source_date.iso}" if line.source_date
               else "Source undated")
    if line.confirmed:
        checked += f"; confirmed by the practice on {line.confirmed.isoformat()}"
    hours = [f"Hours: {line.hours}"] if line.hours else []
    card.add("note").value = ". ".join([KINDS[line.kind], *hours, checked]) + "."
    if line.website:
        card.add("url").value = line.website
    return card


def _practice_card(practice, site_url):
    card = _card(practice["name"])
    _add_tel(card, practice["telephone"], "CELL")
    card.add("note").value = PRACTICE_NOTE
    card.add("url").value = site_url.rstrip("/") + "/"
    return card


def _card(name):
    """A card named `name`: FN, and N with the same family name (3.0 requires both)."""
    card = vobject.vCard()
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name(family=name)
    return card


def _add_tel(card, dial, kind):
    tel = card.add("tel")
    tel.value = dial
    tel.type_param = kind
