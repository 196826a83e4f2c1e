"""The size of the installable app that `make dist` builds: on disk, and as the download."""

from __future__ import annotations

from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist"
GOALS_MB = {"on disk": 150, "download": 50}


def _megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink()) / 2**20


def run() -> list[str]:
    bundle = DIST / "Peninsula"
    if not bundle.is_dir():
        return ["no bundle yet: run make dist to build and measure it"]
    lines = [
        f"bundle on disk: {_megabytes(list(bundle.rglob('*'))):.0f} MiB "
        f"(goal {GOALS_MB['on disk']} MiB)"
    ]
    for download in sorted(DIST.glob("peninsula-*.tar.xz")):
        lines.append(
            f"download {download.name}: {_megabytes([download]):.1f} MiB "
            f"(goal {GOALS_MB['download']} MiB)"
        )
    return lines
