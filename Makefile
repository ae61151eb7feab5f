# The two commands the README promises: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test lint typecheck check-packaging pytest pytest-tz benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.app-installed

## Set up (system packages, virtual environment) and start the app. Pass options with ARGS="--data-dir DIR".
run:
	bash scripts/install-system-deps.sh run
	$(MAKE) --no-print-directory $(VENV)/.app-installed
	$(BIN)/repairplanner $(ARGS)

## Set up and run every check: lint, format, types, packaging metadata, the test suite.
test:
	bash scripts/install-system-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.test-installed
	$(MAKE) --no-print-directory lint typecheck check-packaging pytest pytest-tz

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

check-packaging:
	bash packaging/validate.sh

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## The suite again where the local date is a day behind UTC for half the day (UTC-12), so no test can lean on
## the machine's time zone. Locally, try TZ=Etc/GMT-14 too (a day ahead): both must pass.
pytest-tz:
	TZ=Etc/GMT+12 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:randomly

benchmark: $(VENV)/.test-installed
	$(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/plan_speed.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/library_speed.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/export_speed.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/summary_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
