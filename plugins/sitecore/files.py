"""Files named as the practice knows them: from the content folder, "content/pages/x.md"."""

import os


def shown_path(path, content):
    """`path` (inside the content folder `content`) from the content folder's name."""
    return os.path.relpath(os.path.join(content, path) if not os.path.isabs(path) else path,
                           os.path.dirname(os.path.abspath(content)))
