"""A join link as a QR code, for the desktop console to show the room."""

from __future__ import annotations

import segno


def qr_svg(url: str) -> str:
    """`url` as an SVG QR code (a string holding one <svg> element, dark on light)."""
    code = segno.make(url, error="m", micro=False)
    return str(code.svg_inline(scale=4, border=4, dark="#111827", light="#ffffff"))
