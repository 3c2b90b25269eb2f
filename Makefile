# The README's two commands are `make run` and `make test`; `make help` lists every target.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
LANGUAGES := es fr el it
# Parallel test processes (pytest-xdist): one per core by default; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run setup serve dev test lint format audit drill messages compile-messages install lock hooks

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-17s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# `run`, `setup` and `serve` use the production settings with local defaults (config/settings/run.py)
# unless DJANGO_SETTINGS_MODULE says otherwise; `dev` and `test` use their own.
run setup serve: export DJANGO_SETTINGS_MODULE ?= config.settings.run

run: setup serve ## Set up (as `setup`) and serve the site as visitors get it (gunicorn, DEBUG off)

setup: install compile-messages ## Install, migrate, load the demo content, create an admin, collect the static files; keeps what exists
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin
	$(MANAGE) collectstatic --no-input --verbosity 0

serve: ## Serve the site on HOST:PORT (127.0.0.1:8000) with gunicorn (config/gunicorn.py)
	$(BIN)/gunicorn --config config/gunicorn.py --bind $(HOST):$(PORT) config.wsgi

dev: setup ## Set up, then Django's autoreloading debug server on HOST:PORT, for working on the code
	DJANGO_SETTINGS_MODULE=config.settings.dev $(MANAGE) runserver $(HOST):$(PORT)

test: install compile-messages lint ## Every check: lint, Django's checks, migrations, the whole test suite
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest --numprocesses $(TEST_WORKERS)

lint: install ## Ruff (lint and format check) on the Python, djLint on the templates
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint . --lint

format: install ## Format the Python and apply ruff's safe fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

drill: setup ## Fault drills on a private copy of the site (as root): prints served, failed, recovery (scripts/drill.py)
	$(BIN)/python scripts/drill.py

audit: install ## Known vulnerabilities in the pinned dependencies (pip-audit; says when its database is unreachable)
	$(BIN)/python .ci/audit.py

messages: install ## Extract the UI strings into the four catalogues (locale/), then compile them
	$(MANAGE) makemessages $(addprefix -l ,$(LANGUAGES)) --ignore '.venv/*' --ignore 'tests/*' --no-location
	$(MAKE) compile-messages

compile-messages: install ## Compile the UI catalogues (done by `run` and `test`)
	$(MANAGE) compilemessages --ignore '.venv/*' --verbosity 0

install: $(VENV)/.installed ## Create .venv with the pinned dependencies

$(VENV)/.installed: pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable ".[test]"
	touch $@

hooks: install ## Run `lint` before every git commit (pre-commit)
	$(BIN)/pre-commit install

lock: ## Re-resolve the dependencies within pyproject.toml's bounds and pin them in constraints.txt
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet --editable ".[test]"
	.lock-venv/bin/pip freeze --exclude-editable > constraints.txt
	rm -rf .lock-venv
