"""Arguments that count: the facilitator rates a seat's argument before the roll, and the
rating is one named modifier on each of that seat's actions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import covert_scenario_data, mini_scenario, mini_scenario_data, steps_until
from pypdf import PdfReader

from wargame.adjudication import assess
from wargame.describe import describe
from wargame.engine import Game, fold_with_chronicle
from wargame.errors import RuleError
from wargame.events import ArgumentRated, Event, FacilitatorUndid
from wargame.facilitation import ratable_seats
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.odds import how_odds_are_made
from wargame.replay import new_game
from wargame.report import build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.scenario import Scenario
from wargame.state import ArgumentRating, ChosenAction
from wargame.state_codec import decode, encode
from wargame.store import GameFile

SCENARIO = mini_scenario()
PUBLIC_ACTION = ChosenAction("act_1")  # information, seen by all
PRIVATE_ACTION = ChosenAction("act_2")  # military, seen by its actor alone


@pytest.fixture
def game() -> Game:
    game = Game.new(SCENARIO, seed=5)
    game.advance()
    return game


def _probability(game: Game, actor: str, chosen: ChosenAction) -> float:
    return assess(game.state, actor, chosen).probability


def _rated(game: Game, actor: str = "seoul"):  # type: ignore[no-untyped-def]
    return [a for a in game.state.adjudications if a.actor == actor]


@pytest.mark.parametrize(
    ("rating", "change", "expected"),
    [("strong", None, 0.10), ("weak", None, -0.10), ("stated", 0.25, 0.25), ("stated", -0.3, -0.3)],
)
def test_a_rating_changes_each_actions_probability_by_exactly_its_amount(
    game: Game, rating, change, expected: float
) -> None:  # type: ignore[no-untyped-def]
    game.submit_move("seoul", [PUBLIC_ACTION, PRIVATE_ACTION], "We hold the high ground.")
    before = [_probability(game, "seoul", c) for c in (PUBLIC_ACTION, PRIVATE_ACTION)]
    game.rate_argument("seoul", rating, "a telling point", change)
    after = [_probability(game, "seoul", c) for c in (PUBLIC_ACTION, PRIVATE_ACTION)]
    assert [round(a - b, 3) for a, b in zip(after, before, strict=True)] == [expected] * 2


def test_a_new_rating_replaces_the_last(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", "stated", "overwhelming", 0.3)
    game.rate_argument("seoul", "stated", "on reflection, less so", 0.2)
    assert _probability(game, "seoul", PUBLIC_ACTION) == 0.7


@pytest.mark.parametrize(
    ("base", "rating", "expected"), [(0.9, "strong", 0.95), (0.1, "weak", 0.05)]
)
def test_the_probability_stays_between_five_and_ninety_five_percent(
    base: float, rating, expected: float
) -> None:  # type: ignore[no-untyped-def]
    data = mini_scenario_data()
    data["actors"][0]["actions"][1]["base_probability"] = base
    game = Game.new(Scenario.model_validate(data), seed=5)
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", rating, "decisive")
    assessed = assess(game.state, "seoul", PUBLIC_ACTION)
    assert assessed.probability == expected
    assert [f.value for f in assessed.modifiers] == [0.1 if rating == "strong" else -0.1]


def test_the_rating_is_a_named_factor_on_every_action_of_the_seat_and_is_kept(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION, PRIVATE_ACTION], "History is on our side.")
    game.submit_move("moscow", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", "strong", "cites the 2018 precedent")
    game.advance(force=True)
    rated = _rated(game)
    assert len(rated) == 2, "one adjudication for each of Seoul's actions"
    for item in rated:
        assert ("Argument judged strong: cites the 2018 precedent", 0.1) in [
            (f.name, f.value) for f in item.modifiers
        ]
        assert item.argument_rating == ArgumentRating("strong", 0.1, "cites the 2018 precedent")
        assert "Argument judged strong: cites the 2018 precedent +10%" in item.rationale
    korean = next(r for r in view(game.state, language="ko")["results"] if r["actor"] == "seoul")
    assert ["논거 강함: cites the 2018 precedent", 0.1] in korean["modifiers"]
    (moscow,) = _rated(game, "moscow")
    assert "Argument" not in moscow.rationale


def test_revising_a_move_clears_its_rating(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "First thoughts.")
    game.rate_argument("seoul", "weak", "no evidence")
    game.submit_move("seoul", [PUBLIC_ACTION], "Second thoughts, with evidence.")
    assert game.state.moves["seoul"].rating is None
    assert view(game.state)["moves"]["seoul"]["rating"] is None


def test_none_clears_a_rating_and_needs_no_reason(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    base = _probability(game, "seoul", PUBLIC_ACTION)
    game.rate_argument("seoul", "strong", "good")
    game.rate_argument("seoul", "none")
    assert game.state.moves["seoul"].rating is None
    assert _probability(game, "seoul", PUBLIC_ACTION) == base


def test_rating_a_seat_without_a_move_is_refused(game: Game) -> None:
    with pytest.raises(RuleError, match="Seoul has not submitted a move yet"):
        game.rate_argument("seoul", "strong", "good")
    with pytest.raises(RuleError, match="No seat 'atlantis'"):
        game.rate_argument("atlantis", "strong", "good")


def test_rating_outside_deliberation_is_refused() -> None:
    game = Game.new(SCENARIO, seed=5)
    with pytest.raises(RuleError, match="only during deliberation"):
        game.rate_argument("seoul", "strong", "good")
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.advance(force=True)
    with pytest.raises(RuleError, match="only during deliberation, before the roll"):
        game.rate_argument("seoul", "strong", "good")


def test_rating_after_the_game_ended_is_refused() -> None:
    game = Game.new(SCENARIO, seed=5)
    for _ in steps_until(lambda: game.state.ended, SCENARIO):
        game.advance(force=True)
    with pytest.raises(RuleError, match="The exercise has ended"):
        game.rate_argument("seoul", "strong", "good")


@pytest.mark.parametrize(
    ("rating", "reason", "change", "message"),
    [
        ("strong", "  ", None, "needs a reason"),
        ("weak", "x" * 4001, None, "longer than 4000"),
        ("strong", "good", 0.2, "has its own change"),
        ("stated", "good", None, "needs a change"),
        ("stated", "good", 0.0, "needs a change"),
        ("stated", "good", float("nan"), "needs a change"),
        ("stated", "good", 0.31, "at most 30% either way"),
        ("stated", "good", -0.5, "at most 30% either way"),
        ("brilliant", "good", None, "not a rating"),
    ],
)
def test_bad_ratings_are_refused_with_a_clear_message(
    game: Game, rating: str, reason: str, change: float | None, message: str
) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    with pytest.raises(RuleError, match=message):
        game.rate_argument("seoul", rating, reason, change)  # type: ignore[arg-type]
    assert game.state.moves["seoul"].rating is None


def test_the_reason_is_kept_as_typed_trimmed(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", "stated", "  plausible \ud800 \n", 0.05)
    assert game.state.moves["seoul"].rating == ArgumentRating("stated", 0.05, "plausible \ufffd")


def test_only_seats_that_moved_can_be_rated_and_only_while_deliberating(game: Game) -> None:
    assert ratable_seats(game.state) == []
    game.submit_move("moscow", [], "We abstain, loudly.")
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    assert ratable_seats(game.state) == ["seoul", "moscow"]
    game.advance(force=True)
    assert ratable_seats(game.state) == []


def test_the_log_says_who_was_rated_how_and_why(game: Game) -> None:
    rated = ArgumentRated(actor="seoul", rating="stated", change=-0.15, reason="far-fetched")
    assert describe(rated, SCENARIO) == (
        "Facilitator judges Seoul's argument by a stated modifier (-15%): far-fetched"
    )
    assert "논거" in describe(rated, SCENARIO, "ko")
    cleared = ArgumentRated(actor="seoul", rating="none", change=0)
    assert describe(cleared, SCENARIO) == "Facilitator clears the judgement of Seoul's argument"


def test_replay_from_the_file_equals_the_live_game(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "argued.wargame"
    game_file, game = new_game(path, SCENARIO, 9)
    for _ in range(2):
        game.advance()
        game.submit_move("seoul", [PUBLIC_ACTION, PRIVATE_ACTION], "Because.")
        game.submit_move("beijing", [PUBLIC_ACTION], "Quietly.")
        game.rate_argument("seoul", "strong", "well made")
        game.rate_argument("beijing", "stated", "half right", -0.05)
        game.advance(force=True)
        game.advance()
        game.advance()
    game_file.close()
    with GameFile.open(path) as reopened:
        events: list[Event] = [e.event for e in reopened.events()]
        assert reopened.chronicle() == game.chronicle
    state, chronicle = fold_with_chronicle(SCENARIO, events)
    assert state == game.state and chronicle == game.chronicle
    assert decode(SCENARIO, encode(state)) == state
    ratings = {(a.actor, a.turn): a.argument_rating for r in chronicle for a in r.results}
    assert ratings[("beijing", 2)] == ArgumentRating("stated", -0.05, "half right")


def test_a_seat_sees_the_rating_factor_only_where_it_may_see_the_action(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION, PRIVATE_ACTION], "A secret plan.")
    game.rate_argument("seoul", "strong", "persuasive")
    game.advance(force=True)
    game.advance()  # published

    def factor_names(seat: str) -> dict[str, list[str]]:
        return {
            r["action"]: [name for name, _ in r["modifiers"]]
            for r in view(game.state, seat)["results"]
            if r["actor"] == "seoul"
        }

    named = "Argument judged strong: persuasive"
    assert factor_names("seoul") == {"act_1": [named], "act_2": [named]}
    assert factor_names(FACILITATOR) == {"act_1": [named], "act_2": [named]}
    for seat in ("pyongyang", PUBLIC):
        assert factor_names(seat) == {"act_1": [named]}
    assert "argument_rating" not in json_of(view(game.state, "pyongyang")["results"])
    seoul_result = view(game.state, "seoul")["results"][0]
    assert seoul_result["argument_rating"] == {
        "grade": "strong",
        "change": 0.1,
        "reason": "persuasive",
    }


def json_of(value: object) -> str:
    import json

    return json.dumps(value)


def test_bots_never_rate(game: Game) -> None:
    from wargame.autoplay import play

    play(game, SCENARIO.actor_ids, turns=2)
    assert not any(a.argument_rating for r in game.chronicle for a in r.results)


def test_the_odds_explained_match_the_engine() -> None:
    text = how_odds_are_made()
    for words in (
        "relations ÷ 400 (+40 relations → +10%",
        "(indicator − 50) ÷ 250 (readiness 75 → +10%",
        "−3% for each rung",
        "counter-move: −10%",
        "Repetition: −15% for each time the seat tried the same action in the last 3 turns",
        "strong +10%, weak −10%",
        "up to 30% either way",
        "between 5% and 95%",
    ):
        assert words in text
    assert "÷ 400" in how_odds_are_made("ko") and "강함 +10%" in how_odds_are_made("ko")

    game = Game.new(Scenario.model_validate(covert_scenario_data()), seed=5)
    game.advance()
    game.submit_move("washington", [ChosenAction("act_2", "seoul")], "")
    start = game.scenario.start_escalation
    state = replace(
        game.state,
        relations={**game.state.relations, ("seoul", "washington"): 40},
        indicators={**game.state.indicators, "seoul": {"support": 50, "readiness": 75}},
        escalation=start + 2,
    )
    diplomatic = {
        f.name: f.value
        for f in assess(state, "seoul", ChosenAction("act_0", "washington")).modifiers
    }
    assert diplomatic == {
        "Relations with Washington (+40)": 0.1,
        "Tension: Level 3": -0.06,
        "Counter-move by Washington": -0.1,
    }
    military = {f.name: f.value for f in assess(state, "seoul", ChosenAction("act_5")).modifiers}
    assert military == {"Readiness (75)": 0.1}


def test_fold_of_a_cleared_rating_equals_never_rating(game: Game) -> None:
    log: list[Event] = []
    game.record_with(lambda rs: log.extend(r.event for r in rs))
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", "weak", "thin")
    game.rate_argument("seoul", "none")
    assert game.state.moves["seoul"].rating is None
    assert [type(e).__name__ for e in log] == ["MoveSubmitted", "ArgumentRated", "ArgumentRated"]


def test_undo_takes_back_each_rating_in_turn_to_the_one_before(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    base = _probability(game, "seoul", PUBLIC_ACTION)
    game.rate_argument("seoul", "strong", "well made")
    game.rate_argument("seoul", "stated", "on reflection, less so", 0.05)
    assert game.undo() == "rating of Seoul's argument"
    assert game.state.moves["seoul"].rating == ArgumentRating("strong", 0.10, "well made")
    game.undo()
    assert game.state.moves["seoul"].rating is None
    assert _probability(game, "seoul", PUBLIC_ACTION) == base
    with pytest.raises(RuleError, match="no facilitator action to undo"):
        game.undo()


def test_undoing_a_cleared_rating_brings_it_back(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "")
    game.rate_argument("seoul", "weak", "thin")
    game.rate_argument("seoul", "none")
    game.undo()
    assert game.state.moves["seoul"].rating == ArgumentRating("weak", -0.10, "thin")


def test_a_revised_move_leaves_no_rating_of_it_to_undo(game: Game) -> None:
    game.submit_move("seoul", [PUBLIC_ACTION], "First thoughts.")
    game.submit_move("beijing", [PUBLIC_ACTION], "Quietly.")
    game.rate_argument("beijing", "strong", "subtle")
    game.rate_argument("seoul", "weak", "no evidence")
    game.submit_move("seoul", [PUBLIC_ACTION], "Second thoughts, with evidence.")
    assert [(u.kind, u.subject) for u in game.state.undo] == [("rating", "beijing")]
    game.undo()
    assert game.state.moves["beijing"].rating is None
    assert game.state.moves["seoul"].rating is None


def test_the_log_names_the_rating_an_undo_takes_back() -> None:
    undid = FacilitatorUndid(undone=7, kind="rating", subject="seoul")
    assert describe(undid, SCENARIO) == "Facilitator undoes #7: rating of Seoul's argument"
    assert describe(undid, SCENARIO, "ko").endswith("의 논거 판정")


def test_undone_ratings_replay_from_the_file_as_they_were_live(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "undone.wargame"
    game_file, game = new_game(path, SCENARIO, 9)
    game.advance()
    game.submit_move("seoul", [PUBLIC_ACTION, PRIVATE_ACTION], "Because.")
    game.rate_argument("seoul", "strong", "well made")
    game.rate_argument("seoul", "stated", "half right", -0.05)
    game.undo()
    snapshot = game.state
    game.advance(force=True)
    game_file.close()
    with GameFile.open(path) as reopened:
        events: list[Event] = [e.event for e in reopened.events()]
    assert fold_with_chronicle(SCENARIO, events)[0] == game.state
    assert fold_with_chronicle(SCENARIO, events[: snapshot.seq])[0] == snapshot
    assert decode(SCENARIO, encode(snapshot)) == snapshot
    assert [a.argument_rating for a in _rated(game)] == [
        ArgumentRating("strong", 0.10, "well made")
    ] * 2


def test_the_report_keeps_an_undone_rating_among_the_white_cells_interventions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    game_file, game = new_game(tmp_path / "undone.wargame", SCENARIO, 9)
    with game_file:
        game.advance()
        game.submit_move("seoul", [PUBLIC_ACTION], "Because.")
        game.rate_argument("seoul", "weak", "thin")
        game.undo()
        game.advance(force=True)
        report = build_report(game_file, "en")
    interventions = report.turns[0].white_cell
    assert any("Seoul's argument weak" in line for line in interventions)
    assert any(line.endswith(": rating of Seoul's argument") for line in interventions)
    (seoul,) = [m for m in report.turns[0].moves if m.seat in ("Seoul", "seoul")]
    assert not seoul.rating, "the adjudication went ahead without the rating"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_report_shows_the_rating_and_its_reason_with_the_argument(
    tmp_path, language: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "argued.wargame"
    game_file, game = new_game(path, SCENARIO, 9)
    with game_file:
        game.advance()
        game.submit_move("seoul", [PUBLIC_ACTION], "Our <b>case</b>")
        game.rate_argument("seoul", "stated", "Plausible <i>enough</i>", 0.15)
        game.advance(force=True)
        report = build_report(game_file, language)
    html = report_html(report)
    (seoul,) = [m for m in report.turns[0].moves if m.seat in ("Seoul", "seoul")]
    grade = "by a stated change" if language == "en" else "직접 정한 수정치"
    assert seoul.rating == f"{grade} (+15%): Plausible <i>enough</i>"
    assert f"{grade} (+15%): Plausible &lt;i&gt;enough&lt;/i&gt;" in html
    assert "<i>enough</i>" not in html
    write_pdf(report, tmp_path / "report.pdf")
    printed = "".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "Plausible <i>enough</i>" in printed
