"""The browsers the project drives, read in one place: Debian's packages, unless
CHROME_PATH names another Chromium or Chrome (then used for both).

CHROMIUM, the desktop browser (package chromium), runs Lighthouse and the preview
benchmark, as a visitor's browser would. HEADLESS_SHELL (package chromium-headless-shell,
the same engine without the desktop browser around it, what Playwright itself runs
headless) runs the browser tests: half the processor time of CHROMIUM on them."""

import os

CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
HEADLESS_SHELL = os.environ.get("CHROME_PATH", "/usr/bin/chromium-headless-shell")
