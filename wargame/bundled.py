"""Where the files that travel with Peninsula are (the scenarios, the assets: fonts, icon,
tokens, translations), run from the source tree or from the bundle PyInstaller builds.

Frozen, they sit in the bundle's data folder, `sys._MEIPASS`; a path built from a module's
`__file__` is not enough there, since the entry script's lies one folder above the data."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parent.parent)


def bundled(*parts: str) -> Path:
    """A file or folder that travels with Peninsula: `bundled("assets", "fonts")`."""
    return ROOT.joinpath(*parts)
