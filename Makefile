# newsdesk: two commands for a teacher's laptop.
#   make lab    set up (first time only) and open JupyterLab on the start-here notebook
#   make test   set up, then run every test and execute every notebook
# Everything installs into .venv inside this folder; nothing is downloaded at run time.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8888
APP_PORT ?= 8866

.PHONY: help lab app test test-fast test-browser lint lock bench speedups clean

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsdesk needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

lab: $(STAMP)  ## open JupyterLab on notebooks/00_start_here.ipynb (localhost only, token on)
	$(BIN)/jupyter lab --ServerApp.ip=$(HOST) --ServerApp.port=$(PORT) --ServerApp.root_dir=. notebooks/00_start_here.ipynb

app: $(STAMP)  ## open the classroom apps (Voila, code hidden, localhost only)
	$(BIN)/voila notebooks/apps --Voila.ip=$(HOST) --port=$(APP_PORT)

test: $(STAMP)  ## run all tests, execute every notebook, and the browser tests
	$(BIN)/python -m pytest --nbmake

test-fast: $(STAMP)  ## unit tests only (no notebooks, no browser)
	$(BIN)/python -m pytest tests -m "not browser"

test-browser: $(STAMP)  ## only the real-browser tests (needs Debian's chromium)
	$(BIN)/python -m pytest -m browser tests/browser

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check lib tests tools benchmarks setup.py

lock: | $(BIN)/python  ## re-pin requirements.txt from requirements.in
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --strip-extras --no-header --quiet -o requirements.txt requirements.in
	printf '\n# the newsdesk package itself, editable, so notebooks and tests import the working tree\n-e .\n' >> requirements.txt

speedups: $(STAMP)  ## recompile the analysis modules after editing them (else their Python source runs)
	$(BIN)/python -m pip install --quiet --no-deps -e .

bench: $(STAMP)  ## speed and memory figures
	$(BIN)/python benchmarks/run.py

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache artifacts build lib/newsdesk/*.so lib/newsdesk/_built_sources.py
