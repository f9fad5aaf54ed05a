# Two commands do all set-up on a fresh Debian machine:
#   make run   - create .venv, install what is missing, start the app
#   make test  - the same, then the whole test suite offscreen
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: run test bench venv system-deps test-system-deps translations screenshots clean smoke dist dist-test

run: venv system-deps
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "No display found: the app needs a screen. Offscreen, use: $(PY) -m decisionaid screenshots DIR | summary --session F --out F.pdf | note --session F | check-content PATH"; \
	  exit 2; \
	fi
	$(PY) main.py $(ARGS)

# The tests run on a session D-Bus of their own (dbus-run-session), where it is installed: the app never
# starts one itself (see docs/kiosk.md), and a test must not use the desktop's.
DBUS_RUN := $(shell command -v dbus-run-session >/dev/null 2>&1 && echo "dbus-run-session --")

# Two test workers (pytest-xdist), as many as the machine the guide plans for has cores; tests that share one
# expensive fixture carry @pytest.mark.xdist_group and run on one worker (--dist loadgroup, in pyproject.toml).
# TEST_WORKERS=0 runs in one process (e.g. with -x --pdb); ARGS go to pytest (ARGS="tests/test_kiosk.py -k x").
# See docs/testing.md.
TEST_WORKERS ?= 2

test: venv test-system-deps
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(DBUS_RUN) $(PY) -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) $(ARGS)

bench: venv test-system-deps
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py $(ARGS)

# The installable Linux application: dist/decisionaid/ (PyInstaller, one folder) and dist/decisionaid_*.deb.
# make dist-test installs the .deb into a fresh root and runs it with a clean environment (and checks the wheel).
DIST_STAMP := $(VENV)/.dist-installed
dist: venv $(DIST_STAMP)
	@bash .ci/system-deps.sh dist
	bash packaging/build.sh $(PY)

dist-test: venv test-system-deps
	@bash .ci/system-deps.sh dist
	bash .ci/dist-test.sh $(PY)

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install -q -e '.[test,dist]'
	@touch $(DIST_STAMP)

smoke: venv
	QT_QPA_PLATFORM=offscreen $(PY) main.py --smoke

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m decisionaid screenshots out/screenshots $(ARGS)

# Byte-compile our package the way an installer does (pip compiles what it installs; an editable install
# and PYTHONDONTWRITEBYTECODE=1 would otherwise leave every launch compiling the start-up modules again).
# compileall only rewrites files whose source changed, so this is quick when nothing did.
venv: $(STAMP)
	@$(PY) -m compileall -q decisionaid
	@ls resources/mpl-cache/fontlist-v*.json >/dev/null 2>&1 || $(PY) -m decisionaid.fontcache

$(PY):
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq python3-venv; \
	  else echo "python3-venv is missing: sudo apt-get install -y python3-venv"; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

system-deps:
	@bash .ci/system-deps.sh run

test-system-deps:
	@bash .ci/system-deps.sh test

# Qt translations, for every language with a table in resources/i18n/tools/<code>.py (fill.py --list): .ts sources
# (pyside6-lupdate) compiled to .qm (pyside6-lrelease). lupdate cannot see the contexts of our module-level tr()
# helpers, so tools/fill.py adds those entries from the language's table (new strings: add them to every
# table); tests/test_translations.py fails on any untranslated string. A new language is a new table file.
translations: venv
	@for l in $$($(PY) resources/i18n/tools/fill.py --list); do \
	  echo "translations: $$l"; \
	  $(VENV)/bin/pyside6-lupdate $$(find decisionaid -name '*.py' | sort) -ts resources/i18n/decisionaid_$$l.ts \
	  && $(PY) resources/i18n/tools/fill.py $$l \
	  && $(VENV)/bin/pyside6-lrelease resources/i18n/decisionaid_$$l.ts -qm resources/i18n/decisionaid_$$l.qm \
	  || exit 1; \
	done

clean:
	rm -rf $(VENV) out .pytest_cache build dist resources/mpl-cache
