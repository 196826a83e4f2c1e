"""One readable line per event, for the CLI's log and the GUI's event log."""

from __future__ import annotations

from wargame.events import (
    ActionAdjudicated,
    AdjudicationOverridden,
    Event,
    FacilitatorUndid,
    GameCreated,
    GameEnded,
    InjectAdded,
    InjectEdited,
    InjectHeld,
    InjectReleased,
    MoveSubmitted,
    OutcomePublished,
    PhaseAdvanced,
    TurnEnded,
    TurnStarted,
)


def describe(event: Event) -> str:
    match event:
        case GameCreated():
            humans = sorted(a for a, s in event.seats.items() if s.human)
            seats = f"human seats: {', '.join(humans)}" if humans else "all seats played by bots"
            return f"Game created from {event.scenario_id}, seed {event.seed}, {seats}"
        case TurnStarted():
            return f"Turn {event.turn} begins: briefing"
        case InjectReleased():
            return f"Inject {event.inject} released ({event.by})"
        case InjectHeld():
            return f"Inject {event.inject} held"
        case InjectEdited():
            return f"Inject {event.inject} edited: {event.title}"
        case InjectAdded():
            return f"Ad hoc inject {event.inject} added: {event.title}"
        case PhaseAdvanced():
            return f"Phase: {event.phase}"
        case MoveSubmitted():
            actions = ", ".join(
                a.action + (f" → {a.target}" if a.target else "") for a in event.actions
            )
            return f"{event.actor} submits a move: {actions or 'no action'}"
        case ActionAdjudicated():
            verdict = "succeeds" if event.success else "fails"
            return (
                f"{event.actor}: {event.action} {verdict} "
                f"(p={event.probability:.2f}, roll {event.roll:.2f})"
            )
        case AdjudicationOverridden():
            verdict = "success" if event.success else "failure"
            return f"Facilitator overrides #{event.adjudication} to {verdict}: {event.reason}"
        case OutcomePublished():
            return f"Outcome of turn {event.turn} published"
        case TurnEnded():
            return f"Turn {event.turn} ends"
        case GameEnded():
            return f"Game ends ({event.reason.replace('_', ' ')}): {event.ending}"
        case FacilitatorUndid():
            return f"Facilitator undoes #{event.undone}: {event.label}"
    raise TypeError(f"unknown event {event!r}")
