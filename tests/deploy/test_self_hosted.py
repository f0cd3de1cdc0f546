"""Publishing by `git push` to a self-hosted server (SPEC §9): a good push goes live, a
bad one is refused with its reason and changes nothing, the switch drops no request,
rollback works, and nginx serves compressed copies, caching and security headers."""

import http.client
import os
import re
import shutil
import subprocess
import threading
import time

import pytest
from playwright.sync_api import expect

from tests.deploy.conftest import git
from tests.helpers import ROOT

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"
PAGES = ["/", ARTICLE, "/emergency/", "/contact/"]
HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "Strict-Transport-Security": "max-age=31536000",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=()",
    "X-Content-Type-Options": "nosniff",
}


def on_disk(deployment, path):
    return (deployment.live / "output" / path.lstrip("/") / "index.html").read_bytes()


def assert_security_headers(headers):
    for name, part in HEADERS.items():
        assert part in (headers.get(name) or ""), name
    policy = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "http" not in policy


def edit(relative, old, new):
    def change(work):
        path = work / relative
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return change


def test_the_pushed_site_is_live_with_its_headers(deployment):
    for path in PAGES:
        status, headers, body = deployment.get(path)
        assert status == 200 and body == on_disk(deployment, path), path
        assert headers["Cache-Control"] == "no-cache"
        assert_security_headers(headers)


def test_missing_pages_get_the_site_404_page_with_the_headers(deployment):
    status, headers, body = deployment.get("/no/such/page/")
    assert status == 404
    assert body == (deployment.live / "output/404.html").read_bytes()
    assert_security_headers(headers)


def test_fingerprinted_files_are_cached_for_a_year_and_sent_compressed(deployment):
    html = on_disk(deployment, "/").decode()
    css = html.split('rel=stylesheet')[0].rsplit("href=", 1)[-1].split()[0]
    path = css.removeprefix(deployment.origin)
    assert path.startswith("/theme/css/site.") and path.endswith(".css")
    plain = (deployment.live / "output" / path.lstrip("/")).read_bytes()
    for encoding in ("br", "gzip"):
        status, headers, body = deployment.get(path, **{"Accept-Encoding": encoding})
        assert status == 200 and headers["Content-Encoding"] == encoding
        copy = deployment.live / "output" / (path.lstrip("/") + (".br" if encoding == "br"
                                                                   else ".gz"))
        assert body == copy.read_bytes() and len(body) < len(plain)
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert_security_headers(headers)


def remote_lines(result):
    """What the hooks said in `git push`, without git's "remote: " prefix."""
    return [line.removeprefix("remote: ").rstrip() for line in result.stderr.splitlines()
            if line.startswith("remote: ")]


def assert_refused(deployment, result, before, *reasons):
    """The push failed, said `reasons`, and the branch, `current` and every byte served
    are as they were (`before`: branch, live release, pages)."""
    assert result.returncode != 0, result.stderr
    said = remote_lines(result)
    for reason in reasons:
        assert reason in said, said
    assert "The push was refused: the live site and the branch are unchanged." in said
    assert (deployment.branch(), deployment.live,
            {path: deployment.get(path)[2] for path in PAGES}) == before


def state(deployment):
    return (deployment.branch(), deployment.live,
            {path: deployment.get(path)[2] for path in PAGES})


def undo_last_commit(deployment):
    git("reset", "-q", "--hard", "HEAD~1", cwd=deployment.work)


def the_next_good_push_goes_live(deployment, message):
    """After a refused push: drop its commit, push a good one, and it is live."""
    undo_last_commit(deployment)
    good = deployment.commit_and_push(message)
    assert good.returncode == 0 and "Live:" in good.stderr


def test_a_bad_push_is_refused_with_its_error_line_and_changes_nothing(deployment):
    before = state(deployment)
    result = deployment.commit_and_push(
        "Break a number", edit("content/emergency/lb.yaml", 'phone: "1745"', 'phone: "17A5"'))
    assert_refused(
        deployment, result, before,
        "error: emergency: content/emergency/lb.yaml: ISF domestic violence hotline: phone: "
        "expected digits only (a local code) or an international number starting with +, "
        "found '17A5'")
    fixed = deployment.commit_and_push(
        "Mend the number", edit("content/emergency/lb.yaml", 'phone: "17A5"', 'phone: "1745"'))
    assert fixed.returncode == 0 and "Live:" in fixed.stderr


def test_a_link_to_a_file_outside_the_repository_is_refused(deployment):
    before = state(deployment)

    def link(work):
        (work / "content/images/secret.jpg").symlink_to("/etc/passwd")

    result = deployment.commit_and_push("A link out", link)
    assert_refused(deployment, result, before,
                   "error: content/images/secret.jpg: a link to /etc/passwd, outside the "
                   "site's folders; put the file itself here")
    assert not [p for p in deployment.site_root.rglob("secret.jpg")]
    undo_last_commit(deployment)


def test_a_release_folder_that_cannot_be_made_refuses_the_push(deployment):
    before = state(deployment)
    logs = deployment.site_root / "logs"
    shutil.rmtree(logs)
    logs.write_text("in the way")  # not a folder: nothing can be created in it
    try:
        result = deployment.commit_and_push("Cannot write")
        assert_refused(deployment, result, before,
                       f"Cannot create a release folder in {deployment.site_root}/releases.")
    finally:
        logs.unlink()
    the_next_good_push_goes_live(deployment, "Writable again")


def test_a_failing_install_is_refused_and_leaves_no_half_virtualenv(deployment):
    before = state(deployment)
    deployment.configure(SITE_VENV=None)  # install from the pushed requirements
    try:
        result = deployment.commit_and_push("Bad requirements", edit(
            "requirements.txt", "pelican==", "pelican-that-is-not==99.0 --hash=sha256:"
            + "0" * 64 + "\npelican=="))
        assert_refused(deployment, result, before,
                       "The push was refused: the live site and the branch are unchanged.")
        log = re.escape(str(deployment.site_root / "logs")) + r"/\d{8}T\d{6}Z-[0-9a-f]{12}\.log"
        said = [line for line in remote_lines(result) if line.startswith("Installing the d")]
        assert len(said) == 1, said
        assert re.fullmatch(f"Installing the dependencies failed; see {log}\\.", said[0]), said
        venvs = deployment.site_root / "venvs"
        assert [p.name for p in venvs.iterdir()] == []  # neither whole nor partial
    finally:
        deployment.configure()
    the_next_good_push_goes_live(deployment, "Good requirements")


def test_a_push_to_another_branch_is_accepted_and_not_published(deployment):
    before = state(deployment)
    result = deployment.commit_and_push("A draft", branch="drafts")
    assert result.returncode == 0
    assert "Accepted drafts, which is not published (only main is)." in remote_lines(result)
    assert state(deployment) == before
    git("reset", "-q", "--hard", "origin/main", cwd=deployment.work)


def test_two_overlapping_pushes_end_with_the_site_serving_the_branch_tip(deployment):
    """X builds slowly; Y is pushed from another clone while X is being built. Whatever
    git accepts, the live site is the release of the branch's tip."""
    other = deployment.base / "other"
    git("clone", "-q", str(deployment.repo), str(other), cwd=deployment.base)
    slow = edit("pelicanconf.py", 'SITESUBTITLE = N_("Online therapy")',
                'import time; time.sleep(3)\nSITESUBTITLE = N_("Online therapy")')
    building = threading.Event()
    results = {}

    def push_x():
        results["x"] = deployment.commit_and_push("X: slow", slow)

    thread = threading.Thread(target=push_x)
    thread.start()
    lock = deployment.site_root / "releases"
    while not any(p.name.startswith(".building-") for p in lock.iterdir()):
        assert thread.is_alive(), results
        building.wait(0.05)
    results["y"] = deployment.commit_and_push("Y: quick", work=other)
    thread.join()
    accepted = [name for name, result in results.items() if result.returncode == 0]
    assert accepted, results
    tip = deployment.branch()
    assert deployment.live.name.endswith(tip[:12])
    status, _, body = deployment.get("/")
    assert status == 200 and body == on_disk(deployment, "/")
    # Both clones follow the tip again for the next tests.
    for work in (deployment.work, other):
        git("fetch", "-q", "origin", cwd=work)
        git("reset", "-q", "--hard", "origin/main", cwd=work)
    def fast(work):
        path = work / "pelicanconf.py"
        path.write_text(path.read_text().replace("import time; time.sleep(3)\n", ""))

    assert "Live:" in deployment.commit_and_push("Fast again", fast).stderr


def loaded_assets(html, origin):
    """The CSS and JS files a built page loads, as paths."""
    found = re.findall(r"""(?:href|src)=["']?([^"' >]+\.(?:css|js))""", html)
    return {url.removeprefix(origin) for url in found if url.startswith((origin, "/"))}


def test_no_request_fails_is_cut_or_misses_an_asset_while_a_push_switches(deployment, measured):
    """Four clients ask for pages and the CSS and JS those pages load, before, during
    and after a push that changes every page and the stylesheet's fingerprinted name."""
    old = {path: on_disk(deployment, path) for path in PAGES}
    assets = sorted({asset for body in old.values()
                     for asset in loaded_assets(body.decode(), deployment.origin)})
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    old.update({path: (deployment.live / "output" / path.lstrip("/")).read_bytes()
                for path in assets})
    targets = PAGES + assets
    results, guard, pushed = [], threading.Lock(), threading.Event()

    def client(start):
        n = start
        while (not pushed.is_set() or len(results) < 2000) and len(results) < 50000:
            path = targets[n % len(targets)]
            n += 1
            status, _, body = deployment.get(path)
            with guard:
                results.append((path, status, body, pushed.is_set()))

    clients = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in clients:
        thread.start()
    started = time.monotonic()

    def change(work):
        edit("pelicanconf.py", 'SITESUBTITLE = N_("Online therapy")',
             'SITESUBTITLE = N_("Online sessions")')(work)
        edit("theme/static/css/site.css", "margin-block: 0.75rem 0;",
             "margin-block: 0.8rem 0;")(work)

    result = deployment.commit_and_push("New tagline and stylesheet", change)
    push_seconds = time.monotonic() - started
    pushed.set()
    for thread in clients:
        thread.join()

    assert result.returncode == 0 and "Live:" in result.stderr, result.stderr
    new = {path: on_disk(deployment, path) for path in PAGES}
    assert new["/"] != old["/"]
    new_assets = {a for body in new.values()
                  for a in loaded_assets(body.decode(), deployment.origin)}
    assert set(assets) - new_assets, "the stylesheet's name should have changed"
    failed = [(path, status) for path, status, body, _ in results
              if status != 200 or body not in (old[path], new.get(path))]
    during = sum(1 for *_, after in results if not after)
    measured(f"push to live: {push_seconds:.1f} s; {len(results)} requests from 4 clients "
          f"({during} during the push), {len(failed)} failed, cut or missing")
    assert failed == []
    assert len(results) >= 2000
    page_bodies = [body for path, _, body, _ in results if path in PAGES]
    assert any(body in old.values() for body in page_bodies)
    assert any(body in new.values() for body in page_bodies)
    for asset in new_assets:  # and the new pages find their own files
        assert deployment.get(asset)[0] == 200, asset
    # One release later the previous release's files are gone.
    assert "Live:" in deployment.commit_and_push("Another release").stderr
    gone = sorted(set(assets) - new_assets)
    assert [deployment.get(path)[0] for path in gone] == [404] * len(gone)


def test_rollback_works_from_a_relative_path_and_refuses_a_dangling_one(deployment, tmp_path):
    before = deployment.live
    assert "Live:" in deployment.commit_and_push("One more release").stderr
    relative = os.path.relpath(deployment.site_root, tmp_path) + "/"
    rollback = subprocess.run([str(ROOT / "deploy/rollback"), relative], cwd=tmp_path,
                              capture_output=True, text=True, check=False)
    assert rollback.returncode == 0, rollback.stderr
    assert deployment.live == before
    assert rollback.stdout.startswith(f"Live: {before.name} (was ")

    link = tmp_path / "site-link"
    link.symlink_to(deployment.site_root)
    dangling = deployment.site_root / "releases" / "gone"
    current = deployment.site_root / "current"
    (deployment.site_root / "current.test").symlink_to(dangling)
    (deployment.site_root / "current.test").rename(current)
    try:
        refused = subprocess.run([str(ROOT / "deploy/rollback"), str(link)], cwd=tmp_path,
                                 capture_output=True, text=True, check=False)
        assert refused.returncode == 1
        assert refused.stderr == (f"rollback: {link.resolve()}/current points at {dangling}, "
                                  "which does not exist; nothing was changed.\n")
        missing = subprocess.run([str(ROOT / "deploy/rollback"), "no/such/site"],
                                 cwd=tmp_path, capture_output=True, text=True, check=False)
        assert (missing.returncode, missing.stderr) == (
            1, "rollback: no/such/site does not exist; nothing was changed.\n")
    finally:
        (deployment.site_root / "current.test").symlink_to(before)
        (deployment.site_root / "current.test").rename(current)


def test_rollback_brings_back_the_previous_release(deployment):
    first = deployment.commit_and_push("Version A", edit(
        "content/pages/privacy.md", "Title: Privacy", "Title: Privacy (A)"))
    assert "Live:" in first.stderr
    version_a, release_a = deployment.get("/privacy/")[2], deployment.live
    second = deployment.commit_and_push("Version B", edit(
        "content/pages/privacy.md", "Title: Privacy (A)", "Title: Privacy (B)"))
    assert "Live:" in second.stderr and b"Privacy (B)" in deployment.get("/privacy/")[2]

    rollback = subprocess.run(["make", "--no-print-directory", "rollback",
                               f"SITE_ROOT={deployment.site_root}"], cwd=ROOT,
                              capture_output=True, text=True, check=False)
    assert rollback.returncode == 0, rollback.stderr
    assert deployment.live == release_a
    assert deployment.get("/privacy/")[2] == version_a


def test_only_the_newest_releases_are_kept(deployment):
    for n in range(2):
        assert "Live:" in deployment.commit_and_push(f"Release {n}").stderr
    assert len(deployment.releases()) == 3  # KEEP_RELEASES in the test's deploy.env
    assert deployment.live.name in deployment.releases()


@pytest.mark.parametrize("path", PAGES + ["/no/such/page/"])
def test_the_content_security_policy_holds_in_chromium(new_page, deployment, path):
    page = new_page(timezone_id="Asia/Beirut")
    errors = []
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "(window.__violations = window.__violations || [])"
                         ".push(e.violatedDirective + ' ' + e.blockedURI))")
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(deployment.origin + path, wait_until="networkidle")
    page.click("[data-wa-open]")  # the WhatsApp script ran under the policy
    assert page.locator("#wa-panel").is_visible()
    assert page.evaluate("window.__violations || []") == []
    assert [e for e in errors if "Content Security Policy" in e] == []


def test_search_works_under_the_content_security_policy(new_page, deployment):
    page = new_page(timezone_id="Asia/Beirut")
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "(window.__violations = window.__violations || [])"
                         ".push(e.violatedDirective + ' ' + e.blockedURI))")
    page.goto(deployment.origin + "/search/?q=nonverbal")
    expect(page.locator(".search-result").first).to_be_visible()
    assert page.evaluate("window.__violations || []") == []


def test_search_index_chunks_are_cached_for_a_year_and_its_script_sent_compressed(deployment):
    bundle = deployment.live / "output" / "pagefind"
    chunk = "/" + next(bundle.glob("index/*.pf_index")).relative_to(bundle.parent).as_posix()
    status, headers, _ = deployment.get(chunk)
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    status, headers, body = deployment.get("/pagefind/pagefind.js", **{"Accept-Encoding": "br"})
    assert status == 200 and headers["Content-Encoding"] == "br"
    assert headers["Cache-Control"] == "no-cache"
    assert body == (bundle / "pagefind.js.br").read_bytes()


def test_vcards_are_served_as_vcards(deployment):
    status, headers, body = deployment.get("/emergency/lb.vcf")
    assert status == 200 and body.startswith(b"BEGIN:VCARD")
    assert headers["Content-Type"] == "text/vcard; charset=utf-8"
    assert_security_headers(headers)


def test_the_service_worker_is_always_revalidated(deployment):
    status, headers, body = deployment.get("/sw.js")
    assert status == 200 and b"CONFIG" in body
    assert headers["Cache-Control"] == "no-cache"
    assert "javascript" in headers["Content-Type"]


def test_plain_http_is_redirected_to_https(deployment):
    connection = http.client.HTTPConnection("127.0.0.1", deployment.http_port, timeout=10)
    connection.request("GET", "/emergency/?q=1", headers={"Host": "example.org"})
    response = connection.getresponse()
    assert response.status == 301
    assert response.getheader("Location") == "https://example.org/emergency/?q=1"
    connection.close()
