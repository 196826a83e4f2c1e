"""Replay: the world at every command of a saved game is the world the players had then."""

from __future__ import annotations

from pathlib import Path

from helpers import mini_scenario, steps_until

from wargame.autoplay import play
from wargame.engine import Recorded
from wargame.replay import command_ends, new_game, state_at
from wargame.state_codec import encode, encode_turn_record
from wargame.store import GameFile


def test_replay_at_every_command_equals_the_live_state(tmp_path: Path) -> None:
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=12)
    live: dict[int, str] = {}
    chronicles: dict[int, int] = {}
    with game_file:

        def record_and_remember(batch: list[Recorded]) -> None:
            game_file.record(batch)
            live[batch[-1].seq] = encode(batch[-1].state)

        game.record_with(record_and_remember)
        game.add_inject("A late development", "Said by the facilitator.", ["seoul"])
        game.undo()
        for _ in steps_until(lambda: game.state.ended, game.scenario):
            before = len(game.chronicle)
            play(game, game.scenario.actor_ids, turns=1)
            chronicles[game.state.seq] = len(game.chronicle)
            assert len(game.chronicle) == before + 1
        final_chronicle = game.chronicle
    with GameFile.open(path) as replay:
        ends = command_ends(replay)
        assert set(live) <= set(ends), "every command is a step of the replay"
        for seq, encoded in live.items():
            assert encode(state_at(replay, seq)) == encoded
        assert [encode_turn_record(r) for r in replay.chronicle()] == [
            encode_turn_record(r) for r in final_chronicle
        ]
        for seq, length in chronicles.items():
            assert len(replay.chronicle(upto=seq)) == length


def test_an_adjudication_is_one_step_not_one_per_action(tmp_path: Path) -> None:
    path = tmp_path / "g.wargame"
    game_file, game = new_game(path, mini_scenario(), seed=2)
    with game_file:
        play(game, game.scenario.actor_ids, turns=1)
    with GameFile.open(path) as replay:
        events = replay.events()
        ends = command_ends(replay)
        adjudicated = [e.seq for e in events if e.event.type == "action_adjudicated"]
        assert len(adjudicated) > 1
        inside = [end for end in ends if adjudicated[0] <= end < adjudicated[-1]]
        assert inside == [], "no step stops between two actions of one adjudication"
