"""The versions of one page in the site's languages."""

from jinja2 import pass_context


@pass_context
def page_versions(context, output_file):
    """[{language, url, exists, current}] for each site language: `url` is the page's
    version in that language when one is planned, else that language's home."""
    languages = context["LANGUAGES"]
    planned = context.get("planned_pages", set())
    key = output_file
    for language in languages[1:]:
        if output_file.startswith(language.prefix):
            key = output_file[len(language.prefix):]
    versions = []
    for language in languages:
        path = language.prefix + key
        exists = path in planned
        target = path if exists else language.prefix + "index.html"
        versions.append({"language": language, "exists": exists, "current": path == output_file,
                         "url": target[: -len("index.html")] if target.endswith("index.html")
                         else target})
    return versions
