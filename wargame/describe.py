"""One readable line per event, in English or Korean, for the CLI's log and the GUI's."""

from __future__ import annotations

from wargame.adjudication import percent, shown_roll, signed_percent
from wargame.events import (
    ActionAdjudicated,
    AdjudicationOverridden,
    ArgumentRated,
    CounterArgued,
    EstimateGiven,
    EvaluatorPinSet,
    Event,
    FacilitatorUndid,
    ForcesStoodDown,
    FreeActionJudged,
    GameCreated,
    GameEnded,
    IncidentChecked,
    InjectAdded,
    InjectEdited,
    InjectHeld,
    InjectReleased,
    MoveSubmitted,
    ObjectiveRated,
    ObservationRecorded,
    ObservationRevised,
    ObservationWithdrawn,
    OutcomePublished,
    ParticipantsRecorded,
    PhaseAdvanced,
    PlanRowEdited,
    RedLineCrossed,
    SeatHandedOver,
    TurnEnded,
    TurnStarted,
)
from wargame.inject_guidance import ADHOC_BASIS, basis_words
from wargame.names import (
    action_name,
    actor_name,
    ending_name,
    inject_title,
    localized,
    red_line_text,
)
from wargame.scenario import Scenario
from wargame.scenario_words import effect_words
from wargame.state import Phase
from wargame.viewers import FACILITATOR

WORDS = {
    "en": {
        "created": "Game created from {scenario}, seed {seed}; human seats: {humans}",
        "no humans": "none (bots play every seat)",
        "turn": "Turn {turn} begins: briefing",
        "released": "Inject {inject} released ({by}): {title}",
        "schedule": "scheduled",
        "trigger": "its condition holds",
        "facilitator": "facilitator",
        "held": "Inject {inject} held: {title}",
        "edited": "Inject {inject} edited: {title}",
        "added": "Ad hoc inject {inject} added: {title}",
        "proposes": "free action '{title}'",
        "free accepted": "Facilitator accepts {actor}'s free action {n}: base {base}{factors}, "
        "{audience}; {reason}",
        "free rejected": "Facilitator rejects {actor}'s free action {n}: {reason}",
        "public": "public",
        "covert to": "known only to {actors}",
        "deliberation": "Deliberation opens",
        "adjudication": "Deliberation closes; adjudication begins",
        "without": "Deliberation closes without {actors}, who made no move: adjudicated "
        "without them",
        "to bot": "{actor} is played by a bot from now on: {reason}",
        "to person": "{actor} is played by a person again: {reason}",
        "move": "{actor} submits a move: {actions}",
        "no action": "no action",
        "rated": "Facilitator judges {actor}'s argument {grade} ({change}): {reason}",
        "unrated": "Facilitator clears the judgement of {actor}'s argument",
        "strong": "strong",
        "weak": "weak",
        "stated": "by a stated modifier",
        "adjudicated": "{actor}: {action} {verdict} (p={p}, roll {roll})",
        "succeeds": "succeeds",
        "fails": "falls short",
        "incident": "Check for an incident at the line, risk raised by {by}: {verdict} "
        "(p={p}, roll {roll})",
        "incident happens": "an armed incident happens",
        "no incident": "no incident",
        "stood down": "No fresh move up the ladder this turn: forces at the line stand down a rung",
        "override": "Facilitator overrides #{ref} to {verdict} ({shown}): {reason}",
        "reason shown": "reason shown to the seats",
        "reason kept": "reason for the record only",
        "success": "success",
        "failure": "failure",
        "outcome": "Outcome of turn {turn} published",
        "turn ended": "Turn {turn} ends",
        "red line": "{actor}'s red line crossed{by}: {line}",
        "red line by": " by {actors}",
        "ended": "Game ends ({reason}): {ending}",
        "last_turn": "last turn",
        "top_of_ladder": "top of the escalation ladder",
        "stopped": "stopped by the facilitator",
        "stopped note": "Game ends (stopped by the facilitator: {note}): {ending}",
        "undid": "Facilitator undoes #{ref}: {label}",
        "undo release": "release of inject {subject}",
        "undo hold": "hold on inject {subject}",
        "undo edit": "edit of inject {subject}",
        "undo add": "ad hoc inject {subject}",
        "undo override": "override on {subject}",
        "undo publish": "publication of the outcome of turn {subject}",
        "undo rating": "rating of {subject}'s argument",
        "undo judgement": "judgement of {subject}",
        "free action n": "{actor}'s free action {n}",
        "observed": "Hot wash: {kind} noted: {text}",
        "revised": "Hot wash: observation #{ref} revised: {text}",
        "withdrawn": "Hot wash: observation #{ref} withdrawn",
        "strength": "strength",
        "improvement": "area for improvement",
        "note": "working note",
        "review": "Deliberation closes; the review opens: seats may counter-argue",
        "review without": "Deliberation closes without {actors}, who made no move; the review "
        "opens",
        "after review": "The review closes; adjudication begins",
        "the facilitator": "The facilitator",
        "countered": "{by} counter-argues {actor}: {action}: {text}",
        "uncountered": "{by} withdraws its counter-argument",
        "estimated": "{by} puts {actor}: {action} at {p}",
        "unestimated": "{by} withdraws its estimate of {actor}: {action}",
    },
    "ko": {
        "created": "{scenario} 시나리오로 게임 생성, 시드 {seed}; 사람 참가석: {humans}",
        "no humans": "없음 (모든 참가석을 봇이 맡음)",
        "turn": "{turn}턴 시작: 상황 브리핑",
        "released": "상황 {inject} 공개 ({by}): {title}",
        "schedule": "일정",
        "trigger": "조건 충족",
        "facilitator": "진행자",
        "held": "상황 {inject} 보류: {title}",
        "edited": "상황 {inject} 수정: {title}",
        "added": "임시 상황 {inject} 추가: {title}",
        "proposes": "자유 행동 '{title}'",
        "free accepted": "진행자가 {actor}의 자유 행동 {n}을(를) 받아들임: 기본 {base}{factors}, "
        "{audience}; {reason}",
        "free rejected": "진행자가 {actor}의 자유 행동 {n}을(를) 받아들이지 않음: {reason}",
        "public": "공개",
        "covert to": "{actors}만 앎",
        "deliberation": "숙의 시작",
        "adjudication": "숙의 종료, 판정 시작",
        "without": "{actors}이(가) 조치를 내지 않은 채 숙의 종료: 그 참가석 없이 판정",
        "to bot": "이제부터 봇이 {actor}을(를) 맡음: {reason}",
        "to person": "다시 사람이 {actor}을(를) 맡음: {reason}",
        "move": "{actor} 조치 제출: {actions}",
        "no action": "조치 없음",
        "rated": "진행자가 {actor}의 논거를 {grade} 판정 ({change}): {reason}",
        "unrated": "진행자가 {actor}의 논거 판정을 취소",
        "strong": "강함으로",
        "weak": "약함으로",
        "stated": "직접 정한 수정치로",
        "adjudicated": "{actor}: {action} {verdict} (확률 {p}, 주사위 {roll})",
        "succeeds": "성공",
        "fails": "실패",
        "incident": "접경 우발 충돌 확인, 위험을 높인 쪽: {by}: {verdict} "
        "(확률 {p}, 주사위 {roll})",
        "incident happens": "무력 충돌 발생",
        "no incident": "충돌 없음",
        "stood down": "이번 턴에 새로운 긴장 고조 행동이 없어 접경의 군이 한 단계 경계를 낮춤",
        "override": "진행자가 #{ref} 결과를 {verdict}(으)로 변경 ({shown}): {reason}",
        "reason shown": "사유를 참가석에 공개",
        "reason kept": "사유는 기록용",
        "success": "성공",
        "failure": "실패",
        "outcome": "{turn}턴 결과 공표",
        "turn ended": "{turn}턴 종료",
        "red line": "{actor}의 레드라인을 넘음{by}: {line}",
        "red line by": " (원인: {actors})",
        "ended": "게임 종료 ({reason}): {ending}",
        "last_turn": "마지막 턴",
        "top_of_ladder": "확전 사다리 최고 단계",
        "stopped": "진행자가 중단",
        "stopped note": "게임 종료 (진행자가 중단: {note}): {ending}",
        "undid": "진행자가 #{ref} 취소: {label}",
        "undo release": "상황 {subject} 공개",
        "undo hold": "상황 {subject} 보류",
        "undo edit": "상황 {subject} 수정",
        "undo add": "임시 상황 {subject} 추가",
        "undo override": "{subject} 판정 변경",
        "undo publish": "{subject}턴 결과 공표",
        "undo rating": "{subject}의 논거 판정",
        "undo judgement": "{subject} 판정",
        "free action n": "{actor}의 자유 행동 {n}",
        "observed": "강평: {kind} 기록: {text}",
        "revised": "강평: 관찰 #{ref} 수정: {text}",
        "withdrawn": "강평: 관찰 #{ref} 철회",
        "strength": "강점",
        "improvement": "개선 필요 사항",
        "note": "평가 메모",
        "review": "숙의 종료, 검토 시작: 참가석이 반론을 쓸 수 있음",
        "review without": "{actors}이(가) 조치를 내지 않은 채 숙의 종료, 검토 시작",
        "after review": "검토 종료, 판정 시작",
        "the facilitator": "진행자",
        "countered": "{by}의 반론 — {actor}: {action}: {text}",
        "uncountered": "{by}이(가) 반론을 철회",
        "estimated": "{by}의 예상 — {actor}: {action} {p}",
        "unestimated": "{by}이(가) {actor}: {action} 예상을 철회",
    },
}


class _Names:
    """Names in the chosen language, ids where there is no scenario or it does not know them."""

    def __init__(self, scenario: Scenario | None, language: str) -> None:
        self.scenario = scenario
        self.language = language

    def actor(self, actor_id: str) -> str:
        return actor_name(self.scenario, actor_id, self.language) if self.scenario else actor_id

    def action(self, actor_id: str, action_id: str) -> str:
        if self.scenario is None:
            return action_id
        return action_name(self.scenario, actor_id, action_id, self.language)

    def inject(self, inject_id: str) -> str:
        return inject_title(self.scenario, inject_id, self.language) if self.scenario else ""

    def red_line(self, actor_id: str, red_line_id: str) -> str:
        if self.scenario is None:
            return red_line_id
        return red_line_text(self.scenario, actor_id, red_line_id, self.language)

    def ending(self, ending_id: str) -> str:
        return ending_name(self.scenario, ending_id, self.language) if self.scenario else ending_id


def undo_label(
    kind: str, subject: str, scenario: Scenario | None = None, language: str = "en"
) -> str:
    """What an undo takes back, in words: "override on Pyongyang: Ballistic missile launches"."""
    w = WORDS["ko" if language == "ko" else "en"]
    n = _Names(scenario, language)
    if kind == "override":
        actor, action = subject.split("/", 1)
        subject = f"{n.actor(actor)}: {n.action(actor, action)}"
    elif kind == "rating":
        subject = n.actor(subject)
    elif kind == "judgement":
        actor, number = subject.split("/", 1)
        subject = w["free action n"].format(actor=n.actor(actor), n=number)
    return w[f"undo {kind}"].format(subject=subject)


def _room_line(event: CounterArgued | EstimateGiven, w: dict[str, str], n: _Names) -> str:
    """A counter-argument or an estimate, named by whoever gave it."""
    by = w["the facilitator"] if event.by == FACILITATOR else n.actor(event.by)
    action = n.action(event.actor, event.action) + (
        f" → {n.actor(event.target)}" if event.target else ""
    )
    named = {"by": by, "actor": n.actor(event.actor), "action": action}
    if isinstance(event, CounterArgued):
        return w["countered" if event.text else "uncountered"].format(**named, text=event.text)
    if event.probability is None:
        return w["unestimated"].format(**named)
    return w["estimated"].format(**named, p=percent(event.probability))


def describe(event: Event, scenario: Scenario | None = None, language: str = "en") -> str:
    """The event as one line; with the scenario, names replace ids."""
    w = WORDS["ko" if language == "ko" else "en"]
    n = _Names(scenario, language)
    match event:
        case GameCreated():
            humans = ", ".join(n.actor(a) for a, s in event.seats.items() if s.human)
            return w["created"].format(
                scenario=event.scenario_id, seed=event.seed, humans=humans or w["no humans"]
            )
        case TurnStarted():
            return w["turn"].format(turn=event.turn)
        case InjectReleased():
            return (
                w["released"]
                .format(inject=event.inject, by=w[event.by], title=n.inject(event.inject))
                .rstrip(": ")
            )
        case InjectHeld():
            return w["held"].format(inject=event.inject, title=n.inject(event.inject)).rstrip(": ")
        case InjectEdited():
            return w["edited"].format(inject=event.inject, title=event.title)
        case InjectAdded():
            return w["added"].format(inject=event.inject, title=event.title) + _adhoc_detail(
                event, scenario, language
            )
        case PhaseAdvanced(phase=Phase.REVIEW, without=without) if without:
            return w["review without"].format(actors=", ".join(n.actor(a) for a in without))
        case PhaseAdvanced(without=without) if without:
            return w["without"].format(actors=", ".join(n.actor(a) for a in without))
        case PhaseAdvanced(after_review=True):
            return w["after review"]
        case PhaseAdvanced():
            return w[event.phase.value]
        case MoveSubmitted():
            actions = ", ".join(
                [
                    n.action(event.actor, a.action)
                    + (f" → {n.actor(a.target)}" if a.target else "")
                    for a in event.actions
                ]
                + [
                    w["proposes"].format(title=p.title)
                    + (f" → {n.actor(p.target)}" if p.target else "")
                    for p in event.proposals
                ]
            )
            return w["move"].format(actor=n.actor(event.actor), actions=actions or w["no action"])
        case ArgumentRated(rating="none"):
            return w["unrated"].format(actor=n.actor(event.actor))
        case ArgumentRated():
            return w["rated"].format(
                actor=n.actor(event.actor),
                grade=w[event.rating],
                change=signed_percent(event.change),
                reason=event.reason,
            )
        case FreeActionJudged():
            return _judged(event, n, w)
        case ActionAdjudicated():
            return w["adjudicated"].format(
                actor=n.actor(event.actor),
                action=event.free.title if event.free else n.action(event.actor, event.action),
                verdict=w["succeeds" if event.success else "fails"],
                p=percent(event.probability),
                roll=shown_roll(event.roll, event.probability),
            )
        case IncidentChecked():
            return w["incident"].format(
                verdict=w["incident happens" if event.happened else "no incident"],
                p=percent(event.probability),
                roll=shown_roll(event.roll, event.probability),
                by=", ".join(n.actor(a) for a in event.by),
            )
        case AdjudicationOverridden():
            return w["override"].format(
                ref=event.adjudication,
                shown=w["reason shown" if event.reason_shown else "reason kept"],
                reason=event.reason,
                verdict=w["success" if event.success else "failure"],
            )
        case OutcomePublished():
            return w["outcome"].format(turn=event.turn)
        case RedLineCrossed():
            actors = ", ".join(n.actor(a) for a in event.by)
            return w["red line"].format(
                actor=n.actor(event.actor),
                by=w["red line by"].format(actors=actors) if actors else "",
                line=n.red_line(event.actor, event.red_line),
            )
        case ForcesStoodDown():
            return w["stood down"]
        case TurnEnded():
            return w["turn ended"].format(turn=event.turn)
        case GameEnded(note=note) if note:
            return w["stopped note"].format(note=note, ending=n.ending(event.ending))
        case GameEnded():
            return w["ended"].format(reason=w[event.reason], ending=n.ending(event.ending))
        case SeatHandedOver():
            return w[f"to {event.to}"].format(actor=n.actor(event.actor), reason=event.reason)
        case FacilitatorUndid():
            label = undo_label(event.kind, event.subject, scenario, language)
            return w["undid"].format(ref=event.undone, label=label)
        case ObservationRecorded(observation=noted):
            return w["observed"].format(kind=w[noted.kind], text=noted.text)
        case ObservationRevised(revises=ref, observation=noted):
            return w["revised"].format(ref=ref, text=noted.text)
        case ObservationWithdrawn(withdraws=ref):
            return w["withdrawn"].format(ref=ref)
        case ObjectiveRated() | ParticipantsRecorded() | EvaluatorPinSet() | PlanRowEdited():
            return _evaluation_line(event, scenario, language)
        case CounterArgued() | EstimateGiven():
            return _room_line(event, w, n)
    raise TypeError(f"unknown event {event!r}")


def _adhoc_detail(event: InjectAdded, scenario: Scenario | None, language: str) -> str:
    """An ad hoc inject's basis, when not the white cell's own device, and its effects."""
    parts = []
    if event.basis != ADHOC_BASIS:
        parts.append(basis_words(None, language, event.basis))
    if scenario is not None:
        parts.extend(effect_words(event.effects, scenario, language))
    return f" ({'; '.join(parts)})" if parts else ""


def _judged(event: FreeActionJudged, n: _Names, w: dict[str, str]) -> str:
    """The facilitator's judgement of a free action: its odds, audience and reason."""
    judged = event.judgement
    if not judged.accepted:
        return w["free rejected"].format(
            actor=n.actor(event.actor), n=event.proposal + 1, reason=judged.reason
        )
    factors = "".join(f", {name} {signed_percent(value)}" for name, value in judged.factors)
    audience = (
        w["public"]
        if judged.audience is None
        else w["covert to"].format(actors=", ".join(n.actor(a) for a in judged.audience))
    )
    return w["free accepted"].format(
        actor=n.actor(event.actor),
        n=event.proposal + 1,
        base=percent(judged.base),
        factors=factors,
        audience=audience,
        reason=judged.reason,
    )


EVALUATION_WORDS = {
    "en": {
        "rated": "Evaluation: {rating} for “{objective}”",
        "unrated": "Evaluation: the rating of “{objective}” cleared",
        "participants": "Participants recorded: {people} people, sponsor {sponsor}",
        "pin": "The evaluator's PIN set",
        "no pin": "The evaluator's PIN taken away",
        "plan": "Improvement Plan: row {row} edited",
        "plan dropped": "Improvement Plan: row {row} dropped",
    },
    "ko": {
        "rated": "평가: “{objective}” {rating}",
        "unrated": "평가: “{objective}” 평가 취소",
        "participants": "참가자 기록: {people}명, 후원 기관 {sponsor}",
        "pin": "평가관 PIN 설정",
        "no pin": "평가관 PIN 삭제",
        "plan": "개선 계획: {row} 행 수정",
        "plan dropped": "개선 계획: {row} 행 제외",
    },
}


def _evaluation_line(
    event: ObjectiveRated | ParticipantsRecorded | EvaluatorPinSet | PlanRowEdited,
    scenario: Scenario | None,
    language: str,
) -> str:
    w = EVALUATION_WORDS["ko" if language == "ko" else "en"]
    match event:
        case ObjectiveRated(rating=None):
            return w["unrated"].format(objective=_objective(event.objective, scenario, language))
        case ObjectiveRated():
            objective = _objective(event.objective, scenario, language)
            return w["rated"].format(objective=objective, rating=event.rating)
        case ParticipantsRecorded():
            people = len(event.evaluators) + sum(len(p) for p in event.seats.values())
            return w["participants"].format(people=people, sponsor=event.sponsor or "—")
        case EvaluatorPinSet():
            return w["pin" if event.pin_hash else "no pin"]
        case PlanRowEdited():
            return w["plan" if event.kept else "plan dropped"].format(row=event.row)


def _objective(objective_id: str, scenario: Scenario | None, language: str) -> str:
    """An exercise objective in its words, or its id where there is no scenario to ask."""
    known = scenario.exercise_objectives if scenario else []
    found = next((o for o in known if o.id == objective_id), None)
    return localized(found, "text", language) if found else objective_id
