# Two commands for a newcomer: `make run` serves the demo, `make test` runs every test. Both are safe to re-run.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RUN_DEBS := gettext fonts-wqy-zenhei
TEST_DEBS := $(RUN_DEBS) chromium
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test setup setup-dev debs-run debs-test messages lint check pytest e2e services-test seed clean help

help:
	@echo "make run    set everything up and serve the demo on http://127.0.0.1:8000 (web, worker, beat)"
	@echo "make test   set everything up and run lint, checks and every test (unit, integration, browser)"

# --- setup ----------------------------------------------------------------------------------------------------
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.run-installed

debs-run:
	@missing=""; for p in $(RUN_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

debs-test:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

var:
	mkdir -p var/cache var/media var/celery/queue var/celery/processed

messages: | $(PY)
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

setup: debs-run $(VENV)/.run-installed var messages
setup-dev: debs-test $(VENV)/.dev-installed var messages node_modules/axe-core/axe.min.js

# --- run ------------------------------------------------------------------------------------------------------
run: setup
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) seed_demo
	$(MANAGE) collectstatic --noinput -v 0
	@echo ""
	@echo "Serving on http://127.0.0.1:8000  (staff admin: /cms/, API docs: /api/docs/). Stop with Ctrl-C."
	$(VENV)/bin/honcho start -f Procfile

# --- test -----------------------------------------------------------------------------------------------------
lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: setup-dev
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: setup-dev
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest

test: lint check pytest

# The services suite needs PostgreSQL, Redis and starts its own Celery worker; .ci/run calls it after `make test`.
services-test: setup-dev
	DJANGO_SETTINGS_MODULE=lms.settings.services $(PY) -m pytest tests/services -p no:cacheprovider --create-db \
	  -o addopts="--strict-markers" $(PYTEST_ARGS)

clean:
	rm -rf var/cache var/celery var/static var/test-db.sqlite3*
