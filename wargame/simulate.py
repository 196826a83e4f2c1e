"""Monte Carlo runs of bot games, headless: how often each ending comes, how high escalation
goes and how often each actor meets its objectives. Runs spread over processes with `jobs`.

A run starts at the scenario's beginning, or at a position of a saved game ("what happens from
here?"): bots then take every seat, and only the dice of what follows differ between runs.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from wargame.autoplay import Strategy, play
from wargame.calibration import Forecast, Score, score
from wargame.chronicle import Chronicle
from wargame.conditions import objectives_met
from wargame.engine import Game
from wargame.errors import UserError
from wargame.scenario import Scenario
from wargame.state import WorldState
from wargame.state_codec import decode, decode_turn_record, encode, encode_turn_record


@dataclass(frozen=True)
class Position:
    """Where what-if runs start: the world at a point of a game, and what happened before."""

    state: WorldState
    chronicle: Chronicle = ()


@dataclass(frozen=True)
class RunResult:
    seed: int
    escalation: int
    ending: str
    turns: int
    path: tuple[int, ...] = ()  # escalation as each turn ended, from the first turn
    met: tuple[tuple[str, str], ...] = ()  # (actor, objective) met at the end
    crossed: tuple[tuple[str, str], ...] = ()  # (actor, red line) crossed during the game
    odds: tuple[tuple[float, bool], ...] = ()  # each action's probability and whether it happened
    unnamed: tuple[tuple[str, str], ...] = ()  # the red lines among them crossed by no one

    @property
    def peak(self) -> int:
        return max(self.path, default=self.escalation)

    @property
    def objectives_met(self) -> Counter[str]:
        """How many objectives each actor met at the end (actors that met none are absent)."""
        return Counter(actor for actor, _ in self.met)


@dataclass
class Summary:
    runs: int = 0
    escalation: Counter[int] = field(default_factory=Counter)
    peak: Counter[int] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)
    objectives_met: Counter[str] = field(default_factory=Counter)
    turns: Counter[int] = field(default_factory=Counter)
    paths: list[tuple[int, ...]] = field(default_factory=list)
    met: Counter[tuple[str, str]] = field(default_factory=Counter)
    crossed: Counter[tuple[str, str]] = field(default_factory=Counter)
    odds: Counter[tuple[float, bool]] = field(default_factory=Counter)
    unnamed: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, result: RunResult) -> None:
        self.runs += 1
        self.escalation[result.escalation] += 1
        self.peak[result.peak] += 1
        self.endings[result.ending] += 1
        self.turns[result.turns] += 1
        self.objectives_met.update(result.objectives_met)
        self.paths.append(result.path)
        self.met.update(result.met)
        self.crossed.update(result.crossed)
        self.odds.update(result.odds)
        self.unnamed.update(result.unnamed)

    def model_calibration(self) -> Score | None:
        """The model's odds scored against what its own dice made of them, over every action
        of every run; None when no action was taken."""
        forecasts = [
            Forecast(p, happened) for (p, happened), n in self.odds.items() for _ in range(n)
        ]
        return score(forecasts) if forecasts else None

    def share(self, ending: str) -> float:
        return self.endings[ending] / self.runs if self.runs else 0.0

    def margin(self, ending: str) -> float:
        """How far the share of `ending` may be off from what many more runs would give: the
        half-width of its 95% Wilson interval ("39% ± 7% of 200 runs")."""
        return wilson_margin(self.endings[ending], self.runs)

    def mean_objectives(self, actor: str) -> float:
        return self.objectives_met[actor] / self.runs if self.runs else 0.0

    def reaching(self, rung: int) -> list[int]:
        """For each run that reached `rung` as a turn ended, the first turn it did."""
        return [
            next(t for t, level in enumerate(p, 1) if level >= rung)
            for p in self.paths
            if max(p, default=0) >= rung
        ]

    def jumps(self, start: int) -> tuple[int, int]:
        """How many turns ended two rungs or more above where they began, of how many turns
        played (every run begins at `start`)."""
        turns = sum(len(p) for p in self.paths)
        steep = sum(b - a >= 2 for p in self.paths for a, b in zip((start, *p), p, strict=False))
        return steep, turns

    def band(self, low: float = 0.1, high: float = 0.9) -> list[tuple[int, int, int, int]]:
        """For each turn, the escalation of the runs still going then: (turn, the `low`
        quantile, the median, the `high` quantile)."""
        longest = max((len(p) for p in self.paths), default=0)
        band = []
        for index in range(longest):
            levels = sorted(p[index] for p in self.paths if len(p) > index)
            band.append(
                (index + 1, _quantile(levels, low), _quantile(levels, 0.5), _quantile(levels, high))
            )
        return band


def wilson_margin(count: int, runs: int, z: float = 1.96) -> float:
    """Half the width of the Wilson score interval for `count` of `runs`: unlike the textbook
    ± 1.96·√(p(1−p)/n), it is not zero for a share of 0% or 100%, which a few hundred runs say
    little about."""
    if runs == 0:
        return 0.0
    share = count / runs
    spread = z * math.sqrt(share * (1 - share) / runs + z * z / (4 * runs * runs))
    return spread / (1 + z * z / runs)


def _quantile(ordered: list[int], q: float) -> int:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Cancelled(UserError):
    """The runs were stopped before they were all played."""

    def __init__(self, done: int, runs: int) -> None:
        super().__init__(
            f"Stopped after {done} of {runs} runs.", f"{runs}회 중 {done}회를 마치고 멈췄습니다."
        )


def run_seed(base_seed: int, index: int) -> int:
    """The seed of run `index`: spread out, so neighbouring base seeds share no runs."""
    return random.Random(f"simulate/{base_seed}/{index}").getrandbits(31)


def play_one(
    scenario: Scenario,
    seed: int,
    start: Position | None = None,
    strategies: Mapping[str, Strategy] | None = None,
) -> RunResult:
    if start is None:
        game = Game.new(scenario, seed)
    else:
        # The dice and the bots' choices follow the game seed: a new one makes this run's future.
        game = Game(replace(start.state, seed=seed), chronicle=start.chronicle)
    # No one reads a run's arguments, and nothing in it weighs them: the bots move unargued.
    play(game, scenario.actor_ids, strategies=strategies, language=None)
    state = game.state
    played = game.chronicle[len(start.chronicle) if start else 0 :]
    return RunResult(
        seed=seed,
        escalation=state.escalation,
        ending=state.ending or "",
        turns=state.turn,
        path=tuple(record.escalation for record in game.chronicle),
        met=tuple((a, o) for a in scenario.actor_ids for o in objectives_met(state, a)),
        crossed=tuple((c.actor, c.red_line) for c in state.crossings),
        odds=tuple((a.probability, a.success) for record in played for a in record.results),
        unnamed=tuple((c.actor, c.red_line) for c in state.crossings if not c.by),
    )


_worker: tuple[Scenario, Position | None, Mapping[str, Strategy] | None] | None = None


def _init_worker(
    scenario_json: str,
    start: tuple[str, list[str]] | None,
    strategies: Mapping[str, Strategy] | None,
) -> None:
    global _worker
    scenario = Scenario.model_validate_json(scenario_json)
    position = None
    if start is not None:
        state, records = start
        position = Position(decode(scenario, state), tuple(decode_turn_record(r) for r in records))
    _worker = (scenario, position, strategies)


def _play_in_worker(seed: int) -> RunResult:
    assert _worker is not None
    scenario, start, strategies = _worker
    return play_one(scenario, seed, start, strategies)


def simulate(
    scenario: Scenario,
    runs: int,
    seed: int,
    jobs: int = 1,
    on_result: Callable[[int], None] | None = None,
    start: Position | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    strategies: Mapping[str, Strategy] | None = None,
) -> Summary:
    """Play `runs` bot games, from the beginning or from `start`; `on_result` hears how many
    are done after each one, and `cancelled` is asked between runs (then `Cancelled`). Seats
    named in `strategies` follow them instead of their bots (they must pickle, for `jobs`)."""
    seeds = [run_seed(seed, i) for i in range(runs)]
    summary = Summary()
    if jobs <= 1:
        for done, run in enumerate(seeds, 1):
            if cancelled():
                raise Cancelled(done - 1, runs)
            summary.add(play_one(scenario, run, start, strategies))
            if on_result:
                on_result(done)
        return summary
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_init_worker,
        initargs=(scenario.model_dump_json(by_alias=True), _encoded(start), strategies),
    ) as pool:
        chunk = max(1, runs // (jobs * 8))
        for done, result in enumerate(pool.map(_play_in_worker, seeds, chunksize=chunk), 1):
            summary.add(result)
            if on_result:
                on_result(done)
            if cancelled():
                pool.shutdown(cancel_futures=True)
                raise Cancelled(done, runs)
    return summary


def _encoded(start: Position | None) -> tuple[str, list[str]] | None:
    if start is None:
        return None
    return encode(start.state), [encode_turn_record(r) for r in start.chronicle]
