# Each target makes .venv ready by itself, so a fresh clone needs nothing else.
PY := .venv/bin/python

.PHONY: run test bench screenshots venv dist clean

venv:
	@scripts/bootstrap

run: venv
	$(PY) -m ui.app

test: venv
	$(PY) -m ruff check wargame ui web tests benchmarks
	.venv/bin/lint-imports
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: venv
	scripts/screenshots

dist: venv
	.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
	scripts/package

clean:
	rm -rf .venv build dist .pytest_cache
