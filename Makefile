# Two commands for a newcomer: `make run` serves the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export WEB_CONCURRENCY ?= 2
export FLASK_APP := wsgi

.PHONY: run test lint format bench loadtest clean browser-tools

# Stamp files make a second run skip the install when the requirements did not change.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu install python3-venv"; exit 1; }

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

# Prepares the schema, catalog and model, then serves with gunicorn in the same process.
run: $(VENV)/.runtime
	HOST=$(HOST) PORT=$(PORT) exec $(BIN)/python -m bpo.serve

# axe-core for the browser tests' accessibility check; without npm those checks skip.
browser-tools:
	@if command -v npm >/dev/null 2>&1; then \
	  [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --ignore-scripts --no-audit --no-fund --silent; \
	else echo "npm not found: the axe-core accessibility checks will be skipped"; fi

test: $(VENV)/.dev browser-tools
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2 --dist worksteal

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.dev
	$(BIN)/python bench/classify_bench.py
	$(BIN)/python bench/sourcing_bench.py
	$(BIN)/python bench/analysis_bench.py
	$(BIN)/python bench/serve_bench.py

# Mixed API traffic at concurrency 4, 16 and 64 against `python -m bpo.serve` in production
# mode, with a worker killed and PostgreSQL restarted mid-run; not part of `make test`.
loadtest: $(VENV)/.runtime
	$(BIN)/python bench/load/loadtest.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
