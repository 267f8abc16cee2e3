# Two entry points: `make serve` (install, then run the gateway on the embedded default) and
# `make test` (install, then lint, type-check and run the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# llama.cpp is built for a portable x86-64-v3 CPU (AVX2, FMA, F16C), not with -march=native:
# some virtual machines advertise AMX in cpuid but trap its instructions (SIGILL on the first
# batch of prompt tokens). The wheel is built once per machine into WHEELS and reused.
LLAMA := llama-cpp-python==0.3.36
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
WHEELS ?= $(HOME)/.cache/rung-wheels/llama-noamx

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(WHEELS)/.built: | $(BIN)/python
	mkdir -p $(WHEELS)
	CMAKE_ARGS="$(LLAMA_CMAKE)" FORCE_CMAKE=1 $(BIN)/pip wheel --quiet --no-deps --no-cache-dir \
		"$(LLAMA)" -w $(WHEELS)
	touch $@

# Debian packages the tests need (bubblewrap for the code sandbox, ...): scripts/ci-deps.sh.
$(STAMP): pyproject.toml $(WHEELS)/.built | $(BIN)/python
	bash scripts/ci-deps.sh
	$(BIN)/pip install --quiet --find-links $(WHEELS) "$(LLAMA)"
	$(BIN)/pip install --quiet --find-links $(WHEELS) -e ".[dev]"
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
