"""Helpers for the tests: paths, HTML parsing, builds, servers on port 0, printed lines."""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from bs4 import BeautifulSoup

from publisher.browsers import HEADLESS_SHELL
from publisher.server import serving, start_server  # noqa: F401 - the tests' servers

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
# The project's shared reference data, beside the repository; where it is absent (a
# hosted runner), the copy in tests/reference, which a test keeps identical to it.
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"
REFERENCE = SHARED_REFERENCE if SHARED_REFERENCE.is_dir() else ROOT / "tests" / "reference"
# The browser the browser tests drive (publisher/browsers.py), with flags that keep it
# from calling home (this machine reaches no other origin).
BROWSER = HEADLESS_SHELL
QUIET_FLAGS = ["--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-gpu"]
# The public address local builds use (pelicanconf.py, PUBLIC_URL unset).
PUBLIC_URL = "http://127.0.0.1:8000"


def html_files(output):
    return sorted(p for p in Path(output).rglob("*.html"))


def soup(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def tree_hashes(folder):
    """SHA-256 of every file under `folder`, by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(folder).rglob("*")) if path.is_file()
    }


def run_build(content, output, env=None):
    """`python -m publisher.build` on a content folder, as the practice runs it;
    `env` adds variables to the environment."""
    command = [sys.executable, "-m", "publisher.build",
               "--content", str(content), "--output", str(output)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**os.environ, **(env or {})})


def errors_of(result):
    """The `error: ...` lines a failed `publisher.build` printed."""
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


class PrintedLines:
    """The lines a process prints, read as they come: `wait_for` blocks until one
    matches (an event, not a clock; the timeout only bounds a hang)."""

    def __init__(self, stream):
        self.lines, self.seen = [], threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            with self.seen:
                self.lines.append(line.rstrip("\n"))
                self.seen.notify_all()

    def wait_for(self, pattern, after=0, timeout=120):
        """The first match of `pattern` in a line printed after the first `after`."""
        def found():
            return next((match for line in self.lines[after:]
                         if (match := re.search(pattern, line))), None)

        with self.seen:
            if not self.seen.wait_for(found, timeout):
                raise AssertionError(f"never printed {pattern!r}:\n" + "\n".join(self.lines))
            return found()


# What `make serve` needs of the project, copied so it writes its own output/.
PROJECT = ("content", "theme", "plugins", "publisher", "pelicanconf.py", "publishconf.py",
           "tasks.py")


def copy_project(folder):
    """The project's files in `folder` (without __pycache__); returns `folder`."""
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, Path(folder) / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, Path(folder) / name)
    return Path(folder)


def settings_file(folder, **overrides):
    """A settings file in `folder`: pelicanconf.py with `overrides`, paths made absolute."""
    lines = [f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n",
             f"PATH = {str(CONTENT)!r}\nTHEME = {str(ROOT / 'theme')!r}\n",
             f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"]
    lines += [f"{key} = {value!r}\n" for key, value in overrides.items()]
    path = Path(folder) / "testconf.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path
