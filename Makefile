# Each target makes .venv ready by itself, so a fresh clone needs nothing else.
PY := .venv/bin/python
# A worker per core, each given whole files (so a file's fixtures are made once), the slowest
# files first (tests/conftest.py orders them); each test is named as it starts and as it ends,
# with the share of the suite done so far.
PYTEST_ARGS := -n auto --dist loadfile --no-loadscope-reorder -v

.PHONY: run test bench screenshots venv dist clean

venv:
	@scripts/bootstrap

run: venv
	$(PY) -m ui.app

test: venv
	$(PY) -m ruff check wargame ui web tests benchmarks
	.venv/bin/lint-imports
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: venv
	scripts/screenshots

dist: venv
	.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
	scripts/package

clean:
	rm -rf .venv build dist .pytest_cache
