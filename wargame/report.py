"""The after-action report of a game, laid out as exercise planners know it (the HSEEP After-
Action Report / Improvement Plan): overview, objectives, a timeline of injects and decisions,
every adjudication with its working, charts over the turns, the hot wash, an improvement plan,
and the sources each inject rests on.

`build_report` folds the game's event log into plain data, reading the file and never writing
to it; `report_html` renders that as one self-contained HTML file (its fonts embedded),
`wargame.report_pdf` as a PDF. By default the report is the facilitator's record: it holds
everything, private injects marked as such. Made `Readers(participants=True)` it is the
participants' version: without what is kept for the record only (the MSEL's notes for the
facilitator, hot-wash entries marked private and the evaluator's working notes, override
reasons not shown to the seats, the white cell's interventions) and, unless `reveal`, without
the private injects and covert actions some seats never saw, nor the modifiers and rolls that
would tell of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from wargame.adjudication import (
    incident_rationale,
    odds,
    percent,
    rationale,
    shown_roll,
    signed_percent,
)
from wargame.calibration import calibration, model_score
from wargame.chronicle import Chronicle, turn_record
from wargame.conditions import objectives_met
from wargame.describe import describe
from wargame.engine import apply, start
from wargame.evaluation import SCALE, improvement_plan
from wargame.events import (
    AdjudicationOverridden,
    ArgumentRated,
    FacilitatorUndid,
    FreeActionJudged,
    GameCreated,
    GameEnded,
    InjectAdded,
    InjectEdited,
    InjectHeld,
    InjectReleased,
    PhaseAdvanced,
    RedLineCrossed,
    SeatHandedOver,
    TurnEnded,
)
from wargame.file_checks import without_log
from wargame.inject_guidance import (
    NO_GUIDANCE,
    Guidance,
    basis_words,
    exercise_objectives,
    guidance,
)
from wargame.names import (
    action_name,
    actor_name,
    bloc_name,
    ending_name,
    indicator_name,
    level_name,
)
from wargame.pdf_document import clipped
from wargame.report_fonts import MARK, with_fonts
from wargame.report_words import PARTICIPANTS_WORDS, WORDS
from wargame.scenario import Inject, Scenario
from wargame.scenario_words import effect_words
from wargame.simulate import Summary
from wargame.state import (
    Adjudication,
    ArgumentRating,
    Crossing,
    IncidentCheck,
    InjectRecord,
    Move,
    Person,
    PlanRow,
    WorldState,
    pair,
)
from wargame.store import GameFile, StoredEvent
from wargame.svg_charts import (
    INK,
    Line,
    Points,
    bar_chart,
    line_chart,
    reliability_chart,
    value_table,
)
from wargame.viewers import FACILITATOR

ACTOR_INK = {
    "seoul": "#2f5d9a",
    "pyongyang": "#9a3b3b",
    "washington": "#3b6e6e",
    "moscow": "#7a5c2e",
    "beijing": "#b0702a",
}

Progress = Callable[[int, int], None]
"""Hears how far a long job has come: steps done, of how many."""

WHITE_CELL = (
    InjectHeld,
    InjectEdited,
    InjectAdded,
    ArgumentRated,
    AdjudicationOverridden,
    FacilitatorUndid,
    SeatHandedOver,
    FreeActionJudged,
)
"""The facilitator's own interventions, listed turn by turn."""


@dataclass(frozen=True)
class Readers:
    """For whom the report is written: the facilitator's record (everything), or the
    participants, with (`reveal`) or without what some seats never saw."""

    participants: bool = False
    reveal: bool = False

    def see(self, audience: frozenset[str] | None) -> bool:
        """Whether these readers are shown something meant for `audience` (None: everyone)."""
        return audience is None or not self.participants or self.reveal

    @property
    def everything(self) -> bool:
        """Whether they see all the facilitator sees of the play (not the record-only text)."""
        return not self.participants or self.reveal


FOR_THE_RECORD = Readers()


@dataclass(frozen=True)
class Decision:
    """One adjudicated action, with all its working."""

    action: str
    target: str
    probability: str  # as every view shows it, "42%"
    roll: str  # in the probability's grain, "0.48"
    proposed: bool
    success: bool
    rationale: str
    override_reason: str
    override_label: str  # says whether the seats were shown the reason
    free_argument: str = ""  # a free action's own argument, as its seat proposed it
    estimates: str = ""  # the room's odds before the roll: "Seoul 70% · facilitator 45%"
    counter_arguments: tuple[str, ...] = ()  # "Moscow: the text", from the review step


@dataclass(frozen=True)
class SeatMove:
    """What one seat did in a turn: its argument, the facilitator's judgement of it (in words,
    with its reason; empty when not judged) and its adjudicated actions."""

    seat: str
    argument: str
    decisions: list[Decision]
    rating: str = ""
    note: str = ""  # who played it, when that changed, or why it made no move
    turned_down: list[str] = field(default_factory=list)  # free actions, each with the reason


@dataclass(frozen=True)
class InjectLine:
    id: str
    title: str
    body: str
    audience: str  # the seats that saw it; empty: everyone
    adhoc: bool
    edited: bool
    released_by: str  # in words
    guidance: Guidance | None
    effects: list[str] = field(default_factory=list)  # an ad hoc inject's, in words


@dataclass(frozen=True)
class IncidentLine:
    """A turn's check for an incident at the line, with its working as the readers may know it:
    the participants' version, like the room, gets the odds from what the room could know, no
    roll and nobody named for having raised the risk."""

    name: str
    probability: str
    roll: str  # empty where the readers may not know it
    happened: bool
    proposed: bool
    rationale: str
    raised_by: str  # the seats whose moves raised the risk; empty where not told
    override_reason: str
    override_label: str


@dataclass(frozen=True)
class Turn:
    number: int
    date: str
    escalation: str
    injects: list[InjectLine]
    moves: list[SeatMove]
    white_cell: list[str]
    red_lines: list[str] = field(default_factory=list)  # crossed as the turn closed
    blocs: str = ""  # the bloc ladder's rung as the turn ended; empty without a bloc ladder
    incident: IncidentLine | None = None


@dataclass(frozen=True)
class SeatResult:
    name: str
    player: str
    objectives: list[tuple[str, bool, int]]  # text, met at the end, turns it held
    red_lines: list[tuple[str, str]]  # text, when and by whom it was crossed (empty: never)


@dataclass(frozen=True)
class Note:
    number: int
    text: str
    about: str


@dataclass(frozen=True)
class Citation:
    inject: str
    title: str
    seed: str
    seed_title: str
    events: str


@dataclass(frozen=True)
class ExerciseObjective:
    """An exercise objective as the evaluation found it: its HSEEP rating (a letter and in
    words; empty when not rated), and the strengths and areas for improvement observed of it."""

    text: str
    injects: str  # the released injects that served it
    rating: str = ""
    rating_words: str = ""
    strengths: list[Note] = field(default_factory=list)
    improvements: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class ExecutiveSummary:
    """The AAR's first page: what the exercise tested, the ratings, and the major strengths
    and areas for improvement."""

    scope: str
    tested: list[tuple[str, str]]  # objective, its rating in words
    strengths: list[str]
    improvements: list[str]


@dataclass
class Report:
    words: dict[str, str]
    language: str
    title: str
    subtitle: str
    facts: list[tuple[str, str]]
    glance: list[tuple[str, str]]
    ending: str
    ending_text: str
    seats: list[SeatResult]
    turns: list[Turn]
    charts: list[str]
    exercise_objectives: list[ExerciseObjective] = field(default_factory=list)
    strengths: list[Note] = field(default_factory=list)
    improvements: list[Note] = field(default_factory=list)
    sources: list[Citation] = field(default_factory=list)
    articles: list[tuple[str, str]] = field(default_factory=list)  # file, title: those cited
    readers: Readers = FOR_THE_RECORD
    summary: ExecutiveSummary | None = None
    plan: list[PlanRow] = field(default_factory=list)
    participants: list[tuple[str, list[Person]]] = field(default_factory=list)
    evaluators: list[Person] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # the evaluator's working notes
    calibration: CalibrationSection | None = None  # None: nobody gave odds


def build_report(
    game_file: GameFile,
    language: str = "en",
    progress: Progress | None = None,
    readers: Readers = FOR_THE_RECORD,
) -> Report:
    """The report of the game in `game_file` as it stands, in English or Korean, for
    `readers`, folded from its event log; `progress` hears how many events have been read."""
    language = "ko" if language == "ko" else "en"
    w = {**WORDS[language], **(_handling(readers, language))}
    scenario = game_file.scenario
    stored = game_file.events()
    if not stored or not isinstance(stored[0].event, GameCreated):
        raise without_log(game_file.path)
    state, chronicle, moves = _fold(scenario, stored, progress)
    names = _Names(scenario, language, readers)
    played = f"{_day(stored[0].recorded_at)} – {_day(stored[-1].recorded_at)}"
    humans = [a for a, s in state.seats.items() if s.human]
    created = stored[0].event
    first_humans = {a for a, s in created.seats.items() if s.human}
    players = _Players(stored)
    dated = (state.injects[i].date for i in _released(state, readers))
    released = (date.fromisoformat(d) for d in dated if d)
    first, last = scenario.in_game_span(max(1, state.turn), released)
    facts = [
        (w["scenario"], names.title),
        (w["in_game_dates"], f"{first.isoformat()} – {last.isoformat()}"),
        (w["played"], played),
        (w["turns_played"], f"{len(chronicle)} / {scenario.turns}"),
        (w["seats"], ", ".join(f"{names.actor(a)} ({_player(a, first_humans, players, w)})"
                               for a in scenario.actor_ids)),
        (w["facilitator"], w["guarded"] if state.facilitator_pin_hash else w["unguarded"]),
        (w["seed"], str(state.seed)),
        (w["file"], f"{game_file.path.name} "
                    f"({w['events_count'].replace('{n}', str(len(stored)))})"),
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
        ending_text = names.pick(found.description, found.description_ko)
    turns = _turns(state, chronicle, moves, stored, names)
    sources = _sources(state, scenario, names)
    facts[3:3] = _overview(state, w)
    analysis = _exercise_objectives(state, names, w)
    strengths, improvements = _notes(state, names, "strength"), _notes(state, names, "improvement")
    return Report(
        words=w,
        language=language,
        title=w["report_title"],
        subtitle=names.title,
        facts=facts,
        glance=_glance(turns, state, w, readers),
        ending=ending,
        ending_text=ending_text,
        seats=_seat_results(state, chronicle, names, humans, w),
        turns=turns,
        charts=_charts(state, chronicle, names, w),
        exercise_objectives=analysis,
        strengths=strengths,
        improvements=improvements,
        sources=sources,
        articles=_articles(scenario, sources),
        readers=readers,
        summary=_summary(state, analysis, strengths, improvements),
        plan=_plan(state, names),
        participants=[
            (names.actor(a), list(state.evaluation.players.get(a, ()))) for a in scenario.actor_ids
        ],
        evaluators=list(state.evaluation.evaluators),
        notes=[] if readers.participants else _notes(state, names, "note", ANY_OBJECTIVE),
        calibration=_calibration(chronicle, names),
    )


def _player(actor: str, first_humans: set[str], players: _Players, w: dict[str, str]) -> str:
    """'human', 'bot', or how that changed: 'human; a bot from turn 5'."""
    said = [w["human"] if actor in first_humans else w["bot"]]
    for turn, to in players.handed.get(actor, []):
        said.append(w[f"then_{to}"].replace("{turn}", str(turn)))
    return "; ".join(said)


def _fold(
    scenario: Scenario, stored: list[StoredEvent], progress: Progress | None
) -> tuple[WorldState, Chronicle, dict[int, dict[str, Move]]]:
    """The world after the whole log, the chronicle of its finished turns, and each turn's
    moves as they stood when it ended (a seat may argue and take no action)."""
    first = stored[0].event
    assert isinstance(first, GameCreated)
    state = start(scenario, first)
    records, moves = [], {}
    total = len(stored)
    every = max(1, total // 100)
    for done, item in enumerate(stored[1:], 2):
        state = apply(state, item.event)
        if isinstance(item.event, TurnEnded):
            records.append(turn_record(state))
            moves[state.turn] = dict(state.moves)
        if progress is not None and (done % every == 0 or done == total):
            progress(done, total)
    if state.turn not in moves:
        moves[state.turn] = dict(state.moves)
    return state, tuple(records), moves


def _day(timestamp: str) -> str:
    return datetime.fromisoformat(timestamp).date().isoformat()


class _Names:
    """Scenario names in the report's language."""

    def __init__(
        self, scenario: Scenario, language: str, readers: Readers = FOR_THE_RECORD
    ) -> None:
        self.scenario, self.language, self.readers = scenario, language, readers
        self.title = scenario.title_ko if language == "ko" else scenario.title
        self.words = WORDS[language]

    def actor(self, actor_id: str) -> str:
        return actor_name(self.scenario, actor_id, self.language)

    def action(self, actor_id: str, action_id: str) -> str:
        return action_name(self.scenario, actor_id, action_id, self.language)

    def level(self, level: int) -> str:
        return level_name(self.scenario, level, self.language)

    def pick(self, english: str, korean: str | None) -> str:
        return (korean or english) if self.language == "ko" else english

    def inject_text(self, record: InjectRecord) -> tuple[str, str]:
        """The inject's title and text as released: in Korean where the MSEL has it and the
        facilitator did not rewrite it, since an edit exists only in the words it was typed in."""
        title, body = record.text.title, record.text.body
        planned = next((i for i in self.scenario.injects if i.id == record.id), None)
        if planned is None or (planned.title, planned.body) != (title, body):
            return title, body
        return self.pick(title, planned.title_ko), self.pick(body, planned.body_ko)


def _seat_results(
    state: WorldState, chronicle: Chronicle, names: _Names, humans: list[str], w: dict[str, str]
) -> list[SeatResult]:
    results = []
    for actor in names.scenario.actors:
        met_now = set(objectives_met(state, actor.id))
        crossings = {c.red_line: c for c in state.crossings if c.actor == actor.id}
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
                _crossed(crossings.get(r.id), names, w),
            )
            for r in actor.red_lines
        ]
        player = w["human"] if actor.id in humans else w["bot"]
        results.append(SeatResult(names.actor(actor.id), player, objectives, red_lines))
    return results


def _crossed(crossing: Crossing | None, names: _Names, w: dict[str, str]) -> str:
    if crossing is None:
        return ""
    if not names.readers.everything:
        # Who pushed may have done it covertly; seats learn only that the line was crossed.
        return w["crossed_in"].format(turn=crossing.turn)
    by = ", ".join(names.actor(a) for a in crossing.by) or w["crossed_by_events"]
    return w["crossed_when"].format(turn=crossing.turn, by=by)


def _decision(item: Adjudication, names: _Names) -> Decision:
    shown = "shown" if item.override_reason_shown else "kept"
    named = (
        f"{item.free.title} ({names.words['free_action']})"
        if item.free
        else names.action(item.actor, item.action)
    )
    readers = names.readers
    # Without the reveal, the odds are told as the room could know them, with no roll: a roll
    # against odds weighed by a hidden modifier would tell of it (as `wargame.fog` does).
    factors = tuple(f for f in item.modifiers if readers.see(f.audience))
    rolled = readers.everything
    reason = item.override_reason or ""
    return Decision(
        action=named,
        target=names.actor(item.target) if item.target else "",
        probability=percent(item.probability if rolled else odds(item.base, factors)),
        roll=shown_roll(item.roll, item.probability) if rolled else "",
        proposed=item.proposed,
        success=item.success,
        rationale=rationale(names.scenario, item, factors, names.language, rolled=rolled),
        override_reason=reason if item.override_reason_shown or not readers.participants else "",
        override_label=names.words[f"override_reason_{shown}"],
        free_argument=item.free.argument if item.free else "",
        estimates=" · ".join(f"{_giver(by, names)} {percent(p)}" for by, p in item.estimates),
        counter_arguments=tuple(f"{_giver(c.by, names)}: {c.text}" for c in item.counter_arguments),
    )


def _incident(check: IncidentCheck | None, names: _Names) -> IncidentLine | None:
    """The turn's check for an incident at the line as `names.readers` may know it, as
    `wargame.fog` shows it: to the participants only if an incident happened or every move that
    raised the risk was public, with the factors the room could know, no roll and no one named."""
    readers = names.readers
    if check is None or not (readers.see(check.audience) or check.happened):
        return None
    risk = names.scenario.incident
    factors = tuple(f for f in check.modifiers if readers.see(f.audience))
    rolled = readers.everything
    shown = "shown" if check.override_reason_shown else "kept"
    reason = check.override_reason or ""
    return IncidentLine(
        name=names.pick(risk.name, risk.name_ko) if risk else "",
        probability=percent(check.probability if rolled else odds(check.base, factors)),
        roll=shown_roll(check.roll, check.probability) if rolled else "",
        happened=check.happened,
        proposed=check.proposed,
        rationale=incident_rationale(names.scenario, check, factors, names.language, rolled=rolled),
        raised_by=", ".join(names.actor(a) for a in check.by) if rolled else "",
        override_reason=reason if check.override_reason_shown or not readers.participants else "",
        override_label=names.words[f"override_reason_{shown}"],
    )


def _giver(by: str, names: _Names) -> str:
    """Who gave odds or a counter-argument: a seat by name, or the facilitator."""
    return names.words["facilitator_giver"] if by == FACILITATOR else names.actor(by)


def _rating(rating: ArgumentRating | None, names: _Names) -> str:
    """'strong (+10%): the reason', in the report's language."""
    if rating is None:
        return ""
    grade = names.words[f"rating_{rating.grade}"]
    return f"{grade} ({signed_percent(rating.change)}): {rating.reason}"


class _Players:
    """Who played each seat turn by turn, from the log: seats the facilitator handed to a bot
    (or back), and seats adjudicated without a move."""

    def __init__(self, stored: list[StoredEvent]) -> None:
        self.handed: dict[str, list[tuple[int, str]]] = {}
        self.without: dict[int, set[str]] = {}
        for s in stored:
            if isinstance(s.event, SeatHandedOver):
                self.handed.setdefault(s.event.actor, []).append((s.turn, s.event.to))
            elif isinstance(s.event, PhaseAdvanced) and s.event.without:
                self.without.setdefault(s.turn, set()).update(s.event.without)

    def note(self, actor: str, turn: int, w: dict[str, str]) -> str:
        """'played by a bot from turn 5', 'made no move: adjudicated without it', or ''."""
        notes = []
        changes = [c for c in self.handed.get(actor, []) if c[0] <= turn]
        if changes:
            since, to = changes[-1]
            notes.append(w[f"played_by_{to}_since"].replace("{turn}", str(since)))
        if actor in self.without.get(turn, set()):
            notes.append(w["adjudicated_without"])
        return "; ".join(notes)


def _seat_moves(
    adjudications: Iterable[Adjudication],
    moves: dict[str, Move],
    names: _Names,
    notes: Callable[[str], str],
) -> list[SeatMove]:
    """Each seat's move of a turn, in seat order: its argument once, then its actions; a seat
    with no move appears when the record has something to say of it."""
    found = [a for a in adjudications if names.readers.see(a.audience)]
    # A seat's argument may speak of its covert action: without the reveal it goes with it.
    told = {
        actor
        for actor in moves
        if names.readers.everything
        or all(a.audience is None for a in adjudications if a.actor == actor)
    }
    return [
        SeatMove(
            names.actor(actor),
            moves[actor].argument if actor in told else "",
            [_decision(a, names) for a in found if a.actor == actor],
            _rating(moves[actor].rating if actor in told else None, names),
            notes(actor),
            _turned_down(moves.get(actor)),
        )
        for actor in names.scenario.actor_ids
        if actor in moves or any(a.actor == actor for a in found) or notes(actor)
    ]


def _turned_down(move: Move | None) -> list[str]:
    """The free actions the facilitator turned down, as "title: reason"."""
    if move is None:
        return []
    return [
        f"{proposal.title}: {judged.reason}"
        for proposal, judged in zip(move.proposals, move.judgements, strict=True)
        if judged is not None and not judged.accepted
    ]


def _turns(
    state: WorldState,
    chronicle: Chronicle,
    moves: dict[int, dict[str, Move]],
    stored: list[StoredEvent],
    names: _Names,
) -> list[Turn]:
    scenario, w = names.scenario, names.words
    results: dict[int, tuple[Adjudication, ...]] = {r.turn: r.results for r in chronicle}
    levels = {r.turn: r.escalation for r in chronicle}
    blocs = {r.turn: r.blocs for r in chronicle}
    checks = {r.turn: r.incident for r in chronicle}
    if state.incident is not None:
        checks.setdefault(state.incident.turn, state.incident)
    released_by = {
        s.event.inject: s.event.by for s in stored if isinstance(s.event, InjectReleased)
    }
    edited = {s.event.inject for s in stored if isinstance(s.event, InjectEdited)}
    white_cell: dict[int, list[str]] = {}
    red_lines: dict[int, list[str]] = {}
    for s in stored:
        if isinstance(s.event, WHITE_CELL) or isinstance(s.event, GameEnded) and s.event.note:
            if names.readers.participants:
                continue  # the white cell's working is for the record
            line = f"#{s.seq} · {describe(s.event, scenario, names.language)}"
            white_cell.setdefault(s.turn, []).append(line)
        elif isinstance(s.event, RedLineCrossed):
            crossed = s.event if names.readers.everything else s.event.model_copy(update={"by": []})
            red_lines.setdefault(s.turn, []).append(describe(crossed, scenario, names.language))
    under_way = (
        state.adjudications
        or state.moves
        or any(state.injects[i].turn == state.turn for i in state.released)
        or state.turn in white_cell
    )
    if state.turn and state.turn not in results and under_way:
        results[state.turn] = state.adjudications
    players = _Players(stored)
    turns = []
    for number in sorted(results):
        injects = []
        for record in (state.injects[i] for i in _released(state, names.readers)):
            if record.turn != number:
                continue
            title, body = names.inject_text(record)
            planned = next((i for i in scenario.injects if i.id == record.id), None)
            injects.append(
                InjectLine(
                    record.id,
                    title,
                    body,
                    ", ".join(names.actor(a) for a in sorted(record.text.audience))
                    if record.text.audience
                    else "",
                    record.adhoc,
                    record.id in edited and not record.adhoc,
                    w[f"by_{released_by.get(record.id, 'schedule')}"],
                    guidance(scenario, planned, names.language)
                    if planned and not names.readers.participants
                    else _basis_badge(planned, record, names.language),
                    effect_words(record.effects, scenario, names.language)
                    if record.effects
                    else [],
                )
            )
        turns.append(
            Turn(
                number=number,
                date=scenario.date_of_turn(number).isoformat(),
                escalation=names.level(levels.get(number, state.escalation)),
                injects=injects,
                moves=_seat_moves(
                    results[number],
                    moves.get(number, {}),
                    names,
                    partial(players.note, turn=number, w=w),
                ),
                white_cell=white_cell.get(number, []),
                red_lines=red_lines.get(number, []),
                blocs=bloc_name(scenario, blocs.get(number, state.blocs), names.language),
                incident=_incident(checks.get(number), names),
            )
        )
    return turns


def _basis_badge(planned: Inject | None, record: InjectRecord, language: str) -> Guidance:
    """An inject's basis badge alone, as its guidance: what every seat saw of the MSEL's words
    (an ad hoc inject has nothing more; a participants' report keeps the rest back)."""
    return replace(NO_GUIDANCE, basis=basis_words(planned, language, record.basis))


def _glance(
    turns: list[Turn], state: WorldState, w: dict[str, str], readers: Readers
) -> list[tuple[str, str]]:
    """A few counts that say what kind of game it was."""
    injects = [i for t in turns for i in t.injects]
    decisions = [d for t in turns for m in t.moves for d in m.decisions]
    overrides = sum(1 for d in decisions if d.override_reason)
    kinds = [
        o.kind
        for o in state.observations.values()
        if not (readers.participants and o.for_the_record)
    ]
    return [
        (w["injects_released"], w["of_them_private"]
         .replace("{n}", str(len(injects)))
         .replace("{private}", str(sum(1 for i in injects if i.audience)))
         .replace("{adhoc}", str(sum(1 for i in injects if i.adhoc)))),
        (w["actions_adjudicated"], w["of_them_succeeded"]
         .replace("{n}", str(len(decisions)))
         .replace("{succeeded}", str(sum(1 for d in decisions if d.success)))),
        (w["overrides"], str(overrides)),
        (w["observations"], w["strengths_and_areas"]
         .replace("{strengths}", str(kinds.count("strength")))
         .replace("{areas}", str(kinds.count("improvement")))),
    ]  # fmt: skip


def _charts(state: WorldState, chronicle: Chronicle, names: _Names, w: dict[str, str]) -> list[str]:
    scenario = names.scenario
    turns = max(scenario.turns, state.turn)
    escalation = line_chart(
        w["chart_escalation"],
        turns,
        [(float(n), f"{n} {names.level(n)}") for n in range(scenario.top_escalation + 1)],
        [
            Line(
                "",
                "#1f2933",
                [(0, scenario.start_escalation)] + [(r.turn, r.escalation) for r in chronicle],
            )
        ],
        w["turn"],
        height=300,
    )
    charts = [escalation]
    if scenario.bloc_ladder:
        charts.append(
            line_chart(
                w["chart_blocs"],
                turns,
                [(float(n), f"{n} {bloc_name(scenario, n, names.language)}")
                 for n in range(scenario.top_blocs + 1)],
                [Line("", "#7f3b08",
                      [(0, scenario.start_blocs)] + [(r.turn, r.blocs) for r in chronicle])],
                w["turn"],
                height=200,
            )
        )  # fmt: skip
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
    start_values = _start_relations(scenario)
    ids = scenario.actor_ids
    rows = [
        (
            f"{names.actor(a)} – {names.actor(b)}",
            [start_values.get(pair(a, b), 0)] + [r.relations.get(pair(a, b), 0) for r in chronicle],
        )
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    ]
    charts.append(value_table(w["chart_relations"], rows, w["turn"]))
    return charts


def _start_relations(scenario: Scenario) -> dict[tuple[str, str], int]:
    return {pair(*r.between): r.value for r in scenario.relations}


def _exercise_objectives(
    state: WorldState, names: _Names, w: dict[str, str]
) -> list[ExerciseObjective]:
    """The exercise's own objectives, each with the released injects that served it, its
    rating and what was observed of it."""
    scenario = names.scenario
    found = []
    ratings = state.evaluation.ratings
    scale = SCALE[names.language]
    for objective_id, text in exercise_objectives(scenario, names.language):
        serving = [
            i
            for i in _released(state, names.readers)
            if not state.injects[i].adhoc
            and text in guidance(scenario, scenario.inject(i), names.language).objectives
        ]
        rating = ratings.get(objective_id, "")
        found.append(
            ExerciseObjective(
                text,
                ", ".join(serving) or w["none_released"],
                rating,
                scale[rating] if rating else w["not_rated"],
                _notes(state, names, "strength", objective_id),
                _notes(state, names, "improvement", objective_id),
            )
        )
    return found


ANY_OBJECTIVE = "*"
"""For `_notes`: whatever exercise objective an observation is about, if any (no id is "*")."""


def _notes(state: WorldState, names: _Names, kind: str, objective: str | None = None) -> list[Note]:
    """The observations of `kind` the readers may see, about the exercise objective
    `objective`, or (None) about none in particular, or (ANY_OBJECTIVE) all of them."""
    notes: list[Note] = []
    for o in state.observations.values():
        if o.kind != kind or objective not in (ANY_OBJECTIVE, o.exercise_objective):
            continue
        if o.for_the_record and names.readers.participants:
            continue
        about = [names.actor(a) for a in o.seats]
        if o.turn is not None:
            about.append(names.words["turn_short"].replace("{turn}", str(o.turn)))
        if o.inject:
            about.append(o.inject)
        if o.objective:
            actor, _, objective = o.objective.partition("/")
            found = next(x for x in names.scenario.actor(actor).objectives if x.id == objective)
            about.append(f"{names.actor(actor)}: {names.pick(found.text, found.text_ko)}")
        if o.private:
            about.append(names.words["private_entry"])
        notes.append(Note(len(notes) + 1, o.text, "; ".join(about)))
    return notes


def _sources(state: WorldState, scenario: Scenario, names: _Names) -> list[Citation]:
    titles = {d.file: d.title for d in scenario.seeds}
    cited = []
    for inject_id in _released(state, names.readers):
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


def _articles(scenario: Scenario, sources: list[Citation]) -> list[tuple[str, str]]:
    """The source articles the citations name, in the scenario's order."""
    cited = {c.seed for c in sources}
    return [(d.file, d.title) for d in scenario.seeds if d.file in cited]


def _handling(readers: Readers, language: str) -> dict[str, str]:
    """What the participants' version says of itself on its cover and every page."""
    if not readers.participants:
        return {}
    words = PARTICIPANTS_WORDS[language]
    note = words["handling_note_revealed" if readers.reveal else "handling_note"]
    return {"handling": words["handling"], "handling_note": note}


def _released(state: WorldState, readers: Readers) -> list[str]:
    """The released injects, in order, that `readers` may see."""
    return [i for i in state.released if readers.see(state.injects[i].text.audience)]


def _overview(state: WorldState, w: dict[str, str]) -> list[tuple[str, str]]:
    """The Exercise Overview's lines from the participants' record: those given."""
    e = state.evaluation
    evaluators = ", ".join(_person(p) for p in e.evaluators)
    lines = [
        (w["sponsor"], e.sponsor),
        (w["point_of_contact"], e.point_of_contact),
        (w["scope"], e.scope),
        (w["evaluators"], evaluators),
    ]
    return [(name, value) for name, value in lines if value]


def _person(p: Person) -> str:
    """'Name (organisation, role)', leaving out what was not given."""
    more = ", ".join(x for x in (p.organisation, p.role) if x)
    return f"{p.name} ({more})" if more else p.name


def _summary(
    state: WorldState,
    analysis: list[ExerciseObjective],
    strengths: list[Note],
    improvements: list[Note],
) -> ExecutiveSummary:
    """The executive summary: a page at most, so the major items only."""
    tied_strengths = [n.text for o in analysis for n in o.strengths]
    tied_areas = [n.text for o in analysis for n in o.improvements]
    return ExecutiveSummary(
        scope=state.evaluation.scope,
        tested=[
            (o.text, f"{o.rating} · {o.rating_words}" if o.rating else o.rating_words)
            for o in analysis
        ],  # fmt: skip
        strengths=[
            clipped(t, SUMMARY_LENGTH)
            for t in (tied_strengths + [n.text for n in strengths])[:MAJOR]
        ],
        improvements=[
            clipped(t, SUMMARY_LENGTH)
            for t in (tied_areas + [n.text for n in improvements])[:MAJOR]
        ],
    )


MAJOR = 5
"""How many strengths and areas for improvement the executive summary names: the first
noted, those about an exercise objective first."""

SUMMARY_LENGTH = 240


def _plan(state: WorldState, names: _Names) -> list[PlanRow]:
    """The Improvement Plan as the evaluator left it; for the participants, without the rows
    that come from what is kept for the record."""
    private = {o.id for o in state.observations.values() if o.for_the_record}
    return [
        line.row
        for line in improvement_plan(state, names.language)
        if not (names.readers.participants and line.observation in private)
    ]


# --- calibration -------------------------------------------------------------------------


@dataclass(frozen=True)
class CalibrationRow:
    who: str
    count: int
    brier: str
    reliability: str
    resolution: str
    uncertainty: str
    model_brier: str  # the model's odds for the same actions


@dataclass(frozen=True)
class CalibrationSection:
    rows: list[CalibrationRow]
    chart: str  # the reliability plot, SVG
    model_overall: str  # the model's own Brier score over every action of the game


def _score_text(value: float) -> str:
    return f"{value:.3f}"


def _calibration(chronicle: Chronicle, names: _Names) -> CalibrationSection | None:
    """The room's odds scored against what happened, each estimator beside the model's odds for
    the same actions, with a reliability plot of all of them; None when nobody gave odds."""
    results = [a for record in chronicle for a in record.results]
    scores = calibration(results)
    overall = model_score(results)
    if not scores or overall is None:
        return None
    w = names.words
    rows = [
        CalibrationRow(
            _giver(by, names),
            c.own.count,
            _score_text(c.own.brier),
            _score_text(c.own.reliability),
            _score_text(c.own.resolution),
            _score_text(c.own.uncertainty),
            _score_text(c.model.brier),
        )
        for by, c in scores.items()
    ]
    series = [
        Points(
            _giver(by, names),
            "#555555" if by == FACILITATOR else names.scenario.actor(by).colour,
            [(b.stated, b.happened, b.count) for b in c.own.bins],
        )
        for by, c in scores.items()
    ]
    series.append(
        Points(
            w["calibration_model"],
            INK,
            [(b.stated, b.happened, b.count) for b in overall.bins],
            hollow=True,
        )
    )
    chart = reliability_chart(
        w["calibration_chart"], series, w["calibration_stated"], w["calibration_happened"]
    )
    return CalibrationSection(rows, chart, _score_text(overall.brier))


_environment = Environment(
    loader=PackageLoader("wargame", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(template: str, **values: object) -> str:
    """A page from one of the bundled templates; whatever it inserts is escaped."""
    return _environment.get_template(template).render(**values)


def report_html(report: Report) -> str:
    """One self-contained HTML page: styles, charts and fonts inline, every text escaped."""
    return with_fonts(render("report.html", r=report, w=report.words, fonts=MARK))


def simulation_html(scenario: Scenario, summary: Summary, origin: str, seed: int) -> str:
    """A Monte Carlo run as one HTML page: how the runs ended, how high escalation went, the
    band it followed turn by turn, and the objectives each seat met."""
    runs = summary.runs
    ladder = scenario.escalation_ladder
    charts = [
        bar_chart(
            "Endings",
            [(e.name, summary.share(e.id)) for e in scenario.endings],
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
            [(float(n), f"{n} {level.name}") for n, level in enumerate(ladder)],
            [
                Line("90%", "#b04a4a", [(t, high) for t, _, _, high in summary.band()]),
                Line("median", "#1f2933", [(t, mid) for t, _, mid, _ in summary.band()]),
                Line("10%", "#2e7d4f", [(t, low) for t, low, _, _ in summary.band()]),
            ],
            "Turn",
            height=320,
        ),
    ]
    objectives = [
        (actor.name, summary.mean_objectives(actor.id), len(actor.objectives))
        for actor in scenario.actors
    ]
    charts.append(
        bar_chart(
            "Objectives met at the end: the mean share of each seat's objectives",
            [(name, mean / total) for name, mean, total in objectives],
        )
    )
    return render(
        "simulation.html",
        title=scenario.title, origin=origin, runs=runs, seed=seed, charts=charts,
        objectives=objectives,
    )  # fmt: skip
