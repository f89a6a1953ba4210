# The README's two commands: `make run` and `make test`. Both do all the set-up they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench package i18n sysdeps-run sysdeps-test clean

run: sysdeps-run $(STAMP) i18n
	$(PY) -m desktop_app gui --env sandbox

test: sysdeps-test $(STAMP) i18n lint
	QT_QPA_PLATFORM=offscreen tools/keyring-session.sh $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests benchmarks tools
	$(VENV)/bin/ruff format --check desktop_app tests benchmarks tools
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: sysdeps-test $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen tools/keyring-session.sh $(PY) -m benchmarks

package: $(STAMP) i18n
	$(VENV)/bin/pip install -q "pyinstaller>=6.10"
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/desktop-app.spec

i18n: $(STAMP) $(QM)

resources/i18n/%.qm: resources/i18n/%.ts
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

sysdeps-run:
	@tools/system-deps.sh run

sysdeps-test:
	@tools/system-deps.sh test

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm .pytest_cache .mypy_cache .ruff_cache
