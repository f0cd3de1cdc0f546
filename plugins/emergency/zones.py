"""Every IANA time zone and its country, from Babel's copy of CLDR, for the pages'
scripts: the visitor's country is the country of the browser's time zone, and
nothing else (SPEC §6). Old names that browsers still report ("Asia/Calcutta",
"Europe/Kiev") are included; zones of no country ("Etc/UTC") are not."""

from functools import cache

from babel.core import get_global

NO_COUNTRY = ("ZZ", "001")


@cache
def zone_countries():
    """{"Europe/Madrid": "ES", "Asia/Calcutta": "IN", ...}"""
    countries = {zone: code for zone, code in get_global("zone_territories").items()
                 if code not in NO_COUNTRY}
    for alias, zone in get_global("zone_aliases").items():
        if zone in countries:
            countries.setdefault(alias, countries[zone])
    return dict(sorted(countries.items()))
