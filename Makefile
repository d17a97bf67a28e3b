# gongwen — two commands on a fresh machine: `make run` and `make test` (both create .venv themselves).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9

export GONGWEN_HOME ?= $(CURDIR)/.gongwen
export DAGSTER_HOME ?= $(GONGWEN_HOME)/dagster
export PYTHONHASHSEED := 0

.PHONY: run test lint dev eval bench venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.txt
	@echo "installing $(VENV) from requirements.txt (once)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	@$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.txt
	@$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	@cp dagster.yaml $@

## run: the whole pipeline on data/samples (or $GONGWEN_INBOX) as the Dagster job gongwen_full:
## progress per stage, then a one-screen summary (event log in $GONGWEN_HOME/logs/)
run: venv $(DAGSTER_HOME)/dagster.yaml
	@$(BIN)/gongwen run

## test: the test suite
test: venv
	$(BIN)/pytest

## lint: ruff
lint: venv
	$(BIN)/ruff check .

## dev: Dagster UI and daemon (schedule, sensor) on http://127.0.0.1:3000
dev: venv $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

## eval: run on every labelled set (data/<set>/, labels in data/gold/<set>/) and print one table of scores
eval: venv $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/gongwen eval --every-set

## bench: throughput and memory on a generated corpus, beside plain jieba.lcut
bench: venv
	$(BIN)/python bench/run.py

clean:
	rm -rf $(GONGWEN_HOME)
