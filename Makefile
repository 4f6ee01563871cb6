# IVC Desk — two commands: `make run` and `make test`. Everything a fresh Debian machine lacks is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/ivc_desk_fa.ts
QM := resources/translations/ivc_desk_fa.qm
# Libraries Qt needs for offscreen and real (Xvfb) windows, pdftoppm for looking at PDFs, Xvfb for screenshots;
# qpdf, ICU and Unicode's bidi test data are the references the document tests check against.
APT_PACKAGES := xvfb xauth poppler-utils qpdf libicu72 unicode-data libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-cursor0 libglib2.0-0 faketime \
	postgresql postgresql-contrib
# Instants the suite also runs at under faketime (test-clock): Nowruz eve 23:30 (Esfand 29, 1405), 1 Farvardin
# 1406 00:30, and Esfand 30 of leap year 1403. Year-boundary bugs show there; tests that need a day freeze the clock.
CLOCK_INSTANTS := "2027-03-20 23:30:00" "2027-03-21 00:30:00" "2025-03-20 12:00:00"
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-pg test-clock lint system-deps venv translations lupdate bench bench-pg package screenshots clean

run: venv translations
	QT_QPA_PLATFORM= $(BIN)/ivc-desk

# The suite runs on every core (pytest-xdist); tests/stress alone after it, since its kill timings need the CPU.
WORKERS ?= auto

test: system-deps venv translations lint
	$(BIN)/python -m pytest -p no:cacheprovider -n $(WORKERS) --ignore=tests/stress
	$(BIN)/python -m pytest -p no:cacheprovider tests/stress
	$(MAKE) test-pg
	$(MAKE) test-clock

# The db, services and command-line tests again, on a throwaway PostgreSQL cluster (127.0.0.1, a temporary
# folder, an unprivileged owner), through IVC_TEST_DATABASE; the cluster is removed afterwards. With them:
# the kill and two-writer stress tests on the server, and a subset of the interface tests: an editor's save
# per register with the edit-conflict check, a status step refused over another PC's change, a letter issued
# and printed from its tab, Save/Discard on closing, the settings dialog's next number. (The main window's long session, tests/ui/test_soak.py, took
# 337 s on the server under load: too long for CI's budget; the first-run test makes its own SQLite file.)
PG_PORT ?= 55439
PG_TESTS := tests/db tests/services tests/test_cli.py tests/stress/test_server_stress.py
PG_UI_TESTS := tests/ui/test_main_window.py tests/ui/test_edit_conflict.py tests/ui/test_edit_conflict_registers.py \
	tests/ui/test_step_conflicts.py \
	tests/ui/test_never_lose_work.py tests/ui/test_letters_tab.py \
	--deselect tests/ui/test_main_window.py::test_first_run_welcome_with_sample_data_then_tabs
test-pg: system-deps venv translations
	@dir=$$(mktemp -d /tmp/ivc-pg.XXXXXX) && chmod 755 $$dir; \
	url=$$(tests/pg/server.sh start $$dir/cluster $(PG_PORT)) || exit 1; \
	start=$$(date +%s); \
	IVC_TEST_DATABASE=$$url $(BIN)/python -m pytest -p no:cacheprovider --basetemp=$$dir/tmp $(PG_TESTS) $(PG_UI_TESTS); status=$$?; \
	echo "== the PostgreSQL run took $$(( $$(date +%s) - start )) s"; \
	tests/pg/server.sh stop $$dir/cluster; rm -rf $$dir; exit $$status

# The suite (without tests/stress) with the system clock set to each of CLOCK_INSTANTS. The main window's
# long session (tests/ui/test_soak.py, about 5 minutes a language on two cores) is about leaks, not dates:
# it runs once, in `test`, and not again at each instant.
CLOCK_SKIP := --deselect tests/ui/test_soak.py::test_a_long_session_of_the_main_window_leaks_nothing
test-clock: system-deps venv translations
	@failed=""; for instant in $(CLOCK_INSTANTS); do \
		echo "== the suite at $$instant"; \
		faketime "$$instant" $(BIN)/python -m pytest -p no:cacheprovider -n $(WORKERS) --ignore=tests/stress $(CLOCK_SKIP) || failed="$$failed [$$instant]"; \
	done; \
	if [ -n "$$failed" ]; then echo "failed at:$$failed"; exit 1; fi

lint: venv
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(QM)

$(QM): $(TS) | venv
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# Refresh the .ts source from the code (then translate the new entries, e.g. in pyside6-linguist).
lupdate: venv
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find app -name '*.py' | sort) -ts $(TS)

# `make bench` alone also installs LibreOffice (Writer and Calc, without the GUI): the peer the letters, the
# minutes and the xlsx export are measured against. Options: make bench BENCH_ARGS="--session-rounds 24".
BENCH_APT_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui
BENCH_ARGS ?=
bench: APT_PACKAGES += $(BENCH_APT_PACKAGES)
bench: system-deps venv translations
	$(BIN)/python tests/bench/run.py $(BENCH_ARGS)

# Ready and filter-as-you-type on a throwaway PostgreSQL cluster (as make test-pg starts it), side by side
# with SQLite, 1,000 and 100,000 records per register (BENCH_PG_ARGS, e.g. --sizes 1000 --rounds 3).
BENCH_PG_ARGS ?=
bench-pg: system-deps venv translations
	@dir=$$(mktemp -d /tmp/ivc-pg.XXXXXX) && chmod 755 $$dir; \
	url=$$(tests/pg/server.sh start $$dir/cluster $(PG_PORT)) || exit 1; \
	$(BIN)/python tests/bench/bench_server.py $$url $(BENCH_PG_ARGS); status=$$?; \
	tests/pg/server.sh stop $$dir/cluster; rm -rf $$dir; exit $$status

package: venv translations
	$(BIN)/python -m pip install -q -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath build/dist --workpath build/work packaging/ivc-desk.spec
	IVC_DESK_HOME=$$(mktemp -d) build/dist/ivc-desk/ivc-desk --exit-after-start && echo "bundle starts: build/dist/ivc-desk"
	D=$$(mktemp -d) && build/dist/ivc-desk/ivc-desk --data-dir $$D demo --size 50 >/dev/null && \
		build/dist/ivc-desk/ivc-desk --data-dir $$D list letters | grep -q . && echo "bundle issues letters" && \
		for m in $$(build/dist/ivc-desk/ivc-desk --data-dir $$D list meetings | awk -F'\t' '$$5 == "scholarship-council" {print $$1}'); do \
			build/dist/ivc-desk/ivc-desk --data-dir $$D print agenda $$m --lang both -o $$D/agenda.pdf >/dev/null || exit 1; \
		done && build/dist/ivc-desk/ivc-desk --data-dir $$D print itinerary 1 --lang both -o $$D/itinerary.pdf >/dev/null && \
		rm -rf $$D && echo "bundle prints council agendas with their annexes, and itineraries"

screenshots: system-deps venv translations
	$(BIN)/python tests/screenshots.py docs/screenshots

clean:
	rm -rf build dist *.egg-info $(QM)
