"""languages: the site in several languages (SITE_LANGUAGES), each under /<lang>/.

Gives the templates `LANGUAGES` (each with its own name, direction and URL prefix)
and `versions(output_file)`: the same page in every language, or that language's
home where the page has no version in it, for the language switch and the hreflang
links. Generators register the files they will write in `context["planned_pages"]`
(articles and pages, with their translations, are added here); this plugin writes
the home page of each language besides the default one.
"""

from pelican import signals
from pelican.generators import Generator

from .settings import site_languages
from .versions import page_versions


def configure(pelican):
    pelican.settings["LANGUAGES"] = site_languages(pelican.settings)


class LanguageHomesGenerator(Generator):
    """Writes `<lang>/index.html` for each language but the default one."""

    def generate_context(self):
        planned = self.context.setdefault("planned_pages", set())
        for language in self.settings["LANGUAGES"]:
            planned.add(language.prefix + "index.html")

    def generate_output(self, writer):
        for language in self.settings["LANGUAGES"][1:]:
            writer.write_file(language.prefix + "index.html", self.get_template("index"),
                              self.context, relative_urls=self.settings["RELATIVE_URLS"],
                              lang=language.code, articles_page=None)


def plan_content(generators):
    """Articles and pages, with their translations, are pages that will be written;
    their files are also `context["content_files"]` (what site search indexes)."""
    context = generators[0].context
    files = [version.save_as for item in [*context["articles"], *context["pages"]]
             for version in [item, *item.translations]]
    context["content_files"] = files
    context.setdefault("planned_pages", set()).update(files)


def add_versions_function(generator):
    generator.env.globals["versions"] = page_versions


def add_generator(pelican):
    return LanguageHomesGenerator


def register():
    signals.initialized.connect(configure)
    signals.get_generators.connect(add_generator)
    signals.generator_init.connect(add_versions_function)
    signals.all_generators_finalized.connect(plan_content)
