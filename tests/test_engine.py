"""The rules of a turn, driven through `Game` commands on the small test scenario."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import mini_scenario, mini_scenario_data

from wargame.autoplay import play, submit_bot_moves
from wargame.describe import describe
from wargame.engine import Game, fold
from wargame.errors import RuleError
from wargame.events import AdjudicationOverridden, FacilitatorUndid
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.scenario import Scenario
from wargame.scenario_file import load_scenario
from wargame.state import ChosenAction, Phase


@pytest.fixture
def game() -> Game:
    return Game.new(mini_scenario(), seed=11, humans={"seoul": "1234", "moscow": "9876"})


def _log(game: Game) -> list:
    events = []
    game._recorder = lambda recorded: events.extend(r.event for r in recorded)
    return events


def test_a_new_game_opens_turn_one_at_briefing(game: Game) -> None:
    assert (game.state.turn, game.state.phase) == (1, Phase.BRIEFING)
    assert game.due_injects() == ["INJ-1", "INJ-2"]
    assert game.state.escalation == 1


def test_opening_deliberation_releases_due_injects_and_their_effects(game: Game) -> None:
    game.advance()
    assert game.state.phase is Phase.DELIBERATION
    assert game.state.released == ("INJ-1", "INJ-2")
    assert game.state.escalation == 2  # INJ-1 raises escalation by one


def test_held_inject_stays_back_until_the_facilitator_releases_it(game: Game) -> None:
    game.hold_inject("INJ-2")
    game.advance()
    assert game.state.released == ("INJ-1",)
    assert game.state.injects["INJ-2"].status == "held"
    game.release_inject("INJ-2")
    assert game.state.is_released("INJ-2")


def test_released_inject_cannot_be_released_twice(game: Game) -> None:
    game.release_inject("INJ-1")
    with pytest.raises(RuleError, match="already been released"):
        game.release_inject("INJ-1")


def test_undo_of_a_release_takes_back_its_effect_with_a_compensating_event(game: Game) -> None:
    events = _log(game)
    game.release_inject("INJ-1")
    assert game.state.escalation == 2
    label = game.undo()
    assert label == "release of inject INJ-1"
    assert game.state.escalation == 1
    assert not game.state.is_released("INJ-1")
    assert isinstance(events[-1], FacilitatorUndid)
    assert "INJ-1" in game.due_injects()


def test_undo_of_an_edit_restores_the_scenario_text(game: Game) -> None:
    game.edit_inject("INJ-1", "Changed", "New body", None)
    assert view(game.state)["msel"] == {"INJ-1": "planned"}
    game.undo()
    game.advance()
    assert view(game.state)["injects"][0]["title"] == "Public one"


def test_nothing_to_undo_is_a_clear_refusal(game: Game) -> None:
    with pytest.raises(RuleError, match="no facilitator action to undo"):
        game.undo()


def test_ad_hoc_inject_is_released_with_the_briefing(game: Game) -> None:
    inject_id = game.add_inject("Typhoon", "A storm closes ports.", ["seoul", "beijing"])
    game.advance()
    assert game.state.is_released(inject_id)
    seoul_titles = [i["title"] for i in view(game.state, "seoul")["injects"]]
    moscow_titles = [i["title"] for i in view(game.state, "moscow")["injects"]]
    assert "Typhoon" in seoul_titles and "Typhoon" not in moscow_titles


def test_moves_are_refused_outside_deliberation(game: Game) -> None:
    with pytest.raises(RuleError, match="only during deliberation"):
        game.submit_move("seoul", [ChosenAction("act_1")])


def test_move_rules_are_checked(game: Game) -> None:
    game.advance()
    with pytest.raises(RuleError, match="At most 2"):
        game.submit_move("seoul", [ChosenAction(f"act_{n}") for n in (1, 2, 4)])
    with pytest.raises(RuleError, match="not on Seoul's menu"):
        game.submit_move("seoul", [ChosenAction("launch")])
    with pytest.raises(RuleError, match="needs a target"):
        game.submit_move("seoul", [ChosenAction("act_0")])
    with pytest.raises(RuleError, match="takes no target"):
        game.submit_move("seoul", [ChosenAction("act_1", "moscow")])
    with pytest.raises(RuleError, match="chosen twice"):
        game.submit_move("seoul", [ChosenAction("act_1"), ChosenAction("act_1")])


def test_a_refusal_names_seats_and_actions_in_the_language_it_is_read_in() -> None:
    data = mini_scenario_data()
    korean = ("서울", "평양", "워싱턴", "모스크바", "베이징")
    for actor, name in zip(data["actors"], korean, strict=True):
        actor["name_ko"] = name
    game = Game.new(Scenario.model_validate(data), seed=11, humans={"seoul": "1234"})
    game.advance()
    submit_bot_moves(game, ["pyongyang", "washington", "moscow", "beijing"])
    with pytest.raises(RuleError) as waiting:
        game.advance()
    assert str(waiting.value) == "Still waiting for moves from: Seoul."
    assert waiting.value.text("ko") == "아직 수를 기다리는 참가석이 있습니다: 서울."
    with pytest.raises(RuleError) as untargeted:
        game.submit_move("seoul", [ChosenAction("act_0")])
    assert untargeted.value.text("en") == (
        "'seoul action 0' needs a target among: Pyongyang, Washington."
    )
    assert untargeted.value.text("ko") == (
        "'seoul 행동 0'에는 대상이 필요합니다. 다음 중에서 고르십시오: 평양, 워싱턴."
    )


def test_a_seat_can_revise_its_move_until_deliberation_closes(game: Game) -> None:
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_1")], "first thoughts")
    game.submit_move("seoul", [ChosenAction("act_2")], "second thoughts")
    move = game.state.moves["seoul"]
    assert (move.revision, move.actions[0].action, move.argument) == (2, "act_2", "second thoughts")


def test_adjudication_waits_for_every_seat_unless_forced(game: Game) -> None:
    game.advance()
    with pytest.raises(RuleError, match="waiting for moves"):
        game.advance()
    game.advance(force=True)
    assert game.state.phase is Phase.ADJUDICATION
    assert game.state.adjudications == ()


def _to_adjudication(game: Game) -> None:
    game.advance()
    submit_bot_moves(game, game.scenario.actor_ids)
    game.advance()


def test_adjudication_shows_its_working(game: Game) -> None:
    _to_adjudication(game)
    adjudications = game.state.adjudications
    assert len(adjudications) == 10
    for a in adjudications:
        assert 0.05 <= a.probability <= 0.95
        assert a.proposed == (a.roll < a.probability)
        assert f"{a.probability:.0%}" in a.rationale
        total = a.base + sum(f.value for f in a.modifiers)
        assert a.probability == pytest.approx(min(0.95, max(0.05, total)), abs=1e-3)


def test_override_needs_a_reason_and_changes_the_outcome(game: Game) -> None:
    events = _log(game)
    _to_adjudication(game)
    first = game.state.adjudications[0]
    with pytest.raises(RuleError, match="needs a reason"):
        game.override(first.id, not first.proposed, "  ")
    game.override(first.id, not first.proposed, "The room judged otherwise")
    assert game.state.adjudications[0].success is not first.proposed
    assert isinstance(events[-1], AdjudicationOverridden)
    game.undo()
    assert game.state.adjudications[0].success is first.proposed


def test_outcome_applies_effects_and_turn_end_scores_objectives(game: Game) -> None:
    _to_adjudication(game)
    game.advance()
    assert game.state.phase is Phase.OUTCOME
    assert {a.success for a in game.state.adjudications} <= {True, False}
    game.advance()
    assert (game.state.turn, game.state.phase) == (2, Phase.BRIEFING)
    (record,) = game.chronicle
    assert set(record.objectives_met) == set(game.scenario.actor_ids)
    assert len(record.results) == 10 and record.turn == 1


def test_conditional_inject_fires_once_its_trigger_holds(game: Game) -> None:
    game.advance()  # INJ-1 takes escalation from 1 to 2
    game.submit_move("seoul", [ChosenAction("act_2")])  # military: +1 escalation on success
    game.advance(force=True)
    game.override(game.state.adjudications[0].id, True, "test: it succeeds")
    game.advance()
    game.advance()
    assert (game.state.turn, game.state.escalation) == (2, 3)
    assert "INJ-4" in game.due_injects()
    game.advance()
    assert game.state.is_released("INJ-4")
    assert game.state.escalation == 2  # the talks inject calms things by one step


def test_a_triggered_inject_is_dated_by_the_turn_it_is_released_in(game: Game) -> None:
    game.advance()
    game.submit_move("seoul", [ChosenAction("act_2")])
    game.advance(force=True)
    game.override(game.state.adjudications[0].id, True, "test: it succeeds")
    for _ in range(3):
        game.advance()
    assert game.state.turn == 2 and game.state.is_released("INJ-4")
    assert game.state.injects["INJ-4"].date == game.scenario.date_of_turn(2).isoformat()
    assert game.scenario.inject("INJ-4").date.isoformat() == "2024-12-01"  # as documented
    assert game.state.injects["INJ-1"].date == "2024-10-14"  # a scheduled one keeps its own


@pytest.mark.parametrize(
    ("dating", "dated"),
    [
        ({}, "2024-11-15"),
        ({"date_estimated": True}, "2024-10-14"),
        ({"date_moved": True}, "2024-10-14"),
    ],
)
def test_an_inject_released_before_its_turn_keeps_its_date_only_if_the_seeds_give_it(
    dating: dict[str, bool], dated: str
) -> None:
    data = mini_scenario_data()
    data["injects"][2].update(dating)  # INJ-3, due in turn 2 on 2024-11-15
    game = Game.new(Scenario.model_validate(data), seed=1)
    game.release_inject("INJ-3")
    assert game.state.turn == 1 and game.state.injects["INJ-3"].date == dated


@pytest.mark.parametrize("seed", [3, 17, 42])
def test_every_korea_inject_is_dated_within_the_turn_it_is_released_in(seed: int) -> None:
    korea = load_scenario("korea-2025")
    game = Game.new(korea, seed=seed)
    play(game, korea.actor_ids)
    for inject_id in game.state.released:
        record = game.state.injects[inject_id]
        assert record.turn is not None and record.date is not None
        opens, closes = korea.date_of_turn(record.turn), korea.date_of_turn(record.turn + 1)
        assert opens <= date.fromisoformat(record.date) < closes, (inject_id, record.turn)


def test_game_ends_at_the_last_turn_with_an_ending(game: Game) -> None:
    play(game, game.scenario.actor_ids)
    assert game.state.ended
    assert game.state.ending in {"spiral", "armistice"}
    assert game.state.end_reason in {"last_turn", "top_of_ladder"}
    with pytest.raises(RuleError, match="has ended"):
        game.advance()


def test_reaching_the_top_of_the_ladder_ends_the_game() -> None:
    data_game = Game.new(mini_scenario(), seed=5)
    scenario = data_game.scenario
    # Military actions raise escalation on success; force them all to succeed.
    data_game.advance()
    for actor in scenario.actor_ids:
        data_game.submit_move(actor, [ChosenAction("act_2"), ChosenAction("act_5")])
    data_game.advance()
    for a in data_game.state.adjudications:
        data_game.override(a.id, True, "test: all succeed")
    data_game.advance()
    data_game.advance()
    assert data_game.state.ended
    assert data_game.state.end_reason == "top_of_ladder"
    assert data_game.state.ending == "spiral"


def test_sign_in_checks_the_pin_and_never_stores_it(game: Game) -> None:
    assert game.sign_in("seoul", "1234")
    assert not game.sign_in("seoul", "0000")
    assert not game.sign_in("washington", "")  # a bot seat has no PIN
    assert "1234" not in repr(game.state.seats)


def test_fog_hides_private_injects_and_other_seats_moves(game: Game) -> None:
    game.advance()
    game.submit_move("moscow", [ChosenAction("act_1")], "Moscow's secret reasoning")
    seoul, moscow, public = (view(game.state, s) for s in ("seoul", "moscow", PUBLIC))
    assert "Secret for Seoul" in str(seoul) and "Secret for Seoul" not in str(moscow)
    assert "Secret for Seoul" not in str(public)
    assert "Moscow's secret reasoning" in str(moscow)
    assert "Moscow's secret reasoning" not in str(seoul) + str(public)
    assert seoul["submitted"] == ["moscow"]  # who has moved is public, not what
    assert "Moscow's secret reasoning" in str(view(game.state, FACILITATOR))


def test_the_state_is_the_fold_of_the_log() -> None:
    events = []
    game = Game.new(mini_scenario(), seed=2, recorder=lambda r: events.extend(x.event for x in r))
    play(game, game.scenario.actor_ids)
    assert fold(game.scenario, events) == game.state


def test_a_facilitator_pin_guards_the_console_and_is_stored_hashed() -> None:
    guarded = Game.new(mini_scenario(), seed=1, humans={"seoul": "1234"}, facilitator_pin="7777")
    assert guarded.console_guarded
    assert guarded.sign_in("facilitator", "7777")
    assert not guarded.sign_in("facilitator", "1234")
    assert "7777" not in repr(guarded.state)
    open_game = Game.new(mini_scenario(), seed=1, humans={"seoul": "1234"})
    assert not open_game.console_guarded
    assert not open_game.sign_in("facilitator", "")


def test_the_facilitator_sees_the_working_in_korean_too(game: Game) -> None:
    _to_adjudication(game)
    english = view(game.state, FACILITATOR)["results"][0]
    korean = view(game.state, FACILITATOR, language="ko")["results"][0]
    first = game.state.adjudications[0]
    assert english["base"] == korean["base"] == first.base
    assert english["rationale"] == first.rationale
    assert "주사위" in korean["rationale"] and f"{first.probability:.0%}" in korean["rationale"]
    assert [v for _, v in english["modifiers"]] == [v for _, v in korean["modifiers"]]


def test_the_log_says_who_released_each_inject_and_what_an_undo_took_back() -> None:
    events: list = []
    game = Game.new(mini_scenario(), seed=2, recorder=lambda r: events.extend(x.event for x in r))
    game.add_inject("Storm", "Ports close.", None)
    game.advance()
    released = {e.inject: e.by for e in events if e.type == "inject_released"}
    assert released == {"INJ-1": "schedule", "INJ-2": "schedule", "ADHOC-1": "facilitator"}
    submit_bot_moves(game, game.scenario.actor_ids)
    game.advance()
    first = game.state.adjudications[0]
    game.override(first.id, not first.proposed, "test")
    game.undo()
    scenario = game.scenario
    action = scenario.action(first.actor, first.action)
    actor = scenario.actor(first.actor)
    assert describe(events[-1], scenario).endswith(f"override on {actor.name}: {action.name}")
    korean = describe(events[-1], scenario, "ko")
    assert f"{actor.name_ko}: {action.name_ko} 판정 변경" in korean


def test_a_published_outcome_can_be_taken_back_until_the_turn_closes(game: Game) -> None:
    _to_adjudication(game)
    before = game.state
    game.advance()  # publish
    assert game.state.phase is Phase.OUTCOME
    assert game.state.undo, "a publish is the facilitator's to take back"
    events = _log(game)
    label = game.undo()
    assert "turn 1" in label
    assert isinstance(events[-1], FacilitatorUndid) and events[-1].kind == "publish"
    after = game.state
    assert after.phase is Phase.ADJUDICATION
    assert (after.escalation, after.relations, after.indicators, after.successes) == (
        before.escalation,
        before.relations,
        before.indicators,
        before.successes,
    )
    assert after.adjudications == before.adjudications
    first = after.adjudications[0]
    game.override(first.id, not first.success, "published too soon")
    game.advance()
    assert game.state.phase is Phase.OUTCOME


def test_a_publish_cannot_be_taken_back_once_the_turn_has_closed(game: Game) -> None:
    _to_adjudication(game)
    game.advance()
    game.advance()  # next turn
    with pytest.raises(RuleError, match="nothing|no facilitator action"):
        game.undo()


def test_ad_hoc_text_and_override_reasons_have_a_size_limit(game: Game) -> None:
    with pytest.raises(RuleError, match="title is longer"):
        game.add_inject("t" * 201, "body", None)
    with pytest.raises(RuleError, match="text is longer"):
        game.add_inject("title", "b" * 4001, None)
    _to_adjudication(game)
    with pytest.raises(RuleError, match="reason is longer"):
        game.override(game.state.adjudications[0].id, True, "r" * 4001)
    assert not any(r.adhoc for r in game.state.injects.values())
