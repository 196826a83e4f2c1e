"""The installable bundle: built from build.spec as `make dist` builds it, lean, and working —
its self-test plays a turn, reopens the game, writes the report, opens a game's seats on
127.0.0.1 and joins one over HTTP, loads the icon and the bundled Korean font and draws the
console, on a machine whose only fonts are DejaVu's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.dist, pytest.mark.slow]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
            "--distpath", str(where / "dist"), "--workpath", str(where / "build"), "build.spec",
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    return where / "dist" / "Peninsula"


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def test_the_bundle_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    """Without a Korean font on the machine, Korean is set in the bundled one, not as boxes."""
    assert (DEJAVU / "DejaVuSans.ttf").exists(), "Debian's fonts-dejavu-core stands in for a PC"
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{DEJAVU}</dir>"
        f"<cachedir>{tmp_path / 'font-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(bundle / "peninsula"), "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "FONTCONFIG_FILE": str(fonts_conf),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Peninsula self-test OK")
    assert "korean set in nanumgothic" in result.stdout.lower(), result.stdout
    assert "seat server on 127.0.0.1:" in result.stdout and "a seat joined" in result.stdout
    assert "Traceback" not in result.stderr
    assert "Cannot open file" not in result.stderr, result.stderr


def test_the_bundle_carries_the_command_line(bundle: Path) -> None:
    scenario = bundle / "_internal" / "scenarios" / "korea-2025.yaml"
    result = subprocess.run(
        [str(bundle / "peninsula"), "wargame", "validate", str(scenario)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ok: korea_2025" in result.stdout


def test_the_bundle_leaves_out_what_the_app_never_uses(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = " ".join(p.name.lower() for p in files)
    for unused in ("libqgtk3", "wayland", "eglfs", "libgtk", "libcairo", "mypy", "libqjpeg"):
        assert unused not in names, unused
    assert (bundle / "_internal" / "assets" / "fonts" / "NanumGothic.ttf").exists()
    for served in ("web/static/seat.js", "web/static/seat.css", "web/templates/seat.html"):
        assert (bundle / "_internal" / served).exists(), served
    assert not any("playwright" in p.parts for p in files), "the screenshots' driver stays out"
    assert any("ibusplatforminputcontext" in p.name for p in files), "Korean input methods stay"
    size = sum(p.stat().st_size for p in files if not p.is_symlink()) / 2**20
    assert size < 150, f"the bundle is {size:.0f} MiB"
