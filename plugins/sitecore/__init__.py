"""sitecore: what several plugins check and read the same way, in one place: a
package the plugins import, which registers nothing itself.

- `hours`: the opening-hours grammar ("24/7", "Mon-Fri 08:30-17:00") of the hub's lines
  and the WhatsApp contacts, as minutes of the week;
- `yamlfile`: plain YAML for data files (dates stay text, a repeated key is an error);
- `phones`: numbers read and checked with `phonenumbers`;
- `languages`: language codes and their names;
- `files`: files named from the content folder, as every error names them;
- `tags`: the start tags of written HTML and their attributes (links, loaded files).
"""


def register():
    """Nothing to connect: listed first in PLUGINS only so that Pelican loads it before
    the plugins that import it."""
