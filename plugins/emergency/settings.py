"""The emergency hub's settings and their defaults, read from Pelican's settings once."""

from dataclasses import dataclass

from gettext_theme import N_

# Kinds of line, in the order the page groups them (crisis and support lines first, then
# emergency services, then the rest), with the heading of each (in English; the theme
# translates them). Search records use the same headings.
KINDS = {
    "crisis-line": N_("Crisis and suicide-prevention lines"), "text-line": N_("Text lines"),
    "chat": N_("Chat"), "emergency": N_("Emergency numbers"), "police": N_("Police"),
    "ambulance": N_("Ambulance"), "fire": N_("Fire and rescue"),
    "violence": N_("Violence and abuse"), "child": N_("Children and young people"),
    "poison": N_("Poisoning"), "hospital": N_("Hospitals"), "other": N_("Other help"),
}

# Codes that are not countries but have their own lines: ISO 3166-1 reserves "EU"
# for the European Union. Its numbers are checked against its member states'
# numbering plans (members as of 2020, https://european-union.europa.eu/principles-
# countries-history/eu-countries_en).
EXTRA_REGIONS = {
    "EU": ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
           "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
           "SE"),
}

DEFAULTS = {
    "EMERGENCY_PATH": "emergency",            # inside PATH (content/)
    "EMERGENCY_URL": "emergency/",
    "EMERGENCY_SAVE_AS": "emergency/index.html",
    "EMERGENCY_TEMPLATE": "emergency",
    "EMERGENCY_PLAN_URL": "crisis-plan/",        # the personal crisis plan
    "EMERGENCY_PLAN_SAVE_AS": "crisis-plan/index.html",
    "EMERGENCY_PLAN_TEMPLATE": "crisis_plan",
    "EMERGENCY_HOME_COUNTRY": "LB",           # shown first without JavaScript, and always
    "EMERGENCY_MAX_AGE_DAYS": 365,            # older or undated sources are counted
    "EMERGENCY_LIST_NOTES": False,            # list every note (make check), not a summary
    # Where the visitor's country has no file: the numbers that mobile phones treat as
    # emergency calls everywhere, and the standard that says so (3GPP TS 22.101,
    # clause 10.1.1; see the reference notes, "Fallback when the visitor's country is
    # not listed", for its limits, which the page shows).
    "EMERGENCY_FALLBACK_NUMBERS": ("112", "911"),
    "EMERGENCY_FALLBACK_SOURCE": "https://www.3gpp.org/DynaReport/22101.htm",
    "EMERGENCY_REGIONS": EXTRA_REGIONS,
    "QUICK_EXIT_URL": "https://www.google.com/",
}


@dataclass(frozen=True)
class HubSettings:
    path: str
    url: str
    save_as: str
    template: str
    plan_url: str
    plan_save_as: str
    plan_template: str
    home_country: str
    max_age_days: int
    list_notes: bool
    fallback: dict
    regions: dict
    quick_exit_url: str


def hub_settings(settings):
    """The hub's settings, each from Pelican's settings or its default."""
    value = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    return HubSettings(
        path=value["EMERGENCY_PATH"], url=value["EMERGENCY_URL"],
        save_as=value["EMERGENCY_SAVE_AS"], template=value["EMERGENCY_TEMPLATE"],
        plan_url=value["EMERGENCY_PLAN_URL"], plan_save_as=value["EMERGENCY_PLAN_SAVE_AS"],
        plan_template=value["EMERGENCY_PLAN_TEMPLATE"],
        home_country=value["EMERGENCY_HOME_COUNTRY"],
        max_age_days=int(value["EMERGENCY_MAX_AGE_DAYS"]),
        list_notes=bool(value["EMERGENCY_LIST_NOTES"]),
        fallback={"numbers": list(value["EMERGENCY_FALLBACK_NUMBERS"]),
                  "source": value["EMERGENCY_FALLBACK_SOURCE"]},
        regions=value["EMERGENCY_REGIONS"], quick_exit_url=value["QUICK_EXIT_URL"],
    )
