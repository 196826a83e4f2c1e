"""The after-action report as a PDF, drawn with fpdf2 in the core, so the `wargame` command makes
it on any machine, with no display and no Qt: A4 pages, a running header, page numbers, tables
that carry their headings across page breaks, charts from the same SVG as the HTML, and a
bundled Korean font (NanumGothic, OFL) for both languages."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode, VAlign

from wargame.errors import UserError
from wargame.report import Decision, Report

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
# Subsetting the font leaves out its hinting tables and says so for each; that is expected.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
FAMILY = "NanumGothic"
INK, MUTED, RULE, PAPER = (31, 41, 51), (107, 114, 128), (213, 217, 222), (238, 241, 244)
GREEN, RED = (46, 125, 79), (138, 59, 59)


class _Document(FPDF):
    def __init__(self, report: Report) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.report = report
        self.add_font(FAMILY, "", str(FONTS / "NanumGothic.ttf"))
        self.add_font(FAMILY, "B", str(FONTS / "NanumGothicBold.ttf"))
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_title(f"{report.title} — {report.subtitle}")
        self.set_creator("Peninsula")
        self.set_lang("ko" if report.language == "ko" else "en")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 6, f"{self.report.title} · {self.report.subtitle}", align="L")
        self.ln(8)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(*INK)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*MUTED)
        words = self.report.words["page"]
        page = words.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
        self.cell(0, 6, page, align="C")
        self.set_text_color(*INK)

    # --- pieces ---------------------------------------------------------------------------

    def heading(self, text: str, new_page: bool = True) -> None:
        if new_page:
            self.add_page()
        self.set_font(FAMILY, "B", 15)
        self.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)

    def subheading(self, text: str) -> None:
        if self.will_page_break(22):
            self.add_page()
        self.ln(2)
        self.set_font(FAMILY, "B", 11.5)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def paragraph(self, text: str, size: float = 10, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(FAMILY, "", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(1)

    def table_of(
        self,
        headings: list[str] | None,
        rows: list[list[str]],
        widths: tuple[int, ...],
        size: float = 9,
        outcome_column: int | None = None,
    ) -> None:
        """A table whose headings (if any) repeat on every page it spans; the cells of
        `outcome_column` are coloured by success (green) or failure (red)."""
        self.set_font(FAMILY, "", size)
        style = FontFace(family=FAMILY, emphasis="BOLD", fill_color=PAPER)
        with self.table(
            col_widths=widths,
            headings_style=style,
            first_row_as_headings=headings is not None,
            line_height=size * 0.5,
            text_align="LEFT",
            v_align=VAlign.T,
            padding=1.4,
            borders_layout="HORIZONTAL_LINES",
            cell_fill_mode=TableCellFillMode.NONE,
            repeat_headings=1,
        ) as table:
            if headings is not None:
                table.row(headings)
            for row in rows:
                cells = table.row()
                for index, text in enumerate(row):
                    colour = None
                    if index == outcome_column:
                        colour = GREEN if text.startswith(self.report.words["success"]) else RED
                    cells.cell(text, style=FontFace(color=colour) if colour else None)
        self.ln(2)


def write_pdf(report: Report, path: Path | str) -> None:
    """Write `report` as a PDF at `path`."""
    pdf = _Document(report)
    w = report.words
    _cover(pdf, report)
    pdf.heading(w["objectives"])
    for seat in report.seats:
        pdf.subheading(f"{seat.name} ({seat.player})")
        rows = [
            [text, w["yes"] if met else w["no"], str(held)] for text, met, held in seat.objectives
        ]
        rows += [
            [f"{w['red_line']}: {text}", "", f"{w['turns_crossed']}: {crossed}"]
            for text, crossed in seat.red_lines
        ]
        pdf.table_of([w["objective"], w["met_at_end"], w["turns_held"]], rows, (120, 30, 30))
    pdf.heading(w["timeline"])
    for turn in report.turns:
        heading = (
            w["turn_heading"]
            .replace("{turn}", str(turn.number))
            .replace("{date}", turn.date)
            .replace("{level}", turn.escalation)
        )
        pdf.subheading(heading)
        for inject in turn.injects:
            title = f"[{inject.id}] {inject.title}" + (f" ({w['adhoc']})" if inject.adhoc else "")
            pdf.set_font(FAMILY, "B", 9.5)
            pdf.multi_cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
            if inject.audience:
                pdf.paragraph(w["private_to"].replace("{audience}", inject.audience), 8.5, RED)
            pdf.paragraph(inject.body, 9)
        if not turn.injects:
            pdf.paragraph(w["no_injects"], 9, MUTED)
        if turn.decisions:
            pdf.table_of(
                [w["action"], w["odds"], w["roll"], w["outcome"]],
                [_decision_row(d, w) for d in turn.decisions],
                (118, 18, 16, 28),
                8.5,
                outcome_column=3,
            )
        else:
            pdf.paragraph(w["no_decisions"], 9, MUTED)
    pdf.heading(w["charts"])
    for chart in report.charts:
        if pdf.will_page_break(80):
            pdf.add_page()
        pdf.image(io.BytesIO(chart.encode("utf-8")), w=pdf.epw)
        pdf.ln(3)
    pdf.subheading(w["relations"])
    pdf.table_of(
        [w["pair"], w["start"], w["end"]],
        [[name, f"{start:+d}", f"{end:+d}"] for name, start, end in report.relations],
        (120, 30, 30),
    )
    _hot_wash(pdf, report)
    pdf.heading(w["sources"])
    pdf.paragraph(w["sources_note"], 9, MUTED)
    pdf.table_of(
        [w["inject"], w["seed_file"], w["events"]],
        [
            [f"[{c.inject}] {c.title}", f"{c.seed}\n{c.seed_title}".strip(), c.events]
            for c in report.sources
        ],
        (88, 70, 22),
        8.5,
    )
    pdf.paragraph(w["made_by"], 8, MUTED)
    try:
        pdf.output(str(path))
    except OSError as error:
        raise UserError(f"The report cannot be written to {path}: {error.strerror}.") from None


def _cover(pdf: _Document, report: Report) -> None:
    w = report.words
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font(FAMILY, "", 11)
    pdf.set_text_color(*MUTED)
    pdf.cell(0, 8, report.title.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*INK)
    pdf.set_font(FAMILY, "B", 22)
    pdf.multi_cell(0, 11, report.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(10)
    pdf.heading(w["overview"], new_page=False)
    pdf.table_of(None, [[name, value] for name, value in report.facts], (45, 135), 9.5)
    pdf.subheading(w["ending"])
    pdf.set_font(FAMILY, "B", 11)
    pdf.multi_cell(0, 6, report.ending, new_x="LMARGIN", new_y="NEXT")
    if report.ending_text:
        pdf.paragraph(report.ending_text, 10)


def _decision_row(d: Decision, w: dict[str, str]) -> list[str]:
    what = f"{d.actor}: {d.action}" + (f" → {d.target}" if d.target else "")
    lines = [what, d.rationale]
    if d.argument:
        lines.append(f"{w['argument']}: {d.argument}")
    if d.override_reason:
        lines.append(f"{w['override_reason']}: {d.override_reason}")
    outcome = w["success"] if d.success else w["failure"]
    if d.override_reason:
        outcome += f"\n({w['overridden']})"
    return ["\n".join(lines), f"{d.probability:.0%}", f"{d.roll:.2f}", outcome]


def _hot_wash(pdf: _Document, report: Report) -> None:
    w = report.words
    pdf.heading(w["hot_wash"])
    for title, notes in (
        (w["strengths"], report.strengths),
        (w["improvements"], report.improvements),
    ):
        pdf.subheading(title)
        if not notes:
            pdf.paragraph(w["none_noted"], 9, MUTED)
        for note in notes:
            pdf.paragraph(note.text, 10)
            if note.about:
                pdf.paragraph(f"{w['about']}: {note.about}", 8.5, MUTED)
    pdf.subheading(w["plan"])
    pdf.paragraph(w["plan_note"], 9, MUTED)
    pdf.table_of(
        [w["area"], w["about"], w["corrective_action"], w["owner"], w["due"]],
        [[note.text, note.about, "", "", ""] for note in report.improvements] or [[""] * 5],
        (60, 40, 40, 22, 18),
    )
