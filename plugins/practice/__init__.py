"""practice: the facts about the practice a prospective client looks for (languages,
session length, fee, platform, booking, reply time, credentials), from the setting
PRACTICE_FACTS, which only the practice fills in. The templates get `practice_facts(lang)`:
[(label, text)] of the facts set, in the page's language; every build names, in one
line, the facts not set yet, and a fact it cannot read fails the build."""

import logging

from babel import Locale
from pelican import signals
from sitecore.languages import is_language

from gettext_theme import translator

from .settings import DEFAULTS, FACTS

logger = logging.getLogger(__name__)


def read_facts(settings):
    """(facts, problems): the facts set, checked, and one line per one that is not right."""
    facts = settings.get("PRACTICE_FACTS", DEFAULTS["PRACTICE_FACTS"]) or {}
    problems = []
    if not isinstance(facts, dict):
        return {}, [f"PRACTICE_FACTS: expected a dict of {', '.join(FACTS)}, found {facts!r}"]
    for key, value in facts.items():
        if key not in FACTS:
            problems.append(f"PRACTICE_FACTS: {key}: expected one of {', '.join(FACTS)}")
        elif key == "languages" and not (isinstance(value, list) and value
                                         and all(is_language(code) for code in value)):
            problems.append('PRACTICE_FACTS: languages: expected language codes such as '
                            f'["ar", "en", "fr"], found {value!r}')
        elif key == "session_length" and not (isinstance(value, int) and value > 0):
            problems.append("PRACTICE_FACTS: session_length: expected minutes, such as 50, "
                            f"found {value!r}")
        elif key not in ("languages", "session_length") and not _is_text(value):
            problems.append(f"PRACTICE_FACTS: {key}: expected a text, or one per language "
                            f'{{"en": "...", "ar": "..."}}, found {value!r}')
    return ({key: value for key, value in facts.items() if key in FACTS and not problems},
            problems)


def _is_text(value):
    if isinstance(value, dict):
        return bool(value) and all(isinstance(v, str) and v.strip() for v in value.values())
    return isinstance(value, str) and bool(value.strip())


def configure(pelican):
    facts, problems = read_facts(pelican.settings)
    for problem in problems:
        logger.error("practice: %s", problem)
    missing = [key for key in FACTS if key not in facts]
    if missing and not problems:
        logger.warning("practice: not set yet in PRACTICE_FACTS (pelicanconf.py), so not "
                       "shown: %s", ", ".join(missing))
    settings = pelican.settings

    def practice_facts(lang):
        _ = translator(settings, lang)
        shown = []
        for key, label in FACTS.items():
            if key not in facts:
                continue
            value = facts[key]
            if key == "languages":
                names = Locale.parse(lang).languages
                text = ", ".join(names.get(code, code) for code in value)
            elif key == "session_length":
                text = _("%(minutes)s minutes") % {"minutes": value}
            elif isinstance(value, dict):
                text = value.get(lang) or value.get(settings["DEFAULT_LANG"]) \
                    or next(iter(value.values()))
            else:
                text = value
            shown.append((_(label), text))
        return shown

    settings["PRACTICE_FACTS_SHOWN"] = practice_facts
    settings["PRACTICE_FACTS_PAGES"] = settings.get("PRACTICE_FACTS_PAGES",
                                                    DEFAULTS["PRACTICE_FACTS_PAGES"])
    settings["PRACTICE_LANGUAGES"] = facts.get("languages", [])


def register():
    signals.initialized.connect(configure)
