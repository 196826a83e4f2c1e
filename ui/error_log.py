"""The log file for bugs: every unexpected exception goes there with its context."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from ui.settings import log_file

_configured = False


def configure_logging() -> None:
    """Send warnings and errors to the log file in the user's data folder (once per process)."""
    global _configured
    if _configured:
        return
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = True
