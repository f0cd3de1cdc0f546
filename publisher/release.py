"""A release of the self-hosted site, checked before it may go live, and the theme files
of the release before it carried over (the deploy hooks run this).

    python -m publisher.release verify OUTPUT
        One line per missing file: the home page, the emergency hub, and every file
        the service worker keeps (a worker whose files are missing fails to install).
    python -m publisher.release carry PREVIOUS_RELEASE NEW_RELEASE
        Hard-links into the new release's output the fingerprinted theme files of the
        previous one that it lacks, so a page loaded just before the switch still finds
        its CSS and JS. They are listed in NEW_RELEASE/carried.txt and not carried
        again: they leave one release later.
"""

import argparse
import json
import os
import re
import sys

REQUIRED = ("index.html", "emergency/index.html")
WORKER = "sw.js"
FINGERPRINTED = re.compile(r"\.[0-9a-f]{10}\.[a-z0-9]+(\.gz|\.br)?$")
CARRIED = "carried.txt"


def verify(output):
    """The problems of a built site folder, one line each; none when it may go live."""
    if not os.path.isdir(output):
        return [f"{output}: no such folder"]
    missing = [name for name in REQUIRED if not os.path.isfile(os.path.join(output, name))]
    worker = os.path.join(output, WORKER)
    if not os.path.isfile(worker):
        missing.append(WORKER)
    else:
        missing += [path for path in kept_files(worker)
                    if not os.path.isfile(os.path.join(output, path))]
    return [f"{name}: missing from the new release" for name in dict.fromkeys(missing)]


def kept_files(worker):
    """The files the service worker at `worker` precaches, relative to the site's root:
    "/emergency/" becomes "emergency/index.html"."""
    with open(worker, encoding="utf-8") as handle:
        source = handle.read()
    start = source.index("var CONFIG = ") + len("var CONFIG = ")
    config, _ = json.JSONDecoder().raw_decode(source[start:])
    root = min(config["offline"], key=len)  # the site's path: "/" or "/sub/"
    files = []
    for url in config["precache"]:
        path = url[len(root):] if url.startswith(root) else url.lstrip("/")
        files.append(path + "index.html" if path.endswith("/") or not path else path)
    return files


def carry(previous, new):
    """Links the previous release's own fingerprinted theme files that `new` lacks into
    `new`; returns their paths, also written to NEW/carried.txt."""
    source, target = os.path.join(previous, "output"), os.path.join(new, "output")
    already = set(_lines(os.path.join(previous, CARRIED)))
    carried = []
    for parent, _, names in os.walk(os.path.join(source, "theme")):
        for name in sorted(names):
            path = os.path.relpath(os.path.join(parent, name), source)
            if (FINGERPRINTED.search(name) and path not in already
                    and not os.path.exists(os.path.join(target, path))):
                os.makedirs(os.path.dirname(os.path.join(target, path)), exist_ok=True)
                os.link(os.path.join(source, path), os.path.join(target, path))
                carried.append(path)
    with open(os.path.join(new, CARRIED), "w", encoding="utf-8") as handle:
        handle.writelines(path + "\n" for path in carried)
    return carried


def _lines(path):
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m publisher.release",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("verify").add_argument("output")
    carrying = commands.add_parser("carry")
    carrying.add_argument("previous")
    carrying.add_argument("new")
    args = parser.parse_args(argv)
    if args.command == "verify":
        problems = verify(args.output)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1 if problems else 0
    carried = carry(args.previous, args.new)
    print(f"Kept {len(carried)} theme files of the previous release for pages loaded "
          "before the switch.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
