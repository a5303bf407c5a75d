# The two commands: `make run` and `make test`. Each builds .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

NODE_STAMP := node_modules/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-postgres bench lint clean vendor-css

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# NL Design System CSS from the npm registry: its copies ship inside the package (src/opvolging/tracker/static/nlds,
# `make vendor-css` refreshes them); `make test` installs the packages to check the copies are the pinned versions
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Debian's packages: chromium for the browser tests (Playwright drives it; no browser is ever downloaded), the
# DejaVu fonts the PDF tests set their letters in and the reports are set in, Pango for WeasyPrint (the PDF
# report), poppler-utils, whose pdftotext and pdftoppm the report's test reads and renders it with, and
# Tesseract with its Dutch and English data, which reads scans
DEBIAN_PACKAGES := chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils \
	tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng
DEBIAN_STAMP := $(VENV)/.debian-installed
$(DEBIAN_STAMP): Makefile | $(STAMP)
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		(apt-get install -y --no-install-recommends $$missing >/dev/null 2>&1 || \
		 (apt-get update >/dev/null && apt-get install -y --no-install-recommends $$missing >/dev/null)) || \
		 echo "Debian packages could not be installed ($$missing): the tests that need them will skip"; \
	fi
	touch $(DEBIAN_STAMP)

run: $(STAMP) $(DEBIAN_STAMP)
	$(BIN)/opvolging manage migrate --verbosity 0
	$(BIN)/opvolging manage demo
	@echo "Opvolging runs on http://127.0.0.1:8000 (stop with Ctrl-C)"
	$(BIN)/opvolging serve --port 8000

test: $(STAMP) $(NODE_STAMP) $(DEBIAN_STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest
	$(MAKE) --no-print-directory test-postgres

# The tracker's tests again on PostgreSQL, when it answers on 127.0.0.1:5432; otherwise say so and skip.
test-postgres: $(STAMP)
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "PostgreSQL answers: running the tracker tests on it"; \
		DATABASE_URL=$(PG_URL) $(BIN)/pytest tests/tracker -q -p no:cacheprovider; \
	else \
		echo "PostgreSQL does not answer at $(PG_URL): PostgreSQL tests skipped"; \
	fi

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/stance_confusion.py
	$(BIN)/python benchmarks/tracker_speed.py
	$(BIN)/python benchmarks/sdg_benchmark.py

vendor-css: $(NODE_STAMP)
	python3 scripts/vendor_nlds.py

clean:
	rm -rf $(VENV) var build src/*.egg-info
