"""The session: one path from any principal's command to a saved event and its listeners, with
every rule of who may do what in it, whichever front end asks."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import mini_scenario

from wargame.events import ObservationModel
from wargame.session import Change, Principal, Refused, Session
from wargame.state import ChosenAction, Phase
from wargame.store import GameFile
from wargame.viewers import FACILITATOR

PINS = {"seoul": "1234", "moscow": "9876"}
FACILITATOR_PIN = "5555"


def _guarded(tmp_path: Path) -> tuple[Session, Principal]:
    return Session.create(
        tmp_path / "g.wargame", mini_scenario(), 7, humans=PINS, facilitator_pin=FACILITATOR_PIN
    )


def _seat(session: Session, actor: str) -> Principal:
    principal, wait = session.sign_in(actor, PINS[actor])
    assert principal is not None and wait == 0.0
    return principal


def test_a_seat_cannot_submit_another_seats_move_and_the_attempt_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    session, facilitator = _guarded(tmp_path)
    session.advance(facilitator)
    seoul = _seat(session, "seoul")
    with caplog.at_level(logging.WARNING), pytest.raises(Refused):
        session.submit_move(seoul, "moscow", [ChosenAction("act_1")], "forged")
    assert "moscow" not in session.state.moves
    assert any(
        "seat seoul" in r.getMessage() and "moscow" in r.getMessage() for r in caplog.records
    )
    session.submit_move(seoul, "seoul", [ChosenAction("act_1")], "my own")
    assert session.state.moves["seoul"].argument == "my own"
    session.close()


def test_a_seat_cannot_give_a_facilitators_command(tmp_path: Path) -> None:
    session, _ = _guarded(tmp_path)
    seoul = _seat(session, "seoul")
    for command in (
        lambda: session.advance(seoul),
        lambda: session.release_inject(seoul, "INJ-1"),
        lambda: session.add_inject(seoul, "Title", "Body", None),
        lambda: session.record_observation(seoul, ObservationModel(text="mine", kind="strength")),
        lambda: session.join_token(seoul, "moscow"),
    ):
        with pytest.raises(Refused):
            command()
    assert session.state.phase is Phase.BRIEFING
    assert session.file.last_seq() == session.state.seq
    session.close()


def test_a_signed_out_principal_or_one_made_elsewhere_is_refused(tmp_path: Path) -> None:
    session, facilitator = _guarded(tmp_path)
    session.advance(facilitator)
    seoul = _seat(session, "seoul")
    session.sign_out(seoul)
    with pytest.raises(Refused):
        session.submit_move(seoul, "seoul", [], "after signing out")
    forged = Principal("facilitator")
    with pytest.raises(Refused):
        session.advance(forged)
    assert session.state.phase is Phase.DELIBERATION
    session.close()


def test_an_opened_or_branched_guarded_game_holds_no_console_until_the_pin(tmp_path: Path) -> None:
    session, facilitator = _guarded(tmp_path)
    session.advance(facilitator)
    session.close()
    reopened = Session.open(tmp_path / "g.wargame")
    assert reopened.open_console() is None
    reopened.close()
    with GameFile.open(tmp_path / "g.wargame") as source:
        branch = Session.branch(source, source.last_seq(), tmp_path / "b.wargame")
    assert branch.console_guarded and branch.open_console() is None
    principal, _ = branch.sign_in(FACILITATOR, FACILITATOR_PIN)
    assert principal is not None and principal.role == "facilitator"
    branch.advance(principal, force=True)
    assert branch.state.phase is Phase.ADJUDICATION
    branch.close()


def test_an_unguarded_game_gives_its_console_to_whoever_opens_it(tmp_path: Path) -> None:
    session, _ = Session.create(tmp_path / "g.wargame", mini_scenario(), 7, humans=PINS)
    session.close()
    reopened = Session.open(tmp_path / "g.wargame")
    facilitator = reopened.open_console()
    assert facilitator is not None
    reopened.advance(facilitator)
    assert reopened.state.phase is Phase.DELIBERATION
    reopened.close()


WRONG_PINS = """
import sys
from wargame.session import Session
session = Session.open(sys.argv[1])
print([session.sign_in(sys.argv[2], "0000").wait for _ in range(4)])
session.close()
"""


def test_the_wrong_pin_wait_survives_a_restart_of_the_app(tmp_path: Path) -> None:
    session, _ = _guarded(tmp_path)
    session.close()
    game = str(tmp_path / "g.wargame")
    # A first run of the app takes four wrong PINs and quits.
    done = subprocess.run(
        [sys.executable, "-c", WRONG_PINS, game, FACILITATOR],
        capture_output=True,
        text=True,
        check=True,
    )
    waits = json.loads(done.stdout)
    assert waits[:2] == [0.0, 0.0] and waits[-1] > 0, waits
    # The next run, in this process, finds the wait where the last one left it.
    restarted = Session.open(game)
    assert restarted.sign_in_wait(FACILITATOR) > 0
    principal, wait = restarted.sign_in(FACILITATOR, FACILITATOR_PIN)
    assert principal is None and wait > 0, "even the right PIN waits out the wait"
    # Other seats, and other games, keep their own counts.
    assert restarted.sign_in_wait("seoul") == 0.0
    restarted.close()
    other, _ = Session.create(
        tmp_path / "other.wargame", mini_scenario(), 7, facilitator_pin=FACILITATOR_PIN
    )
    assert other.sign_in_wait(FACILITATOR) == 0.0
    other.close()


def test_listeners_hear_each_command_once_with_what_it_touched(tmp_path: Path) -> None:
    session, facilitator = _guarded(tmp_path)
    heard: list[Change] = []
    session.subscribe(heard.append)
    session.advance(facilitator)
    (opening,) = heard
    assert opening.by == "facilitator" and opening.seq == session.state.seq
    assert opening.touches("phase") and opening.touches("injects")
    # The bots moved as deliberation opened, in the same change.
    bot_moves = [e for e in opening.events if e.type == "move_submitted"]
    assert {e.actor for e in bot_moves} == set(session.bot_seats())
    session.submit_move(_seat(session, "seoul"), "seoul", [ChosenAction("act_1")], "")
    assert heard[-1].aspects == {"moves"} and heard[-1].by == "seat"
    with pytest.raises(Refused):
        session.advance(Principal("facilitator"))
    assert len(heard) == 2, "a refused command changes nothing and says nothing"
    assert [e.seq for e in session.log()][-1] == heard[-1].seq


def test_the_clock_runs_only_while_deliberation_is_open(tmp_path: Path) -> None:
    now = [1000.0]
    game_file_session, facilitator = Session.create(
        tmp_path / "g.wargame", mini_scenario(), 7, humans=PINS, deliberation_minutes=2
    )
    game_file_session.close()
    session = Session.open(tmp_path / "g.wargame")
    session._now = lambda: now[0]  # the session's time source, moved by hand
    facilitator = session.open_console()
    assert facilitator is not None
    assert not session.clock.active
    session.advance(facilitator)
    assert session.clock.remaining(now[0]) == 120
    now[0] += 30
    session.toggle_clock(facilitator)
    now[0] += 500
    assert session.clock.paused and session.clock.remaining(now[0]) == 90
    session.toggle_clock(facilitator)
    now[0] += 90
    assert session.clock.expired(now[0])
    session.advance(facilitator, force=True)
    assert not session.clock.active
    session.close()


def test_a_seat_joins_by_its_link_and_its_pin_where_it_has_one(tmp_path: Path) -> None:
    session, facilitator = Session.create(
        tmp_path / "g.wargame", mini_scenario(), 7, humans={"seoul": "1234", "moscow": None}
    )
    seoul_link = session.join_token(facilitator, "seoul")
    moscow_link = session.join_token(facilitator, "moscow")
    assert len(seoul_link) >= 22 and seoul_link != moscow_link
    assert session.join("seoul", moscow_link, "1234", "phone").principal is None
    assert session.join("seoul", seoul_link, "0000", "phone").principal is None
    joined = session.join("seoul", seoul_link, "1234", "phone").principal
    assert joined is not None and joined.seat == "seoul"
    by_link = session.join("moscow", moscow_link, "", "tablet").principal
    assert by_link is not None and by_link.seat == "moscow"
    session.close()
    # The same links work after a restart: the room's keys are kept.
    again = Session.open(tmp_path / "g.wargame")
    assert again.join("moscow", moscow_link, "", "tablet").principal is not None
    again.close()


def test_moves_from_many_threads_at_once_are_all_saved_in_order(tmp_path: Path) -> None:
    humans = {a: "1234" for a in mini_scenario().actor_ids}
    session, facilitator = Session.create(tmp_path / "g.wargame", mini_scenario(), 7, humans=humans)
    session.advance(facilitator)
    seats = {a: session.sign_in(a, "1234").principal for a in humans}
    revisions = 20
    failures: list[BaseException] = []

    def play(actor: str) -> None:
        principal = seats[actor]
        assert principal is not None
        try:
            for n in range(revisions):
                session.submit_move(principal, actor, [ChosenAction("act_1")], f"{actor} {n}")
        except BaseException as error:  # reported below, in the test's own thread
            failures.append(error)

    threads = [threading.Thread(target=play, args=(a,)) for a in humans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures and not any(t.is_alive() for t in threads)
    assert {a: m.revision for a, m in session.state.moves.items()} == dict.fromkeys(
        humans, revisions
    )
    seqs = [e.seq for e in session.log()]
    assert seqs == list(range(1, session.state.seq + 1))
    session.close()


def test_the_seat_board_knows_each_device_a_seat_is_open_on(tmp_path: Path) -> None:
    session, _ = _guarded(tmp_path)
    heard: list[Change] = []
    session.subscribe(heard.append)
    laptop = _seat(session, "seoul")
    phone = _seat(session, "seoul")
    session.enter(laptop, "laptop", "this computer")
    session.enter(phone, "phone-1", "Phone")
    assert [d.label for d in session.devices()["seoul"]] == ["this computer", "Phone"]
    assert heard[-1].aspects == {"presence"}
    session.sign_out(laptop)  # the laptop's seat signs out; the team's phone stays
    assert [d.label for d in session.devices()["seoul"]] == ["Phone"]
    session.leave(phone, "phone-1")
    assert "seoul" not in session.devices()
    assert session.ever_joined("seoul") and not session.ever_joined("moscow")
    session.enter(laptop, "laptop", "signed out")  # a principal signed out cannot come back
    assert "seoul" not in session.devices()
    session.close()
