"""Symbolic links in the content and the theme may point only inside the site's own
folders: a pushed link to /etc/shadow must not be published (nor kept in a release)."""

import os


def outside_links(settings, project):
    """One line per link under PATH or THEME that resolves outside the project, the
    content folder or the theme (or to nothing), naming the link as the practice sees it."""
    roots = [os.path.realpath(folder) for folder in (project, settings["PATH"],
                                                    settings["THEME"])]
    problems = []
    for folder in (settings["PATH"], settings["THEME"]):
        shown_from = os.path.dirname(os.path.abspath(folder))
        for parent, folders, files in os.walk(folder):
            for name in sorted(folders + files):
                path = os.path.join(parent, name)
                if not os.path.islink(path):
                    continue
                target = os.path.realpath(path)
                shown = os.path.relpath(path, shown_from)
                if not os.path.exists(target):
                    problems.append(f"{shown}: a link to {os.readlink(path)}, which does not "
                                    "exist; put the file itself here")
                elif not any(target == root or target.startswith(root + os.sep)
                             for root in roots):
                    problems.append(f"{shown}: a link to {target}, outside the site's "
                                    "folders; put the file itself here")
    return problems
