# Bootstrap only: create .venv from the pinned requirements, then hand over to invoke.
# Every real command lives in tasks.py.
PYTHON ?= python3
VENV   := .venv
STAMP  := $(VENV)/.installed
INVOKE := $(VENV)/bin/invoke

.PHONY: serve build rebuild preview publish check test new rollback lighthouse bench translations \
	verify-sources confirm
.DEFAULT_GOAL := serve

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		-r requirements-dev.txt
	@touch $@

serve build rebuild preview publish check test rollback lighthouse bench translations: $(STAMP)
	$(INVOKE) $@

# LANG is also the locale's variable: only a LANG given on make's command line counts.
NEW_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),)

new: $(STAMP)
	$(INVOKE) new --title "$(TITLE)" --lang "$(NEW_LANG)" --slug "$(SLUG)"

verify-sources: $(STAMP)
	$(INVOKE) verify-sources --country "$(COUNTRY)"

confirm: $(STAMP)
	$(INVOKE) confirm --line "$(LINE)" --by "$(BY)"
