"""The default scenario holds what the exercise promises, and every future can be played."""

from __future__ import annotations

import re

import pytest

from wargame.scenario import Category, Condition, Scenario
from wargame.scenario_file import load_scenario
from wargame.simulate import play_one, run_seed

ALL_EVENTS = {f"E{n:02d}" for n in range(1, 29)}


@pytest.fixture(scope="module")
def korea() -> Scenario:
    return load_scenario("korea-2025")


def test_five_actors_with_names_in_english_and_korean(korea: Scenario) -> None:
    assert korea.actor_ids == ("seoul", "pyongyang", "washington", "moscow", "beijing")
    for actor in korea.actors:
        assert actor.name and re.search(r"[\uac00-\ud7a3]", actor.name_ko)
        assert 2 <= len(actor.objectives) <= 4
        assert actor.red_lines
        assert set(actor.indicators) == {i.id for i in korea.indicators}
        assert len({a.colour.lower() for a in korea.actors}) == 5


def test_escalation_ladder_climbs_from_the_armistice(korea: Scenario) -> None:
    assert len(korea.escalation_ladder) >= 8
    assert "armistice" in korea.escalation_ladder[0].name.lower()


def test_each_actor_has_a_dime_menu(korea: Scenario) -> None:
    for actor in korea.actors:
        assert len(actor.actions) >= 6
        assert {a.category for a in actor.actions} == set(Category)
        for action in actor.actions:
            assert action.sources, f"{actor.id}.{action.id} cites no source"


def test_msel_covers_every_documented_event(korea: Scenario) -> None:
    assert len(korea.injects) >= 24
    turns = {i.turn for i in korea.injects if i.turn is not None}
    assert len(turns) >= 8
    cited = {e for i in korea.injects for s in i.sources for e in s.events}
    assert cited == ALL_EVENTS
    for inject in korea.injects:
        assert inject.sources, f"{inject.id} cites no source"


# From the seed catalogue (EVENTS.md): which article documents which events.
CATALOGUE = (
    {f"E{n:02d}": "000" for n in range(1, 9)}
    | {f"E{n:02d}": "003" for n in range(9, 18)}
    | {f"E{n:02d}": "004" for n in range(18, 29)}
)
SEED_FILES = {"000_37083db0633f7edd.txt", "003_cb11171513d55cdf.txt", "004_f6c15412e48a44cc.txt"}


def test_citations_name_the_seed_files_and_their_events(korea: Scenario) -> None:
    assert {d.file for d in korea.seeds} == SEED_FILES
    for inject in korea.injects:
        for source in inject.sources:
            assert source.seed in SEED_FILES
            for event in source.events:
                assert source.seed.startswith(CATALOGUE[event]), (inject.id, event)


def _released_by_condition(injects: list) -> list:
    return [i for i in injects if i.trigger is not None]


def test_conditional_and_private_injects(korea: Scenario) -> None:
    assert len(_released_by_condition(korea.injects)) >= 4
    private = [i for i in korea.injects if i.audience != "all"]
    assert len(private) >= 3
    troop_intel = [i for i in private if any("E04" in s.events for s in i.sources)]
    assert troop_intel, "the intelligence on the troop decision (E04) is private"


def test_undated_seeds_say_their_dates_are_estimated(korea: Scenario) -> None:
    for inject in korea.injects:
        if inject.date_estimated:
            assert "estimat" in inject.body.lower(), inject.id
    undated = [
        i for i in korea.injects if all(s.seed.startswith("004") for s in i.sources) and i.sources
    ]
    assert undated and all(i.date_estimated for i in undated)


def _mentions(condition: Condition | None, text: str) -> bool:
    return condition is not None and text in condition.model_dump_json()


def test_the_three_futures_are_endings(korea: Scenario) -> None:
    cited = [{e for s in ending.sources for e in s.events} for ending in korea.endings]
    for future in ("E06", "E07", "E08"):
        assert any(future in events for events in cited), future
    assert korea.endings[-1].condition is None


def test_every_future_is_reachable_through_bot_play(korea: Scenario) -> None:
    futures = {
        e.id for e in korea.endings if any({"E06", "E07", "E08"} & set(s.events) for s in e.sources)
    }
    seen: dict[str, int] = {}
    for index in range(400):
        seed = run_seed(1, index)
        result = play_one(korea, seed)
        seen.setdefault(result.ending, seed)
        if futures <= set(seen):
            break
    assert futures <= set(seen), f"reached only {sorted(seen)}"
