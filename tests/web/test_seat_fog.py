"""A whole game played through the seat server, with people at three seats (each on a phone
in English and a laptop in Korean) and bots at two: every byte any seat's devices received —
pages, live events, error pages, headers — holds nothing of another seat's brief, objectives,
red lines, arguments or covert actions, and nothing of the MSEL's notes."""

from __future__ import annotations

from pathlib import Path

from browsing import Device
from helpers import ACTORS, FACILITATOR_ONLY, covert_scenario_data

from wargame.scenario import Scenario
from wargame.session import Session
from wargame.white_cell import AutoWhiteCell
from web.server import RoomServer

HUMANS = ("seoul", "moscow", "pyongyang")
PRIVATE_ACTIONS = (0, 2, 4)
"""The mini scenario's actions with an even number are seen by their actor alone; act_2 is aimed
covertly at another seat."""


def _scenario() -> Scenario:
    """The covert mini scenario, with words that belong to one seat alone."""
    data = covert_scenario_data()
    for actor in data["actors"]:
        for objective in actor["objectives"]:
            objective["text"] = f"{actor['id']} objective {objective['id']}"
        for line in actor["red_lines"]:
            line["text"] = f"{actor['id']} red line {line['id']}"
    return Scenario.model_validate(data)


def _secrets_of(actor: str, scenario: Scenario, arguments: list[str]) -> list[str]:
    own = scenario.actor(actor)
    return [
        own.brief,
        *(o.text for o in own.objectives),
        *(r.text for r in own.red_lines),
        *(f"{actor} action {n}" for n in PRIVATE_ACTIONS),
        *(f"{actor} 행동 {n}" for n in PRIVATE_ACTIONS),
        *arguments,
    ]


def test_no_seat_receives_anything_of_another_seat_in_a_whole_game(tmp_path: Path) -> None:
    scenario = _scenario()
    session, facilitator = Session.create(
        tmp_path / "g.wargame",
        scenario,
        11,
        humans={"seoul": "2468", "moscow": None, "pyongyang": None},
    )
    server = RoomServer(session)
    server.start()
    devices: dict[str, list[Device]] = {}
    try:
        for seat in HUMANS:
            link = server.seat_link(facilitator, seat)
            for language in ("en", "ko"):
                device = Device(server.url)
                assert device.join(link, "2468" if seat == "seoul" else "").status_code == 303
                assert device.seat_page(language).status_code == 200
                device.stream(since=session.state.seq)
                devices.setdefault(seat, []).append(device)
        white_cell = AutoWhiteCell(session)
        white_cell.step()
        for turn in range(1, scenario.turns + 1):
            assert session.state.turn == turn and session.state.phase.value == "deliberation"
            for seat in HUMANS:
                phone, laptop = devices[seat]
                actions = [("act_2", next(a for a in ACTORS if a != seat)), ("act_1", None)]
                # Hostile tries along the way: each answer is part of what the seat received.
                other = next(a for a in HUMANS if a != seat)
                assert laptop.submit(other, actions, f"forged-{seat}-{turn}").status_code == 403
                assert laptop.get(f"/join/{other}/{'x' * 22}").status_code == 404
                assert laptop.get("/facilitator").status_code == 404
                if seat != HUMANS[-1]:  # the last seat's move closes deliberation at once
                    assert phone.submit(seat, actions, f"draft-{seat}-{turn}").status_code == 303
                assert laptop.submit(seat, actions, f"argument-{seat}-{turn}").status_code == 303
        assert session.state.ended, "every seat moved each turn, so the white cell played on"
        white_cell.stop()
        for seat in HUMANS:
            for device in devices[seat]:
                (stream,) = device.streams
                stream.wait_until(
                    lambda shown: (
                        "has ended" in shown.get("status", "")
                        or "끝났습니다" in shown.get("status", "")
                    )
                )
                device.seat_page()
    finally:
        server.stop()
    arguments: dict[str, list[str]] = {a: [] for a in ACTORS}
    for stored in session.log():
        if stored.event.type == "move_submitted" and stored.event.argument.strip():
            arguments[stored.event.actor].append(stored.event.argument)
    session.close()
    assert all(arguments[a] for a in ACTORS), "people and bots all argued"

    for seat in HUMANS:
        received = "\n".join(d.received.text() for d in devices[seat])
        assert FACILITATOR_ONLY not in received
        for own in _secrets_of(seat, scenario, arguments[seat])[:4]:
            assert own in received, own  # the check would see a leak: its own words are there
        assert f"argument-{seat}-1" in received
        for other in ACTORS:
            if other == seat:
                continue
            for secret in _secrets_of(other, scenario, arguments[other]):
                assert secret not in received, (seat, other, secret)
            assert f"forged-{other}" not in received
        if seat != "seoul":
            assert "Secret for Seoul" not in received and "Only Seoul sees this." not in received
        else:
            assert (
                "Private channel" not in received and "Moscow and Pyongyang only." not in received
            )
    for device in (d for ds in devices.values() for d in ds):
        device.close()
