"""Benchmarks of the after-action report: the time per 1,000 events of folding the log into the
report's data and of writing it as HTML and as a PDF, for a short game and a long one measured
in the same run; and what embedding its fonts in the HTML costs, in English and Korean."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from wargame.autoplay import play
from wargame.events import ObservationModel
from wargame.replay import new_game
from wargame.report import build_report, report_html
from wargame.report_fonts import font_faces
from wargame.report_pdf import write_pdf
from wargame.scenario_file import load_scenario
from wargame.store import GameFile


def _seconds(work: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _game(path: Path, turns: int, edits_per_turn: int) -> int:
    """A bot game of `turns` turns with a busy white cell and a hot wash; its event count."""
    scenario = load_scenario().model_copy(update={"turns": turns})
    inject = scenario.injects[0].id
    game_file, game = new_game(path, scenario, 7)
    with game_file:
        while not game.state.ended:
            for _ in range(edits_per_turn):
                game.edit_inject(inject, "Revised title", "Revised text", None)
                game.undo()
            play(game, scenario.actor_ids, turns=1)
        for n in range(20):
            kind = "strength" if n % 2 else "improvement"
            game.record_observation(ObservationModel(text=f"Observation {n}", kind=kind))
        return game.state.seq


def _per_thousand(path: Path, events: int) -> tuple[float, float, float]:
    with GameFile.open(path) as game_file:
        build = _seconds(lambda: build_report(game_file))
        report = build_report(game_file)
    html = _seconds(lambda: report_html(report))
    pdf = _seconds(lambda: write_pdf(report, path.with_suffix(".pdf")), repeats=2)
    per_thousand = 1000 / events * 1000  # seconds to milliseconds, per 1,000 events
    return build * per_thousand, html * per_thousand, pdf * per_thousand


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        measured = []
        for name, turns, edits in (("10-turn", 10, 0), ("40-turn", 40, 100)):
            path = Path(folder) / f"{name}.wargame"
            events = _game(path, turns, edits)
            build, html, pdf = _per_thousand(path, events)
            measured.append(build + html + pdf)
            lines.append(
                f"report of a {name} game of {events} events, per 1,000 events: read the log "
                f"{build:.0f} ms, HTML {html:.0f} ms, PDF {pdf:.0f} ms"
            )
            if name == "10-turn":
                lines += _fonts(path)
        lines.append(
            f"per-1,000-event time, long game / short game: {measured[1] / measured[0]:.2f}x"
        )
    return lines


FONT_GOAL_SECONDS = 3.0
"""Cutting the fonts to a page's characters runs on the export's worker thread; it should not
keep the facilitator waiting longer than the PDF does."""


def _fonts(path: Path) -> list[str]:
    lines = []
    with GameFile.open(path) as game_file:
        for language in ("en", "ko"):
            page = report_html(build_report(game_file, language))
            characters = set(page)
            seconds = _seconds(partial(font_faces, characters), repeats=2)
            size = len(font_faces(characters).encode()) / 1024
            lines.append(
                f"HTML fonts ({language}, {len(characters)} characters): {size:.0f} KiB "
                f"of a {len(page.encode()) / 1024:.0f} KiB page, cut in {seconds:.2f} s "
                f"(goal {FONT_GOAL_SECONDS:.0f} s)"
            )
    return lines
