"""Lighthouse (npm, pinned) on the production build of an article, served on 127.0.0.1 as
`make lighthouse` does it (publisher/lighthouse.py): Accessibility, Best Practices and SEO
score 100. Performance depends on the machine too, so it is printed, not checked.

Never skipped, in CI or not: a missing Lighthouse or browser fails the test (`make test`
runs `npm ci` and installs Debian's Chromium first)."""

from publisher import lighthouse

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"


def test_article_scores_100_in_accessibility_best_practices_and_seo(tmp_path, capsys):
    assert lighthouse.LIGHTHOUSE.exists(), (
        "node_modules/.bin/lighthouse is missing: run `npm ci` (`make test` runs it)")
    scores = lighthouse.run([ARTICLE], reports=tmp_path)[ARTICLE]
    report = lighthouse.read(lighthouse.report_path(tmp_path, ARTICLE))
    with capsys.disabled():
        print(f"\nLighthouse (mobile) on {ARTICLE}: Performance {scores['performance']}")

    assert report["finalDisplayedUrl"].endswith(ARTICLE)
    strict = {category: scores[category] for category in lighthouse.STRICT}
    assert strict == dict.fromkeys(lighthouse.STRICT, 100), lighthouse.notes(report)
    assert lighthouse.foreign_requests(report) == []
