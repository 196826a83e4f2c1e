"""Reading printed documents back: their text, and each piece of it that runs off the page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fpdf import FPDF
from pypdf import PageObject, PdfReader

from wargame.pdf_document import FONTS

MARGIN = 20 * 72 / 25.4  # every document keeps 20 mm on either side, in points
FONT_FILES = {
    "NanumGothic": "NanumGothic.ttf",
    "NanumGothicBold": "NanumGothicBold.ttf",
    "DejaVuSansBook": "DejaVuSans-Fallback.ttf",
    "DejaVuSansBold": "DejaVuSans-Bold-Fallback.ttf",
}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@cache
def _ruler() -> FPDF:
    """Measures text in points, in each font a document embeds, by its PostScript name."""
    ruler = FPDF(unit="pt")
    for name, file in FONT_FILES.items():
        ruler.add_font(name, "", str(FONTS / file))
    return ruler


def off_the_page(path: Path) -> list[str]:
    """Every piece of text that reaches into the side margins or past them, page by page."""
    return [
        f"page {number}: {astray}"
        for number, page in enumerate(PdfReader(path).pages, 1)
        for astray in _astray(page)
    ]


def _astray(page: PageObject) -> list[str]:
    ruler, width, astray = _ruler(), float(page.mediabox.width), []

    def check(text: str, cm: list[float], tm: list[float], font: dict, size: float) -> None:
        if not text.strip() or not font:
            return
        ruler.set_font(str(font["/BaseFont"]).split("+")[-1], size=size)
        left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        right = left + ruler.get_string_width(text.rstrip()) * cm[0] * tm[0]
        if left < MARGIN - 2 or right > width - MARGIN + 2:  # 2 pt for rounding
            astray.append(f"{text.strip()[:40]!r} from {left:.0f} pt to {right:.0f} pt")

    page.extract_text(visitor_text=check)
    return astray
