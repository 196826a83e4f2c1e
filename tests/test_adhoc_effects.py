"""Ad hoc injects that move the world: effects in the scenario's vocabulary, and a basis."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from helpers import mini_scenario
from pypdf import PdfReader

from wargame.describe import describe
from wargame.engine import Game, fold
from wargame.errors import RuleError
from wargame.events import Event, InjectAdded
from wargame.fog import PUBLIC, view
from wargame.replay import new_game
from wargame.report import build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.scenario import Effect, IndicatorChange, RelationChange
from wargame.state_codec import decode, encode
from wargame.store import GameFile

SHOCK = Effect(
    escalation=2,
    indicators=[IndicatorChange(actor="seoul", indicator="support", change=-70)],
    relations=[RelationChange(between=("seoul", "washington"), change=60)],
)


def _game() -> tuple[Game, list[Event]]:
    log: list[Event] = []
    game = Game.new(mini_scenario(), seed=3, recorder=lambda rs: log.extend(r.event for r in rs))
    return game, log


def test_an_ad_hoc_injects_effects_apply_when_released_and_its_undo_is_exact() -> None:
    game, log = _game()
    game.advance()  # INJ-1 takes the ladder from 1 to 2
    before = game.state
    inject = game.add_inject("Ferry lost", "A ferry is missing.", None, SHOCK, "reported")
    assert game.state.escalation == 2  # added, not yet released: nothing moves
    game.release_inject(inject)
    state = game.state
    assert state.escalation == 4
    assert state.indicator("seoul", "support") == 0  # clamped from 50 - 70
    assert state.relation("seoul", "washington") == 100  # clamped from 60 + 60
    assert state.injects[inject].applied.indicators == (("seoul", "support", -50),)
    assert fold(game.scenario, log) == state
    assert decode(game.scenario, encode(state)) == state
    game.undo()  # the release
    game.undo()  # the addition
    assert game.state.escalation == before.escalation
    assert game.state.indicators == before.indicators
    assert game.state.relations == before.relations
    assert game.state.injects == before.injects
    assert fold(game.scenario, log) == game.state


def test_an_ad_hoc_inject_carries_its_basis_to_every_view_and_the_log() -> None:
    game, log = _game()
    inject = game.add_inject("Analysts warn", "A projection.", None, SHOCK, "projection")
    game.advance()
    shown = next(i for i in view(game.state, PUBLIC)["injects"] if i["id"] == inject)
    assert (shown["basis"], shown["basis_name"]) == ("projection", "Projection")
    korean = next(i for i in view(game.state, "seoul", "ko")["injects"] if i["id"] == inject)
    assert korean["basis_name"] == "전망"
    added = next(e for e in log if isinstance(e, InjectAdded))
    line = describe(added, game.scenario)
    assert "Projection" in line and "escalation +2" in line and "Seoul" in line
    plain = game.add_inject("Plain", "Text only.", None)
    game.release_inject(plain)
    shown = next(i for i in view(game.state, PUBLIC)["injects"] if i["id"] == plain)
    assert shown["basis"] == "exercise_device"


@pytest.mark.parametrize(
    ("effect", "message"),
    [
        (Effect(indicators=[IndicatorChange(actor="tokyo", indicator="support", change=1)]),
         "unknown actor 'tokyo'"),
        (Effect(indicators=[IndicatorChange(actor="seoul", indicator="mood", change=1)]),
         "unknown indicator 'mood'"),
        (Effect(relations=[RelationChange(between=("seoul", "seoul"), change=1)]),
         "two different actors"),
        (Effect(indicators=[IndicatorChange(actor="self", indicator="support", change=1)]),
         "unknown actor 'self'"),
    ],
)  # fmt: skip
def test_an_effect_the_scenario_cannot_hold_is_refused_and_changes_nothing(
    effect: Effect, message: str
) -> None:
    game, log = _game()
    before = len(log)
    with pytest.raises(RuleError, match=message) as raised:
        game.add_inject("Bad", "Refused.", None, effect)
    assert "시나리오" in raised.value.text("ko")
    assert len(log) == before


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_report_shows_an_ad_hoc_injects_basis_and_effects_in_both_languages(
    tmp_path: Path,
) -> None:
    game_file, game = new_game(tmp_path / "g.wargame", mini_scenario(), seed=4)
    with game_file:
        game.add_inject("Ferry lost", "A ferry is missing.", None, SHOCK, "reported")
        game.advance()
    expected = {
        "en": ("Basis: Reported", "Effects on release: escalation +2; Seoul's Support -70"),
        "ko": ("근거: 보도된 사실", "공개 시 효과: 확전 단계 +2"),
    }
    for language, (basis, effects) in expected.items():
        with GameFile.open(game_file.path) as opened:
            report = build_report(opened, language)
        html = unescape(report_html(report))
        assert basis in html and effects in html
        pdf = tmp_path / f"report-{language}.pdf"
        write_pdf(report, pdf)
        text = " ".join(_pdf_text(pdf).split())
        assert basis in text and effects in text
