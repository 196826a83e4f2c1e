"""Where Peninsula keeps its files on this machine: settings, logs, the default folder for
games, and the state that outlives a run (the wrong-PIN counts, a room's keys).

All of them hang off platformdirs, or off `PENINSULA_HOME` when it is set, so tests and demos
run without touching (or depending on) anyone's real folders. Light to import: the desktop app
reads its settings from here before the first window is painted.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Peninsula"


def _home() -> Path | None:
    home = os.environ.get("PENINSULA_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))


def state_dir() -> Path:
    """What must survive a restart of the app but is no part of any game's record."""
    home = _home()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME, False))


def games_dir() -> Path:
    """The default folder for new games: the user's documents, where people look for files."""
    home = _home()
    return (
        home / "documents" / APP_NAME
        if home
        else Path(platformdirs.user_documents_dir()) / APP_NAME
    )


def log_file() -> Path:
    return data_dir() / "peninsula.log"
