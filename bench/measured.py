"""Run a module as `python -m` would, then write this process's own peak memory and its
children's (Pagefind's indexer, compression workers) as JSON to $BENCH_RUSAGE.

`python bench/measured.py publisher.build --settings ...`: bench/build_speed.py runs
every build this way, so the build's own memory and the indexer's are told apart.
"""

import json
import os
import resource
import runpy
import sys

if __name__ == "__main__":
    sys.path[0] = os.getcwd()  # as `python -m` would have it, not this file's folder
    module, sys.argv = sys.argv[1], sys.argv[1:]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        peaks = {"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                 "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}
        with open(os.environ["BENCH_RUSAGE"], "w", encoding="utf-8") as handle:
            json.dump(peaks, handle)
