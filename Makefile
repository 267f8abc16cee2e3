# Two entry points: `make serve` (install, then run the gateway on the embedded default) and
# `make test` (install, then lint, type-check and run the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# llama-cpp-python compiles llama.cpp on first install (about 5-10 minutes on two cores);
# pip caches the wheel, so later installs take seconds.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

.PHONY: install serve test lint bench
install: $(STAMP)

serve: install
	$(BIN)/rung serve $(ARGS)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest -q --durations=15

bench: install
	$(BIN)/python bench/overhead.py
