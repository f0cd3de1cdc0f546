"""The deploy hooks' checks of a release (publisher/release.py): what must be in it
before it may go live, and the previous release's theme files kept for one release."""

import shutil

from publisher.release import carry, kept_files, verify


def test_a_whole_release_passes_and_a_release_missing_kept_files_does_not(published_site,
                                                                          tmp_path):
    output = tmp_path / "output"
    shutil.copytree(published_site, output)
    assert verify(output) == []
    kept = kept_files(output / "sw.js")
    script = next(path for path in kept if path.startswith("theme/js/country."))
    assert "emergency/index.html" in kept and "ar/crisis-plan/index.html" in kept
    (output / "emergency" / "index.html").unlink()
    (output / script).unlink()
    assert verify(output) == [
        "emergency/index.html: missing from the new release",
        f"{script}: missing from the new release",
    ]
    (output / "sw.js").unlink()
    assert verify(output) == ["emergency/index.html: missing from the new release",
                              "sw.js: missing from the new release"]


def test_theme_files_are_kept_for_one_release_only(tmp_path):
    def release(name, files):
        for path in files:
            (tmp_path / name / "output" / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name / "output" / path).write_text(path)
        return tmp_path / name

    first = release("1", ["theme/css/site.0123456789.css", "theme/css/site.0123456789.css.br",
                          "index.html", "theme/images/photo.jpg"])
    second = release("2", ["theme/css/site.abcdef0123.css", "index.html"])
    assert carry(first, second) == ["theme/css/site.0123456789.css",
                                    "theme/css/site.0123456789.css.br"]
    kept = second / "output/theme/css/site.0123456789.css"
    assert kept.samefile(first / "output/theme/css/site.0123456789.css")  # a hard link
    third = release("3", ["theme/css/site.fedcba9876.css", "index.html"])
    assert carry(second, third) == ["theme/css/site.abcdef0123.css"]  # not the first's
    assert (third / "carried.txt").read_text() == "theme/css/site.abcdef0123.css\n"
