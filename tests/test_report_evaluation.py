"""The report as an AAR/IP: the executive summary, the exercise overview with the participants'
record, each exercise objective's rating and observations, the Improvement Plan in the HSEEP
columns, the participants appendix, and an HTML page that carries its own fonts."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from helpers import mini_scenario

from wargame.autoplay import play
from wargame.events import ObservationModel, ParticipantsRecorded, PersonModel, PlanRowModel
from wargame.replay import new_game
from wargame.report import Readers, build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.store import GameFile


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evaluated") / "game.wargame"
    game_file, game = new_game(path, mini_scenario(), 4)
    with game_file:
        play(game, game.scenario.actor_ids)
        game.rate_objective("signals", "M")
        game.record_observation(
            ObservationModel(text="Allies compared notes at once", kind="strength",
                             exercise_objective="signals")
        )  # fmt: skip
        area = game.record_observation(
            ObservationModel(text="Nobody used the hotline", kind="improvement",
                             exercise_objective="signals")
        )  # fmt: skip
        game.record_observation(ObservationModel(text="Projector lagged", kind="improvement"))
        game.record_observation(
            ObservationModel(text="Ask Seoul why", kind="note", exercise_objective="signals")
        )
        game.edit_plan_row(
            f"observation/{area}",
            PlanRowModel(objective="Signals", issue="Nobody used the hotline",
                         corrective_action="Drill the hotline monthly",
                         capability_element="training", organisation="MOFA",
                         point_of_contact="Desk officer", start="2026-01-05",
                         completion="2026-03-01"),
        )  # fmt: skip
        game.record_participants(
            ParticipantsRecorded(
                sponsor="Institute", point_of_contact="Dr Han", scope="One day, five seats",
                evaluators=[PersonModel(name="J. Park", organisation="KIDA")],
                seats={"seoul": [PersonModel(name="Kim Min-ji", organisation="MOFA",
                                             role="seat lead")]},
            )
        )  # fmt: skip
    return path


def test_the_report_rates_each_objective_and_plans_in_the_hseep_columns(evaluated: Path) -> None:
    with GameFile.open(evaluated) as game_file:
        report = build_report(game_file)
    [objective] = report.exercise_objectives
    assert (objective.rating, objective.rating_words) == ("M", "Performed with major challenges")
    assert [n.text for n in objective.strengths] == ["Allies compared notes at once"]
    assert [n.text for n in objective.improvements] == ["Nobody used the hotline"]
    assert [n.text for n in report.improvements] == ["Projector lagged"]
    assert [n.text for n in report.notes] == ["Ask Seoul why"]  # a working note, wherever tied
    assert report.summary is not None
    assert report.summary.tested == [(objective.text, "M · Performed with major challenges")]
    assert report.summary.improvements == ["Nobody used the hotline", "Projector lagged"]
    first, second = report.plan
    assert (first.corrective_action, first.completion) == (
        "Drill the hotline monthly",
        "2026-03-01",
    )
    assert second.issue == "Projector lagged" and second.corrective_action == ""
    assert ("Sponsor", "Institute") in report.facts
    assert ("Evaluators", "J. Park (KIDA)") in report.facts
    seoul = dict(report.participants)["Seoul"]
    assert [(p.name, p.role) for p in seoul] == [("Kim Min-ji", "seat lead")]
    page = report_html(report)
    for heading in ("Executive summary", "Analysis of exercise objectives", "Start date",
                    "Primary responsible organisation", "Appendix: participants"):  # fmt: skip
        assert heading in page
    assert "Drill the hotline monthly" in page and "Kim Min-ji" in page


def test_the_pdf_report_has_the_plan_and_the_participants(evaluated: Path, tmp_path: Path) -> None:
    from paper import off_the_page, pdf_text

    with GameFile.open(evaluated) as game_file:
        report = build_report(game_file, "ko")
    out = tmp_path / "report.pdf"
    write_pdf(report, out)
    text = pdf_text(out)
    for words in ("요약", "연습 목표 분석", "중대한 문제가 있었으나 수행", "Kim Min-ji", "MOFA"):
        assert words in text
    assert off_the_page(out) == []


def _embedded(page: str) -> list[TTFont]:
    return [
        TTFont(io.BytesIO(base64.b64decode(data)))
        for data in re.findall(r"data:font/woff;base64,([A-Za-z0-9+/=]+)", page)
    ]


def test_the_html_report_carries_fonts_for_every_korean_character_it_holds(
    evaluated: Path,
) -> None:
    with GameFile.open(evaluated) as game_file:
        page = report_html(build_report(game_file, "ko", readers=Readers(participants=True)))
    fonts = _embedded(page)
    assert len(fonts) == 4  # NanumGothic and its fallback, each regular and bold
    hangul = {ord(c) for c in page if "\uac00" <= c <= "\ud7a3"}
    assert hangul
    for font in fonts[:2]:
        assert hangul <= set(font.getBestCmap())
    assert sum(len(d) for d in re.findall(r"base64,([A-Za-z0-9+/=]+)", page)) < 600_000
