"""The seat handouts and the facilitator script as PDFs, in the house style of
`wargame.pdf_document`."""

from __future__ import annotations

from pathlib import Path

from wargame.handouts import FacilitatorScript, ScriptInject, SeatHandout
from wargame.pdf_document import MUTED, RED, Document
from wargame.report_pdf import guidance_block


def write_handout_pdf(handout: SeatHandout, path: Path | str) -> None:
    """Write one seat's handout as a PDF at `path`."""
    w = handout.words
    pdf = Document(
        w["handout_title"],
        handout.title,
        w["handout_handling"].replace("{seat}", handout.seat),
        w["page"],
        handout.language,
    )
    pdf.cover(w["your_seat"].replace("{seat}", handout.seat), w["handout_note"])
    pdf.paragraph(handout.situation, 10.5, after=3)
    pdf.facts(handout.facts)
    pdf.section(w["brief"])
    pdf.paragraph(handout.brief, 10.5, after=3)
    if handout.exercise_objectives:
        pdf.subheading(w["exercise_objectives"])
        pdf.bullets(handout.exercise_objectives)
    pdf.subheading(w["your_objectives"])
    pdf.bullets(handout.objectives, 10)
    pdf.subheading(w["your_red_lines"])
    pdf.bullets(handout.red_lines, 10)
    pdf.paragraph(w["red_lines_note"], 8.5, MUTED)
    pdf.subheading(w["your_standing"], keep=60)
    pdf.table_of([w["indicator"], w["value"]], [*handout.indicators, *handout.relations], (90, 30))
    pdf.section(w["your_actions"])
    pdf.paragraph(w["actions_note"].replace("{moves}", str(handout.moves_per_turn)), 9, MUTED)
    for action in handout.actions:
        pdf.tagged_line(action.name, action.category, MUTED, 10)
        pdf.paragraph(action.description, 9, after=0.5)
        if action.targets:
            pdf.paragraph(f"{w['aimed_at']}: {action.targets}", 8.5, MUTED)
        pdf.ln(1.5)
    pdf.section(w["rules"])
    pdf.bullets(handout.rules)
    pdf.subheading(w["assumptions"])
    pdf.bullets(handout.assumptions)
    _sources(pdf, handout.sources, w)
    pdf.save(path)


def _sources(pdf: Document, sources: list[tuple[str, str, str]], w: dict[str, str]) -> None:
    if not sources:
        return
    pdf.subheading(w["exercise_sources"], keep=50)
    pdf.paragraph(w["exercise_sources_note"], 8.5, MUTED)
    pdf.table_of(
        [w["seed_file"], w["title"], w["events"]],
        [list(source) for source in sources],
        (46, pdf.epw - 76, 30),
        8.5,
    )


def write_script_pdf(script: FacilitatorScript, path: Path | str) -> None:
    """Write the facilitator's script as a PDF at `path`."""
    w = script.words
    pdf = Document(
        w["script_title"], script.title, w["script_handling"], w["page"], script.language
    )
    pdf.cover(note=w["script_note"])
    pdf.facts(script.facts)
    if script.exercise_objectives:
        pdf.subheading(w["exercise_objectives"])
        pdf.bullets(script.exercise_objectives)
    pdf.subheading(w["running_order"])
    pdf.bullets(script.running_order)
    pdf.contents(w["contents"], 4 + len(script.turns))
    pdf.section(w["turn_plan"])
    for turn in script.turns:
        heading = w["script_turn"].replace("{turn}", str(turn.number))
        pdf.subheading(heading.replace("{date}", turn.date), listed=True, keep=40)
        if not turn.injects:
            pdf.paragraph(w["nothing_scheduled"], 9, MUTED)
        for inject in turn.injects:
            _inject(pdf, inject, w)
        pdf.rule()
    pdf.section(w["triggered"])
    pdf.paragraph(w["triggered_note"], 9, MUTED)
    for inject in script.triggered:
        _inject(pdf, inject, w)
    pdf.section(w["all_red_lines"])
    pdf.table_of(
        [w["seat"], w["red_line"], w["when"]],
        [list(line) for line in script.red_lines],
        (28, 72, pdf.epw - 100),
        8.5,
    )
    pdf.section(w["endings"], new_page=False)
    for name, meaning, when in script.endings:
        pdf.paragraph(name, 10, bold=True, after=0.5)
        if meaning:
            pdf.paragraph(meaning, 9, after=0.5)
        pdf.labelled(w["when"], when, 8.5, MUTED)
        pdf.ln(1)
    pdf.save(path)


def _inject(pdf: Document, inject: ScriptInject, w: dict[str, str]) -> None:
    private = w["private_to"].replace("{audience}", inject.audience) if inject.audience else ""
    pdf.tagged_line(
        f"[{inject.id}] {inject.title}", private or w["everyone"], RED if private else MUTED, 10
    )
    marks = [inject.date] if inject.date else []
    if inject.guidance.basis:
        marks.append(f"{w['basis']}: {inject.guidance.basis}")
    if marks:
        pdf.paragraph(" · ".join(marks), 8, MUTED, after=0.6)
    if inject.when:
        pdf.labelled(w["when"], inject.when, 8.5, RED)
    pdf.paragraph(inject.body, 9, after=1)
    pdf.labelled(w["effects"], "; ".join(inject.effects) or w["no_effects"], 8.5, indent=4)
    guidance_block(pdf, inject.guidance, w)
    if inject.watch:
        pdf.paragraph(w["watch"], 8.5, bold=True, indent=4, after=0.3)
        pdf.bullets(inject.watch, 8.5, indent=6)
    pdf.ln(1.5)
