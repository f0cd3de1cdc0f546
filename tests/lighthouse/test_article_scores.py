"""Lighthouse (npm, pinned) on the production build of two articles, one with photos,
served on 127.0.0.1 as `make lighthouse` does it (publisher/lighthouse.py):
Accessibility, Best Practices and SEO score 100. Performance depends on the machine
too, so it is printed, not checked.

Never skipped, in CI or not: a missing Lighthouse or browser fails the test (`make test`
runs `npm ci` and installs Debian's Chromium first)."""

import shutil

import pytest

from publisher import lighthouse
from tests.helpers import CONTENT
from tests.images_helpers import ADDRESS, PHOTO_BODY, write_photo, write_post

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"
WITH_PHOTOS = "/" + ADDRESS  # a post with a 4,000 px photo, twice (plugins/images)


@pytest.fixture(scope="module")
def scores(tmp_path_factory, content_with_photos):
    assert lighthouse.LIGHTHOUSE.exists(), (
        "node_modules/.bin/lighthouse is missing: run `npm ci` (`make test` runs it)")
    reports = tmp_path_factory.mktemp("lighthouse")
    # Side by side: only Performance, printed and not checked, depends on the time.
    scored = lighthouse.run([ARTICLE, WITH_PHOTOS], reports=reports,
                            content=content_with_photos, at_once=2)
    return {page: (scored[page], lighthouse.read(lighthouse.report_path(reports, page)))
            for page in scored}


@pytest.fixture(scope="module")
def content_with_photos(tmp_path_factory):
    content = tmp_path_factory.mktemp("photos") / "content"
    shutil.copytree(CONTENT, content)
    write_photo(content / "images/balcony.jpg")
    write_post(content, PHOTO_BODY)
    return content


@pytest.mark.parametrize("page", [ARTICLE, WITH_PHOTOS])
def test_articles_score_100_in_accessibility_best_practices_and_seo(scores, page, measured):
    score, report = scores[page]
    measured(f"Lighthouse (mobile) on {page}: Performance {score['performance']}")
    assert report["finalDisplayedUrl"].endswith(page)
    strict = {category: score[category] for category in lighthouse.STRICT}
    assert strict == dict.fromkeys(lighthouse.STRICT, 100), lighthouse.notes(report)
    assert lighthouse.foreign_requests(report) == []
