"""Bot games are pinned event for event: a faster simulation must play exactly the games it
played before, since balance figures, saved what-if runs and replays all rest on that. The
digests were taken from the code as it stood before the simulation was made faster."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from wargame.autoplay import play
from wargame.engine import Game, Recorded
from wargame.scenario_file import load_scenario
from wargame.simulate import play_one, run_seed, simulate
from wargame.state_codec import encode

# run index -> digest of its event log; the first games unargued as in simulations, the
# last with the bots' arguments in English and Korean, as the CLI and the app play them.
GAMES: dict[int, tuple[str | None, str]] = {
    1: (None, "99d3c124e09756c9"),
    2: (None, "52a7e392e38ad27f"),
    3: (None, "d5f619f29ea10536"),
    4: (None, "2ba5703cba1ba136"),
    5: (None, "285cec0873508c81"),
    6: ("en", "ec8ba4d28b0a61bc"),
    7: ("ko", "23feee56e3468ab9"),
}
RUNS = "969efd7e0c6e72db"  # digest of the results of 20 simulated runs


def _digest(seed: int, language: str | None) -> str:
    """The whole log of a bot game: every event with its number and turn, and the world it
    left."""
    scenario = load_scenario("korea-2025")
    log: list[Recorded] = []
    game = Game.new(scenario, seed, recorder=log.extend)
    play(game, scenario.actor_ids, language=language)
    digest = hashlib.sha256()
    for recorded in log:
        digest.update(f"{recorded.seq} {recorded.turn} ".encode())
        digest.update(recorded.event.model_dump_json().encode())
    digest.update(encode(game.state).encode())
    return digest.hexdigest()[:16]


@pytest.mark.parametrize("index", sorted(GAMES))
def test_a_bot_game_plays_the_same_events_as_before(index: int) -> None:
    language, digest = GAMES[index]
    assert _digest(run_seed(1, index), language) == digest


@pytest.mark.parametrize("jobs", [1, 2])
def test_simulated_runs_give_the_same_results_as_before(jobs: int) -> None:
    scenario = load_scenario("korea-2025")
    results = [play_one(scenario, run_seed(3, i)) for i in range(20)]
    assert hashlib.sha256(repr(results).encode()).hexdigest()[:16] == RUNS
    summary = simulate(scenario, 20, 3, jobs=jobs)
    assert summary.paths == [r.path for r in results]
    assert summary.odds == Counter(o for r in results for o in r.odds)
