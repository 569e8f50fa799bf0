# The two commands: `make run` (set up, load the demo site, serve it) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
RUFF := $(VENV)/bin/ruff
INSTALLED := $(VENV)/.installed
# axe-core, pinned in package-lock.json, for the accessibility checks (localoffer/accessibility).
NODE_INSTALLED := node_modules/.package-lock.json
# CI sets CI=true; browser tests must then run, never be skipped.
PYTEST := $(PY) -m pytest

.PHONY: install axe-core demo smoke run test lint format chromium check-project bench gettext compilemessages makemessages

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(INSTALLED)

$(NODE_INSTALLED): package.json package-lock.json
	@scripts/ensure-npm
	npm ci --no-audit --no-fund
	touch $(NODE_INSTALLED)

install: $(INSTALLED)

# Only the accessibility checks (tests, `axe_check`) need axe-core, and so npm; `make run` does not.
axe-core: $(NODE_INSTALLED)

# Everything `make run` does before serving: CI runs it on a clean clone (see .ci/run).
demo: install compilemessages
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) load_demo
	$(MANAGE) update_index

# Serve the demo site with gunicorn and check that its first pages answer 200.
smoke: demo
	$(PY) scripts/smoke-demo

run: demo
	@echo "Serving the Anyshire Local Offer on http://127.0.0.1:8000 (admin: http://127.0.0.1:8000/admin/)"
	$(MANAGE) runserver 127.0.0.1:8000

chromium:
	@scripts/ensure-chromium

gettext:
	@scripts/ensure-gettext

# Interface translations: the .po files are kept in git, the compiled .mo files are made here.
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=var
compilemessages: install gettext
	$(MANAGE) compilemessages $(MESSAGES_IGNORE) --verbosity 0

# After adding or changing interface strings: collect them into every language's .po file, then
# translate the new entries (see localoffer/locale/README.md).
makemessages: install gettext
	$(MANAGE) makemessages --all --no-obsolete $(MESSAGES_IGNORE)

check-project: install
	DJANGO_SETTINGS_MODULE=localoffer.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=localoffer.settings.test $(MANAGE) makemigrations --check --dry-run
	$(RUFF) check .
	$(RUFF) format --check .

# The search backend runs modelsearch's own conformance suite under its own settings, with the
# fixture from ../shared/conformance (or SEARCH_CONFORMANCE_FIXTURES); a missing fixture fails.
# Both runs use TEST_WORKERS processes (pytest-xdist), one a core by default; `make test
# TEST_WORKERS=0` runs every test in this one process, in order (for debugging).
TEST_WORKERS ?= auto
XDIST := -n $(TEST_WORKERS) --dist load
test: install axe-core chromium compilemessages check-project
	$(PYTEST) $(XDIST) --ignore=tests/search_conformance --ignore=tests/search_backend
	$(PYTEST) $(XDIST) tests/search_conformance tests/search_backend -p no:cacheprovider \
		--ds=localoffer.settings.search_conformance

lint: install
	$(RUFF) check .
	$(RUFF) format --check .

format: install
	$(RUFF) format .
	$(RUFF) check --fix .

# Benchmarks (docs/performance.md): synthetic sites of 1,000 and 10,000 pages with 1,000,000
# ratings, or with QUICK=1 1,000 pages and 100,000 ratings (under 3 minutes). Prints a table and
# writes var/bench/results.json; fails if a figure misses its target. REDACTION=1: only the share
# of personal details redaction catches (a second).
bench: $(INSTALLED)
	@scripts/ensure-wrk
	$(PY) -m benchmarks.run $(if $(QUICK),--quick) $(if $(REDACTION),--redaction)
