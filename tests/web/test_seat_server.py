"""The seat server, run for real on 127.0.0.1 and spoken to over real HTTP: a seat joins with its
link and PIN, plays through its forms, follows the game live, and gets nothing it may not have;
a browser is a hostile client."""

from __future__ import annotations

import logging
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from time import time

import httpx
import pytest
from browsing import WAIT
from rooms import Room

from wargame.errors import UserError
from wargame.session import Change, Principal, Session, sign_in_book
from web.qr import qr_svg
from web.server import RoomServer, room_addresses


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    opened = Room(tmp_path)
    yield opened
    opened.close()


def _changes(session: Session) -> tuple[list[Change], threading.Event]:
    heard: list[Change] = []
    presence = threading.Event()

    def listen(change: Change) -> None:
        heard.append(change)
        if change.touches("presence"):
            presence.set()

    session.subscribe(listen)
    return heard, presence


def test_a_seat_joins_with_its_link_and_pin_and_sees_its_own_page(room: Room) -> None:
    device = room.device()
    page = device.get(httpx.URL(room.link("seoul")).raw_path.decode())
    assert page.status_code == 200 and "Seoul" in page.text and "Mini" in page.text
    assert 'type="password"' in page.text, "Seoul has a PIN, so its join page asks for it"
    assert "The seoul seat." not in page.text, "the join page shows nothing of the game"
    joined = device.join(room.link("seoul"), "1234")
    assert joined.status_code == 303
    seat = device.seat_page()
    assert seat.status_code == 200 and "The seoul seat." in seat.text
    # Another device of the same seat joins the same way; a seat with no PIN needs only its link.
    assert room.seated("seoul").seat_page().status_code == 200
    moscow = room.device()
    assert (
        'type="password"' not in moscow.get(httpx.URL(room.link("moscow")).raw_path.decode()).text
    )
    assert moscow.join(room.link("moscow")).status_code == 303
    assert "The moscow seat." in moscow.seat_page().text


def test_a_wrong_pin_is_refused_and_the_wait_is_the_desktops(room: Room) -> None:
    device = room.device()
    refusals = [device.join(room.link("seoul"), "0000") for _ in range(3)]
    assert [r.status_code for r in refusals] == [403, 403, 429]
    assert all("That PIN is not right." in r.text for r in refusals[:2])
    assert "Too many wrong PINs: wait 5 seconds" in refusals[2].text
    assert device.join(room.link("seoul"), "1234").status_code == 429, "the right PIN waits too"
    assert "peninsula_seat" not in device.client.cookies
    # The count is the one the desktop app keeps for this game and seat.
    assert sign_in_book(room.session.file).wait("seoul", time()) > 0
    assert room.session.sign_in("seoul", "1234").principal is None
    # A made-up link is refused without saying whose seat or game it would have been.
    forged = device.get("/join/seoul/" + "A" * 22)
    assert forged.status_code == 404 and "Seoul" not in forged.text and "Mini" not in forged.text


def test_the_seat_page_is_complete_with_scripts_off(room: Room) -> None:
    room.deliberate()
    page = room.seated("seoul").seat_page().text
    for shown in (
        "The seoul seat.",  # the brief
        "Keep calm",  # an objective
        "No war",  # a red line
        "Public one",  # an inject for everyone
        "Secret for Seoul",  # an inject for Seoul alone
        "Basis: Analysis",  # its badge
        'action="/seat/move"',  # the move form
        "seoul action 1",  # an action of its menu
        "Turn 1 of 4",
    ):
        assert shown in page, shown
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/seat.js" defer>']
    assert " style=" not in page, "no inline style: the CSP allows none"
    korean = room.seated("seoul").seat_page("ko").text
    assert "나의 수" in korean and "숙의" in korean and 'lang="ko"' in korean


def test_a_seat_submits_and_revises_its_move_through_the_form(room: Room) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    first = seoul.submit("seoul", [("act_0", "pyongyang"), ("act_1", "moscow")], "First <b>word")
    assert first.status_code == 303
    move = room.session.state.moves["seoul"]
    # The target offered beside an action that takes none is no choice at all.
    assert [(c.action, c.target) for c in move.actions] == [("act_0", "pyongyang"), ("act_1", None)]
    assert move.argument == "First <b>word"
    page = seoul.get(first.headers["location"]).text
    assert "Your move is saved." in page and "First &lt;b&gt;word" in page
    second = seoul.submit("seoul", [("act_2", None)], "Second thoughts")
    assert second.status_code == 303
    move = room.session.state.moves["seoul"]
    assert move.revision == 2 and move.argument == "Second thoughts"
    assert "(revision 2)" in seoul.seat_page().text


def test_a_move_the_rules_refuse_is_a_message_on_the_page(room: Room) -> None:
    seoul = room.seated("seoul")
    closed = seoul.submit("seoul", [("act_1", None)], "too early")
    assert closed.status_code == 409
    assert "Your move was not submitted: Moves can be submitted only during deliberation." in (
        closed.text
    )
    room.deliberate()
    unknown = seoul.submit("seoul", [("no_such_action", None)], "")
    assert unknown.status_code == 409 and "is not on Seoul&#39;s menu" in unknown.text
    assert "seoul" not in room.session.state.moves
    assert "Traceback" not in seoul.received.text()


def test_a_korean_seat_page_says_why_a_move_is_refused_in_korean(room: Room) -> None:
    seoul = room.seated("seoul")
    assert seoul.seat_page("ko").status_code == 200  # the device keeps its choice of Korean
    closed = seoul.submit("seoul", [("act_1", None)], "too early")
    assert closed.status_code == 409
    assert "수가 제출되지 않았습니다: 수는 숙의 중에만 제출할 수 있습니다." in closed.text
    room.deliberate()
    forged = seoul.submit("moscow", [("act_1", None)], "for another seat")
    assert forged.status_code == 403 and "참가석은 자기 수만 제출할 수 있습니다." in forged.text
    assert "submitted only during" not in seoul.received.text()
    assert "its own move" not in seoul.received.text()


def test_a_forged_form_for_another_seat_is_refused_and_logged(
    room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    moscow = room.seated("moscow")
    seoul_token = (seoul.seat_page(), seoul.csrf())[1]
    before = room.session.file.last_seq()
    with caplog.at_level(logging.WARNING):
        forged = seoul.submit("moscow", [("act_1", None)], "forged by seoul")
        no_token = seoul.post(
            "/seat/move", data={"seat": "seoul", "action_1": "act_1", "argument": "x"}
        )
        moscow.seat_page()
        stolen_token = seoul.submit(
            "seoul", [("act_1", None)], "with moscow's token", csrf=moscow.csrf()
        )
        no_cookie = httpx.post(
            room.server.url + "/seat/move",
            data={"csrf": seoul_token, "seat": "seoul", "action_1": "act_1"},
        )
    assert forged.status_code == 403 and "A seat can only submit its own move." in forged.text
    assert no_token.status_code == 403 and "This form has expired" in no_token.text
    assert stolen_token.status_code == 403
    assert no_cookie.status_code == 403
    assert room.session.file.last_seq() == before
    assert set(room.session.state.moves) == set(room.session.bot_seats())
    logged = [r.getMessage() for r in caplog.records]
    assert any("seat seoul" in m and "moscow" in m for m in logged), logged
    assert sum("no valid CSRF token" in m for m in logged) == 2, logged


def test_an_oversize_request_is_refused_and_changes_nothing(room: Room) -> None:
    room.deliberate()
    seoul = room.seated("seoul")
    csrf = (seoul.seat_page(), seoul.csrf())[1]
    form = {"csrf": csrf, "seat": "seoul", "action_1": "act_1", "argument": "x" * 100_000}
    declared = seoul.post("/seat/move", data=form)
    assert declared.status_code == 413 and "too much to send" in declared.text

    def chunks() -> Iterator[bytes]:
        yield f"csrf={csrf}&seat=seoul&action_1=act_1&argument=".encode()
        for _ in range(100):
            yield b"y" * 1000

    # A body in chunks with no length is no form a browser filled in: it is cut off unread,
    # answered with the refusal if the sender is still listening, and never reaches the game.
    try:
        chunked = seoul.post(
            "/seat/move",
            content=chunks(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
    except httpx.TransportError:
        pass
    else:
        assert chunked.status_code == 413
        assert "content-security-policy" in chunked.headers
    assert "seoul" not in room.session.state.moves


def test_every_response_carries_the_csp_and_cookies_are_httponly_and_strict(room: Room) -> None:
    device = room.device()
    responses = [
        device.get(httpx.URL(room.link("moscow")).raw_path.decode()),
        device.join(room.link("moscow")),
        device.seat_page(),
        device.get("/seat/room.css"),
        device.get("/static/seat.css"),
        device.get("/static/seat.js"),
        device.get("/no/such/page"),
        device.post("/seat", data={}),  # a method the page does not take
        device.post("/seat/move", content=b"\xff\xfe garbage", headers={"content-type": "x"}),
        httpx.get(room.server.url + "/seat"),  # no cookie at all
    ]
    for response in responses:
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "server" not in response.headers
        for cookie in response.headers.get_list("set-cookie"):
            assert "HttpOnly" in cookie and "SameSite=strict" in cookie, cookie
    assert [r.status_code for r in responses[6:]] == [404, 405, 403, 403]
    assert "Traceback" not in device.received.text()


def test_a_live_stream_resumes_from_the_last_event_it_saw(room: Room) -> None:
    seoul = room.seated("seoul")
    page_seq = room.session.state.seq
    first = seoul.stream(since=page_seq)
    assert first.answered.wait(WAIT) and first.comments == [": up to date"]
    room.deliberate()
    opened = first.next()
    assert opened is not None and opened.id == room.session.state.seq
    assert "Public one" in opened.fragments["injects"] and "brief" not in opened.fragments
    seen = opened.id
    first.close()
    # While the device is away the game moves on (another seat's public action, say)...
    room.session.add_inject(room.facilitator, "Ad hoc news", "Told to everyone.", None)
    again = seoul.stream(last_event_id=seen)
    resumed = again.next()
    assert resumed is not None and resumed.id == room.session.state.seq
    assert "Ad hoc news" not in resumed.fragments.get("injects", "")  # added, not released yet
    assert set(resumed.fragments) >= {"status", "move", "injects", "brief", "results"}
    again.close()
    # A device that is up to date is sent nothing until something it can see changes.
    current = seoul.stream(last_event_id=room.session.state.seq)
    assert current.answered.wait(WAIT) and current.comments == [": up to date"]
    room.session.hold_inject(room.facilitator, "INJ-3")  # nothing Seoul may see
    room.session.submit_move(
        room.session.join(
            "moscow", room.session.join_token(room.facilitator, "moscow"), "", "m"
        ).principal,  # type: ignore[arg-type]
        "moscow",
        [],
        "moscow keeps quiet",
    )
    moved = current.next()
    assert moved is not None and moved.id == room.session.state.seq
    assert set(moved.fragments) == {"status"}, "only who has moved changed for Seoul"
    assert "moscow keeps quiet" not in seoul.received.text()


def test_an_open_stream_puts_the_device_on_the_seat_board(room: Room) -> None:
    heard, presence = _changes(room.session)
    seoul = room.seated("seoul")
    stream = seoul.stream()
    assert stream.next() is not None
    assert presence.wait(WAIT)
    (device,) = room.session.devices()["seoul"]
    assert device.label.endswith("127.0.0.1")
    presence.clear()
    stream.close()
    assert presence.wait(WAIT), "the server noticed the device leave"
    assert "seoul" not in room.session.devices()
    assert room.session.ever_joined("seoul")


def test_stopping_the_server_ends_every_stream_and_can_be_repeated(tmp_path: Path) -> None:
    opened = Room(tmp_path)
    stream = opened.seated("moscow").stream()
    assert stream.next() is not None
    opened.server.stop()
    assert stream.ended()
    opened.server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(opened.server.url + "/seat", timeout=WAIT)
    opened.close()


def test_a_seat_that_leaves_a_device_must_join_again_there(room: Room) -> None:
    moscow = room.seated("moscow")
    moscow.seat_page()
    left = moscow.post("/seat/leave", data={"csrf": moscow.csrf()})
    assert left.status_code == 200 and "left the seat" in left.text
    assert moscow.seat_page().status_code == 403


def test_a_port_in_use_is_a_clear_message(room: Room) -> None:
    port = int(room.server.url.rsplit(":", 1)[1])
    with pytest.raises(UserError, match=f"Cannot listen on 127.0.0.1:{port}"):
        RoomServer(room.session, port=port).start()


def test_only_the_facilitator_hands_out_links(room: Room) -> None:
    seat = room.session.join("moscow", room.session.join_token(room.facilitator, "moscow"), "", "")
    assert isinstance(seat.principal, Principal)
    with pytest.raises(UserError):
        room.server.seat_link(seat.principal, "seoul")


def test_a_link_as_a_qr_code_and_the_addresses_to_listen_on() -> None:
    svg = qr_svg("http://192.0.2.1:8000/join/seoul/abc")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>") and "<path" in svg
    addresses = room_addresses()
    assert addresses[0][1].startswith("127.")
    assert all(socket.inet_aton(a) for _, a in addresses)


def test_devices_of_one_seat_are_sent_the_same_page_with_their_own_tokens(room: Room) -> None:
    """The seat's fragments are drawn once for all its devices; each gets its own token."""
    phones = [room.seated("seoul") for _ in range(3)]
    tokens = [(phone.seat_page(), phone.csrf())[1] for phone in phones]
    assert len(set(tokens)) == 3
    streams = [phone.stream(since=room.session.state.seq) for phone in phones]
    assert all(stream.answered.wait(WAIT) for stream in streams)
    room.deliberate()
    shown = []
    for stream, token in zip(streams, tokens, strict=True):
        event = stream.next()
        assert event is not None and "Public one" in event.fragments["injects"]
        found = re.findall(r'name="csrf" value="([^"]+)"', "".join(event.fragments.values()))
        assert found and set(found) == {token}
        shown.append(event.fragments["injects"].replace(token, ""))
    assert len(set(shown)) == 1


def test_a_paused_clock_reads_paused_on_every_seat_page(tmp_path: Path) -> None:
    room = Room(tmp_path, minutes=20)
    try:
        seoul = room.seated("seoul")
        room.deliberate()
        page = seoul.seat_page().text
        assert "data-left=" in page and "(paused)" not in page, "a running clock counts down"
        stream = seoul.stream(since=room.session.state.seq)
        assert stream.answered.wait(WAIT)
        room.session.toggle_clock(room.facilitator)
        paused = stream.next()
        assert paused is not None and "(paused)" in paused.fragments["clock"]
        assert "data-left" not in paused.fragments["clock"], "a paused clock does not count down"
        room.session.toggle_clock(room.facilitator)
        running = stream.next()
        assert running is not None and "data-left" in running.fragments["clock"]
    finally:
        room.close()
