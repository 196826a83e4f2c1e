"""The Qt binding in use keeps Python's books straight: PySide6 6.12.0 on Python 3.11 drops a
reference to None on every call that returns nothing, and the app aborts after a few repaints.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_painting_does_not_leak_references_to_none(qapp: object) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10
