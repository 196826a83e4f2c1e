"""The participants' version of the report (`wargame report --for participants`): a whole game
with private injects, covert actions (a free action among them), hidden override reasons,
private hot-wash entries, the evaluator's working notes and the MSEL's notes for the
facilitator, written by the real command;
none of the withheld text is in its HTML or its PDF, and the reveal brings back only what some
seats never saw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ACTORS, FACILITATOR_ONLY, covert_scenario_data, steps_until
from paper import pdf_text

from wargame.events import ObservationModel
from wargame.free_actions import Judgement, ProposedAction
from wargame.names import action_name
from wargame.replay import new_game
from wargame.scenario import Scenario
from wargame.state import ChosenAction, Phase

COVERT = Scenario.model_validate(covert_scenario_data())
COVERT_SEATS = ACTORS[::2]  # seoul, washington, beijing move covertly; the others in the open


def _play_whole_game(path: Path) -> dict[str, list[str]]:
    """A whole game full of what the participants must not read; returns the texts the record
    holds, by what should become of them in the participants' version."""
    game_file, game = new_game(path, COVERT, 11)
    record_only: list[str] = []
    never_seen: list[str] = []
    told: list[str] = []
    with game_file:
        secret = game.add_inject("<adhoc-secret-title>", "<adhoc-secret-body>", ["seoul"])
        game.release_inject(secret)
        never_seen += ["<adhoc-secret-title>", "<adhoc-secret-body>"]
        for step in steps_until(lambda: game.state.ended, COVERT):
            phase, turn = game.state.phase, game.state.turn
            if phase is Phase.DELIBERATION:
                for actor in ACTORS:
                    argument = f"<argument-{actor}-{turn}>"
                    if actor in COVERT_SEATS:
                        target = COVERT.action(actor, "act_2").targets[0]
                        moves = [ChosenAction("act_2", target), ChosenAction("act_1")]
                        never_seen.append(argument)
                    else:
                        moves = [ChosenAction("act_1")]
                        told.append(argument)
                    proposals = []
                    if actor == "seoul":  # and a covert free action in its own words
                        moves = moves[:1]
                        proposals = [
                            ProposedAction(
                                title=f"<free-title-{turn}>", argument=f"<free-argument-{turn}>"
                            )
                        ]
                        never_seen += [f"<free-title-{turn}>", f"<free-argument-{turn}>"]
                    game.submit_move(actor, moves, argument, proposals)
                game.judge_free_action(
                    "seoul", 0, Judgement(accepted=True, reason="ok", base=0.5, audience=[])
                )
                game.advance(force=True)
                continue
            if phase is Phase.ADJUDICATION and game.state.adjudications:
                first, second = [a for a in game.state.adjudications if not a.free][:2]
                game.override(first.id, not first.proposed, f"<hidden-reason-{step}>")
                record_only.append(f"<hidden-reason-{step}>")
                game.override(
                    second.id, not second.proposed, f"<shown-reason-{step}>", reason_shown=True
                )
                told.append(f"<shown-reason-{step}>")
            game.advance()
        for kind, private, mark in (
            ("improvement", True, "<private-area>"),
            ("strength", True, "<private-strength>"),
            ("note", False, "<working-note>"),
        ):
            game.record_observation(ObservationModel(text=mark, kind=kind, private=private))
            record_only.append(mark)
        game.record_observation(ObservationModel(text="<open-area>", kind="improvement"))
        told.append("<open-area>")
        chronicle = game.chronicle
    for inject_id in game.state.released:
        text = game.state.injects[inject_id].text
        (never_seen if text.audience else told).extend([text.title, text.body])
    covert = {
        (a.actor, a.action) for r in chronicle for a in r.results if a.audience and not a.free
    }
    never_seen += [
        action_name(COVERT, actor, action, language)
        for actor, action in covert
        for language in ("en", "ko")
    ]
    record_only.append(FACILITATOR_ONLY)
    return {"record_only": record_only, "never_seen": never_seen, "told": told}


def _report(game: Path, out: Path, *options: str) -> str:
    """The report's text in both languages, from its HTML and its PDF alike."""
    texts = []
    for language in ("en", "ko"):
        html, pdf = out.with_suffix(f".{language}.html"), out.with_suffix(f".{language}.pdf")
        done = subprocess.run(
            [sys.executable, "-m", "wargame.cli", "report", str(game), "--html", str(html),
             "--pdf", str(pdf), "--language", language, *options],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        texts += [html.read_text(encoding="utf-8"), pdf_text(pdf)]
    return "\n".join(texts)


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    path = tmp_path_factory.mktemp("participants") / "whole.wargame"
    return path, _play_whole_game(path)


def test_the_participants_report_holds_none_of_the_withheld_text(
    played: tuple[Path, dict[str, list[str]]], tmp_path: Path
) -> None:
    game, texts = played
    assert texts["never_seen"] and texts["record_only"] and texts["told"]
    record = _report(game, tmp_path / "record")
    for text in texts["record_only"] + texts["never_seen"] + texts["told"]:
        assert text in record, f"the record lacks {text!r}: the test would prove nothing"
    participants = _report(game, tmp_path / "participants", "--for", "participants")
    leaked = [t for t in texts["record_only"] + texts["never_seen"] if t in participants]
    assert leaked == []
    assert [t for t in texts["told"] if t not in participants] == []
    assert "For the participants" in participants


def test_the_reveal_tells_what_some_seats_never_saw_but_not_the_record_only(
    played: tuple[Path, dict[str, list[str]]], tmp_path: Path
) -> None:
    game, texts = played
    revealed = _report(game, tmp_path / "revealed", "--for", "participants", "--reveal")
    assert [t for t in texts["never_seen"] + texts["told"] if t not in revealed] == []
    assert [t for t in texts["record_only"] if t in revealed] == []


def test_the_reveal_alone_is_a_user_error(
    played: tuple[Path, dict[str, list[str]]], tmp_path: Path
) -> None:
    game, _ = played
    done = subprocess.run(
        [sys.executable, "-m", "wargame.cli", "report", str(game), "--reveal",
         "--html", str(tmp_path / "r.html")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "--for participants" in done.stderr
    assert not (tmp_path / "r.html").exists()
