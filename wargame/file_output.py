"""Writing a document to a file whole or not at all: it goes to a file beside the target first
and replaces the target only once complete, so a full disk or a crash never leaves half a
report where an older one stood."""

from __future__ import annotations

import os
from pathlib import Path

from wargame.errors import UserError


def write_whole(path: Path | str, data: bytes) -> None:
    """Write `data` to `path`, or raise a `UserError` that says why it cannot be written."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise UserError(f"{path} cannot be written: {reason}.") from None
