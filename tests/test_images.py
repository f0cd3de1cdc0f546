"""Photos in posts (plugins/images): written `![What it shows](images/x.jpg)` or with
`{static}`, each becomes a picture of sized WebP and JPEG copies with width, height,
lazy loading from the second on; `Image:` is the photo a shared link shows; a photo
without a description, from another site or missing fails the build with one line."""

import pytest

from publisher.build import BuildFailed, build
from tests.helpers import PUBLIC_URL, ROOT, soup, tree_hashes
from tests.images_helpers import ADDRESS, ALT, PHOTO_BODY, POST, write_photo, write_post
from tests.test_budget import ARTICLE_BUDGET, brotli_size, loaded_files

SETTINGS = str(ROOT / "pelicanconf.py")


@pytest.fixture
def photo_content(content_copy):
    write_photo(content_copy / "images/balcony.jpg")
    return content_copy


def problems_of(content, output):
    with pytest.raises(BuildFailed) as failed:
        build(SETTINGS, output=str(output), content=str(content))
    return failed.value.problems


def test_a_photo_becomes_a_responsive_picture_in_both_ways_of_writing_it(photo_content,
                                                                          tmp_path):
    write_post(photo_content, PHOTO_BODY)
    output = tmp_path / "output"
    build(SETTINGS, output=str(output), content=str(photo_content))
    page = soup(output / ADDRESS / "index.html")
    first, second = page.select("main picture")
    for picture in (first, second):
        phone, webp = (source["srcset"].split(", ")
                       for source in picture.select("source[type='image/webp']"))
        img = picture.select_one("img")
        assert picture.source["media"] == "(max-width: 40em)"
        assert [entry.split()[1] for entry in phone] == ["400w", "800w"]
        assert [entry.split()[1] for entry in webp] == ["400w", "800w", "1200w", "1600w"]
        assert [entry.split()[1] for entry in img["srcset"].split(", ")] == \
            ["400w", "800w", "1200w", "1600w"]
        assert (img["width"], img["height"]) == ("1600", "1200")
        assert img["decoding"] == "async" and img["sizes"] == "(min-width: 40em) 36em, 100vw"
        for url in [entry.split()[0] for entry in webp + img["srcset"].split(", ")]:
            assert (output / url.lstrip("/")).is_file(), url
    assert first.img["alt"] == ALT and not first.img.has_attr("loading")
    assert second.img["loading"] == "lazy"
    shared = page.select_one("meta[property='og:image']")["content"]
    assert shared.startswith(PUBLIC_URL + "/images/sized/balcony-") and shared.endswith(
        "-1200.jpg")
    assert (output / shared.removeprefix(PUBLIC_URL + "/")).is_file()


def test_a_photo_beside_the_post_is_found(photo_content, tmp_path):
    write_photo(photo_content / "articles/corner.png", 900, 600)
    write_post(photo_content, "![A corner of the room](corner.png)", image=None)
    output = tmp_path / "output"
    build(SETTINGS, output=str(output), content=str(photo_content))
    img = soup(output / ADDRESS / "index.html").select_one("main picture img")
    assert (img["width"], img["height"]) == ("900", "600")
    assert [entry.split()[1] for entry in img["srcset"].split(", ")] == ["400w", "800w", "900w"]


def test_a_photo_without_a_description_or_from_elsewhere_fails_naming_the_post(
        photo_content, tmp_path, good_output):
    before = tree_hashes(good_output)
    write_post(photo_content, "![](images/balcony.jpg)\n\n"
               "![A view](https://example.org/view.jpg)", image="images/nope.jpg")
    assert problems_of(photo_content, good_output) == [
        f"content/{POST}: image images/balcony.jpg: no description; write what the photo "
        "shows between the brackets: ![What the photo shows](images/balcony.jpg)",
        f"content/{POST}: image https://example.org/view.jpg: from another site, which "
        "visitors' browsers would then ask for; put the photo in content/images/",
        f"content/{POST}: image: images/nope.jpg: no such photo in content/ (a .jpg, .png "
        "or .webp)",
    ]
    assert tree_hashes(good_output) == before


def test_a_missing_photo_is_named_by_the_link_check(photo_content, tmp_path):
    write_post(photo_content, "![A photo not added](images/not-there.jpg)", image=None)
    assert problems_of(photo_content, tmp_path / "output") == [
        f"content/{POST}: link images/not-there.jpg: no such file"]


def test_the_preview_shows_the_photos_as_production_does(photo_content, tmp_path,
                                                         measured):
    write_post(photo_content, PHOTO_BODY)

    def pictures(settings):
        output = tmp_path / settings
        build(str(ROOT / settings), output=str(output), content=str(photo_content))
        shown = []
        for img in soup(output / ADDRESS / "index.html").select("main picture img"):
            sources = [entry.split()[0].removeprefix(PUBLIC_URL)
                       for entry in img["srcset"].split(", ")]
            shown.append((sources, img["width"], img["height"], img["alt"],
                           img.get("loading")))
        return shown

    local = pictures("pelicanconf.py")
    assert len(local) == 2 and local == pictures("publishconf.py")
    # Before its photos, the page with what it loads still fits the first round trip.
    published = tmp_path / "publishconf.py"
    files = loaded_files(published, published / ADDRESS / "index.html")
    total = sum(brotli_size(f) for f in files)
    measured(f"the page with photos: {total} bytes brotli before its photos")
    assert total <= ARTICLE_BUDGET
