"""The after-action report of a game, laid out as exercise planners know it (the HSEEP After-
Action Report / Improvement Plan): overview, objectives, a timeline of injects and decisions,
every adjudication with its working, charts over the turns, the hot wash, an improvement plan,
and the sources each inject rests on.

`build_report` reads a game file (only reading: it never changes the file) into plain data;
`report_html` renders that as one self-contained HTML file, `wargame.report_pdf` as a PDF. The
report is the facilitator's record: it holds everything, private injects marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from wargame.adjudication import rationale
from wargame.chronicle import Chronicle
from wargame.conditions import objectives_met, red_lines_crossed
from wargame.names import action_name, actor_name, ending_name, indicator_name, level_name
from wargame.replay import state_at
from wargame.report_words import WORDS
from wargame.scenario import Scenario
from wargame.simulate import Summary
from wargame.state import Adjudication, WorldState, pair
from wargame.store import GameFile
from wargame.svg_charts import Line, bar_chart, line_chart

ACTOR_INK = {
    "seoul": "#2f5d9a",
    "pyongyang": "#9a3b3b",
    "washington": "#3b6e6e",
    "moscow": "#7a5c2e",
    "beijing": "#b0702a",
}


@dataclass(frozen=True)
class Factor:
    name: str
    value: float


@dataclass(frozen=True)
class Decision:
    """One adjudicated action, with all its working."""

    actor: str
    action: str
    target: str
    category: str
    base: float
    factors: list[Factor]
    probability: float
    roll: float
    proposed: bool
    success: bool
    rationale: str
    argument: str
    override_reason: str


@dataclass(frozen=True)
class InjectLine:
    id: str
    title: str
    body: str
    audience: str  # empty: everyone
    adhoc: bool


@dataclass(frozen=True)
class Turn:
    number: int
    date: str
    injects: list[InjectLine]
    decisions: list[Decision]
    escalation: str


@dataclass(frozen=True)
class SeatResult:
    name: str
    player: str
    objectives: list[tuple[str, bool, int]]  # text, met at the end, turns it held
    red_lines: list[tuple[str, int]]  # text, turns it was crossed


@dataclass(frozen=True)
class Note:
    text: str
    about: str


@dataclass(frozen=True)
class Citation:
    inject: str
    title: str
    seed: str
    seed_title: str
    events: str


@dataclass
class Report:
    words: dict[str, str]
    language: str
    title: str
    subtitle: str
    facts: list[tuple[str, str]]
    ending: str
    ending_text: str
    seats: list[SeatResult]
    turns: list[Turn]
    charts: list[str]
    relations: list[tuple[str, int, int]]
    strengths: list[Note] = field(default_factory=list)
    improvements: list[Note] = field(default_factory=list)
    sources: list[Citation] = field(default_factory=list)


def build_report(game_file: GameFile, language: str = "en") -> Report:
    """The report of the game in `game_file` as it stands, in English or Korean."""
    language = "ko" if language == "ko" else "en"
    w = WORDS[language]
    state = state_at(game_file)
    chronicle = game_file.chronicle()
    scenario = game_file.scenario
    events = game_file.events()
    names = _Names(scenario, language)
    played = f"{_day(events[0].recorded_at)} – {_day(events[-1].recorded_at)}" if events else "—"
    humans = [a for a, s in state.seats.items() if s.human]
    facts = [
        (w["scenario"], names.title),
        (w["in_game_dates"], f"{scenario.start_date.isoformat()} – "
                             f"{scenario.date_of_turn(max(1, state.turn)).isoformat()}"),
        (w["played"], played),
        (w["turns_played"], f"{len(chronicle)} / {scenario.turns}"),
        (w["seats"], ", ".join(f"{names.actor(a)} ({w['human'] if a in humans else w['bot']})"
                               for a in scenario.actor_ids)),
        (w["facilitator"], w["guarded"] if state.facilitator_pin_hash else w["unguarded"]),
        (w["seed"], str(state.seed)),
        (w["file"], game_file.path.name),
    ]  # fmt: skip
    if game_file.lineage is not None:
        facts.append(
            (
                w["branched"],
                w["branched_from"]
                .replace("{parent}", Path(game_file.lineage.parent).name)
                .replace("{event}", str(game_file.lineage.event)),
            )
        )
    ending = ending_name(scenario, state.ending, language) if state.ending else w["not_ended"]
    ending_text = ""
    if state.ending:
        found = next(e for e in scenario.endings if e.id == state.ending)
        ending_text = (
            (found.description_ko or found.description) if language == "ko" else (found.description)
        )
    return Report(
        words=w,
        language=language,
        title=w["report_title"],
        subtitle=names.title,
        facts=facts,
        ending=ending,
        ending_text=ending_text,
        seats=_seat_results(state, chronicle, names, humans, w),
        turns=_turns(state, chronicle, names),
        charts=_charts(state, chronicle, names, w),
        relations=_relations(state, names),
        strengths=_notes(state, names, "strength"),
        improvements=_notes(state, names, "improvement"),
        sources=_sources(state, scenario, names),
    )


def _day(timestamp: str) -> str:
    return datetime.fromisoformat(timestamp).date().isoformat()


class _Names:
    """Scenario names in the report's language."""

    def __init__(self, scenario: Scenario, language: str) -> None:
        self.scenario, self.language = scenario, language
        self.title = scenario.title_ko if language == "ko" else scenario.title

    def actor(self, actor_id: str) -> str:
        return actor_name(self.scenario, actor_id, self.language)

    def action(self, actor_id: str, action_id: str) -> str:
        return action_name(self.scenario, actor_id, action_id, self.language)

    def level(self, level: int) -> str:
        return level_name(self.scenario, level, self.language)

    def pick(self, english: str, korean: str | None) -> str:
        return (korean or english) if self.language == "ko" else english


def _seat_results(
    state: WorldState, chronicle: Chronicle, names: _Names, humans: list[str], w: dict[str, str]
) -> list[SeatResult]:
    results = []
    for actor in names.scenario.actors:
        met_now = set(objectives_met(state, actor.id))
        crossed_now = set(red_lines_crossed(state, actor.id))
        objectives = [
            (
                names.pick(o.text, o.text_ko),
                o.id in met_now,
                sum(o.id in r.objectives_met[actor.id] for r in chronicle),
            )
            for o in actor.objectives
        ]
        red_lines = [
            (
                names.pick(r.text, r.text_ko),
                sum(r.id in t.red_lines_crossed[actor.id] for t in chronicle)
                + (1 if r.id in crossed_now and not chronicle else 0),
            )
            for r in actor.red_lines
        ]
        player = w["human"] if actor.id in humans else w["bot"]
        results.append(SeatResult(names.actor(actor.id), player, objectives, red_lines))
    return results


def _decision(item: Adjudication, names: _Names) -> Decision:
    action = names.scenario.action(item.actor, item.action)
    return Decision(
        actor=names.actor(item.actor),
        action=names.action(item.actor, item.action),
        target=names.actor(item.target) if item.target else "",
        category=action.category.value,
        base=item.base,
        factors=[
            Factor(f.name_ko if names.language == "ko" else f.name, f.value) for f in item.modifiers
        ],
        probability=item.probability,
        roll=item.roll,
        proposed=item.proposed,
        success=item.success,
        rationale=rationale(names.scenario, item, item.modifiers, names.language),
        argument=item.argument,
        override_reason=item.override_reason or "",
    )


def _turns(state: WorldState, chronicle: Chronicle, names: _Names) -> list[Turn]:
    scenario = names.scenario
    by_turn: dict[int, tuple[Adjudication, ...]] = {r.turn: r.results for r in chronicle}
    under_way = state.adjudications or any(
        state.injects[i].turn == state.turn for i in state.released
    )
    if state.turn and state.turn not in by_turn and under_way:
        by_turn[state.turn] = state.adjudications
    levels = {r.turn: r.escalation for r in chronicle}
    turns = []
    for number in sorted(by_turn):
        injects = [
            InjectLine(
                record.id,
                names.pick(record.text.title, _korean(scenario, record.id, "title")),
                names.pick(record.text.body, _korean(scenario, record.id, "body")),
                ", ".join(names.actor(a) for a in sorted(record.text.audience))
                if record.text.audience
                else "",
                record.adhoc,
            )
            for record in (state.injects[i] for i in state.released)
            if record.turn == number
        ]
        turns.append(
            Turn(
                number=number,
                date=scenario.date_of_turn(number).isoformat(),
                injects=injects,
                decisions=[_decision(item, names) for item in by_turn[number]],
                escalation=names.level(levels.get(number, state.escalation)),
            )
        )
    return turns


def _korean(scenario: Scenario, inject_id: str, part: str) -> str | None:
    inject = next((i for i in scenario.injects if i.id == inject_id), None)
    return getattr(inject, f"{part}_ko", None) if inject else None


def _charts(state: WorldState, chronicle: Chronicle, names: _Names, w: dict[str, str]) -> list[str]:
    scenario = names.scenario
    turns = scenario.turns
    top = scenario.top_escalation
    escalation = line_chart(
        w["chart_escalation"],
        turns,
        [(float(level), str(level)) for level in range(top + 1)],
        [
            Line(
                names.level(chronicle[-1].escalation if chronicle else state.escalation),
                "#1f2933",
                [(0, scenario.start_escalation)] + [(r.turn, r.escalation) for r in chronicle],
            )
        ],
        w["turn"],
    )
    charts = [escalation]
    for indicator in scenario.indicators:
        lines = [
            Line(
                names.actor(actor.id),
                ACTOR_INK.get(actor.id, actor.colour),
                [(0, actor.indicators.get(indicator.id, 0))]
                + [(r.turn, r.indicators[actor.id][indicator.id]) for r in chronicle],
            )
            for actor in scenario.actors
        ]
        title = indicator_name(scenario, indicator.id, names.language)
        charts.append(
            line_chart(title, turns, [(v, str(v)) for v in (0, 25, 50, 75, 100)], lines, w["turn"])
        )
    return charts


def _relations(state: WorldState, names: _Names) -> list[tuple[str, int, int]]:
    scenario = names.scenario
    start = {pair(*r.between): r.value for r in scenario.relations}
    ids = scenario.actor_ids
    return [
        (f"{names.actor(a)} – {names.actor(b)}", start.get(pair(a, b), 0), state.relation(a, b))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    ]


def _notes(state: WorldState, names: _Names, kind: str) -> list[Note]:
    notes = []
    for o in state.observations.values():
        if o.kind != kind:
            continue
        about = [names.actor(a) for a in o.seats]
        if o.turn is not None:
            about.append(f"T{o.turn}")
        if o.inject:
            about.append(o.inject)
        if o.objective:
            actor, _, objective = o.objective.partition("/")
            found = next(x for x in names.scenario.actor(actor).objectives if x.id == objective)
            about.append(f"{names.actor(actor)}: {names.pick(found.text, found.text_ko)}")
        notes.append(Note(o.text, "; ".join(about)))
    return notes


def _sources(state: WorldState, scenario: Scenario, names: _Names) -> list[Citation]:
    titles = {d.file: d.title for d in scenario.seeds}
    cited = []
    for inject_id in state.released:
        inject = next((i for i in scenario.injects if i.id == inject_id), None)
        if inject is None:
            continue  # an ad hoc inject cites nothing
        for source in inject.sources:
            cited.append(
                Citation(
                    inject.id,
                    names.pick(inject.title, inject.title_ko),
                    source.seed,
                    titles.get(source.seed, ""),
                    ", ".join(source.events),
                )
            )
    return cited


_environment = Environment(
    loader=PackageLoader("wargame", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def report_html(report: Report) -> str:
    """One self-contained HTML page: styles and charts inline, every text escaped."""
    return _environment.get_template("report.html").render(r=report, w=report.words)


def simulation_html(scenario: Scenario, summary: Summary, origin: str, seed: int) -> str:
    """A Monte Carlo run as one HTML page: how the runs ended, how high escalation went, the
    band it followed turn by turn, and the objectives each seat met."""
    runs = summary.runs
    ladder = scenario.escalation_ladder
    charts = [
        bar_chart(
            "Endings",
            [(e.name, summary.endings[e.id] / runs) for e in scenario.endings],
        ),
        bar_chart(
            "Final escalation",
            [(f"{n} {level.name}", summary.escalation[n] / runs) for n, level in enumerate(ladder)],
        ),
        bar_chart(
            "Peak escalation",
            [(f"{n} {level.name}", summary.peak[n] / runs) for n, level in enumerate(ladder)],
        ),
        line_chart(
            "Escalation as each turn ended: 10% of runs, the median, 90% of runs",
            scenario.turns,
            [(float(n), str(n)) for n in range(scenario.top_escalation + 1)],
            [
                Line("90%", "#b04a4a", [(t, high) for t, _, _, high in summary.band()]),
                Line("median", "#1f2933", [(t, mid) for t, _, mid, _ in summary.band()]),
                Line("10%", "#2e7d4f", [(t, low) for t, low, _, _ in summary.band()]),
            ],
            "Turn",
        ),
    ]
    objectives = [
        (actor.name, summary.objectives_met[actor.id] / runs, len(actor.objectives))
        for actor in scenario.actors
    ]
    return _environment.get_template("simulation.html").render(
        title=scenario.title, origin=origin, runs=runs, seed=seed, charts=charts,
        objectives=objectives,
    )  # fmt: skip
