# The README's two commands: `make run` (serve the site with demo content) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup serve test lint install lock messages

run: setup serve

# Everything `make run` does except serving: safe to run again, it keeps what exists.
setup: install messages
	$(MANAGE) migrate --no-input
	@if $(MANAGE) help load_demo_content >/dev/null 2>&1; then $(MANAGE) load_demo_content; fi
	$(MANAGE) ensure_admin

serve:
	$(MANAGE) runserver $(HOST):$(PORT)

test: install messages lint
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --constraint constraints.txt --editable ".[test]"
	touch $@

messages: install
	$(MANAGE) compilemessages --ignore '.venv/*' --verbosity 0

# Re-resolve the dependencies within pyproject.toml's bounds and pin them in constraints.txt.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet --editable ".[test]"
	.lock-venv/bin/pip freeze --exclude-editable > constraints.txt
	rm -rf .lock-venv
