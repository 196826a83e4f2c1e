"""The after-action report: built from the log without changing the game file, citing the
sources, escaping whatever anyone typed, one self-contained HTML page and a paged PDF."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import mini_scenario, mini_scenario_data, steps_until
from pypdf import PdfReader

from wargame.autoplay import play, submit_bot_moves
from wargame.engine import MAX_ARGUMENT, MAX_TEXT
from wargame.errors import UserError
from wargame.events import ObservationModel
from wargame.file_output import write_whole
from wargame.replay import new_game, state_at
from wargame.report import build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.state import ChosenAction, Phase
from wargame.store import GameFile

ROOT = Path(__file__).resolve().parents[1]
MARKUP = '<i>Hostile</i><img src="http://example.org/x.png">'


@pytest.fixture(scope="module")
def game_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A korea-2025 game with typed text everywhere: arguments, an ad hoc inject, an override
    reason and hot-wash observations, each carrying markup."""
    path = tmp_path_factory.mktemp("report") / "exercise.wargame"
    scenario = load_scenario()
    game_file, game = new_game(path, scenario, seed=5, humans={"seoul": "1234"})
    with game_file:
        game.add_inject(f"Ad hoc {MARKUP}", f"Said in the room {MARKUP}", None)
        first_seoul_action = scenario.actor("seoul").actions[0]
        for _ in steps_until(lambda: game.state.ended, scenario):
            if game.state.phase is Phase.DELIBERATION:
                target = first_seoul_action.targets[0] if first_seoul_action.targets else None
                game.submit_move(
                    "seoul", [ChosenAction(first_seoul_action.id, target)], f"Seoul {MARKUP}"
                )
                submit_bot_moves(game, scenario.actor_ids)
            if game.state.phase is Phase.ADJUDICATION and game.state.turn == 2:
                first = game.state.adjudications[0]
                game.override(first.id, not first.success, f"The room {MARKUP}")
            game.advance(force=True)
        game.record_observation(ObservationModel(text=f"Strong {MARKUP}", kind="strength"))
        game.record_observation(
            ObservationModel(text=f"Weak {MARKUP}", kind="improvement", seats=["seoul"], turn=2)
        )
    return path


def _fingerprint(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def test_the_html_report_escapes_typed_text_and_stands_alone(game_path: Path) -> None:
    with GameFile.open(game_path) as game_file:
        html = report_html(build_report(game_file))
    assert "&lt;i&gt;Hostile&lt;/i&gt;" in html
    assert "<i>Hostile</i>" not in html and 'src="http://example.org' not in html
    for text in ("Ad hoc", "Said in the room", "Seoul &lt;i&gt;", "The room", "Strong", "Weak"):
        assert text in html
    assert not re.search(r'(src|href)="(https?:)?//', html), "nothing is fetched from elsewhere"
    assert "<script" not in html and "<link" not in html
    assert html.count("<svg") >= 1 + len(load_scenario().indicators)


def test_the_report_cites_the_seed_behind_every_released_inject(game_path: Path) -> None:
    scenario = load_scenario()
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file)
        released = set(state_at(game_file).released)
    cited = {(c.inject, c.seed, c.events) for c in report.sources}
    for inject in scenario.injects:
        if inject.id in released:
            for source in inject.sources:
                assert (inject.id, source.seed, ", ".join(source.events)) in cited
    assert released and all(c.seed_title for c in report.sources)


def test_the_reports_in_game_dates_take_in_every_turn_played_and_released_inject(
    game_path: Path,
) -> None:
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file)
        state = state_at(game_file)
    span = dict(report.facts)[report.words["in_game_dates"]]
    first, last = (date.fromisoformat(day) for day in span.split(" – "))
    dates = (state.injects[i].date for i in state.released)
    dated = [date.fromisoformat(day) for day in dates if day]
    assert dated and all(first <= day <= last for day in dated)
    assert last == state.scenario.date_of_turn(state.turn + 1) - timedelta(days=1)


def test_the_report_shows_each_injects_basis_and_the_exercise_objectives(
    game_path: Path,
) -> None:
    scenario = load_scenario()
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file)
        html = report_html(report)
    planned = [i for t in report.turns for i in t.injects if not i.adhoc]
    assert planned and all(i.guidance and i.guidance.basis for i in planned)
    assert "Basis: Reported" in html
    assert [o.text for o in report.exercise_objectives] == [
        o.text for o in scenario.exercise_objectives
    ]
    assert "Examine how allies coordinate their signals" in html


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_pdf_report_has_pages_headers_numbers_and_its_language(
    game_path: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"report-{language}.pdf"
    with GameFile.open(game_path) as game_file:
        write_pdf(build_report(game_file, language), out)
    pages = PdfReader(out).pages
    assert len(pages) > 5
    text = [page.extract_text() for page in pages]
    heading = "After-Action Report" if language == "en" else "사후 검토 보고서"
    assert all(heading in page for page in text[1:]), "a running header on every page"
    numbered = "Page 3 of" if language == "en" else f"3 / {len(pages)}"
    assert numbered in text[2]
    assert "Hostile" in "".join(text)  # typed text is printed as it was typed
    if language == "ko":
        assert "서울" in "".join(text) and "강점" in "".join(text)


def test_the_report_command_writes_both_and_never_changes_the_game(
    game_path: Path, tmp_path: Path
) -> None:
    before = _fingerprint(game_path)

    def wargame(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wargame.cli", *map(str, args)],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )  # fmt: skip

    done = wargame("report", game_path, "--html", tmp_path / "r.html", "--pdf", tmp_path / "r.pdf")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.html").stat().st_size > 10_000
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert _fingerprint(game_path) == before
    nowhere = wargame("report", game_path, "--pdf", tmp_path / "no" / "such" / "r.pdf")
    assert nowhere.returncode == 2 and "cannot be written" in nowhere.stderr
    missing = wargame("report", tmp_path / "missing.wargame", "--html", tmp_path / "x.html")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "Traceback" not in nowhere.stderr + missing.stderr
    simulated = wargame("simulate", "--runs", "12", "--report", tmp_path / "sim.html")
    assert simulated.returncode == 0, simulated.stderr
    assert (tmp_path / "sim.html").read_text(encoding="utf-8").count("<svg") == 5


def test_a_report_of_a_game_under_way_shows_its_turns_so_far(tmp_path: Path) -> None:
    game_file, game = new_game(tmp_path / "g.wargame", mini_scenario(), seed=2)
    with game_file:
        play(game, game.scenario.actor_ids, turns=2)
    with GameFile.open(tmp_path / "g.wargame") as reader:
        report = build_report(reader)
    assert [t.number for t in report.turns] == [1, 2]
    assert "not ended" in report.ending


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_scenario_text_with_markup_is_escaped_in_the_report(tmp_path: Path) -> None:
    data = mini_scenario_data()
    data["title"] = f"Mini {MARKUP}"
    data["injects"][0]["title"] = f"Public {MARKUP}"
    data["injects"][0]["body"] = f"Everyone sees {MARKUP}"
    data["actors"][0]["objectives"][0]["text"] = f"Keep calm {MARKUP}"
    scenario = Scenario.model_validate(data)
    game_file, game = new_game(tmp_path / "g.wargame", scenario, seed=4)
    with game_file:
        play(game, scenario.actor_ids, turns=1)
        html = report_html(build_report(game_file))
    assert html.count("&lt;i&gt;Hostile&lt;/i&gt;") >= 4
    assert "<i>Hostile</i>" not in html and "<img" not in html


def test_the_longest_typed_texts_print_whole_across_pages(tmp_path: Path) -> None:
    """Arguments, reasons, ad hoc injects and observations at their size limits, one of them
    a single unbroken word, still make a PDF with every text to its last word."""
    scenario = mini_scenario()
    longest = {
        "ARGUMENT-END": MAX_ARGUMENT,
        "REASON-END": MAX_TEXT,
        "INJECT-END": MAX_TEXT,
        "OBSERVATION-END": MAX_TEXT,
    }
    text = {end: "word " * ((size - len(end)) // 5) + end for end, size in longest.items()}
    game_file, game = new_game(tmp_path / "g.wargame", scenario, seed=4)
    with game_file:
        game.add_inject("Long", text["INJECT-END"], None)
        game.advance()
        game.submit_move("seoul", [ChosenAction("act_1")], text["ARGUMENT-END"])
        game.advance(force=True)
        first = game.state.adjudications[0]
        game.override(first.id, not first.success, text["REASON-END"])
        game.advance()
        game.record_observation(
            ObservationModel(text=text["OBSERVATION-END"], kind="improvement", seats=["seoul"])
        )
        game.record_observation(ObservationModel(text="x" * MAX_TEXT, kind="improvement"))
        report = build_report(game_file)
    write_pdf(report, tmp_path / "long.pdf")
    printed = _pdf_text(tmp_path / "long.pdf")
    for end in longest:
        assert end in printed, end
    assert len(PdfReader(tmp_path / "long.pdf").pages) > 6


def test_the_report_is_folded_from_the_log_without_the_snapshots(
    game_path: Path, tmp_path: Path
) -> None:
    bare = tmp_path / game_path.name
    shutil.copy(game_path, bare)
    with sqlite3.connect(bare) as db:
        db.execute("DELETE FROM snapshot")
    assert sqlite3.connect(bare).execute("SELECT count(*) FROM snapshot").fetchone() == (0,)
    with GameFile.open(game_path) as original, GameFile.open(bare) as stripped:
        assert report_html(build_report(stripped)) == report_html(build_report(original))


def test_reading_a_long_log_reports_its_progress_to_the_end(game_path: Path) -> None:
    heard: list[tuple[int, int]] = []
    with GameFile.open(game_path) as game_file:
        build_report(game_file, progress=lambda done, total: heard.append((done, total)))
        events = game_file.last_seq()
    assert heard[-1] == (events, events)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)


def test_each_turn_shows_each_seats_argument_once_with_its_actions(game_path: Path) -> None:
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file, "ko")
    seoul = [m for t in report.turns for m in t.moves if m.seat == "서울"]
    assert seoul and all(m.argument.startswith("Seoul ") for m in seoul)
    assert all(len(m.decisions) == 1 for m in seoul)
    overridden = [d for m in report.turns[1].moves for d in m.decisions if d.override_reason]
    assert len(overridden) == 1 and overridden[0].success != overridden[0].proposed
    interventions = [line for t in report.turns for line in t.white_cell]
    assert any("The room" in line for line in interventions)


def test_a_report_that_cannot_be_written_leaves_nothing_half_written(tmp_path: Path) -> None:
    taken = tmp_path / "report.pdf"
    taken.mkdir()  # a folder stands where the report would go
    with pytest.raises(UserError, match="report.pdf cannot be written"):
        write_whole(taken, b"%PDF-1.7 ...")
    assert taken.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    old = tmp_path / "old.html"
    old.write_text("the older report", encoding="utf-8")
    write_whole(old, b"the new report")
    assert old.read_text(encoding="utf-8") == "the new report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.html", "report.pdf"]


def test_a_document_is_never_written_over_a_game_or_its_journal(
    game_path: Path, tmp_path: Path
) -> None:
    # The last check, as the file is put in place: a game may have taken the name meanwhile.
    game = tmp_path / "report.pdf"
    shutil.copyfile(game_path, game)
    with pytest.raises(UserError, match="report.pdf is a Peninsula game"):
        write_whole(game, b"%PDF-1.7 ...")
    with pytest.raises(UserError, match="is the journal of the game report.pdf"):
        write_whole(tmp_path / "report.pdf-wal", b"%PDF-1.7 ...")
    assert game.read_bytes() == game_path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
