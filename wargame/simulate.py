"""Monte Carlo runs of bot games, headless: how often each ending comes, how high escalation
goes and how often each actor meets its objectives. Runs spread over processes with `jobs`.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from wargame.autoplay import play
from wargame.conditions import objectives_met
from wargame.engine import Game
from wargame.scenario import Scenario


@dataclass(frozen=True)
class RunResult:
    seed: int
    escalation: int
    ending: str
    turns: int
    objectives_met: dict[str, int]


@dataclass
class Summary:
    runs: int = 0
    escalation: Counter[int] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)
    objectives_met: Counter[str] = field(default_factory=Counter)
    turns: Counter[int] = field(default_factory=Counter)

    def add(self, result: RunResult) -> None:
        self.runs += 1
        self.escalation[result.escalation] += 1
        self.endings[result.ending] += 1
        self.turns[result.turns] += 1
        self.objectives_met.update(result.objectives_met)


def run_seed(base_seed: int, index: int) -> int:
    """The seed of run `index`: spread out, so neighbouring base seeds share no runs."""
    return random.Random(f"simulate/{base_seed}/{index}").getrandbits(31)


def play_one(scenario: Scenario, seed: int) -> RunResult:
    game = Game.new(scenario, seed)
    play(game, scenario.actor_ids)
    state = game.state
    return RunResult(
        seed=seed,
        escalation=state.escalation,
        ending=state.ending or "",
        turns=state.turn,
        objectives_met={a: len(objectives_met(state, a)) for a in scenario.actor_ids},
    )


_worker_scenario: Scenario | None = None


def _init_worker(scenario_json: str) -> None:
    global _worker_scenario
    _worker_scenario = Scenario.model_validate_json(scenario_json)


def _play_in_worker(seed: int) -> RunResult:
    assert _worker_scenario is not None
    return play_one(_worker_scenario, seed)


def simulate(
    scenario: Scenario,
    runs: int,
    seed: int,
    jobs: int = 1,
    on_result: Callable[[int], None] | None = None,
) -> Summary:
    """Play `runs` bot games; `on_result` hears how many are done after each one."""
    seeds = [run_seed(seed, i) for i in range(runs)]
    summary = Summary()
    if jobs <= 1:
        results = (play_one(scenario, s) for s in seeds)
        for done, result in enumerate(results, 1):
            summary.add(result)
            if on_result:
                on_result(done)
        return summary
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_init_worker,
        initargs=(scenario.model_dump_json(by_alias=True),),
    ) as pool:
        chunk = max(1, runs // (jobs * 8))
        for done, result in enumerate(pool.map(_play_in_worker, seeds, chunksize=chunk), 1):
            summary.add(result)
            if on_result:
                on_result(done)
    return summary
