# Two commands for a newcomer:  make run  (the main job on the bundled examples)  and  make test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= out/tradetrace.db

.PHONY: run test install lint bench clean serve

$(BIN)/tradetrace: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

install: $(BIN)/tradetrace

run: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/tradetrace run --db $(DB) --news examples/news --stats examples/statistics --out out/report.html

serve: install
	$(BIN)/tradetrace serve --db $(DB)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: install lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/newsquant.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/runons.py
	$(BIN)/python bench/report_web.py

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache
