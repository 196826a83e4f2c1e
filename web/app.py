"""The seat server's web app: join pages, the seat page, its forms and its live stream.

It holds no rule of the exercise: it turns a seat's view (`Session.seat_view`) into pages and a
form into a command given to the session with the seat's own principal, which the session
checks. Nothing of the facilitator's is served at all: there is no route to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from wargame.bundled import bundled
from wargame.errors import UserError
from wargame.free_actions import ProposedAction
from wargame.session import Principal, Refused, Session
from wargame.state import ChosenAction
from web import pages
from web.pages import Reader
from web.security import (
    JOIN_COOKIE,
    LANGUAGE_COOKIE,
    READ_COOKIE,
    SEAT_COOKIE,
    Guard,
    SeatCookie,
    clear_cookie,
    csrf_token,
    device_label,
    join_token,
    new_device_id,
    read_cookie_value,
    read_injects,
    set_cookie,
    tokens_match,
)
from web.stream import SeatStreams, Viewer
from web.words import Words, language_or

log = logging.getLogger(__name__)

YEAR = 365 * 24 * 3600
_TRIES = 3
_FORM_LIMITS = {"max_files": 0, "max_fields": 32, "max_part_size": 16 * 1024}


@dataclass(frozen=True)
class Seated:
    """A request from a device that has joined a seat."""

    principal: Principal
    seat: str
    device: str
    reader: Reader


class SeatServer:
    """The routes, over one session; `create_app` wires them into an ASGI app."""

    def __init__(self, session: Session, streams: SeatStreams, language: str) -> None:
        self.session = session
        self.streams = streams
        self.language = language
        self.drawings = pages.Drawings()

    # --- who is asking ---------------------------------------------------------------------

    def words(self, connection: HTTPConnection) -> Words:
        chosen = connection.query_params.get("lang") or connection.cookies.get(LANGUAGE_COOKIE)
        return Words(language_or(chosen, self.language))

    def seated(self, connection: HTTPConnection) -> Seated | None:
        cookie = SeatCookie.read(connection.cookies.get(SEAT_COOKIE))
        if cookie is None:
            return None
        principal = self.session.admit(cookie.seat, cookie.device, cookie.seat_pass)
        if principal is None:
            return None
        reader = Reader(
            self.words(connection),
            csrf_token(self.session.room, cookie.seat, cookie.device),
            read_injects(connection.cookies.get(READ_COOKIE)),
        )
        return Seated(principal, cookie.seat, cookie.device, reader)

    def _remember_language(self, request: Request, response: Response) -> Response:
        chosen = request.query_params.get("lang")
        if chosen and language_or(chosen, "") == chosen:
            set_cookie(response, LANGUAGE_COOKIE, chosen, YEAR)
        return response

    # --- pages -----------------------------------------------------------------------------

    def message(self, words: Words, status: int, key: str, back: bool = False) -> HTMLResponse:
        heading = words("error") if status >= 400 else words("language")
        return HTMLResponse(pages.message_page(words, heading, words(key), back), status)

    async def home(self, request: Request) -> Response:
        if self.seated(request) is not None:
            return RedirectResponse("/seat", 303)
        return self.message(self.words(request), 403, "not_joined")

    def _join_target(self, request: Request) -> tuple[str, str] | None:
        seat, token = request.path_params["seat"], request.path_params["token"]
        if seat not in self.session.state.seats or not self.session.room.link_matches(seat, token):
            log.warning("A join link that does not match was tried for %r", seat[:40])
            return None
        return seat, token

    def _join_page(
        self, request: Request, seat: str, nonce: str, message: str = "", status: int = 200
    ) -> HTMLResponse:
        words = self.words(request)
        view = self.session.seat_view(seat, words.language)
        html = pages.join_page(
            words,
            view["you"]["name"],
            view["room"]["title"],
            self.session.seat_needs_pin(seat),
            join_token(self.session.room, nonce),
            message,
        )
        response = HTMLResponse(html, status)
        set_cookie(response, JOIN_COOKIE, nonce)
        self._remember_language(request, response)
        return response

    async def join_form(self, request: Request) -> Response:
        target = self._join_target(request)
        if target is None:
            return self.message(self.words(request), 404, "bad_link")
        return self._join_page(request, target[0], new_device_id())

    async def join(self, request: Request) -> Response:
        target = self._join_target(request)
        words = self.words(request)
        if target is None:
            return self.message(words, 404, "bad_link")
        seat, token = target
        form = await self._form(request)
        nonce = request.cookies.get(JOIN_COOKIE, "")
        if (
            form is None
            or not nonce
            or not tokens_match(join_token(self.session.room, nonce), form.get("csrf"))
        ):
            log.warning("Refused a join form for %s without its token", seat)
            return self.message(words, 403, "expired")
        pin = form.get("pin", "")
        device = new_device_id()
        joined = await run_in_threadpool(
            self.session.join, seat, token, pin if isinstance(pin, str) else "", device
        )
        if joined.principal is None:
            wait = self.session.sign_in_wait(seat)
            message = words("wait", seconds=int(wait + 0.999)) if wait > 0 else words("wrong_pin")
            return self._join_page(request, seat, nonce, message, 429 if wait > 0 else 403)
        response = RedirectResponse("/seat", 303)
        cookie = SeatCookie(seat, device, self.session.seat_pass(joined.principal))
        set_cookie(response, SEAT_COOKIE, cookie.value(), YEAR)
        clear_cookie(response, JOIN_COOKIE)
        return response

    async def seat(self, request: Request) -> Response:
        seated = self.seated(request)
        if seated is None:
            return self.message(self.words(request), 403, "not_joined")
        notice = next(
            (seated.reader.words(key) for flag, key in _NOTICES if flag in request.query_params),
            "",
        )
        return self._remember_language(request, self._seat_page(seated, notice))

    def _seat_page(self, seated: Seated, notice: str = "", status: int = 200) -> HTMLResponse:
        seq, view = self._view(seated)
        return HTMLResponse(pages.seat_page(view, seated.reader, seq, notice), status)

    def _view(self, seated: Seated) -> tuple[int, dict[str, Any]]:
        """The seat's view and the event number it shows. Read again if the game moved on
        while it was read, so the number never claims more or less than the view shows."""
        for _ in range(_TRIES):
            seq = self.session.state.seq
            view = self.session.seat_view(seated.seat, seated.reader.words.language)
            if self.session.state.seq == seq:
                break
        # Still moving after a few tries: the number read first makes a reconnect send this
        # again, never skip what the view does not show yet.
        return seq, view

    async def room_css(self, request: Request) -> Response:
        seated = self.seated(request)
        if seated is None:
            return Response("", 403, media_type="text/css")
        view = self.session.seat_view(seated.seat, seated.reader.words.language)
        return Response(pages.room_css(view), media_type="text/css")

    async def icon(self, request: Request) -> Response:
        return FileResponse(bundled("assets", "icon", "peninsula.svg"), media_type="image/svg+xml")

    # --- forms -----------------------------------------------------------------------------

    async def _form(self, request: Request) -> FormData | None:
        try:
            return await request.form(**_FORM_LIMITS)
        except Exception as error:  # whatever a browser sends that is no form of ours
            log.warning("A form that cannot be read came to %s: %s", request.url.path, error)
            return None

    async def _seated_form(self, request: Request) -> tuple[Seated, FormData] | Response:
        """The device's seat and its form, or the page that refuses it."""
        seated = self.seated(request)
        if seated is None:
            return self.message(self.words(request), 403, "not_joined")
        form = await self._form(request)
        if form is None:
            return self.message(seated.reader.words, 400, "bad_form", back=True)
        if not tokens_match(seated.reader.csrf, form.get("csrf")):
            log.warning(
                "Refused a form from %s to %s: no valid CSRF token",
                seated.principal,
                request.url.path,
            )
            return self.message(seated.reader.words, 403, "expired", back=True)
        return seated, form

    async def move(self, request: Request) -> Response:
        checked = await self._seated_form(request)
        if isinstance(checked, Response):
            return checked
        seated, form = checked
        words = seated.reader.words
        actor = form.get("seat")
        argument = form.get("argument", "")
        if not isinstance(actor, str) or not isinstance(argument, str):
            return self.message(words, 400, "bad_form", back=True)
        menu = {a["id"]: a for a in self.session.seat_view(seated.seat)["you"]["menu"]}
        actions = []
        for n in range(1, 1 + len(menu)):
            action, target = form.get(f"action_{n}"), form.get(f"target_{n}")
            if action is None:
                break
            if not isinstance(action, str) or not isinstance(target, (str, type(None))):
                return self.message(words, 400, "bad_form", back=True)
            if action:
                # The target list offers every target with scripts off: one chosen for an
                # action that takes none is no choice at all.
                takes_target = bool(menu.get(action, {}).get("targets", True))
                actions.append(ChosenAction(action, (target or None) if takes_target else None))
        free = [form.get(f"free_{part}", "") for part in ("title", "target", "argument")]
        if not all(isinstance(part, str) for part in free):
            return self.message(words, 400, "bad_form", back=True)
        title, target, reasons = (str(part) for part in free)
        proposals = (
            [
                ProposedAction(
                    title=title, target=target or None, argument=reasons.replace("\r\n", "\n")
                )
            ]
            if title.strip()
            else []
        )
        try:
            await run_in_threadpool(
                self.session.submit_move,
                seated.principal,
                actor,
                actions,
                argument.replace("\r\n", "\n"),
                proposals,
            )
        except Refused as refused:
            return self._refused(seated, refused)
        except UserError as error:
            notice = words("not_submitted", reason=error.text(words.language))
            return self._seat_page(seated, notice, 409)
        return RedirectResponse("/seat?saved#move", 303)

    async def estimate(self, request: Request) -> Response:
        """The seat's odds for one action it may see, as a whole percentage."""
        checked = await self._seated_form(request)
        if isinstance(checked, Response):
            return checked
        seated, form = checked
        key, percent = _action_key(form.get("action_key")), form.get("percent")
        if key is None or not isinstance(percent, str) or not percent.strip().isdigit():
            return self.message(seated.reader.words, 400, "bad_form", back=True)
        probability = int(percent) / 100
        return await self._said(seated, "odds_saved", self.session.estimate, *key, probability)

    async def counter(self, request: Request) -> Response:
        """The seat's one counter-argument of the review step."""
        checked = await self._seated_form(request)
        if isinstance(checked, Response):
            return checked
        seated, form = checked
        key, text = _action_key(form.get("action_key")), form.get("text", "")
        if key is None or not isinstance(text, str):
            return self.message(seated.reader.words, 400, "bad_form", back=True)
        return await self._said(
            seated, "counter_saved", self.session.counter_argue, *key, text.replace("\r\n", "\n")
        )

    async def _said(
        self, seated: Seated, saved: str, command: Callable[..., None], *arguments: object
    ) -> Response:
        """Give `command` in the seat's own name; the page again, saying whether it was saved."""
        words = seated.reader.words
        try:
            await run_in_threadpool(command, seated.principal, *arguments)
        except Refused as refused:
            return self._refused(seated, refused)
        except UserError as error:
            notice = words("not_saved", reason=error.text(words.language))
            return self._seat_page(seated, notice, 409)
        return RedirectResponse(f"/seat?{saved}#review", 303)

    def _refused(self, seated: Seated, refused: Refused) -> Response:
        words = seated.reader.words
        page = pages.message_page(words, words("error"), refused.text(words.language), back=True)
        return HTMLResponse(page, 403)

    async def read(self, request: Request) -> Response:
        checked = await self._seated_form(request)
        if isinstance(checked, Response):
            return checked
        seated, _ = checked
        view = self.session.seat_view(seated.seat)
        shown = [i["id"] for i in view["injects"]]
        earlier = [i for i in seated.reader.read if i not in shown]
        response = RedirectResponse("/seat#injects", 303)
        set_cookie(response, READ_COOKIE, read_cookie_value(sorted(earlier) + shown), YEAR)
        return response

    async def leave(self, request: Request) -> Response:
        checked = await self._seated_form(request)
        if isinstance(checked, Response):
            return checked
        seated, _ = checked
        self.session.sign_out(seated.principal)
        response = self.message(seated.reader.words, 200, "left")
        clear_cookie(response, SEAT_COOKIE)
        return response

    # --- the live stream -------------------------------------------------------------------

    async def stream(self, request: Request) -> Response:
        seated = self.seated(request)
        if seated is None:
            return Response("", 403)
        since = _event_number(
            request.headers.get("last-event-id") or request.query_params.get("since")
        )

        def render(names: Collection[str]) -> tuple[int, dict[str, str]]:
            moment = (self.session.state.seq, self.session.clock)
            return self.drawings.fragments(
                seated.seat, seated.reader, moment, lambda: self._view(seated), names
            )

        viewer = Viewer(seated.principal, seated.device, device_label(request), render)
        return StreamingResponse(
            self.streams.events(viewer, since),
            media_type="text/event-stream",
            headers={"x-accel-buffering": "no"},
        )

    # --- errors ----------------------------------------------------------------------------

    async def refuse(self, scope: Scope, status: int, key: str) -> Response:
        """A refusal page in the asking device's language, with nothing of any game in it."""
        return self.message(self.words(HTTPConnection(scope)), status, key)

    async def http_error(self, request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, HTTPException) else 500
        key = {404: "not_found", 405: "not_allowed"}.get(status, "bad_form")
        return self.message(self.words(request), status, key)


_NOTICES = (
    ("saved", "move_saved"),
    ("odds_saved", "odds_saved"),
    ("counter_saved", "counter_saved"),
)
"""What a redirect after a saved form says on the page it lands on."""


def _action_key(value: object) -> tuple[str, str, str | None] | None:
    """An action of this turn from a form, "actor|action|target" (scenario ids hold no "|"),
    or None for anything else."""
    if not isinstance(value, str) or value.count("|") != 2:
        return None
    actor, action, target = value.split("|")
    return actor, action, target or None


def _event_number(text: str | None) -> int | None:
    if text is None or not text.isdigit() or len(text) > 12:
        return None
    return int(text)


def create_app(session: Session, streams: SeatStreams, language: str = "en") -> Starlette:
    """The seat server's ASGI app over `session`; `streams` carries its live updates (the
    caller closes it to end them), `language` is the pages' language until a seat picks one."""
    from importlib.resources import files

    server = SeatServer(session, streams, language)
    static = StaticFiles(directory=str(files("web") / "static"))
    return Starlette(
        routes=[
            Route("/", server.home),
            Route("/join/{seat}/{token}", server.join_form, methods=["GET"]),
            Route("/join/{seat}/{token}", server.join, methods=["POST"]),
            Route("/icon.svg", server.icon, methods=["GET"]),
            Route("/seat", server.seat, methods=["GET"]),
            Route("/seat/room.css", server.room_css, methods=["GET"]),
            Route("/seat/move", server.move, methods=["POST"]),
            Route("/seat/read", server.read, methods=["POST"]),
            Route("/seat/estimate", server.estimate, methods=["POST"]),
            Route("/seat/counter", server.counter, methods=["POST"]),
            Route("/seat/leave", server.leave, methods=["POST"]),
            Route("/seat/stream", server.stream, methods=["GET"]),
            Mount("/static", static),
        ],
        middleware=[Middleware(Guard, refuse=server.refuse)],
        exception_handlers={HTTPException: server.http_error},
    )
