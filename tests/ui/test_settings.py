"""Remembered settings: a round trip, and defaults for anything unreadable or newer."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.settings import SETTINGS_VERSION, Settings, load_settings, save_settings, settings_file


def test_settings_come_back_as_they_were_saved(tmp_path: Path) -> None:
    saved = Settings(language="ko", theme="dark", geometry="AAA=")
    saved.remember(tmp_path / "a.wargame")
    save_settings(saved)
    assert load_settings() == saved


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[1, 2]",
        '{"language": "fr"}',
        '{"theme": 3}',
        '{"recent": "one path"}',
        '{"geometry": ["x"]}',
        f'{{"version": {SETTINGS_VERSION + 1}, "language": "ko"}}',
    ],
)
def test_unreadable_or_newer_settings_give_the_defaults(text: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    assert load_settings() == Settings()


def test_unknown_keys_are_ignored() -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"language": "ko", "colour_of_the_sky": "blue"}', encoding="utf-8")
    assert load_settings().language == "ko"
