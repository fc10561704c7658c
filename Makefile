# Two entry points: `make run` (set up, migrate, serve on SQLite) and
# `make test` (set up, run the whole suite on SQLite and on PostgreSQL).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
FLASK  := $(BIN)/flask --app wsgi
HOST   ?= 127.0.0.1
PORT   ?= 5000
# The PostgreSQL server the second test run uses (it creates, then drops, its own database).
TEST_POSTGRES_URL ?= postgresql://root@127.0.0.1:5432/postgres

.PHONY: install run test test-sqlite test-postgres lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
	$(BIN)/python scripts/fetch_vendor.py

run: install
	$(FLASK) db upgrade
	$(FLASK) run --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python scripts/run_tests.py

test-sqlite: install
	$(BIN)/python -m pytest

test-postgres: install
	TESTING_DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check webapp tests bench scripts

bench: install
	$(BIN)/python bench/filestore_bench.py
	$(BIN)/python bench/builder_bench.py

clean:
	rm -rf $(VENV) static/vendor frontend/node_modules
