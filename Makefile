# phongtrao: `make run` serves the app on SQLite with demo data; `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
export PHONGTRAO_DATA_DIR ?= $(CURDIR)/var
LOCALE_PO := $(wildcard src/phongtrao/locale/*/LC_MESSAGES/*.po)
LOCALE_MO := $(LOCALE_PO:.po=.mo)

.PHONY: install setup run test bench messages makemessages clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

%.mo: %.po
	msgfmt --check-format -o $@ $<

install: $(STAMP) $(LOCALE_MO)

setup: install
	mkdir -p $(PHONGTRAO_DATA_DIR)
	$(BIN)/phongtrao migrate --noinput -v 0
	$(BIN)/phongtrao load_units
	$(BIN)/phongtrao demo --scale small

run: setup
	@echo "phongtrao: http://127.0.0.1:$(PORT)/  (background worker and deadline reminders started alongside; e-mails in $(PHONGTRAO_DATA_DIR)/mail)"
	$(BIN)/phongtrao db_worker --interval 0.5 & worker=$$!; \
	while true; do $(BIN)/phongtrao steering_reminders; sleep 600; done & reminders=$$!; \
	trap 'kill $$worker $$reminders 2>/dev/null' EXIT INT TERM; \
	$(BIN)/phongtrao runserver 127.0.0.1:$(PORT) --noreload

TEST_WORKERS ?= auto

test: install
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadscope; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$status

PG_BENCH_URL ?= postgres://postgres@127.0.0.1:5432/phongtrao_bench

bench: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	$(BIN)/python bench/run.py
	@if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2).close()" 2>/dev/null; then \
		BENCH_DATABASE_URL=$(PG_BENCH_URL) $(BIN)/python bench/run.py; \
	else echo "PostgreSQL not reachable: SQLite figures only"; fi

makemessages: install
	cd src/phongtrao && ../../$(BIN)/django-admin makemessages -l en --no-obsolete --settings=phongtrao.settings --pythonpath=..

messages: $(LOCALE_MO)

clean:
	rm -rf $(VENV) var .pytest_cache
