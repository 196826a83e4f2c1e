"""Where Peninsula keeps its files, and the user's remembered preferences.

All user folders hang off platformdirs, or off `PENINSULA_HOME` when it is set, so tests and
demos run without touching (or depending on) anyone's real configuration.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, ValidationError

APP_NAME = "Peninsula"
SETTINGS_VERSION = 1
MAX_RECENT = 8

log = logging.getLogger(__name__)

Language = Literal["en", "ko"]
Theme = Literal["system", "light", "dark"]


def _home() -> Path | None:
    home = os.environ.get("PENINSULA_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))


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


class Settings(BaseModel):
    """What Peninsula remembers between sessions; saved as JSON with a format version."""

    model_config = ConfigDict(extra="ignore")

    version: int = SETTINGS_VERSION
    language: Language = "en"
    theme: Theme = "system"
    recent: list[str] = []
    geometry: str = ""
    window_state: str = ""
    console_state: str = ""

    def remember(self, path: Path | str) -> None:
        """Put a game at the top of the recent list."""
        name = str(Path(path).resolve())
        self.recent = [name, *(r for r in self.recent if r != name)][:MAX_RECENT]

    def existing_recent(self) -> list[Path]:
        return [Path(r) for r in self.recent if Path(r).is_file()]


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; defaults when there are none, or when they cannot be read."""
    path = settings_file()
    try:
        settings = Settings.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValidationError, ValueError) as error:
        log.warning("Ignoring unreadable settings in %s: %s", path, error)
        return Settings()
    if settings.version > SETTINGS_VERSION:
        log.warning("Settings in %s are from a newer Peninsula; using defaults", path)
        return Settings()
    return settings.model_copy(update={"version": SETTINGS_VERSION})


def save_settings(settings: Settings) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(partial, path)
