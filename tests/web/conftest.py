"""Fixtures of the seat server's tests: a scenario file, `wargame serve` processes that end with
the test, and a real browser per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import mini_scenario_data, write_yaml
from rooms import Served


@pytest.fixture
def scenario_file(tmp_path: Path) -> Path:
    return write_yaml(tmp_path / "mini.yaml", mini_scenario_data())


@pytest.fixture
def served() -> Iterator[list[Served]]:
    running: list[Served] = []
    yield running
    for one in running:
        one.end()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium, once per module: each test opens its own contexts in it."""
    from chromium import chromium

    with chromium() as started:
        yield started
