"""The Korean translation covers every interface string, and the Korean UI shows it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from driving import console, start_game

from ui.i18n import I18N_DIR, install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "peninsula_ko.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_interface_string_has_a_korean_translation():
    untranslated = []
    for key, message in _messages(TS).items():
        translation = message.find("translation")
        texts = [translation.text or ""] + [f.text or "" for f in translation]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not any(
            t.strip() for t in texts
        ):
            untranslated.append(key)
    assert untranslated == []


def test_the_translation_file_is_in_step_with_the_code(tmp_path: Path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code, in_file = set(_messages(fresh)), set(_messages(TS))
    assert in_code - in_file == set(), "run scripts/update-translations and translate"
    assert in_file - in_code == set(), "run scripts/update-translations to drop old strings"


def test_the_korean_interface_uses_the_translation_and_the_scenarios_names(
    qtbot, window, tmp_path: Path
):
    start_game(qtbot, window, tmp_path, {"seoul": "1234"})
    try:
        window.action_by_id["view.language.ko"].trigger()
        desk = console(window)
        assert desk.phase_bar.next_button.text() == "숙의 시작"
        assert window.menuBar().actions()[0].text() == "파일(&F)"
        assert window.settings.language == "ko"
    finally:
        install_translators("en")
