"""Scoring the room's odds: the Brier score and its Murphy decomposition, worked by hand."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from helpers import mini_scenario, mini_scenario_data, write_yaml
from paper import pdf_text

from wargame.autoplay import submit_bot_moves
from wargame.calibration import Forecast, calibration, model_score, reliability_bins, score
from wargame.engine import Game
from wargame.replay import new_game
from wargame.report import build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.review import estimable, reviewable
from wargame.simulate import simulate
from wargame.state import ChosenAction
from wargame.store import GameFile
from wargame.viewers import FACILITATOR

# Five forecasts: "80%" three times (two happened), "30%" twice (one happened).
WORKED = [
    Forecast(0.8, True),
    Forecast(0.8, True),
    Forecast(0.8, False),
    Forecast(0.3, False),
    Forecast(0.3, True),
]


def test_the_brier_score_and_its_parts_match_the_hand_worked_example() -> None:
    worked = score(WORKED)
    # Brier: the mean of (stated - happened)²
    #   (0.8-1)² + (0.8-1)² + (0.8-0)² + (0.3-0)² + (0.3-1)²
    #   = 0.04 + 0.04 + 0.64 + 0.09 + 0.49 = 1.30;  1.30 / 5 = 0.26
    assert worked.brier == pytest.approx(0.26)
    # Overall share that happened: 3/5 = 0.6; uncertainty 0.6 × 0.4 = 0.24
    assert worked.uncertainty == pytest.approx(0.24)
    # Reliability, grouped by the value stated (80%: 2 of 3 happened; 30%: 1 of 2):
    #   [3 × (0.8 - 2/3)² + 2 × (0.3 - 1/2)²] / 5 = [3 × 4/225 + 2 × 0.04] / 5
    #   = [0.05333 + 0.08] / 5 = 2/75 ≈ 0.02667
    assert worked.reliability == pytest.approx(2 / 75)
    # Resolution: [3 × (2/3 - 0.6)² + 2 × (1/2 - 0.6)²] / 5 = [3/225 + 0.02] / 5 = 1/150
    assert worked.resolution == pytest.approx(1 / 150)
    # Murphy's identity: 2/75 - 1/150 + 0.24 = 0.02 + 0.24 = 0.26
    assert worked.reliability - worked.resolution + worked.uncertainty == pytest.approx(0.26)
    assert worked.count == 5


def test_the_reliability_plot_bins_stated_odds_and_counts_what_happened() -> None:
    bins = reliability_bins(WORKED)
    assert [(b.lower, b.upper, b.count) for b in bins] == [(0.3, 0.4, 2), (0.8, 0.9, 3)]
    assert [b.stated for b in bins] == pytest.approx([0.3, 0.8])
    assert [b.happened for b in bins] == pytest.approx([0.5, 2 / 3])
    # The edges: 70% is in the 70–80% bin (0.7 × 10 is a hair above 7), 100% in the last.
    edges = reliability_bins([Forecast(0.7, True), Forecast(1.0, True), Forecast(0.0, False)])
    assert [b.lower for b in edges] == [0.0, 0.7, 0.9]


def test_a_forecaster_who_always_says_the_share_has_no_resolution_and_is_calibrated() -> None:
    flat = score([Forecast(0.5, True), Forecast(0.5, False)] * 3)
    assert flat.brier == pytest.approx(0.25)
    assert flat.reliability == pytest.approx(0.0)
    assert flat.resolution == pytest.approx(0.0)


def test_each_estimator_is_scored_on_its_own_actions_beside_the_models_odds_for_them() -> None:
    game = Game.new(mini_scenario(), seed=3)
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_1"), ChosenAction("act_5")])
    game.estimate("seoul", "seoul", "act_1", None, 0.9)
    game.estimate("facilitator", "seoul", "act_1", None, 0.2)
    game.estimate("facilitator", "seoul", "act_5", None, 0.6)
    game.advance(force=True)
    results = game.state.adjudications
    first, second = (next(a for a in results if a.action == act) for act in ("act_1", "act_5"))
    scores = calibration(results)
    assert set(scores) == {"seoul", "facilitator"}
    assert scores["seoul"].own.brier == pytest.approx((0.9 - first.success) ** 2)
    assert scores["seoul"].model.brier == pytest.approx((first.probability - first.success) ** 2)
    assert scores["facilitator"].own.count == 2
    assert scores["facilitator"].own.brier == pytest.approx(
        ((0.2 - first.success) ** 2 + (0.6 - second.success) ** 2) / 2
    )
    # An override is what happened: the score follows the facilitator's word.
    overridden = [replace(first, override=not first.success), second]
    assert calibration(overridden)["seoul"].own.brier == pytest.approx(
        (0.9 - (not first.success)) ** 2
    )
    whole = model_score(results)
    assert whole is not None and whole.count == len(results)
    assert model_score(()) is None


def test_the_models_odds_over_many_bot_games_are_calibrated_against_its_own_dice() -> None:
    summary = simulate(mini_scenario(), runs=30, seed=4)
    scored = summary.model_calibration()
    assert scored is not None
    assert scored.count == sum(summary.odds.values()) > 200
    # The roll succeeds below the stated probability: each bin's share is near its odds.
    assert scored.reliability < 0.01
    assert scored.brier == pytest.approx(
        scored.reliability - scored.resolution + scored.uncertainty
    )


def test_simulate_says_what_the_models_calibration_does_and_does_not_prove(tmp_path) -> None:  # type: ignore[no-untyped-def]
    scenario = write_yaml(tmp_path / "mini.yaml", mini_scenario_data())
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "wargame.cli",
            "simulate",
            "--scenario",
            str(scenario),
            "--runs",
            "4",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "the model's odds against its own dice, over" in out
    assert "does not show that the odds" in out


def _estimated_game(path) -> None:  # type: ignore[no-untyped-def]
    """A whole bot game with the review step, where the facilitator and Seoul give odds on
    every action they may, and Moscow counter-argues one of Seoul's public actions."""
    game_file, game = new_game(path, mini_scenario(), 8, review_step=True)
    with game_file:
        for _ in range(game.scenario.turns):
            game.advance()  # deliberation
            submit_bot_moves(game, game.scenario.actor_ids)
            game.advance()  # review
            for n, key in enumerate(estimable(game.state, FACILITATOR)):
                game.estimate(FACILITATOR, *key, 0.1 + 0.2 * (n % 5))
            for key in estimable(game.state, "seoul"):
                game.estimate("seoul", *key, 0.6)
            against = next((k for k in reviewable(game.state, "moscow") if k[0] == "seoul"), None)
            if against is not None:
                game.counter_argue("moscow", *against, "<Moscow's counter & point>")
            while not game.state.ended and game.state.phase.value != "briefing":
                game.advance()
            if game.state.ended:
                break


def test_the_report_scores_the_rooms_odds_in_both_languages_and_formats(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.wargame"
    _estimated_game(path)
    with GameFile.open(path) as game_file:
        results = [a for record in game_file.chronicle() for a in record.results]
        expected = calibration(results)
        english, korean = build_report(game_file, "en"), build_report(game_file, "ko")
    assert english.calibration is not None
    rows = {row.who: row for row in english.calibration.rows}
    assert rows["Facilitator"].brier == f"{expected[FACILITATOR].own.brier:.3f}"
    assert rows["Seoul"].model_brier == f"{expected['seoul'].model.brier:.3f}"
    assert rows["Seoul"].uncertainty == f"{expected['seoul'].own.uncertainty:.3f}"
    html = report_html(english)
    assert "Calibration of the room&#39;s odds" in html and "<svg" in html
    assert "&lt;Moscow&#39;s counter &amp; point&gt;" in html  # escaped, beside the action
    assert "참가자 확률의 보정도" in report_html(korean)
    for report, heading in ((english, "Calibration of the room's odds"), (korean, "보정도")):
        out = tmp_path / f"{report.language}.pdf"
        write_pdf(report, out)
        assert heading in pdf_text(out)


def test_a_game_where_nobody_gave_odds_has_no_calibration_section(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, mini_scenario(), 8)
    with game_file:
        game.advance()
        game.advance(force=True)
    with GameFile.open(path) as game_file:
        report = build_report(game_file)
    assert report.calibration is None
    assert 'id="calibration"' not in report_html(report)
