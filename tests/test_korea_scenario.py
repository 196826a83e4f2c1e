"""The default scenario holds what the exercise promises, and every future can be played."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from wargame.engine import Game
from wargame.fog import PUBLIC, view
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
            assert "estimat" in (inject.notes or ""), inject.id
            assert "추정" in (inject.notes_ko or ""), inject.id
    undated = [
        i for i in korea.injects if all(s.seed.startswith("004") for s in i.sources) and i.sources
    ]
    assert undated and all(i.date_estimated for i in undated)


def test_a_seed_dated_october_2024_moves_what_comes_later_rather_than_estimating_it(
    korea: Scenario,
) -> None:
    published = {d.file[:3]: d.published for d in korea.seeds}
    assert published == {"000": date(2025, 11, 5), "003": "2024-10", "004": None}
    moved = {i.id for i in korea.injects if i.date_moved}
    assert {"INJ-06", "INJ-09", "INJ-19"} <= moved
    for inject in korea.injects:
        if inject.date_moved:
            assert "moved" in (inject.notes or ""), inject.id
            assert "옮겨" in (inject.notes_ko or ""), inject.id
    # Dated on the day of the article that reports or analyses them: known, not estimated.
    for inject_id in ("INJ-24", "INJ-25"):
        assert korea.inject(inject_id).date_documented, inject_id


def test_every_inject_says_what_it_rests_on_and_cites_its_sources(korea: Scenario) -> None:
    for inject in korea.injects:
        assert inject.basis is not None, inject.id
        assert inject.sources, inject.id
        assert inject.notes and inject.notes_ko, inject.id
    assert {i.basis for i in korea.injects} == {
        "reported",
        "analysis",
        "projection",
        "exercise_device",
    }


# What the seeds call expected or possible is not told as dated fact.
NOT_FACT = ("INJ-12", "INJ-15", "INJ-18", "INJ-21", "INJ-25", "INJ-26", "INJ-27", "INJ-28",
            "INJ-29", "INJ-32")  # fmt: skip


def test_what_the_seeds_only_suggest_is_not_told_as_reported_fact(korea: Scenario) -> None:
    for inject_id in NOT_FACT:
        assert korea.inject(inject_id).basis != "reported", inject_id
    # The seed reports the visit as impending: the expectation is reported, the visit is not.
    visit = korea.inject("INJ-24")
    assert visit.basis == "reported" and "due" in visit.body and "expected" in visit.body
    # "Likely reassessing" is the article's own reading.
    assert korea.inject("INJ-25").basis == "analysis"
    assert "5,000 soldiers" in korea.inject("INJ-22").body
    assert "more soldiers" not in korea.inject("INJ-22").body
    assert "ministr" not in korea.inject("INJ-19").body.lower()
    assert "If the challenger wins" in korea.inject("INJ-06").body


# Designer notes that once sat in inject bodies: players see the basis badge instead.
FACILITATOR_WORDS = ("Released when", "date is estimated", "exercise projection", "Seen by",
                     "Shared with", "공개되며", "추정치", "연습용 가정")  # fmt: skip


# What injects once said that their seeds do not: a source or a place the seed does not name, a
# route it does not give, a condition on a vote already held, a word it does not use.
UNSUPPORTED = {
    "INJ-02": ("State media", "관영 매체"),
    "INJ-03": ("by sea", "해상"),
    "INJ-04": ("Kyiv expects", "우크라이나는 이들 사이에서"),
    "INJ-09": ("several capitals", "여러 나라의 분석가"),
    "INJ-10": ("if the election brings", "선거로 워싱턴에 새 행정부가 들어선다면"),
    "INJ-12": ("Reports suggest", "welfare", "보도가 나옵니다", "복지"),
    "INJ-14": ("Historians", "역사학자"),
    "INJ-16": ("Scholars", "former officials", "학자와 전직 관료"),
    "INJ-18": ("economists", "Analysts expect", "경제학자", "분석가들은"),
    "INJ-19": ("in Seoul argue", "서울의 논평가"),
    "INJ-20": ("Observers", "관측통"),
}


def test_no_inject_says_what_its_seed_does_not(korea: Scenario) -> None:
    for inject_id, phrases in UNSUPPORTED.items():
        inject = korea.inject(inject_id)
        text = " ".join((inject.title, inject.title_ko or "", inject.body, inject.body_ko or ""))
        for phrase in phrases:
            assert phrase not in text, (inject_id, phrase)
    assert "Experts" in korea.inject("INJ-09").body
    assert "economic inequality" in korea.inject("INJ-12").body
    assert "경제적 불평등" in (korea.inject("INJ-12").body_ko or "")


def test_the_election_result_is_the_records_as_the_secretary_of_war_implies(
    korea: Scenario,
) -> None:
    """The title Secretary of War belongs to the administration that took office in 2025, so
    the facilitator is not told to leave the vote of November 2024 open."""
    assert any("Secretary of War" in i.body for i in korea.injects)
    eve = korea.inject("INJ-06")
    assert "Trump" in (eve.notes or "") and "트럼프" in (eve.notes_ko or "")
    assert "leaves it open" not in (eve.notes or "")
    assert "연습은 이를 열어 두며" not in (eve.notes_ko or "")


def test_player_visible_text_carries_no_designer_notes(korea: Scenario) -> None:
    for inject in korea.injects:
        for text in (inject.title, inject.title_ko or "", inject.body, inject.body_ko or ""):
            for words in FACILITATOR_WORDS:
                assert words not in text, (inject.id, words)


def test_the_key_injects_guide_the_facilitator_in_both_languages(korea: Scenario) -> None:
    guided = [i for i in korea.injects if i.expected_actions and i.discussion_questions]
    assert len(guided) >= 10
    for inject in korea.injects:
        assert len(inject.expected_actions) == len(inject.expected_actions_ko), inject.id
        assert len(inject.discussion_questions) == len(inject.discussion_questions_ko), inject.id


def test_exercise_objectives_are_stated_and_each_is_served(korea: Scenario) -> None:
    assert 3 <= len(korea.exercise_objectives) <= 5
    served = {o for i in korea.injects for o in i.exercise_objectives}
    assert served == {o.id for o in korea.exercise_objectives}
    for objective in korea.exercise_objectives:
        assert objective.text_ko and re.search(r"[\uac00-\ud7a3]", objective.text_ko)


def test_every_action_is_described_in_korean(korea: Scenario) -> None:
    for actor in korea.actors:
        for action in actor.actions:
            assert action.description_ko, f"{actor.id}.{action.id}"
            assert re.search(r"[\uac00-\ud7a3]", action.description_ko), action.id


def test_every_text_a_seat_reads_in_results_and_briefs_has_korean(korea: Scenario) -> None:
    """Modifiers are named in every seat's results; objectives, red lines and endings are in
    the briefs, the board and the report."""
    hangul = re.compile(r"[\uac00-\ud7a3]")
    texts = [
        (f"{actor.id}.{action.id}: {m.name}", m.name_ko)
        for actor in korea.actors
        for action in actor.actions
        for m in action.modifiers
    ]
    for actor in korea.actors:
        texts += [(f"{actor.id}.{o.id}", o.text_ko) for o in actor.objectives]
        texts += [(f"{actor.id}.{r.id}", r.text_ko) for r in actor.red_lines]
    texts += [(e.id, e.description_ko) for e in korea.endings]
    assert [where for where, korean in texts if not (korean and hangul.search(korean))] == []


def test_no_title_from_2025_is_used_for_2024(korea: Scenario) -> None:
    """The US Secretary of Defense is also styled Secretary of War only from September 2025."""
    visit = korea.action("washington", "dmz_visit")
    assert not visit.name.startswith("Secretary of War")
    for inject in korea.injects:
        if "Secretary of War" in inject.body:
            assert inject.date.isoformat() >= "2025-09", inject.id


def test_each_brief_states_the_artificiality_of_perfect_information(korea: Scenario) -> None:
    for actor in korea.actors:
        assert "Exercise artificiality:" in actor.brief, actor.id
        assert "연습상의 인위적 설정:" in (actor.brief_ko or ""), actor.id


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


def test_no_korea_note_reaches_a_seat_or_the_projector(korea: Scenario) -> None:
    game = Game.new(korea, seed=9)
    for inject in korea.injects:
        if not game.state.is_released(inject.id):
            game.release_inject(inject.id)
    noted = [i for i in korea.injects if i.notes]
    assert noted, "the korea MSEL carries notes for the facilitator"
    for seat in (*korea.actor_ids, PUBLIC):
        for language in ("en", "ko"):
            text = json.dumps(view(game.state, seat, language), ensure_ascii=False)
            for inject in noted:
                for note in (inject.notes, inject.notes_ko):
                    assert not note or note not in text, (seat, inject.id)
