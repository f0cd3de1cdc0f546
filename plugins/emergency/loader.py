"""Reading every data file of the hub into one Hub, with all problems and notes."""

import os

from sitecore.files import shown_path

from .model import Hub
from .validate import Report, check_file


def load_hub(content_path, settings, today):
    """(hub or None, problems, notes) from `<content>/<EMERGENCY_PATH>/*.yaml`."""
    folder = os.path.join(content_path, settings.path)
    # Files are named from the content folder: "content/emergency/lb.yaml".
    shown = shown_path(settings.path, content_path)
    files = sorted(name for name in os.listdir(folder)
                   if name.endswith((".yaml", ".yml"))) if os.path.isdir(folder) else []
    if not files:
        problem = Report(shown, "whole folder", "files",
                         "expected one <country>.yaml file per country, found none")
        return None, [problem], []

    countries, problems, notes = [], [], []
    for name in files:
        path = os.path.join(folder, name)
        country, file_problems, file_notes = check_file(
            path, os.path.join(shown, name), settings, today)
        problems += file_problems
        notes += file_notes
        if country:
            countries.append(country)

    home = settings.home_country
    if not problems and not any(c.code == home for c in countries):
        problems.append(Report(shown, "whole folder", "EMERGENCY_HOME_COUNTRY",
                               f"expected {home.lower()}.yaml, found no such file"))
    if problems:
        return None, problems, notes
    countries.sort(key=lambda c: (c.code != home, c.name))
    hub = Hub(countries=countries, home=home, fallback=settings.fallback,
              quick_exit_url=settings.quick_exit_url)
    return hub, problems, notes


def summary(notes, max_age_days):
    """One line per kind of note, pointing to `make check` for the list, or nothing."""
    stale = sum(1 for note in notes if note.stale)
    others = len(notes) - stale
    age = "a year" if max_age_days == 365 else f"{max_age_days} days"
    lines = []
    if stale:
        lines.append(f"emergency: {_count(stale, 'line has a source', 'lines have sources')} "
                     f"older than {age} or undated and not confirmed; `make check` lists them")
    if others:
        lines.append(f"emergency: {_count(others, 'other note', 'other notes')} about the data "
                     "(numbers phonenumbers does not know); `make check` lists them")
    return lines


def _count(number, one, many):
    return f"{number} {one if number == 1 else many}"
