"""Printed documents in one calm house style, drawn with fpdf2 in the core so that the `wargame`
command makes them on any machine, with no display and no Qt: the after-action report, the seat
handouts and the facilitator script.

A4 pages; a cover block; a running header with the document's handling note and page numbers
on every page after the cover; section headings that the PDF's bookmarks and contents list;
paragraphs, quotes and lists that flow across pages; tables, for short cells only, whose
headings repeat on every page they span. One bundled font (NanumGothic, OFL) sets both
languages, so Korean text renders wherever it appears; what it lacks (the minus sign, accented
and Cyrillic letters beyond the basic ones, arrows, maths) comes from a bundled part of DejaVu
Sans (see `scripts/subset-fallback-font`). No character is ever dropped: one that neither has
prints as U+FFFD and raises an `UnprintableText` warning, an error under the tests. Text set on
one line (running headers, contents) is cut short to fit; all other text wraps, breaking words
longer than a line.
"""

from __future__ import annotations

import html
import io
import itertools
import logging
import re
import unicodedata
import warnings
from collections.abc import Sequence, Set
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode, VAlign
from fpdf.fonts import TTFFont
from fpdf.outline import OutlineSection
from fpdf.util import Padding

from wargame.bundled import bundled
from wargame.file_output import write_whole

FONTS = bundled("assets", "fonts")
FAMILY = "NanumGothic"
FALLBACK = "DejaVuSans"
UNPRINTABLE = "\ufffd"
# Subsetting the font leaves out its hinting tables and says so for each; that is expected.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

Colour = tuple[int, int, int]
INK: Colour = (31, 41, 51)
MUTED: Colour = (107, 114, 128)
RULE: Colour = (213, 217, 222)
PAPER: Colour = (241, 243, 246)
GREEN: Colour = (46, 125, 79)
RED: Colour = (150, 52, 52)

SVG_TEXT = re.compile(r"(<text\b[^>]*>)(.*?)(</text>)", re.DOTALL)

CELL_LIMIT = 700
"""Characters a table cell shows: a table row cannot break across pages, so long typed text
is cut short in tables and printed whole in the running text."""


def clipped(text: str, limit: int = CELL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fitted(pdf: FPDF, text: str, width: float) -> str:
    """`text` cut short with an ellipsis to fit `width` on one line in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits, with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if pdf.get_string_width(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class UnprintableText(UserWarning):
    """A text held a character that none of the bundled fonts has; it printed as U+FFFD."""


def printable(text: str, glyphs: Set[int]) -> str:
    """`text` as the fonts with `glyphs` can print it: composed (NFC, as a Mac may not write
    it), invisible format characters they lack left out, anything else they lack as U+FFFD,
    with a warning, since a character silently dropped can turn "−15" into "15"."""
    text = unicodedata.normalize("NFC", text)
    if all(ord(char) in glyphs for char in text):
        return text
    kept, lost = [], []
    for char in text:
        if ord(char) in glyphs:
            kept.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf") or "\ufe00" <= char <= "\ufe0f":
            continue  # controls, joiners, variation selectors: nothing to see
        else:
            kept.append(UNPRINTABLE)
            lost.append(f"{char!r} (U+{ord(char):04X})")
    if lost:
        warnings.warn(
            f"no bundled font has {', '.join(lost)}, printed as {UNPRINTABLE}",
            UnprintableText,
            stacklevel=2,
        )
    return "".join(kept)


class Document(FPDF):
    """One document: `kind` and `title` head every page after the cover, with the `handling`
    note (who may read it) on the right; `page_words` reads like "Page {page} of {pages}"."""

    def __init__(
        self, kind: str, title: str, handling: str, page_words: str, language: str
    ) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.kind, self.doc_title, self.handling = kind, title, handling
        self.page_words = page_words
        self.add_font(FAMILY, "", str(FONTS / "NanumGothic.ttf"))
        self.add_font(FAMILY, "B", str(FONTS / "NanumGothicBold.ttf"))
        self.add_font(FALLBACK, "", str(FONTS / "DejaVuSans-Fallback.ttf"))
        self.add_font(FALLBACK, "B", str(FONTS / "DejaVuSans-Bold-Fallback.ttf"))
        self.set_fallback_fonts([FALLBACK])
        self._own_glyphs = frozenset(self._font_of(FAMILY).cmap)
        self._glyphs = self._own_glyphs | self._font_of(FALLBACK).cmap.keys()
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)
        self.set_title(f"{kind} — {title}")
        self.set_creator("Peninsula")
        self.set_lang(language)
        self.set_text_color(*INK)

    def _font_of(self, family: str) -> TTFFont:
        font = self.fonts[family.lower()]
        assert isinstance(font, TTFFont)
        return font

    def normalize_text(self, text: str) -> str:
        """Every text fpdf2 sets or measures passes here on its way to the page."""
        return super().normalize_text(printable(text, self._glyphs))

    # --- every page -----------------------------------------------------------------------

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        handling = fitted(self, self.handling, self.epw / 2)
        handling_width = self.get_string_width(handling) + 2
        room = self.epw - handling_width - 4
        self.cell(room + 4, 5, fitted(self, f"{self.kind} · {self.doc_title}", room))
        self.set_text_color(*RED)
        self.cell(handling_width, 5, handling, align="R")
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_text_color(*INK)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        words = self.page_words.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
        self.cell(0, 5, words, align="C")
        self.set_text_color(*INK)

    # --- the cover ------------------------------------------------------------------------

    def cover(self, subtitle: str = "", note: str = "") -> None:
        """The first page's title block: the kind of document, its title and subtitle, and
        who may read it (the handling note, and `note` to say why)."""
        self.add_page()
        self.set_y(46)
        self.set_font(FAMILY, "", 10.5)
        self.set_text_color(*MUTED)
        self.multi_cell(0, 6, self.kind.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(1)
        self.set_font(FAMILY, "B", 23)
        self.multi_cell(0, 11, self.doc_title, align="L", new_x="LMARGIN", new_y="NEXT")
        if subtitle:
            self.ln(1)
            self.set_font(FAMILY, "", 13)
            self.multi_cell(0, 7, subtitle, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_draw_color(*INK)
        self.set_line_width(0.7)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)
        self.set_text_color(*RED)
        self.set_font(FAMILY, "B", 8.5)
        self.write(4.5, self.handling.upper())
        if note:
            self.set_font(FAMILY, "", 8.5)
            self.write(4.5, f"  {note}")
        self.set_text_color(*INK)
        self.ln(12)

    def contents(self, title: str, entries: int) -> None:
        """Pages listing the sections (and `entries` lines in all) and where they start; they
        are filled in when the document is finished."""
        line = 6.5

        def render(pdf: FPDF, outline: list[OutlineSection]) -> None:
            pdf.set_x(pdf.l_margin)
            pdf.set_font(FAMILY, "B", 15)
            pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            for section in outline:
                indent = 6 * section.level
                if section.level == 0:
                    pdf.ln(1.5)
                pdf.set_font(FAMILY, "B" if section.level == 0 else "", 10.5 - section.level)
                link = pdf.add_link(page=section.page_number)
                pdf.set_x(pdf.l_margin + indent)
                name = fitted(pdf, section.name, pdf.epw - indent - 17)
                pdf.cell(pdf.epw - indent - 14, line, name, link=link)
                pdf.cell(14, line, str(section.page_number), align="R", link=link)
                pdf.ln(line)

        self.add_page()
        usable = self.h - self.t_margin - self.b_margin - 15
        self.insert_toc_placeholder(render, pages=1 + int(entries * (line + 1.5) // usable))

    # --- running text ---------------------------------------------------------------------

    def section(self, text: str, new_page: bool = True) -> None:
        """A top-level heading, listed in the bookmarks and the contents."""
        fresh = self.y <= self.t_margin + 0.5  # a page just begun, by the contents say
        if (new_page and not fresh) or self.will_page_break(30):
            self.add_page()
        self.start_section(text, level=0)
        self.set_font(FAMILY, "B", 15)
        self.set_text_color(*INK)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def subheading(self, text: str, listed: bool = False, keep: float = 24) -> None:
        """A heading kept with at least `keep` mm of what follows; `listed` puts it in the
        bookmarks and contents under its section."""
        if self.will_page_break(keep):
            self.add_page()
        self.ln(2)
        if listed:
            self.start_section(text, level=1)
        self.set_font(FAMILY, "B", 11.5)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def minor_heading(self, text: str) -> None:
        if self.will_page_break(16):
            self.add_page()
        self.ln(1)
        self.set_font(FAMILY, "B", 9.5)
        self.set_text_color(*MUTED)
        self.multi_cell(0, 5, text.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(0.5)

    def paragraph(
        self,
        text: str,
        size: float = 10,
        colour: Colour = INK,
        bold: bool = False,
        indent: float = 0,
        after: float = 1.2,
    ) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(*INK)
        self.ln(after)

    def labelled(
        self, label: str, text: str, size: float = 9, colour: Colour = INK, indent: float = 0
    ) -> None:
        """`label:` in bold, then `text`, flowing on as one paragraph."""
        left = self.l_margin
        self.set_left_margin(left + indent)
        self.set_x(left + indent)
        self.set_text_color(*colour)
        self.set_font(FAMILY, "B", size)
        self.write(size * 0.5, f"{label}: ")
        self.set_font(FAMILY, "", size)
        self.write(size * 0.5, text)
        self.set_left_margin(left)
        self.set_text_color(*INK)
        self.ln(size * 0.5 + 1.2)

    def quote(self, text: str, size: float = 9, indent: float = 4) -> None:
        """Words someone typed, set apart on a pale ground; it flows across pages."""
        self.set_font(FAMILY, "", size)
        self.set_fill_color(*PAPER)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            size * 0.52,
            text,
            align="L",
            fill=True,
            padding=Padding(1.5, 2.5, 1.5, 2.5),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(1.5)

    def bullets(self, items: Sequence[str], size: float = 9.5, indent: float = 2) -> None:
        for item in items:
            self.set_font(FAMILY, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(4, size * 0.5, "•")
            self.multi_cell(
                self.epw - indent - 4, size * 0.5, item, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(0.8)
        self.ln(0.8)

    def tagged_line(
        self, text: str, tag: str, tag_colour: Colour, size: float = 10, indent: float = 0
    ) -> None:
        """A bold line with a short tag (an outcome, a mark) set at its right; a tag too long
        to stand beside it goes under it."""
        if self.will_page_break(14):
            self.add_page()
        self.set_font(FAMILY, "B", size)
        tag_width = self.get_string_width(tag) + 2
        if tag_width > (self.epw - indent) * 0.4:
            self.paragraph(text, size, bold=True, indent=indent, after=0.3)
            self.paragraph(tag, size, tag_colour, bold=True, indent=indent, after=0.6)
            return
        top = self.y
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent - tag_width - 3,
            size * 0.52,
            text,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        bottom = self.y
        self.set_xy(self.w - self.r_margin - tag_width, top)
        self.set_text_color(*tag_colour)
        self.cell(tag_width, size * 0.52, tag, align="R")
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, bottom)
        self.ln(0.6)

    def rule(self) -> None:
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(2)

    # --- tables and pictures --------------------------------------------------------------

    def table_of(
        self,
        headings: list[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float = 9,
        colours: dict[tuple[int, int], Colour] | None = None,
    ) -> None:
        """A table of short cells; `colours` tints cells by (row, column). The headings repeat
        on every page the table spans; long cells are cut short (see `CELL_LIMIT`)."""
        colours = colours or {}
        self.set_font(FAMILY, "", size)
        self.set_draw_color(*RULE)
        self.set_fill_color(255, 255, 255)  # a quote's pale ground must not tint the rows
        style = FontFace(family=FAMILY, emphasis="BOLD", fill_color=PAPER)
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            headings_style=style,
            first_row_as_headings=headings is not None,
            line_height=size * 0.5,
            text_align="LEFT",
            v_align=VAlign.T,
            padding=(1.3, 1.6),
            borders_layout="HORIZONTAL_LINES",
            cell_fill_mode=TableCellFillMode.NONE,
            repeat_headings=1,
        ) as table:
            if headings is not None:
                table.row(headings)
            for r, row in enumerate(rows):
                cells = table.row()
                for c, text in enumerate(row):
                    colour = colours.get((r, c))
                    cells.cell(clipped(text), style=FontFace(color=colour) if colour else None)
        self.ln(3)

    def facts(self, rows: Sequence[tuple[str, str]], size: float = 9.5) -> None:
        """Names and values, as a two-column table without headings."""
        self.table_of(None, [[name, value] for name, value in rows], (44, self.epw - 44), size)

    def svg(self, svg: str) -> None:
        """A chart drawn as SVG, across the text width, kept whole on one page."""
        found = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
        assert found, "a chart states its size"
        svg = SVG_TEXT.sub(lambda text: text[1] + self._svg_runs(text[2]) + text[3], svg)
        height = self.epw * float(found[2]) / float(found[1])
        if self.will_page_break(height + 2):
            self.add_page()
        self.image(io.BytesIO(svg.encode("utf-8")), w=self.epw, h=height)
        self.ln(3)

    def _svg_runs(self, escaped: str) -> str:
        """A chart's text, the characters NanumGothic lacks set in the fallback font: an SVG
        text has one font, not fpdf2's fallback."""
        text = printable(html.unescape(escaped), self._glyphs)
        parts = []
        for own, chars in itertools.groupby(text, lambda char: ord(char) in self._own_glyphs):
            run = html.escape("".join(chars), quote=False)
            parts.append(run if own else f'<tspan font-family="{FALLBACK}">{run}</tspan>')
        return "".join(parts)

    def save(self, path: Path | str) -> None:
        """Write the document to `path` whole, or say plainly why it cannot be."""
        document = bytes(self.output())
        lost = {c for font in self.fonts.values() for c in getattr(font, "missing_glyphs", ())}
        if lost:  # set by a way round `normalize_text`, if one is ever taken
            listed = ", ".join(f"U+{c:04X}" for c in sorted(lost))
            warnings.warn(f"{path} lacks the glyphs of {listed}", UnprintableText, stacklevel=2)
        write_whole(path, document)
