"""Markdown converted once per text: the HTML and the raw header of each file, kept in
CACHE_PATH/markdown under a hash of the file's text, Python-Markdown's version and the
MARKDOWN setting. Everything after the conversion (the header's values, every check of
them) runs on each build, so a file's problems are named at every build; an edited
file has a new hash and is converted again. Each entry is written under another name,
then renamed: builds running at the same time never read half of one."""

import contextlib
import hashlib
import json
import os

import markdown


class ConvertedTexts:
    """get(text) -> (html, header) or None; put(text, html, header)."""

    def __init__(self, cache_path, markdown_settings):
        self.folder = os.path.join(cache_path, "markdown")
        self.salt = json.dumps([markdown.__version__, markdown_settings], sort_keys=True,
                               default=repr).encode()

    def _path(self, text):
        digest = hashlib.sha256(self.salt + text.encode("utf-8")).hexdigest()
        return os.path.join(self.folder, digest[:2], digest[2:] + ".json")

    def get(self, text):
        try:
            with open(self._path(text), encoding="utf-8") as handle:
                html, header = json.load(handle)
        except (OSError, ValueError):
            return None
        return html, header

    def put(self, text, html, header):
        path = self._path(text)
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump([html, header], handle, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:  # a read-only cache costs only speed
            with contextlib.suppress(OSError):
                os.unlink(temporary)
