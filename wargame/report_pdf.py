"""The after-action report as a PDF, in the house style of `wargame.pdf_document`: a cover with
the overview, a contents page, then the sections of an HSEEP After-Action Report / Improvement
Plan. Typed text (arguments, reasons, observations) flows as paragraphs, so any length prints
whole; only short cells go in tables."""

from __future__ import annotations

from pathlib import Path

from wargame.inject_guidance import Guidance
from wargame.pdf_document import GREEN, MUTED, RED, Colour, Document
from wargame.report import IncidentLine, InjectLine, Note, Progress, Report, SeatMove, Turn


def write_pdf(report: Report, path: Path | str, progress: Progress | None = None) -> None:
    """Write `report` as a PDF at `path`; `progress` hears how many turns are laid out."""
    w = report.words
    pdf = Document(w["report_title"], report.subtitle, w["handling"], w["page"], report.language)
    _cover(pdf, report)
    sections = 9 + bool(report.exercise_objectives) + bool(report.calibration)
    pdf.contents(w["contents"], sections + len(report.turns))
    _summary(pdf, report)
    if report.exercise_objectives:
        _analysis(pdf, report)
    _objectives(pdf, report)
    pdf.section(w["timeline"])
    for done, turn in enumerate(report.turns, 1):
        _turn(pdf, turn, w)
        if progress is not None:
            progress(done, len(report.turns))
    _charts(pdf, report)
    _hot_wash(pdf, report)
    _calibration(pdf, report)
    _plan(pdf, report)
    _participants(pdf, report)
    _sources(pdf, report)
    pdf.save(path)


def _cover(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.cover(note=w["handling_note"])
    pdf.subheading(w["overview"])
    pdf.facts(report.facts)
    pdf.subheading(w["ending"], keep=30)
    pdf.paragraph(report.ending, 12, bold=True, after=0.5)
    if report.ending_text:
        pdf.paragraph(report.ending_text, 10)
    pdf.subheading(w["at_a_glance"])
    pdf.facts(report.glance)


def _objectives(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["objectives"])
    for seat in report.seats:
        pdf.subheading(f"{seat.name} ({seat.player})", keep=40)
        rows = [
            [text, w["yes"] if met else w["no"], str(held)] for text, met, held in seat.objectives
        ]
        colours: dict[tuple[int, int], Colour] = {
            (r, 1): GREEN if met else RED for r, (_, met, _) in enumerate(seat.objectives)
        }
        rows += [[f"{w['red_line']}: {text}", "", str(crossed)] for text, crossed in seat.red_lines]
        colours.update(
            {
                (len(seat.objectives) + r, 2): RED
                for r, (_, crossed) in enumerate(seat.red_lines)
                if crossed
            }
        )
        heads = [w["objective"], w["met_at_end"], f"{w['turns_held']} / {w['turns_crossed']}"]
        pdf.table_of(heads, rows, (110, 26, pdf.epw - 136), colours=colours)


def _turn(pdf: Document, turn: Turn, w: dict[str, str]) -> None:
    heading = w["turn_heading"].replace("{turn}", str(turn.number)).replace("{date}", turn.date)
    pdf.subheading(heading, listed=True, keep=40)
    ended = w["turn_ended_at"].replace("{level}", turn.escalation)
    if turn.blocs:
        ended += " · " + w["blocs_ended_at"].replace("{level}", turn.blocs)
    pdf.paragraph(ended, 9, MUTED)
    pdf.minor_heading(w["injects"])
    if not turn.injects:
        pdf.paragraph(w["no_injects"], 9, MUTED)
    for inject in turn.injects:
        _inject(pdf, inject, w)
    pdf.minor_heading(w["moves"])
    if not turn.moves:
        pdf.paragraph(w["no_decisions"], 9, MUTED)
    for move in turn.moves:
        _move(pdf, move, w)
    if turn.incident:
        _incident(pdf, turn.incident, w)
    if turn.red_lines:
        pdf.minor_heading(w["red_lines_crossed"])
        pdf.bullets(turn.red_lines, 8.5)
    if turn.white_cell:
        pdf.minor_heading(w["white_cell"])
        pdf.bullets(turn.white_cell, 8.5)
    pdf.rule()


def _incident(pdf: Document, check: IncidentLine, w: dict[str, str]) -> None:
    pdf.minor_heading(w["incident_check"])
    verdict = w["incident"] if check.happened else w["no_incident"]
    tag = " · ".join(x for x in (check.probability, check.roll, verdict) if x)
    pdf.tagged_line(check.name, tag, RED if check.happened else GREEN, 9, indent=4)
    pdf.paragraph(check.rationale, 8, MUTED, indent=8, after=0.8)
    if check.raised_by:
        pdf.labelled(w["raised_by"], check.raised_by, 8.5, indent=8)
    if check.override_reason:
        proposed = w["incident"] if check.proposed else w["no_incident"]
        pdf.paragraph(w["overridden"].replace("{verdict}", proposed), 8, RED, indent=8, after=0.4)
        pdf.labelled(check.override_label, check.override_reason, 8.5, indent=8)


def _inject(pdf: Document, inject: InjectLine, w: dict[str, str]) -> None:
    private = w["private_to"].replace("{audience}", inject.audience) if inject.audience else ""
    tag = private or w["everyone"]
    pdf.tagged_line(f"[{inject.id}] {inject.title}", tag, RED if private else MUTED, 9.5)
    marks = [inject.released_by]
    if inject.adhoc:
        marks.append(w["adhoc"])
    if inject.edited:
        marks.append(w["edited"])
    if inject.guidance and inject.guidance.basis:
        marks.append(f"{w['basis']}: {inject.guidance.basis}")
    pdf.paragraph(" · ".join(marks), 8, MUTED, after=0.6)
    pdf.paragraph(inject.body, 9, after=1.5)
    if inject.effects:
        pdf.labelled(w["effects"], "; ".join(inject.effects), 8.5)
    if inject.guidance and inject.guidance.for_the_facilitator:
        guidance_block(pdf, inject.guidance, w)


def guidance_block(pdf: Document, guidance: Guidance, w: dict[str, str], indent: float = 4) -> None:
    """What the MSEL tells the facilitator about an inject, where it says anything."""
    if guidance.notes:
        pdf.labelled(w["notes"], guidance.notes, 8.5, indent=indent)
    for label, items in (
        (w["expected_actions"], guidance.expected_actions),
        (w["discussion_questions"], guidance.discussion_questions),
        (w["serves"], guidance.objectives),
    ):
        if items:
            pdf.labelled(label, " · ".join(items), 8.5, indent=indent)
    pdf.ln(1)


def _move(pdf: Document, move: SeatMove, w: dict[str, str]) -> None:
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.paragraph(move.seat, 10, bold=True, after=0.6)
    if move.note:
        pdf.paragraph(move.note, 8.5, MUTED, indent=4, after=0.6)
    if move.argument:
        pdf.paragraph(w["argument"], 8, MUTED, bold=True, indent=4, after=0.3)
        pdf.quote(move.argument, 8.5, indent=4)
    if move.rating:
        pdf.labelled(w["argument_rating"], move.rating, 8.5, indent=4)
    for turned in move.turned_down:
        pdf.labelled(w["turned_down"], turned, 8.5, indent=4)
    if not move.decisions and not move.note and not move.turned_down:
        pdf.paragraph(w["no_action"], 8.5, MUTED, indent=4)
    for d in move.decisions:
        verdict = w["success"] if d.success else w["failure"]
        tag = " · ".join(x for x in (d.probability, d.roll, verdict) if x)
        what = d.action + (f" → {d.target}" if d.target else "")
        pdf.tagged_line(what, tag, GREEN if d.success else RED, 9, indent=4)
        pdf.paragraph(d.rationale, 8, MUTED, indent=8, after=0.8)
        if d.free_argument:
            pdf.labelled(w["free_argument"], d.free_argument, 8.5, indent=8)
        if d.override_reason:
            proposed = w["success"] if d.proposed else w["failure"]
            overridden = w["overridden"].replace("{verdict}", proposed)
            pdf.paragraph(overridden, 8, RED, indent=8, after=0.4)
            pdf.labelled(d.override_label, d.override_reason, 8.5, indent=8)
        if d.estimates:
            pdf.labelled(w["room_odds"], d.estimates, 8.5, indent=8)
        for said in d.counter_arguments:
            pdf.labelled(w["counter_arguments"], said, 8.5, indent=8)
    pdf.ln(1.5)


def _charts(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["charts"])
    escalation, *others = report.charts
    pdf.svg(escalation)
    for chart in others:
        pdf.svg(chart)


def _notes(pdf: Document, notes: list[Note], w: dict[str, str]) -> None:
    if not notes:
        pdf.paragraph(w["none_noted"], 9, MUTED)
    for note in notes:
        pdf.paragraph(f"{note.number}. {note.text}", 10, after=0.4)
        if note.about:
            pdf.paragraph(f"{w['about']}: {note.about}", 8.5, MUTED, indent=4)
        pdf.ln(1)


def _hot_wash(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["hot_wash"])
    pdf.paragraph(w["other_observations"], 9, MUTED)
    for title, notes in (
        (w["strengths"], report.strengths),
        (w["improvements"], report.improvements),
    ):
        pdf.subheading(title)
        _notes(pdf, notes, w)
    if report.notes:
        pdf.subheading(w["working_notes"])
        _notes(pdf, report.notes, w)


def _summary(pdf: Document, report: Report) -> None:
    """The executive summary: what was tested and how it went, on a page."""
    w, summary = report.words, report.summary
    assert summary is not None
    pdf.section(w["executive_summary"])
    if summary.scope:
        pdf.paragraph(summary.scope, 10)
    if summary.tested:
        pdf.subheading(w["tested"])
        pdf.table_of([w["objective"], w["rating"]], summary.tested, (128, pdf.epw - 128))
    pdf.subheading(w["ending"], keep=20)
    pdf.paragraph(report.ending, 10, bold=True)
    for title, items in (
        (w["major_strengths"], summary.strengths),
        (w["major_improvements"], summary.improvements),
    ):
        pdf.subheading(title, keep=20)
        pdf.bullets(items or [w["none_noted"]], 9.5)


def _analysis(pdf: Document, report: Report) -> None:
    """Each exercise objective with its rating and what was observed of it."""
    w = report.words
    pdf.section(w["analysis"])
    pdf.paragraph(w["analysis_note"], 8.5, MUTED)
    for o in report.exercise_objectives:
        # Typed at any length, so set as a paragraph, flush left, not as a justified heading.
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.ln(2)
        pdf.paragraph(f"{o.rating} · {o.text}" if o.rating else o.text, 11, bold=True)
        pdf.labelled(w["rating"], o.rating_words, 9)
        pdf.labelled(w["served_by"], o.injects, 9)
        for title, notes in ((w["strengths"], o.strengths), (w["improvements"], o.improvements)):
            pdf.minor_heading(title)
            _notes(pdf, notes, w)


PLAN_WIDTHS = (20, 28, 28, 16, 20, 18, 19, 19)
"""The Improvement Plan's eight HSEEP columns across the page, in mm (A4, the margins off)."""


def _plan(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["plan"])
    pdf.paragraph(w["plan_columns_note"], 9, MUTED)
    heads = [
        w["objective_capability"], w["issue"], w["corrective_action"], w["capability_element"],
        w["primary_organisation"], w["point_of_contact"], w["start_date"], w["completion_date"],
    ]  # fmt: skip
    rows = [
        [r.objective, r.issue, r.corrective_action, r.capability_element, r.organisation,
         r.point_of_contact, r.start, r.completion]
        for r in report.plan
    ]  # fmt: skip
    pdf.table_of(heads, rows or [[""] * len(heads)], PLAN_WIDTHS, 7.5)


def _participants(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["participants"])
    rows = []
    for seat, people in report.participants:
        rows += [
            [seat if n == 0 else "", p.name, p.organisation, p.role] for n, p in enumerate(people)
        ]
        if not people:
            rows.append([seat, w["nobody_named"], "", ""])
    for n, p in enumerate(report.evaluators):
        rows.append([w["evaluators"] if n == 0 else "", p.name, p.organisation, p.role])
    pdf.table_of(
        [w["seat"], w["name"], w["organisation"], w["role"]], rows, (36, 50, 50, pdf.epw - 136)
    )


def _calibration(pdf: Document, report: Report) -> None:
    """The room's odds scored against what happened, beside the model's, and the plot."""
    scored = report.calibration
    if scored is None:
        return
    w = report.words
    pdf.section(w["calibration"])
    pdf.paragraph(w["calibration_note"], 9, MUTED)
    pdf.table_of(
        [
            w["calibration_who"],
            w["calibration_count"],
            w["calibration_brier"],
            w["calibration_reliability"],
            w["calibration_resolution"],
            w["calibration_uncertainty"],
            w["calibration_model_same"],
        ],
        [
            [
                row.who,
                str(row.count),
                row.brier,
                row.reliability,
                row.resolution,
                row.uncertainty,
                row.model_brier,
            ]
            for row in scored.rows
        ],
        (pdf.epw - 150, 20, 20, 25, 25, 27, 33),
    )
    pdf.paragraph(w["calibration_model_overall"].replace("{brier}", scored.model_overall), 9)
    pdf.svg(scored.chart)


def _sources(pdf: Document, report: Report) -> None:
    w = report.words
    pdf.section(w["sources"])
    pdf.paragraph(w["sources_note"], 9, MUTED)
    if not report.sources:
        pdf.paragraph(w["no_sources"], 9, MUTED)
    else:
        pdf.subheading(w["articles"])
        pdf.table_of([w["seed_file"], w["title"]], report.articles, (50, pdf.epw - 50), 8.5)
        pdf.subheading(w["cited_by_inject"])
        pdf.table_of(
            [w["inject"], w["seed_file"], w["events"]],
            [[f"[{c.inject}] {c.title}", c.seed, c.events] for c in report.sources],
            (90, 50, pdf.epw - 140),
            8.5,
        )
    pdf.paragraph(w["made_by"], 8, MUTED)
