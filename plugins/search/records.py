"""One search record per emergency line and language: what Pagefind indexes besides the
pages."""

from emergency.names import territory_name
from emergency.settings import KINDS


def hub_records(hub, hub_url, language, translate=None):
    """Pagefind custom records (keyword arguments of `add_custom_record`) for the hub in
    `language`, its page at `hub_url` ("emergency/", "ar/emergency/").

    Each points at its line's anchor on the hub page; the content holds the name,
    kind, country, numbers and description (translated where the data or the catalog
    has it; `translate` is gettext for `language`), so "suicide Lebanon" finds Embrace."""
    translate = translate or (lambda text: text)
    records = []
    for country in hub.countries:
        country_name = territory_name(country.code, language)
        for line in country.resources:
            text = line.text(language)
            kind = translate(KINDS[line.kind])
            numbers = [n for n in (line.phone, line.sms) if n]
            content = " ".join(filter(None, [
                text.name + ".", line.name + "." if text.name != line.name else "",
                kind + ".", country_name + ".", line.region and line.region + ".",
                " ".join(f"{n.display} {n.international or ''}".strip() for n in numbers),
                text.description, text.hours,
            ]))
            meta = {"title": text.name, "kind": kind, "country": country_name}
            if line.phone:
                meta.update(number=line.phone.display, dial=line.phone.dial)
            records.append({
                "url": f"/{hub_url}#{line.anchor}",
                "content": content,
                "language": language,
                "meta": meta,
                "filters": {"type": ["line"], "country": [country_name],
                            "language": [language]},
            })
    return records
