"""The offline plugin's settings and their defaults, read from Pelican's settings once."""

from dataclasses import dataclass

DEFAULTS = {
    "OFFLINE_URL": "offline/",                   # the page shown when nothing else is there
    "OFFLINE_SAVE_AS": "offline/index.html",
    "OFFLINE_TEMPLATE": "offline",
    "OFFLINE_WORKER": "sw.js",                   # at the site's root, so it covers every page
    # Pages kept on the device with everything they load (besides the offline page).
    "OFFLINE_PAGES": ["emergency/", "crisis-plan/"],
    # Paths the worker leaves alone: the search index is large and only useful online.
    "OFFLINE_SKIP": ["pagefind/"],
    # How long a kept page waits for the network before the copy on the device is shown.
    "OFFLINE_NETWORK_TIMEOUT_MS": 3000,
}


@dataclass(frozen=True)
class OfflineSettings:
    url: str
    save_as: str
    template: str
    worker: str
    pages: tuple
    skip: tuple
    timeout_ms: int


def offline_settings(settings):
    """The plugin's settings, each from Pelican's settings or its default."""
    value = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    return OfflineSettings(
        url=value["OFFLINE_URL"], save_as=value["OFFLINE_SAVE_AS"],
        template=value["OFFLINE_TEMPLATE"], worker=value["OFFLINE_WORKER"],
        pages=tuple(value["OFFLINE_PAGES"]), skip=tuple(value["OFFLINE_SKIP"]),
        timeout_ms=int(value["OFFLINE_NETWORK_TIMEOUT_MS"]),
    )
