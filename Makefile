# Two entry points: `make run` (set up, migrate, serve on SQLite) and
# `make test` (set up, run the whole suite on SQLite and on PostgreSQL).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Commands load the app from its factory; serving loads wsgi.py, which also
# starts the embedded task workers.
FLASK  := $(BIN)/flask --app webapp
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
	$(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python scripts/run_tests.py

test-sqlite: install
	$(BIN)/python -m pytest

test-postgres: install
	TESTING_DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check webapp tests bench scripts wsgi.py gunicorn.conf.py
	$(BIN)/ruff format --check webapp tests bench scripts wsgi.py gunicorn.conf.py

bench: install
	$(BIN)/python bench/filestore_bench.py
	$(BIN)/python bench/builder_bench.py
	$(BIN)/python bench/queue_bench.py
	$(BIN)/python bench/compare_bench.py
	$(BIN)/python bench/history_bench.py
	$(BIN)/python bench/generator_report.py

clean:
	rm -rf $(VENV) static/vendor frontend/node_modules
