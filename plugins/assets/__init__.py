"""assets: the theme's files as production serves them (SPEC §9).

Templates name a theme file with `asset("css/site.css")`. With
ASSETS_FINGERPRINT the name carries a hash of the file ("css/site.3f2a9c1e.css"),
so a server may cache it for a year; once Pelican has written the site, the files
are renamed to match. ASSETS_MINIFY minifies HTML, CSS and JS with minify-html;
ASSETS_PRECOMPRESS writes .gz and .br copies beside every text file. All three
are off for local work and on in publishconf.py.
"""

from pelican import signals

from .finish import finish_output
from .names import AssetNames


def add_asset_function(generator):
    names = AssetNames.for_settings(generator.settings)
    generator.env.globals["asset"] = names.url


def finish(pelican):
    finish_output(pelican.output_path, pelican.settings)


def register():
    """`finish` runs from the `finish` plugin, in its place among the finishing steps."""
    signals.generator_init.connect(add_asset_function)
