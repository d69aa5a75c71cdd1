# Oefenkit: `make run` serves the exercises, `make test` runs everything. Needs only python3 (3.11+).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# axe-core for the accessibility tests, from npm, pinned, in a project-local folder (offline at test time).
AXE_VERSION := 4.12.1
AXE := .cache/axe-core-$(AXE_VERSION)/node_modules/axe-core/axe.min.js

.DEFAULT_GOAL := help
.PHONY: help install axe run test journeys test-hub hub-proxy lab bench validate mutate clean

help:
	@echo "make run       set up .venv and serve the exercises with Voila on http://127.0.0.1:8866"
	@echo "make test      set up .venv, then ruff, mypy, pytest (incl. browser tests) and the notebooks"
	@echo "make journeys  only the journeys: every step of every exercise, a workshop day, a tabletop day (browser)"
	@echo "make test-hub  only the JupyterHub test (tests/hub: a real Hub, needs root and npm)"
	@echo "make lab       JupyterLab on notebooks/ (http://127.0.0.1:8888)"
	@echo "make bench     run the benchmarks in bench/"
	@echo "make validate  validate all methods, templates, scenarios and answers"
	@echo "make axe       fetch the pinned axe-core (npm) for the accessibility tests into .cache/"
	@echo "make mutate    mutation testing of kit/scoring and kit/answers_io.py (slow; not part of make test)"
	@echo "make clean     remove .venv and caches"

# Set-up: a venv with the kit installed editable plus the test tools; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[test,hub]'
	touch $@

install: $(STAMP)

$(AXE):
	npm install --silent --no-audit --no-fund --prefix .cache/axe-core-$(AXE_VERSION) axe-core@$(AXE_VERSION)

axe: $(AXE)

run: $(STAMP)
	$(BIN)/python -m kit serve

# The journeys alone (they also run within `make test`): real browser, real `kit serve`, SQLite and PostgreSQL.
# Screenshots of their main stages go to journeys-screens/.
journeys: $(STAMP)
	$(BIN)/python -m pytest tests/journeys -p no:cacheprovider

# JupyterHub's proxy from npm, pinned by deploy/proxy/package-lock.json, in the project-local .hub/.
HUB_PROXY := .hub/node_modules/.bin/configurable-http-proxy
$(HUB_PROXY): deploy/proxy/package.json deploy/proxy/package-lock.json
	mkdir -p .hub
	cp deploy/proxy/package.json deploy/proxy/package-lock.json .hub/
	npm ci --prefix .hub --no-audit --no-fund
	touch $@

hub-proxy: $(HUB_PROXY)

# The JupyterHub test alone (it also runs within `make test`).
test-hub: $(STAMP) $(HUB_PROXY)
	$(BIN)/python -m pytest tests/hub -p no:cacheprovider

# The notebooks run against a throw-away SQLite file, never the user's own store.
# tests/hub (part of the pytest run) starts a real JupyterHub: it needs root and `make hub-proxy` (npm) first,
# and says SKIPPED at the end otherwise (.ci/run makes the proxy and requires the test to run).
# The same for the axe-core accessibility checks: fetched when npm is there, SKIPPED otherwise (required in CI).
test: $(STAMP)
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory axe; else echo "no npm: axe checks will be SKIPPED"; fi
	$(BIN)/ruff check kit tests tools bench
	$(BIN)/mypy kit
	$(BIN)/python -m kit validate
	$(BIN)/python -m pytest
	KIT_DATABASE_URL=sqlite:///$$(mktemp -d)/nbval.sqlite $(BIN)/python -m pytest --nbval-lax notebooks/ -p no:cacheprovider

lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --no-browser --ServerApp.root_dir=notebooks

bench: $(STAMP)
	@if [ -d bench ]; then $(BIN)/python -m bench; else echo "bench/ does not exist yet: nothing to run"; fi

validate: $(STAMP)
	$(BIN)/python -m kit validate

# Mutation testing (mutmut, configured in pyproject.toml): every surviving mutant is an untested behaviour.
# Survivors: `mutmut results`, one diff: `mutmut show <name>`; equivalent mutants are listed in docs/scoring.md.
mutate: $(STAMP)
	$(BIN)/python -m pip install -e '.[mutate]'
	nice -n 10 $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) .cache .hub .pytest_cache .mypy_cache .ruff_cache .hypothesis .benchmarks build *.egg-info mutants
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
