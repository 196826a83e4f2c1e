"""The core works on a machine without Qt: here PySide6 is made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOCK_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "PySide6":
            raise ImportError("Qt is not installed here")
sys.meta_path.insert(0, NoQt())
"""


def test_core_plays_and_saves_a_game_without_qt(tmp_path: Path) -> None:
    script = (
        BLOCK_QT
        + f"""
from wargame.cli import main
code = main(["play", "--seed", "5", "--bots", "all", "--out", r"{tmp_path / "g.wargame"}"])
assert code == 0, code
assert main(["replay", r"{tmp_path / "g.wargame"}", "--turn", "2", "--json"]) == 0
assert not any(m.startswith("PySide6") for m in sys.modules)
try:
    import PySide6  # noqa: F401
except ImportError:
    print("core ok without Qt")
"""
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "core ok without Qt" in result.stdout


def test_reports_handouts_and_scripts_print_without_qt(tmp_path: Path) -> None:
    game = tmp_path / "g.wargame"
    script = (
        BLOCK_QT
        + f"""
from wargame.cli import main
assert main(["play", "--seed", "3", "--turns", "2", "--out", r"{game}"]) == 0
assert main(["report", r"{game}", "--pdf", r"{tmp_path / "r.pdf"}", "--language", "ko"]) == 0
assert main(["handout", r"{game}", "--seat", "moscow", "--pdf", r"{tmp_path / "h.pdf"}"]) == 0
assert main(["script", "korea-2025", "--pdf", r"{tmp_path / "s.pdf"}"]) == 0
assert not any(m.startswith("PySide6") for m in sys.modules)
print("papers ok without Qt")
"""
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "papers ok without Qt" in result.stdout
    for name in ("r.pdf", "h.pdf", "s.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
