"""images: the photos of posts and pages, the way a writer expects (SPEC §2).

A photo goes in content/images/ (or beside the post) and is written
`![What the photo shows](images/x.jpg)` (or with `{static}/images/x.jpg`). Each gets
sized copies in WebP and JPEG (variants.py, with Pillow; kept in Pelican's cache
folder), and its <img> becomes a <picture> with srcset, sizes, width and height,
`loading="lazy"` from the second photo on and `decoding="async"` (markup.py). A photo
without a description (alt text) or from another site fails the build, one line
naming the file. `Image: images/x.jpg` in a post's header makes that photo the one a
shared link shows (Open Graph): the template gets `share_image`.
"""

import logging
import os
import shutil

from pelican import signals
from pelican.contents import Article, Page
from pelican.generators import Generator
from sitecore.files import shown_path

from .markup import images_of, picture, source_file
from .settings import DEFAULTS, RESIZED

logger = logging.getLogger(__name__)

WANTED = {}  # cache file -> its name in the output's IMAGES_OUTPUT folder, this build


def settings_of(settings):
    return {key: settings.get(key, default) for key, default in DEFAULTS.items()}


def cache_folder(settings):
    return os.path.join(settings["CACHE_PATH"], "images")


def start(pelican):
    WANTED.clear()


def sized(path, settings):
    from .variants import sized_copies  # Pillow loads only for a site with photos

    options = settings_of(settings)
    copies = sized_copies(path, options["IMAGES_WIDTHS"], cache_folder(settings),
                          {"webp": options["IMAGES_WEBP_QUALITY"],
                           "jpg": options["IMAGES_JPEG_QUALITY"]})
    for variant in copies.variants:
        for name in variant.files.values():
            WANTED[os.path.join(cache_folder(settings), name)] = name
    return copies


def url_of(settings):
    folder = settings_of(settings)["IMAGES_OUTPUT"].strip("/")
    return lambda name: f"{settings['SITEURL']}/{folder}/{name}"


def make_pictures(content):
    """Every photo of a post or page as a responsive picture; problems logged."""
    if not isinstance(content, Article | Page) or not content._content:
        return
    settings, where = content.settings, shown_path(content.source_path,
                                                   content.settings["PATH"])
    options = settings_of(settings)
    pieces, last, first = [], 0, True
    for match, attributes in images_of(content._content):
        src, alt = attributes.get("src", ""), attributes.get("alt", "").strip()
        if not alt:
            logger.error("%s: image %s: no description; write what the photo shows "
                         "between the brackets: ![What the photo shows](%s)", where, src, src)
        path = source_file(src, content.source_path, settings["PATH"])
        if path is None and (src.startswith(("http:", "https:", "//"))):
            logger.error("%s: image %s: from another site, which visitors' browsers would "
                         "then ask for; put the photo in content/images/", where, src)
        if path is None or not path.lower().endswith(RESIZED) or not alt:
            continue  # a missing file is named by the link check
        pieces += [content._content[last:match.start()],
                   picture(alt, sized(path, settings), url_of(settings), options, first)]
        last, first = match.end(), False
    if pieces:
        content._content = "".join(pieces) + content._content[last:]
    share_image(content, where)


def share_image(content, where):
    """`Image:` in the header: the photo a shared link shows, as an absolute address."""
    image = content.metadata.get("image")
    if not image:
        return
    path = source_file(str(image), content.source_path, content.settings["PATH"])
    if path is None or not path.lower().endswith(RESIZED):
        logger.error("%s: image: %s: no such photo in content/ (a .jpg, .png or .webp)",
                     where, image)
        return
    settings = content.settings
    name = sized(path, settings).closest(settings_of(settings)["IMAGES_SHARE_WIDTH"], "jpg")
    folder = settings_of(settings)["IMAGES_OUTPUT"].strip("/")
    content.share_image = f"{settings['PUBLIC_URL']}/{folder}/{name}"


class ImagesGenerator(Generator):
    """Copies this build's sized photos from the cache into the output."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        folder = os.path.join(self.output_path, settings_of(self.settings)["IMAGES_OUTPUT"])
        for cached, name in sorted(WANTED.items()):
            os.makedirs(folder, exist_ok=True)
            shutil.copyfile(cached, os.path.join(folder, name))


def add_generator(pelican):
    return ImagesGenerator


def register():
    signals.initialized.connect(start)
    signals.content_object_init.connect(make_pictures)
    signals.get_generators.connect(add_generator)
