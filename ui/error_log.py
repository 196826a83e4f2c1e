"""The log file for bugs: every unexpected exception goes there with its context."""

from __future__ import annotations

import logging
import os

from ui.settings import log_file

KEEP_BYTES = 1_000_000
_handler: logging.FileHandler | None = None


def configure_logging() -> None:
    """Send the app's log to the file in the user's data folder (again if that folder moved).

    A log past `KEEP_BYTES` is set aside as `peninsula.log.1` when the app starts (a plain file
    handler: `logging.handlers` would cost the start screen a few dozen milliseconds).
    """
    global _handler
    path = log_file()
    if _handler is not None and _handler.baseFilename == str(path.absolute()):
        return
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > KEEP_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
        _handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as error:
        # An unwritable data folder must not stop the app: the log goes to stderr instead.
        _handler = None
        logging.getLogger(__name__).warning("Cannot write the log file %s: %s", path, error)
        return
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
