"""Build the site into a fresh folder and put it in place only when nothing failed.

Any error Pelican or a plugin logs, and any exception, fails the build: the
staging folder is deleted and the previous output folder stays exactly as it
was. `python -m publisher.build --help` lists the options.
"""

import argparse
import contextlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from pelican import Pelican, signals
from pelican.settings import read_settings

from publisher.symlinks import outside_links


class BuildFailed(Exception):
    """The build reported problems; `problems` holds one line for each."""

    def __init__(self, problems):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class BuildResult:
    output: str
    articles: int
    pages: int
    seconds: float


class ContentRejected(Exception):
    """Reading the content logged errors: nothing is written after them."""


class ErrorCollector(logging.Handler):
    """Keeps every error logged during a build, each flattened to one line."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.problems = []

    def emit(self, record):
        self.problems.append(" ".join(record.getMessage().split()))


def load_settings(settings_file, content=None, override=None):
    """Pelican's settings from a file, with the content folder optionally replaced."""
    override = dict(override or {})
    if content:
        override["PATH"] = os.path.abspath(content)
    return read_settings(settings_file, override=override or None)


def build(settings_file="pelicanconf.py", *, output=None, content=None, keep=True,
          override=None):
    """Build; on success move the result to `output` (or delete it if not `keep`).
    `override` replaces settings of the file."""
    started = time.perf_counter()
    settings = load_settings(settings_file, content, override)
    links = outside_links(settings, os.path.dirname(os.path.abspath(settings_file)))
    if links:
        raise BuildFailed(links)
    target = os.path.abspath(output or settings["OUTPUT_PATH"])
    parent = os.path.dirname(target)
    os.makedirs(parent, exist_ok=True)
    spare = spare_folder(target)
    staging = tempfile.mkdtemp(prefix=".output-", dir=parent)
    os.chmod(staging, 0o755)  # mkdtemp makes it private; a web server must read it
    recycled_at = recycle(spare, staging)
    if recycled_at is not None:
        # The finish plugin deletes what this build did not write; a static file must
        # then be copied even when the copy looks up to date.
        settings = {**settings, "OUTPUT_RECYCLED_AT_NS": recycled_at,
                    "STATIC_CHECK_IF_MODIFIED": False}

    collector, counts = ErrorCollector(), {}

    def count(generators):
        context = generators[0].context  # shared by every generator
        counts.update(articles=len(context["articles"]), pages=len(context["pages"]))

    def stop_before_writing(pelican):
        # Pelican asks for its writer once every generator has read the content and
        # every check of it has run: later stages would only add errors caused by these
        # (an index of no emergency lines, a worker missing the hub's page).
        if collector.problems:
            raise ContentRejected()

    logging.getLogger().addHandler(collector)
    signals.all_generators_finalized.connect(count)
    signals.get_writer.connect(stop_before_writing)
    try:
        Pelican({**settings, "OUTPUT_PATH": staging}).run()
    except ContentRejected:
        pass  # its problems are already collected
    except Exception as exc:  # noqa: BLE001 - any failure must keep the old output
        collector.problems.append(f"{type(exc).__name__}: {' '.join(str(exc).split())}")
    finally:
        signals.all_generators_finalized.disconnect(count)
        signals.get_writer.disconnect(stop_before_writing)
        logging.getLogger().removeHandler(collector)

    if collector.problems or not keep:
        set_aside(staging, spare if recycled_at is not None else None)
        if collector.problems:
            raise BuildFailed(collector.problems)
    else:
        swap_in(staging, target, spare)
    seconds = time.perf_counter() - started
    return BuildResult(target, counts["articles"], counts["pages"], seconds)


def spare_folder(target):
    """Where the output replaced by the last build waits to be built over by the next."""
    return os.path.join(os.path.dirname(target), f".output-spare-{os.path.basename(target)}")


def recycle(spare, staging):
    """Move the spare tree, if there is one, into the empty `staging` folder: the build
    then overwrites its files, ten times cheaper than creating them on ext4. Returns
    the change time that tells this build's files from the spare's (see
    plugins/finish/stale.py), or None for a fresh folder."""
    try:
        os.rename(spare, staging)  # atomic: of two builds at once, one gets it
    except OSError:
        return None
    os.chmod(staging, 0o755)
    marker = os.path.join(staging, ".build-started")
    with open(marker, "w", encoding="utf-8"):
        pass
    since = os.stat(marker).st_ctime_ns
    os.unlink(marker)
    return since


def set_aside(staging, spare):
    """A staging folder not put in place: kept as the spare if it was one, else removed."""
    if spare is not None and not os.path.exists(spare):
        with contextlib.suppress(OSError):
            os.rename(staging, spare)
            return
    shutil.rmtree(staging, ignore_errors=True)


def swap_in(staging, target, spare):
    """Replace `target` by `staging` with two renames; the old tree becomes the spare."""
    if not os.path.exists(target):
        os.rename(staging, target)
        return
    retired = spare if not os.path.exists(spare) else f"{staging}-retired"
    os.rename(target, retired)
    os.rename(staging, target)
    if retired != spare:
        shutil.rmtree(retired)


def untracked(content):
    """Files under the content folder that git does not track (nor ignore): they would
    be missing from what `git push` publishes. Nothing outside a git checkout."""
    listed = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "-z", "."],
                            cwd=content, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        return []
    top = os.path.dirname(os.path.abspath(content))
    return sorted(os.path.relpath(os.path.join(content, name), top)
                  for name in listed.stdout.split("\0") if name)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m publisher.build", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--output", help="folder to replace (default: OUTPUT_PATH)")
    parser.add_argument("--content", help="content folder (default: PATH)")
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary folder and discard it")
    args = parser.parse_args(argv)
    configure_logging()
    if args.check:
        content = args.content or load_settings(args.settings)["PATH"]
        for name in untracked(content):
            print(f"warning: {name}: not added to git, so a push would not publish it; "
                  f"git add {name}", file=sys.stderr)
    try:
        # A check lists every note about the data; a build only counts them.
        result = build(args.settings, output=args.output, content=args.content,
                       keep=not args.check,
                       override={"EMERGENCY_LIST_NOTES": True} if args.check else None)
    except BuildFailed as failed:
        where = os.path.relpath(args.output or "output")
        print(f"Build failed; {where}/ was left as it was.", file=sys.stderr)
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    done = "Checked" if args.check else f"Built {os.path.relpath(result.output)}/ from"
    print(f"{done} {result.articles} articles and {result.pages} pages "
          f"in {result.seconds:.2f} s.")
    return 0


def configure_logging():
    """Warnings on stderr as they come; errors are listed once, at the end."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handler.addFilter(lambda record: record.levelno < logging.ERROR)
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


if __name__ == "__main__":
    sys.exit(main())
