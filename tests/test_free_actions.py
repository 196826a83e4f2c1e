"""Free actions: a seat proposes an action not on its menu; the facilitator sets its odds with
named factors, its audience and its effects, or rejects it; it is rolled, logged, shown through
the fog and reported like any other action."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from helpers import mini_scenario
from pypdf import PdfReader

from wargame.describe import describe
from wargame.engine import Game, fold
from wargame.errors import RuleError
from wargame.events import ActionAdjudicated, Event
from wargame.fog import FACILITATOR, PUBLIC, view
from wargame.free_actions import Judgement, ProposedAction
from wargame.replay import new_game
from wargame.report import build_report, report_html
from wargame.report_pdf import write_pdf
from wargame.scenario import Effect, IndicatorChange, RelationChange
from wargame.session import Refused, Session
from wargame.state import ChosenAction, Phase
from wargame.state_codec import decode, encode
from wargame.store import GameFile

BACK_CHANNEL = ProposedAction(
    title="Quiet talks in Singapore", target="pyongyang", argument="SEOUL-FREE-ARGUMENT-5521"
)
COVERT = Judgement(
    accepted=True,
    reason="Plausible: both sides have used the channel before",
    base=0.4,
    factors=[("Channel used before", 0.1), ("Elections near", -0.05)],
    audience=["washington"],
    on_success=Effect(
        escalation=-1,
        relations=[RelationChange(between=("self", "target"), change=20)],
    ),
    on_failure=Effect(indicators=[IndicatorChange(actor="self", indicator="support", change=-5)]),
)


def _deliberating() -> tuple[Game, list[Event]]:
    log: list[Event] = []
    game = Game.new(mini_scenario(), seed=21, recorder=lambda rs: log.extend(r.event for r in rs))
    game.advance()
    return game, log


def _others_move(game: Game) -> None:
    for actor in game.scenario.actor_ids:
        if actor not in game.state.moves:
            game.submit_move(actor, [])


def test_an_accepted_free_action_is_rolled_at_the_facilitators_odds_and_its_effects_apply() -> None:
    game, log = _deliberating()
    game.submit_move("seoul", [ChosenAction("act_1")], "Seoul's argument", [BACK_CHANNEL])
    _others_move(game)
    assert game.next_step().unjudged == ("seoul",) and not game.next_step().enabled
    with pytest.raises(RuleError, match="First judge the free actions proposed by: Seoul"):
        game.advance(force=True)
    game.judge_free_action("seoul", 0, COVERT)
    assert game.next_step().enabled
    game.advance()
    (free,) = [a for a in game.state.adjudications if a.free is not None]
    assert (free.action, free.target, free.base, free.probability) == (
        "free-1", "pyongyang", 0.4, 0.45
    )  # fmt: skip
    assert [(f.name, f.value) for f in free.modifiers] == [
        ("Channel used before", 0.1), ("Elections near", -0.05)
    ]  # fmt: skip
    assert free.audience == frozenset({"seoul", "washington"})
    assert free.argument == "SEOUL-FREE-ARGUMENT-5521"
    before = game.state
    game.advance()  # publish
    state = game.state
    if free.success:
        assert state.escalation == before.escalation - 1
        assert state.relation("seoul", "pyongyang") == before.relation("seoul", "pyongyang") + 20
    else:
        assert state.indicator("seoul", "support") == before.indicator("seoul", "support") - 5
    assert fold(game.scenario, log) == state
    assert decode(game.scenario, encode(state)) == state
    game.undo()  # the publish, taken back exactly
    assert game.state.indicators == before.indicators
    assert game.state.relations == before.relations
    assert game.state.escalation == before.escalation
    assert fold(game.scenario, log) == game.state


def test_a_covert_free_action_reaches_only_its_audience() -> None:
    game, _ = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    _others_move(game)
    game.judge_free_action("seoul", 0, COVERT)
    game.advance()
    game.advance()  # published
    for seat in ("seoul", "washington", FACILITATOR):
        names = [r["action_name"] for r in view(game.state, seat)["results"]]
        assert "Quiet talks in Singapore" in names, seat
    for seat in ("pyongyang", "moscow", "beijing", PUBLIC):
        text = json.dumps(view(game.state, seat), ensure_ascii=False)
        assert "Quiet talks" not in text and "SEOUL-FREE-ARGUMENT" not in text, seat
    shown = next(r for r in view(game.state, "washington")["results"] if r["free"])
    assert shown["category"] == "free" and shown["modifiers"][0] == ["Channel used before", 0.1]
    assert "argument" not in shown  # the proposer's words are its own and the facilitator's
    korean = next(r for r in view(game.state, "seoul", "ko")["results"] if r["free"])
    assert korean["rationale"].startswith("seoul: Quiet talks in Singapore (대상: pyongyang)")


def test_a_rejected_free_action_is_not_rolled_and_its_seat_learns_why() -> None:
    game, log = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    _others_move(game)
    game.judge_free_action("seoul", 0, Judgement(accepted=False, reason="Not in this world"))
    (proposal,) = view(game.state, "seoul")["moves"]["seoul"]["proposals"]
    assert (proposal["judged"], proposal["reason"]) == (False, "Not in this world")
    assert "Not in this world" not in json.dumps(view(game.state, "moscow"))
    game.advance()
    assert not [a for a in game.state.adjudications if a.free is not None]
    lines = [describe(e, game.scenario) for e in log]
    assert "Seoul submits a move: free action 'Quiet talks in Singapore' → Pyongyang" in lines
    assert "Facilitator rejects Seoul's free action 1: Not in this world" in lines


def test_the_log_tells_the_judgement_and_the_roll_in_both_languages() -> None:
    game, log = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    _others_move(game)
    game.judge_free_action("seoul", 0, COVERT)
    game.advance()
    judged = describe(log[-len(game.state.adjudications) - 2], game.scenario)
    assert judged == (
        "Facilitator accepts Seoul's free action 1: base 40%, Channel used before +10%, "
        "Elections near -5%, known only to Seoul, Washington; "
        "Plausible: both sides have used the channel before"
    )
    rolled = next(e for e in log if isinstance(e, ActionAdjudicated) and e.free)
    assert describe(rolled, game.scenario).startswith("Seoul: Quiet talks in Singapore")
    assert "자유 행동 1" in describe(log[-len(game.state.adjudications) - 2], game.scenario, "ko")


def test_a_revised_move_is_judged_afresh() -> None:
    game, _ = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    game.judge_free_action("seoul", 0, COVERT)
    assert game.state.moves["seoul"].unjudged() == []
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    assert game.state.moves["seoul"].unjudged() == [0]


@pytest.mark.parametrize(
    ("proposals", "message"),
    [
        ([BACK_CHANNEL] * 3, "At most 2 actions"),
        ([ProposedAction(title="  ")], "needs a short title"),
        ([ProposedAction(title="Self", target="seoul")], "aims at another seat"),
        ([ProposedAction(title="Far", target="tokyo")], "aims at another seat"),
    ],
)
def test_a_proposal_the_rules_refuse_changes_nothing(
    proposals: list[ProposedAction], message: str
) -> None:
    game, log = _deliberating()
    before = len(log)
    with pytest.raises(RuleError, match=message):
        game.submit_move("seoul", [], "", proposals)
    assert len(log) == before


@pytest.mark.parametrize(
    ("judgement", "message"),
    [
        (COVERT.model_copy(update={"reason": " "}), "needs a reason"),
        (COVERT.model_copy(update={"base": 0.99}), "between 5% and 95%"),
        (COVERT.model_copy(update={"factors": [("", 0.1)]}), "a name and a change"),
        (COVERT.model_copy(update={"factors": [("Luck", 0.0)]}), "a name and a change"),
        (COVERT.model_copy(update={"audience": ["tokyo"]}), "Unknown seat"),
        (
            COVERT.model_copy(
                update={"on_success": Effect(relations=[
                    RelationChange(between=("self", "nobody"), change=1)
                ])}
            ),
            "unknown actor 'nobody'",
        ),
    ],
)  # fmt: skip
def test_a_judgement_the_rules_refuse_changes_nothing(judgement: Judgement, message: str) -> None:
    game, log = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    before = len(log)
    with pytest.raises(RuleError, match=message):
        game.judge_free_action("seoul", 0, judgement)
    assert len(log) == before


def test_free_actions_are_judged_only_during_deliberation_and_only_if_proposed() -> None:
    game, _ = _deliberating()
    with pytest.raises(RuleError, match="no free action number 1"):
        game.judge_free_action("seoul", 0, COVERT)
    _others_move(game)
    game.advance()
    assert game.state.phase is Phase.ADJUDICATION
    with pytest.raises(RuleError, match="during deliberation"):
        game.judge_free_action("seoul", 0, COVERT)


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved game whose first turn has an accepted covert free action and a rejected one."""
    path = tmp_path_factory.mktemp("free") / "free.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=21)
    with game_file:
        game.advance()
        rejected = ProposedAction(title="Annex the moon", argument="MOSCOW-FREE-ARGUMENT")
        game.submit_move("seoul", [], "", [BACK_CHANNEL])
        game.submit_move("moscow", [], "", [rejected])
        _others_move(game)
        game.judge_free_action("seoul", 0, COVERT)
        game.judge_free_action("moscow", 0, Judgement(accepted=False, reason="Out of the world"))
        game.advance()
        game.advance()
    return path


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Quiet talks in Singapore (free action)", "Its argument: SEOUL-FREE-ARGUMENT-5521",
                "Facilitator rejects Moscow's free action 1: Out of the world",
                "Free action turned down: Annex the moon: Out of the world"]),
        ("ko", ["Quiet talks in Singapore (자유 행동)", "이 행동의 논거: SEOUL-FREE-ARGUMENT-5521",
                "받아들여지지 않은 자유 행동: Annex the moon: Out of the world"]),
    ],
)  # fmt: skip
def test_the_report_shows_free_actions_and_their_judgements(
    played: Path, tmp_path: Path, language: str, expected: list[str]
) -> None:
    with GameFile.open(played) as game_file:
        report = build_report(game_file, language)
    html = " ".join(unescape(re.sub(r"<[^>]+>", "", report_html(report))).split())
    pdf = tmp_path / "report.pdf"
    write_pdf(report, pdf)
    text = _pdf_text(pdf)
    for words in expected:
        assert words in html, words
        assert words in text, words


def test_the_log_command_and_a_seats_replay_treat_free_actions_like_any_other(played: Path) -> None:
    def wargame(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "wargame.cli", *args],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    log = wargame("log", str(played))
    assert "Seoul submits a move: free action 'Quiet talks in Singapore' → Pyongyang" in log
    assert "Facilitator accepts Seoul's free action 1: base 40%" in log
    assert "Seoul: Quiet talks in Singapore succeeds (p=45%, roll 0.33)" in log
    washington = json.loads(wargame("replay", str(played), "--seat", "washington", "--json"))
    assert any(r["action_name"] == "Quiet talks in Singapore" for r in washington["results"])
    moscow = wargame("replay", str(played), "--seat", "moscow", "--json")
    assert "Quiet talks" not in moscow and "SEOUL-FREE" not in moscow


def test_only_the_facilitator_judges_and_only_a_seat_proposes_its_own(tmp_path: Path) -> None:
    session, facilitator = Session.create(
        tmp_path / "s.wargame", mini_scenario(), 7, humans={"seoul": "1234", "moscow": "9876"}
    )
    try:
        session.advance(facilitator)
        seoul = session.sign_in("seoul", "1234").principal
        moscow = session.sign_in("moscow", "9876").principal
        assert seoul is not None and moscow is not None
        with pytest.raises(Refused):
            session.submit_move(moscow, "seoul", [], "", [BACK_CHANNEL])
        session.submit_move(seoul, "seoul", [], "", [BACK_CHANNEL])
        for someone in (seoul, moscow, session.white_cell):
            with pytest.raises(Refused):
                session.judge_free_action(someone, "seoul", 0, COVERT)
        assert session.state.moves["seoul"].unjudged() == [0]
        session.judge_free_action(facilitator, "seoul", 0, COVERT)
        assert session.state.moves["seoul"].unjudged() == []
        # The bots moved when deliberation opened, and never propose a free action.
        assert all(not m.proposals for a, m in session.state.moves.items() if a != "seoul")
    finally:
        session.close()


def test_the_facilitators_undo_takes_a_judgement_back_exactly() -> None:
    game, log = _deliberating()
    game.submit_move("seoul", [], "", [BACK_CHANNEL])
    game.judge_free_action("seoul", 0, COVERT)
    turned_down = Judgement(accepted=False, reason="On second thoughts")
    game.judge_free_action("seoul", 0, turned_down)
    assert game.undo() == "judgement of Seoul's free action 1"
    assert game.state.moves["seoul"].judgements[0] == COVERT.model_copy(
        update={"audience": ["seoul", "washington"]}
    )
    game.undo()
    assert game.state.moves["seoul"].unjudged() == [0]
    assert fold(game.scenario, log) == game.state
    game.judge_free_action("seoul", 0, turned_down)
    game.submit_move("seoul", [], "", [BACK_CHANNEL])  # a revision leaves nothing to undo
    with pytest.raises(RuleError, match="no facilitator action to undo"):
        game.undo()
