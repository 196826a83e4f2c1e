"""The papers for the room: a seat's handout holds its own brief, objectives and red lines and
nothing of the other seats'; the facilitator's script goes turn by turn through the MSEL; both
print in English and Korean, from the command line, and show the MSEL's guidance for the
facilitator where the scenario gives it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import mini_scenario_data
from pypdf import PdfReader

from wargame.cli import main
from wargame.handouts import facilitator_script, seat_handout
from wargame.handouts_pdf import write_handout_pdf, write_script_pdf
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario

ROOT = Path(__file__).resolve().parents[1]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _wargame(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wargame.cli", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_a_seats_handout_holds_its_own_objectives_and_no_other_seats(tmp_path: Path) -> None:
    scenario = load_scenario()
    out = tmp_path / "seoul.pdf"
    write_handout_pdf(seat_handout(scenario, "seoul"), out)
    text = " ".join(_pdf_text(out).split())
    seoul, pyongyang = scenario.actor("seoul"), scenario.actor("pyongyang")
    for objective in seoul.objectives:
        assert " ".join(objective.text.split()) in text
    for line in (*pyongyang.objectives, *pyongyang.red_lines):
        assert " ".join(line.text.split()) not in text
    assert not any(inject.body[:60] in text for inject in scenario.injects)
    assert "Perfect information" in text, "the artificialities are stated"
    assert "For the Seoul seat only" in text and "Page 2 of" in text


def test_the_script_goes_turn_by_turn_through_every_inject(tmp_path: Path) -> None:
    scenario = load_scenario()
    out = tmp_path / "script.pdf"
    write_script_pdf(facilitator_script(scenario), out)
    text = _pdf_text(out)
    for inject in scenario.injects:
        assert f"[{inject.id}]" in text
    for turn in range(1, scenario.turns + 1):
        assert f"Turn {turn} · opens" in text
    assert "Private to Seoul, Washington" in text
    assert "escalation at least 3 (Coercive pressure)" in " ".join(text.split())
    assert len(PdfReader(out).pages) > 5


def test_the_script_dates_a_triggered_inject_by_the_turn_it_comes_in() -> None:
    scenario = load_scenario()
    script = facilitator_script(scenario)
    triggered = {i.id: i for i in script.triggered}
    talks = triggered["INJ-27"]
    assert talks.date == "" and "It is dated by the turn it is released in." in talks.watch
    assert talks.guidance.basis == "Projection" and talks.guidance.notes
    scheduled = next(i for t in script.turns for i in t.injects if i.id == "INJ-02")
    assert scheduled.date == "2024-10-23" and scheduled.guidance.basis == "Reported"


def test_the_covers_in_game_dates_take_in_the_last_turn_and_every_injects_date() -> None:
    scenario = load_scenario()
    for paper in (facilitator_script(scenario), seat_handout(scenario, "seoul", "ko")):
        span = dict(paper.facts)[paper.words["in_game_dates"]]
        first, last = (date.fromisoformat(day) for day in span.split(" – "))
        assert (first, last) == (date(2024, 10, 14), date(2025, 11, 7))  # turn 10 ends then
        assert all(first <= inject.date <= last for inject in scenario.injects if inject.turn)


def test_handouts_and_scripts_print_in_korean(tmp_path: Path) -> None:
    scenario = load_scenario()
    write_handout_pdf(seat_handout(scenario, "pyongyang", "ko"), tmp_path / "h.pdf")
    write_script_pdf(facilitator_script(scenario, "ko"), tmp_path / "s.pdf")
    handout, script = _pdf_text(tmp_path / "h.pdf"), _pdf_text(tmp_path / "s.pdf")
    assert "평양 참가석 전용" in handout and scenario.actor("pyongyang").objectives[0].text_ko
    assert (scenario.actor("pyongyang").objectives[0].text_ko or "")[:8] in handout
    assert "진행자 대본" in script and "1턴" in script


def test_the_msels_guidance_reaches_the_script_and_stays_out_of_the_handouts(
    tmp_path: Path,
) -> None:
    data = mini_scenario_data()
    data["exercise_objectives"] = [{"id": "signal", "text": "Read the other side's signals"}]
    data["injects"][0].update(
        basis="projection",
        notes="Pause after reading it",
        expected_actions=["Seoul calls Washington"],
        discussion_questions=["Who blinks first?"],
        exercise_objectives=["signal"],
    )
    scenario = Scenario.model_validate(data)
    write_script_pdf(facilitator_script(scenario), tmp_path / "s.pdf")
    write_handout_pdf(seat_handout(scenario, "seoul"), tmp_path / "h.pdf")
    script, handout = _pdf_text(tmp_path / "s.pdf"), _pdf_text(tmp_path / "h.pdf")
    for shown in ("Projection", "Pause after reading it", "Seoul calls Washington",
                  "Who blinks first?", "Read the other side's signals"):  # fmt: skip
        assert shown in script, shown
    assert "Read the other side's signals" in handout, "players know the exercise's aims"
    for kept in ("Pause after reading it", "Who blinks first?", "Seoul calls Washington"):
        assert kept not in handout


def test_the_handout_and_script_commands_write_pdfs(tmp_path: Path) -> None:
    handout = _wargame("handout", "korea-2025", "--seat", "seoul", "--pdf", tmp_path / "h.pdf")
    assert handout.returncode == 0 and "handout written" in handout.stdout, handout.stderr
    script = _wargame("script", "korea-2025", "--pdf", tmp_path / "s.pdf", "--language", "ko")
    assert script.returncode == 0 and "script written" in script.stdout, script.stderr
    assert all((tmp_path / name).read_bytes().startswith(b"%PDF") for name in ("h.pdf", "s.pdf"))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("handout", "korea-2025", "--seat", "tokyo", "--pdf", "{out}"), "unknown seat 'tokyo'"),
        (("script", "no-such-scenario", "--pdf", "{out}"), "no-such-scenario"),
        (("script", "missing.wargame", "--pdf", "{out}"), "does not exist"),
        (("script", "korea-2025", "--pdf", "{nowhere}"), "cannot be written"),
    ],
)
def test_a_paper_that_cannot_be_made_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    out, nowhere = tmp_path / "out.pdf", tmp_path / "no" / "such" / "out.pdf"
    filled = [a.replace("{out}", str(out)).replace("{nowhere}", str(nowhere)) for a in args]
    assert main(filled) == 2
    printed = capsys.readouterr()
    assert said in printed.err and "Traceback" not in printed.err
    assert not out.exists() and not nowhere.parent.exists()
