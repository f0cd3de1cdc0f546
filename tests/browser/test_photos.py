"""An article with a 4,000 px photo in Chromium (plugins/images): the page never
scrolls sideways on a phone, a phone loads a copy the size of its screen, and axe-core
finds no violation. The bytes of photo each screen loads are printed."""

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from publisher.build import build
from tests.helpers import CONTENT, ROOT, serving
from tests.images_helpers import ADDRESS, PHOTO_BODY, write_photo, write_post

PHONE_BUDGET = 120 * 1024  # bytes of photo a 390 px phone loads


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("photos")
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    write_photo(content / "images/balcony.jpg")
    write_post(content, PHOTO_BODY)
    build(str(ROOT / "pelicanconf.py"), output=str(folder / "output"), content=str(content))
    with serving(folder / "output") as origin:
        yield origin


def photo_bytes(new_page, origin, **screen):
    """(bytes of photo the article loads on this screen, the page) once both photos
    are in view and loaded."""
    page = new_page(**screen)
    sizes = {}
    page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body()))
            if "/images/" in response.url else None)
    page.goto(origin + "/" + ADDRESS)
    page.locator("main picture img").last.scroll_into_view_if_needed()
    page.wait_for_function("[...document.querySelectorAll('main picture img')]"
                           ".every(img => img.complete && img.currentSrc)")
    page.wait_for_load_state("networkidle")
    return sum(sizes.values()), page


@pytest.mark.parametrize("width", [320, 390])
def test_the_page_never_scrolls_sideways_on_a_phone(new_page, photo_site, width):
    _, page = photo_bytes(new_page, photo_site, viewport={"width": width, "height": 800},
                          device_scale_factor=2)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator("main picture img").first.bounding_box()
    assert box["width"] <= width and abs(box["height"] / box["width"] - 0.75) < 0.01


@pytest.mark.parametrize(("scale", "copy"), [(1, "-400.webp"), (2, "-800.webp"),
                                             (3, "-800.webp")])
def test_a_phone_loads_a_copy_the_size_of_its_screen(new_page, photo_site, scale, copy,
                                                     measured):
    loaded, page = photo_bytes(new_page, photo_site, viewport={"width": 390, "height": 844},
                               device_scale_factor=scale)
    chosen = page.locator("main picture img").first.evaluate("img => img.currentSrc")
    measured(f"photo bytes on a 390 px phone at {scale}x: {loaded}")
    assert chosen.endswith(copy)
    assert loaded <= PHONE_BUDGET


@pytest.mark.parametrize("scale", [1, 2])
def test_a_desktop_loads_a_copy_the_size_of_the_column(new_page, photo_site, scale,
                                                       measured):
    loaded, page = photo_bytes(new_page, photo_site, viewport={"width": 1280, "height": 800},
                               device_scale_factor=scale)
    chosen = page.locator("main picture img").first.evaluate("img => img.currentSrc")
    measured(f"photo bytes on a 1,280 px desktop at {scale}x: {loaded}")
    assert chosen.endswith({1: "-800.webp", 2: "-1200.webp"}[scale])  # a 36em column


def test_axe_core_finds_no_violation_on_a_page_with_photos(page, photo_site):
    page.goto(photo_site + "/" + ADDRESS)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
