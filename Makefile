# One entry point. `make run` starts the site with demo data; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BOOT ?= $(shell command -v python3.12 2>/dev/null || command -v python3 2>/dev/null)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in mail point where the site runs (0.0.0.0 listens everywhere; this machine is 127.0.0.1).
KPO_SITE_URL ?= http://$(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
PYTEST_ARGS ?=

.PHONY: help install run test lint api-lint audit migrations-check translations stop-db clean serve worker lock backup restore bench search-eval screenshots

help:
	@echo "make run              start the site with demo data on http://$(HOST):$(PORT)/"
	@echo "make test             run the whole test suite"
	@echo "make lint             ruff and the import contracts (lint-imports, docs/architecture.md)"
	@echo "make api-lint         the NL API Design Rules linter (Spectral) on the served OpenAPI document"
	@echo "make audit            bandit (no high findings) and pip-audit (no known vulnerabilities)"
	@echo "make migrations-check fail when models and migrations differ"
	@echo "make serve            gunicorn with the production settings (see docs/deploy.md)"
	@echo "make worker           the background task worker"
	@echo "make bench            benchmark at national scale (docs/performance.md)"
	@echo "make search-eval      recall@10 and MRR of the search on the demo content (search/eval/)"
	@echo "make screenshots      the main pages at 390 and 1280 px into screenshots/ (SCREENSHOTS=folder)"
	@echo "make backup           database and closed documents into backups/kpo-<time> (BACKUP=folder)"
	@echo "make restore BACKUP=… restore a backup into an empty database"
	@echo "make stop-db          stop the embedded PostgreSQL server"

$(VENV)/.installed: pyproject.toml constraints.txt
	@$(PYTHON_BOOT) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed (see .python-version).")'
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

# The standards' own checkers from npm (package-lock.json): Spectral and the Nu Html Checker.
# Without install scripts: vnu-jar's would download a Java of its own; Debian's Java runs it.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed translations

translations: $(VENV)/.installed
	$(VENV)/bin/pybabel --quiet compile --domain django --directory locale
	$(VENV)/bin/pybabel --quiet compile --domain djangojs --directory locale

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "KPO runs at http://$(HOST):$(PORT)/ (Ctrl-C stops it; e-mail is printed here)."
	KPO_SITE_URL=$(KPO_SITE_URL) $(PY) manage.py runserver $(HOST):$(PORT)

test: install node_modules/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

# NL API Design Rules 2.1: Logius' Spectral ruleset (beside the clone in shared/) over the
# OpenAPI document as the site serves it; any error or warning fails.
ADR_RULESET ?= ../shared/standards/adr/linter.yaml
api-lint: $(VENV)/.installed node_modules/.installed
	@openapi=$$(mktemp --suffix=.json); trap 'rm -f "$$openapi"' EXIT; \
	  LOG_LEVEL=WARNING $(PY) tools/openapi_json.py > "$$openapi" && \
	  node_modules/.bin/spectral lint --fail-severity=warn --ruleset "$(ADR_RULESET)" "$$openapi"

audit: $(VENV)/.installed
	$(VENV)/bin/bandit -q -r kpo accounts knowledge documents events learning network api portal tools -x '*/migrations/*' --severity-level high
	$(PY) tools/audit_dependencies.py

migrations-check: $(VENV)/.installed
	$(PY) manage.py makemigrations --check --dry-run

stop-db: $(VENV)/.installed
	$(PY) -m kpo.embedded_db stop

clean: stop-db
	rm -rf $(VENV) .data .run staticfiles node_modules

# Production: settings from the environment (docs/deploy.md, .env.example). Migrations and
# collectstatic are separate steps: `manage.py migrate`, `manage.py collectstatic`.
serve: install
	DJANGO_SETTINGS_MODULE=kpo.settings.production $(VENV)/bin/gunicorn -c kpo/gunicorn_conf.py kpo.wsgi

worker: install
	DJANGO_SETTINGS_MODULE=kpo.settings.production $(PY) manage.py db_worker

# Benchmark: gunicorn with the production settings on the seed_scale database, driven by wrk
# (BENCH_FACTOR, BENCH_SECONDS, BENCH_CONNECTIONS; see bench/run.py and docs/performance.md).
bench: install
	$(PY) bench/run.py

# Search quality on the demo content: search/eval/queries.toml in, search/eval/latest.json out.
search-eval: install
	$(PY) manage.py search_eval

# Pin what is installed now as the constraints for every later install.
lock: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[dev]"
	{ echo "# Exact versions for reproducible installs: make install uses them as constraints."; \
	  echo "# Regenerate with 'make lock' after changing the ranges in pyproject.toml."; \
	  $(PY) -m pip freeze --exclude-editable; } > constraints.txt

# Backups of whatever database the environment names (DATABASE_URL, else the embedded one).
backup: install
	$(PY) manage.py backup $(BACKUP)

restore: install
	@test -n "$(BACKUP)" || { echo "Name the backup folder: make restore BACKUP=backups/kpo-..."; exit 2; }
	$(PY) manage.py restore $(BACKUP)

# Screenshots of the main pages at 390 and 1280 px for review, on the demo content
# (tools/screenshots.py; Debian's Chromium). SCREENSHOTS=folder, default screenshots/ (git-ignored).
SCREENSHOTS ?= screenshots
screenshots: install
	$(PY) tools/screenshots.py $(SCREENSHOTS)
