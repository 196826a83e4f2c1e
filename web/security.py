"""What keeps a seat's browser to its own seat: signed cookies, CSRF tokens, the headers every
response carries and the limit on what a browser may send.

A seat's cookie names its seat and device and carries the seat's pass (`Session.seat_pass`),
which only the room's secret can make; the session checks it (`Session.admit`). CSRF tokens are
signed with the same secret, so cookies, tokens and join links survive a restart of the server
and die together when the room's keys are renewed.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wargame.room import RoomKeys

log = logging.getLogger(__name__)

SEAT_COOKIE = "peninsula_seat"
JOIN_COOKIE = "peninsula_join"
LANGUAGE_COOKIE = "peninsula_language"
READ_COOKIE = "peninsula_read"
MAX_BODY = 64 * 1024
"""The most a browser may send at once: a move's form is a few kilobytes at its longest."""
MAX_READ = 3000
"""The longest list of read injects a cookie keeps (the oldest are forgotten first)."""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # a join link's token must not travel on
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


@dataclass(frozen=True)
class SeatCookie:
    seat: str
    device: str
    seat_pass: str

    def value(self) -> str:
        text = json.dumps([self.seat, self.device, self.seat_pass])
        return base64.urlsafe_b64encode(text.encode()).decode()

    @classmethod
    def read(cls, value: str | None) -> SeatCookie | None:
        """The cookie's parts, or None for anything that is not one of ours (the pass itself
        is checked by the session)."""
        if not value or len(value) > 512:
            return None
        try:
            parts = json.loads(base64.urlsafe_b64decode(value.encode()))
        except (ValueError, binascii.Error):
            return None
        if not (isinstance(parts, list) and len(parts) == 3):
            return None
        if not all(isinstance(p, str) for p in parts):
            return None
        return cls(*parts)


def new_device_id() -> str:
    return secrets.token_urlsafe(12)


def set_cookie(response: Response, name: str, value: str, max_age: int | None = None) -> None:
    """Every cookie of ours: HttpOnly, SameSite=Strict, for the whole server. (The server speaks
    plain HTTP in the room, so a Secure cookie would never come back.)"""
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict")


def clear_cookie(response: Response, name: str) -> None:
    response.delete_cookie(name, httponly=True, samesite="strict")


def csrf_token(room: RoomKeys, seat: str, device: str) -> str:
    """The token a seat's forms carry: only the room's secret makes it, for this device."""
    return room.signature(f"csrf/{seat}/{device}")


def join_token(room: RoomKeys, nonce: str) -> str:
    """The join form's token, bound to a nonce the join page left in a cookie."""
    return room.signature(f"join-csrf/{nonce}")


def tokens_match(expected: str, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode())


def read_injects(value: str | None) -> frozenset[str]:
    """The inject ids this device has marked read (a cookie that cannot be read: none)."""
    if not value or len(value) > 2 * MAX_READ:
        return frozenset()
    try:
        text = base64.urlsafe_b64decode(value.encode()).decode()
    except (ValueError, binascii.Error):
        return frozenset()
    return frozenset(text.split("\n")) - {""}


def read_cookie_value(ids: list[str]) -> str:
    """`ids` (oldest first) as the read cookie, forgetting the oldest past `MAX_READ`."""
    text = "\n".join(ids)
    while len(text) > MAX_READ and "\n" in text:
        text = text.split("\n", 1)[1]
    return base64.urlsafe_b64encode(text.encode()).decode()


def device_label(request: Request) -> str:
    """How the seat board names a device: its kind of system and its address in the room."""
    agent = request.headers.get("user-agent", "")
    system = next(
        (name for key, name in _SYSTEMS if key in agent),
        "browser",
    )
    client = request.client.host if request.client else ""
    return f"{system} · {client}" if client else system


_SYSTEMS = (
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Windows", "Windows"),
    ("Macintosh", "Mac"),
    ("CrOS", "Chromebook"),
    ("Linux", "Linux"),
)

Refuse = Callable[[Scope, int, str], Awaitable[Response]]
"""Renders a refusal page (status, the words' key) in the language of the asking seat."""


class Guard:
    """ASGI middleware around the whole app: the security headers on every response, bodies
    over `MAX_BODY` refused before the app reads them, and a bug answered with an apology page
    rather than a traceback."""

    def __init__(self, app: ASGIApp, refuse: Refuse) -> None:
        self.app = app
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                headers.extend(_HEADERS)
                if not scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        body = await self._body(scope, receive)
        if body is None:
            log.warning("Refused a request to %s: more than %d bytes", scope["path"], MAX_BODY)
            await _drain(scope, receive)
            response = await self.refuse(scope, 413, "too_large")
            response.headers["connection"] = "close"
            await response(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, _replay(body, receive), send_with_headers)
        except Exception:
            log.exception("A bug answering %s %s", scope["method"], scope["path"])
            if not started:
                response = await self.refuse(scope, 500, "internal")
                await response(scope, receive, send_with_headers)

    async def _body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The request's whole body, or None when it is over the limit."""
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            return None
        if scope["method"] in ("GET", "HEAD"):
            return b""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


DRAINED_AT_MOST = 1024 * 1024
"""How much of a refused body is read and thrown away before the refusal is sent."""


async def _drain(scope: Scope, receive: Receive) -> None:
    """Read the refused body a browser declared, up to `DRAINED_AT_MOST`: a browser sends the
    whole form before it reads the answer, and a socket closed on unread bytes is reset, so it
    would never see the page that says why. A body sent in chunks with no length, or a larger
    one, is no form a browser filled in: it is cut off unread."""
    declared = dict(scope["headers"]).get(b"content-length", b"")
    if not declared.isdigit() or int(declared) > DRAINED_AT_MOST:
        return
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the body read already, then waits for the disconnect."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
