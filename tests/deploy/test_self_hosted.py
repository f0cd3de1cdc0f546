"""Publishing by `git push` to a self-hosted server (SPEC §9): a good push goes live, a
bad one is refused with its reason and changes nothing, the switch drops no request,
rollback works, and nginx serves compressed copies, caching and security headers."""

import subprocess
import threading
import time

import pytest
from playwright.sync_api import expect

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


def test_a_bad_push_reports_why_and_leaves_the_live_site_byte_for_byte(deployment):
    live, before = deployment.live, {path: deployment.get(path)[2] for path in PAGES}
    result = deployment.commit_and_push(
        "Break a number", edit("content/emergency/lb.yaml", 'phone: "1745"', 'phone: "17A5"'))
    assert "The site was NOT published" in result.stderr
    assert ("error: emergency: content/emergency/lb.yaml: ISF domestic violence hotline: "
            "phone: expected digits only") in result.stderr
    assert deployment.live == live
    assert {path: deployment.get(path)[2] for path in PAGES} == before
    fixed = deployment.commit_and_push(
        "Mend the number", edit("content/emergency/lb.yaml", 'phone: "17A5"', 'phone: "1745"'))
    assert "Live:" in fixed.stderr


def test_no_request_fails_or_is_cut_while_a_push_switches_releases(deployment):
    old = {path: on_disk(deployment, path) for path in PAGES}
    results, pushing = [], threading.Event()
    pushing.set()

    def client():  # at most 2,000 requests in 30 s, paced to span the whole push
        started, after = time.monotonic(), 0
        while len(results) < 2000 and time.monotonic() - started < 30 and after < 100:
            path = PAGES[len(results) % len(PAGES)]
            status, _, body = deployment.get(path)
            results.append((path, status, "old" if body == old[path] else body))
            after += not pushing.is_set()
            time.sleep(0.005)

    thread = threading.Thread(target=client)
    thread.start()
    started = time.monotonic()
    tagline = edit("pelicanconf.py", 'SITESUBTITLE = N_("Online therapy")',
                   'SITESUBTITLE = N_("Online sessions")')
    result = deployment.commit_and_push("New tagline on every page", tagline)
    push_seconds = time.monotonic() - started
    pushing.clear()
    thread.join()

    assert "Live:" in result.stderr, result.stderr
    new = {path: on_disk(deployment, path) for path in PAGES}
    failed = [(p, s) for p, s, body in results
              if s != 200 or (body != "old" and body != new[p])]
    print(f"push to live: {push_seconds:.1f} s; {len(results)} requests during it, "
          f"{len(failed)} failed")
    assert failed == []
    assert results[0][2] == "old" and any(body != "old" for _, _, body in results)


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
