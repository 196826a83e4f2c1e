"""The report tells each turn's bloc rung and its check for an incident at the line (odds, roll,
outcome, who raised the risk), with the bloc ladder among the charts, in English and Korean; the
participants' version shows a check only as the room saw it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import COVERT_LAUNCH, korea_at_the_line
from pypdf import PdfReader

from wargame.report import Readers, build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.store import GameFile


@pytest.fixture(scope="module")
def game_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("incident") / "line.wargame"
    korea_at_the_line(path)
    return path


def test_the_record_tells_each_turns_blocs_and_its_check(game_path: Path) -> None:
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file)
        html = report_html(report)
    checked = next(t for t in report.turns if t.incident)
    check = checked.incident
    assert check is not None
    assert check.probability == "45%" and check.roll and not check.happened
    assert check.raised_by == "Pyongyang, Washington"
    assert COVERT_LAUNCH in check.rationale
    assert all(t.blocs for t in report.turns)
    assert "Check for an incident at the line" in html and "Risk raised by" in html
    assert "Blocs as the turn ended: " in html
    assert "Blocs" in report.charts[1] and "Open military cooperation" in report.charts[1]


def test_the_korean_report_tells_the_check_in_korean(game_path: Path) -> None:
    with GameFile.open(game_path) as game_file:
        html = report_html(build_report(game_file, "ko"))
    assert "접경 우발 충돌 판정" in html and "충돌 없음" in html and "위험을 높인 진영" in html
    assert "턴 종료 시 진영 단계: " in html


def test_the_participants_version_shows_a_check_only_as_the_room_saw_it(
    game_path: Path,
) -> None:
    with GameFile.open(game_path) as game_file:
        report = build_report(game_file, readers=Readers(participants=True))
        html = report_html(report)
        revealed = build_report(game_file, readers=Readers(participants=True, reveal=True))
    check = next(t.incident for t in report.turns if t.incident)
    # The room knew of Washington's drills alone: the odds it could know, no roll, no one named.
    assert check.probability == "30%" and check.roll == "" and check.raised_by == ""
    assert COVERT_LAUNCH not in html and "Ballistic missile launches" not in html
    assert "Risk raised by" not in html
    told = next(t.incident for t in revealed.turns if t.incident)
    assert told.probability == "45%" and COVERT_LAUNCH in told.rationale


@pytest.mark.parametrize(
    ("language", "told"),
    [("en", "Check for an incident at the line"), ("ko", "접경 우발 충돌 판정")],
)
def test_the_pdf_report_prints_the_check(
    game_path: Path, tmp_path: Path, language: str, told: str
) -> None:
    out = tmp_path / f"report-{language}.pdf"
    with GameFile.open(game_path) as game_file:
        write_pdf(build_report(game_file, language), out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert told.upper() in text.replace("\n", " ").upper()  # headings print in capitals
