"""Names of the theme's files, with a content hash when fingerprinting is on."""

import hashlib
import os
from functools import cache

HASH_LENGTH = 10


def fingerprinted(path, data):
    """ "css/site.css" -> "css/site.<hash>.css", the hash taken from the file's bytes."""
    stem, extension = os.path.splitext(path)
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    return f"{stem}.{digest}{extension}"


class AssetNames:
    """Maps a theme file ("css/site.css") to its address below the site's root."""

    def __init__(self, static_source, static_dir, fingerprint):
        self.static_source = static_source     # theme/static
        self.static_dir = static_dir           # THEME_STATIC_DIR in the output: "theme"
        self.fingerprint = fingerprint

    @classmethod
    @cache
    def _cached(cls, static_source, static_dir, fingerprint):
        return cls(static_source, static_dir, fingerprint)

    @classmethod
    def for_settings(cls, settings):
        return cls._cached(os.path.join(settings["THEME"], "static"),
                           settings["THEME_STATIC_DIR"],
                           bool(settings.get("ASSETS_FINGERPRINT", False)))

    @cache  # noqa: B019 - one instance per build settings, a handful of files
    def name(self, path):
        if not self.fingerprint:
            return path
        with open(os.path.join(self.static_source, path), "rb") as handle:
            return fingerprinted(path, handle.read())

    def url(self, path):
        """The file's address without SITEURL: "theme/css/site.<hash>.css"."""
        return f"{self.static_dir}/{self.name(path)}"
