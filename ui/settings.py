"""The user's remembered preferences: language, theme, recent games and window layout.

Where they are kept (and every other folder of ours) is `wargame.places`.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, get_args

from wargame.places import APP_NAME, config_dir, data_dir, games_dir, log_file

__all__ = ["APP_NAME", "Settings", "data_dir", "games_dir", "load_settings", "log_file"]

SETTINGS_VERSION = 1
MAX_RECENT = 8

log = logging.getLogger(__name__)

Language = Literal["en", "ko"]
Theme = Literal["system", "light", "dark"]


@dataclass
class Settings:
    """What Peninsula remembers between sessions; saved as JSON with a format version.

    A plain dataclass checked by hand, not a Pydantic model: settings are read before the first
    window is painted, and Pydantic would add a tenth of a second to every start.
    """

    version: int = SETTINGS_VERSION
    language: Language = "en"
    theme: Theme = "system"
    recent: list[str] = field(default_factory=list)
    last_bots: list[str] = field(default_factory=list)  # seats bots played in the last new game
    geometry: str = ""
    window_state: str = ""
    console_state: str = ""
    projector_geometry: str = ""
    export_folder: str = ""  # where the last paper was exported

    def remember(self, path: Path | str) -> None:
        """Put a game at the top of the recent list."""
        name = str(Path(path).resolve())
        self.recent = [name, *(r for r in self.recent if r != name)][:MAX_RECENT]

    def existing_recent(self) -> list[Path]:
        return [Path(r) for r in self.recent if Path(r).is_file()]

    @classmethod
    def from_json(cls, text: str) -> Settings:
        """Settings from their JSON; unknown keys are ignored, a wrong value is a ValueError."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("settings are a JSON object")
        settings = cls()
        for name, kind in (("version", int), ("geometry", str), ("window_state", str),
                           ("console_state", str), ("projector_geometry", str),
                           ("export_folder", str)):  # fmt: skip
            if name in data:
                if not isinstance(data[name], kind):
                    raise ValueError(f"{name} must be {kind.__name__}")
                setattr(settings, name, data[name])
        for name, allowed in (("language", get_args(Language)), ("theme", get_args(Theme))):
            if name in data:
                if data[name] not in allowed:
                    raise ValueError(f"{name} must be one of {', '.join(allowed)}")
                setattr(settings, name, data[name])
        recent = data.get("recent", [])
        if not isinstance(recent, list) or not all(isinstance(r, str) for r in recent):
            raise ValueError("recent must be a list of paths")
        settings.recent = recent[:MAX_RECENT]
        bots = data.get("last_bots", [])
        if not isinstance(bots, list) or not all(isinstance(b, str) for b in bots):
            raise ValueError("last_bots must be a list of seats")
        settings.last_bots = bots
        return settings

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; defaults when there are none, or when they cannot be read."""
    path = settings_file()
    try:
        settings = Settings.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("Ignoring unreadable settings in %s: %s", path, error)
        return Settings()
    if settings.version > SETTINGS_VERSION:
        log.warning("Settings in %s are from a newer Peninsula; using defaults", path)
        return Settings()
    settings.version = SETTINGS_VERSION
    return settings


def save_settings(settings: Settings) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(settings.to_json(), encoding="utf-8")
    os.replace(partial, path)
