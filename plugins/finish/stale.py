"""Files left from an earlier build in a recycled output folder (publisher.build builds
into the folder the previous output moved out of: overwriting a file is ten times
cheaper than creating one). Every file this build writes, copies, links or renames
has its inode changed after the build began; what is older is stale and goes, before
any later step can index, link to or keep it."""

import os


def remove_stale(output, since_ns):
    """Delete the files of `output` whose inode last changed before `since_ns` (the
    change time of a file made in `output` as the build began), then the folders left
    empty. Returns how many files went."""
    removed = 0
    for parent, folders, names in os.walk(output, topdown=False):
        for name in names:
            path = os.path.join(parent, name)
            if os.lstat(path).st_ctime_ns < since_ns:
                os.unlink(path)
                removed += 1
        for name in folders:
            path = os.path.join(parent, name)
            if not os.path.islink(path) and not os.listdir(path):
                os.rmdir(path)
    return removed
