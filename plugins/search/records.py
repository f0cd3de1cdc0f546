"""One search record per emergency line: what Pagefind indexes besides the pages."""

from emergency.settings import KINDS


def hub_records(hub, hub_url, language):
    """Pagefind custom records (keyword arguments of `add_custom_record`) for the hub.

    Each points at its line's anchor on the hub page; the content holds the name,
    kind, country, numbers and description, so "suicide Lebanon" finds Embrace."""
    records = []
    for country in hub.countries:
        for line in country.resources:
            kind = KINDS[line.kind]
            numbers = [n for n in (line.phone, line.sms) if n]
            content = " ".join(filter(None, [
                line.name + ".", kind + ".", country.name + ".",
                line.region and line.region + ".",
                " ".join(f"{n.display} {n.international or ''}".strip() for n in numbers),
                line.description, line.hours,
            ]))
            meta = {"title": line.name, "kind": kind, "country": country.name}
            if line.phone:
                meta.update(number=line.phone.display, dial=line.phone.dial)
            records.append({
                "url": f"/{hub_url}#{line.anchor}",
                "content": content,
                "language": language,
                "meta": meta,
                "filters": {"type": ["line"], "country": [country.name],
                            "language": [language]},
            })
    return records
