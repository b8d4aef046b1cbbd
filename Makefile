# The two commands a newcomer needs: `make run` and `make test`. Everything else is plumbing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
HOST ?= 127.0.0.1
PORT ?= 8000
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run serve test install lint check messages test-postgres test-search-elasticsearch elasticsearch postgres clean

## run: install, migrate, load the demo on a fresh database, serve on http://127.0.0.1:8000
# The site's own address (links in e-mails, feeds and the sitemap) follows HOST and PORT.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	@mkdir -p var
	@if [ -f var/db.sqlite3 ]; then fresh=; else fresh=1; fi; \
	$(BIN)/python manage.py migrate --no-input -v 0 && \
	if [ -n "$$fresh" ]; then $(BIN)/python manage.py load_demo; fi
	@scripts/serve $(HOST) $(PORT)

## serve: the production-like stack (Varnish, gunicorn, worker, scheduler, Redis, PostgreSQL,
## Elasticsearch) on http://$(HOST):$(PORT)/; scripts/serve-production start|stop|status in the
## background (docs/deploy.md)
serve: install
	@HOST=$(HOST) PORT=$(PORT) scripts/serve-production run

## test: the whole suite on SQLite (browser tests included: services/browser provisions Chromium
## and axe-core), then on PostgreSQL when TEST_DATABASE_URL is set
# The SQLite and PostgreSQL passes run on every core (pytest-xdist; each worker has its own test
# database). The Elasticsearch pass shares one index, so it runs in one process.
TEST_WORKERS ?= auto
test: install
	eval "$$(services/browser)" && env -u ELASTICSEARCH_URL $(BIN)/pytest -n $(TEST_WORKERS)
	@# The PostgreSQL pass leaves out the browser tests (-m "not browser"): what they check does
	@# not depend on the database engine, and skipping them keeps CI under 30 minutes.
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "--- again on PostgreSQL (without the browser tests)"; \
		env -u ELASTICSEARCH_URL DATABASE_URL="$$TEST_DATABASE_URL" $(BIN)/pytest -n $(TEST_WORKERS) -m "not browser"; \
	elif [ "$$CI" = "true" ]; then \
		echo "CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests cannot run." >&2; \
		exit 1; \
	fi
	@if [ -n "$$TEST_ELASTICSEARCH_URL" ]; then \
		$(MAKE) --no-print-directory test-search-elasticsearch; \
	elif [ "$$CI" = "true" ]; then \
		echo "CI=true but TEST_ELASTICSEARCH_URL is not set: Elasticsearch tests cannot run." >&2; \
		exit 1; \
	fi

## test-search-elasticsearch: the search tests with Elasticsearch at TEST_ELASTICSEARCH_URL
SEARCH_TESTS := tests/test_search.py tests/test_search_input.py tests/test_healthz.py \
	tests/test_faults_search.py
test-search-elasticsearch: install
	@echo "--- the search tests on Elasticsearch ($$TEST_ELASTICSEARCH_URL)"
	ELASTICSEARCH_URL="$$TEST_ELASTICSEARCH_URL" $(BIN)/pytest $(SEARCH_TESTS)

## elasticsearch: start a local Elasticsearch 8 node (services/elasticsearch.sh) on 127.0.0.1:9201
elasticsearch:
	@services/elasticsearch.sh start

## test-postgres: start PostgreSQL, Redis and Elasticsearch locally and run the suite on every engine
test-postgres: install
	@eval "$$(services/postgres start)" && \
		TEST_REDIS_URL="$$(services/redis start | sed -n 's/^export REDIS_URL=//p')" \
		TEST_ELASTICSEARCH_URL="$$(services/elasticsearch.sh start | sed -n 's/^export ELASTICSEARCH_URL=//p')" \
		$(MAKE) --no-print-directory test

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv sync --frozen --quiet
	@touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## messages: refresh and compile the Russian interface translations
messages: install
	$(BIN)/python manage.py makemessages -l ru --ignore=.venv --ignore=var
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf var
