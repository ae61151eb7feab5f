# The two commands the README promises: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test translations update-translations wheel lint typecheck check-packaging pytest pytest-tz benchmark dist dist-check test-oldest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@ $(VENV)/.app-installed

## Set up (system packages, virtual environment) and start the app. Pass options with ARGS="--data-dir DIR".
run:
	bash scripts/install-system-deps.sh run
	$(MAKE) --no-print-directory $(VENV)/.app-installed
	$(BIN)/python scripts/translations.py build
	$(BIN)/repairplanner $(ARGS)

## Set up and run every check: lint, format, types, packaging metadata, the test suite, the frozen bundle.
test:
	bash scripts/install-system-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.test-installed
	$(MAKE) --no-print-directory lint typecheck check-packaging translations pytest pytest-tz dist-check

## Compile the translation catalogues (resources/translations/*.ts) into the .qm files the app loads.
translations: $(VENV)/.test-installed
	$(BIN)/python scripts/translations.py build

## After changing user-visible text: collect the new messages into the .ts files, then translate them.
update-translations: $(VENV)/.test-installed
	$(BIN)/python scripts/translations.py update

## A wheel with the compiled catalogues inside (dist/repairplanner-*.whl).
wheel: translations
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

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

## The frozen app: a one-folder bundle (build/dist/repairplanner) and its download, dist/repairplanner-*.tar.gz.
dist:
	bash scripts/install-system-deps.sh test
	$(MAKE) --no-print-directory $(VENV)/.test-installed translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller \
		packaging/repairplanner.spec
	$(BIN)/python packaging/make_archive.py
	$(BIN)/python benchmarks/bundle_size.py

## Build the bundle, then unpack, install, run (offscreen) and uninstall it the way a couple would.
dist-check: dist
	$(BIN)/python packaging/dist_check.py

## The test suite against the lowest versions pyproject.toml declares, in a separate .venv-oldest.
OLDEST := .venv-oldest
test-oldest:
	bash scripts/install-system-deps.sh test
	test -x $(OLDEST)/bin/python || $(PYTHON) -m venv $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --upgrade pip
	$(OLDEST)/bin/python scripts/oldest_requirements.py > $(OLDEST)/constraints.txt
	$(OLDEST)/bin/python -m pip install --quiet -c $(OLDEST)/constraints.txt -e '.[test]'
	$(OLDEST)/bin/python scripts/translations.py build
	QT_QPA_PLATFORM=offscreen $(OLDEST)/bin/python -m pytest -q

clean:
	rm -rf $(VENV) $(OLDEST) .pytest_cache .mypy_cache .ruff_cache build dist
