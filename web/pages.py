"""The seat pages, drawn from a seat's view and nothing else.

The seat page is a set of fragments (its move, its injects, its results…), each a template of
its own: the page puts them together as served, so it is complete with scripts off, and the
stream (`web/stream.py`) sends a device only the fragments that changed for it. Every template
is autoescaped; every text from the scenario or typed by a person goes through it as text.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass
from time import monotonic
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from wargame.adjudication import percent, signed_percent
from web.words import LANGUAGES, Words

FRAGMENTS = (
    "status",
    "clock",
    "move",
    "review",
    "injects",
    "brief",
    "objectives",
    "results",
    "world",
)
"""The parts of a seat's page, each an element `f-NAME` the stream can replace."""

CATEGORIES = ("diplomatic", "information", "military", "economic")
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")
_CSS_NAME = re.compile(r"[A-Za-z0-9_-]+")

_environment = Environment(
    loader=PackageLoader("web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
# Odds and modifiers read as on every other screen: the number the roll was compared with.
_environment.filters["percent"] = percent
_environment.filters["signed_percent"] = signed_percent


@dataclass(frozen=True)
class Reader:
    """Who a page is drawn for: a device of a seat, in a language, with the injects it has
    marked read and its forms' CSRF token."""

    words: Words
    csrf: str
    read: frozenset[str]


def _clock_text(seconds: float) -> str:
    minutes, left = divmod(int(seconds + 0.999), 60)  # 0:00.4 left still shows 0:01
    return f"{minutes:02d}:{left:02d}"


def _menu_by_category(menu: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [
        (category, [a for a in menu if a["category"] == category])
        for category in CATEGORIES
        if any(a["category"] == category for a in menu)
    ]


def _targets(menu: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every target any action of the menu takes, once, in the menu's order."""
    seen: dict[str, dict[str, Any]] = {}
    for action in menu:
        for target in action["targets"]:
            seen.setdefault(target["id"], target)
    return list(seen.values())


def _chosen(view: dict[str, Any]) -> list[dict[str, Any] | None]:
    """The seat's move as the form shows it: one row per action it may take."""
    you = view["you"]
    actions = you["move"]["actions"] if you["move"] else []
    return [actions[n] if n < len(actions) else None for n in range(you["moves_per_turn"])]


def _result_turns(
    results: list[dict[str, Any]], seat: str
) -> list[tuple[int, list[dict[str, Any]]]]:
    """The results by turn, the latest turn first, and in each turn the seat's own first: the
    latest turn is what a seat reads now, the earlier ones it looks back on."""
    turns: dict[int, list[dict[str, Any]]] = {}
    # A check for an incident at the line (no actor) comes after the turn's actions.
    for result in sorted(results, key=lambda r: (-r["turn"], r.get("actor") != seat, "kind" in r)):
        turns.setdefault(result["turn"], []).append(result)
    return list(turns.items())


def _with_checks(view: dict[str, Any]) -> list[dict[str, Any]]:
    """The seat's results and the checks for an incident at the line it may know of."""
    incident = view["incident"]
    return view["results"] + (incident["checks"] if incident else [])


def css_class(actor_id: str) -> str:
    """The class that gives an actor's colour (ids that are no CSS name get none)."""
    return f"actor-{actor_id}" if _CSS_NAME.fullmatch(actor_id) else ""


def _context(view: dict[str, Any], reader: Reader) -> dict[str, Any]:
    you, room = view["you"], view["room"]
    names = {a["id"]: a["name"] for a in room["actors"]}
    ladder = room["ladder"]
    injects = [
        {**i, "audience_names": ", ".join(names.get(a, a) for a in i["audience"])}
        if i["audience"] != "all"
        else i
        for i in reversed(view["injects"])
    ]
    return {
        "view": view,
        "you": you,
        "room": room,
        "t": reader.words,
        "lang": reader.words.language,
        "csrf": reader.csrf,
        "names": names,
        "css_class": css_class,
        "level_name": ladder[view["escalation"]["level"]],
        "moved": [names.get(a, a) for a in view["submitted"]],
        "clock_text": _clock_text(view["clock"]) if view["clock"] is not None else "",
        "menu_by_category": _menu_by_category(you["menu"]),
        "targets": _targets(you["menu"]),
        "chosen": _chosen(view),
        "injects": injects,
        "unread": [i["id"] for i in injects if i["id"] not in reader.read],
        "result_turns": _result_turns(_with_checks(view), you["id"]),
        "indicator_names": {i["id"]: i["name"] for i in room["indicators"]},
        "own_odds": {
            (e["actor"], e["action"], e["target"]): e["probability"]
            for e in view["review"]["estimates"]
            if e["by"] == you["id"]
        },
    }


FRAGMENTS_SHOWING: dict[str, frozenset[str]] = {
    "phase": frozenset(FRAGMENTS),
    "injects": frozenset(("injects",)),
    "moves": frozenset(("status", "move", "review")),
    "adjudications": frozenset(("results",)),
    "world": frozenset(("status", "world", "objectives")),
    "clock": frozenset(("clock",)),
}
"""The fragments that show each aspect of the game a `Change` may touch (the others — the
hot wash, who is connected — no seat page shows)."""


def touched(aspects: Collection[str]) -> frozenset[str]:
    """The fragments a change touching `aspects` may have changed: the only ones drawn again."""
    return frozenset().union(*(FRAGMENTS_SHOWING.get(a, frozenset()) for a in aspects))


def fragments(
    view: dict[str, Any], reader: Reader, names: Collection[str] = FRAGMENTS
) -> dict[str, str]:
    """The fragments `names` of `view`'s seat page (every one by default), drawn for `reader`."""
    context = _context(view, reader)
    return {
        name: _environment.get_template(f"fragments/{name}.html").render(context)
        for name in FRAGMENTS
        if name in names
    }


FRESH = 0.25
"""Seconds a drawing serves the other devices of its seat: long enough for every open page to
be woken by one change, short enough that the time left it shows is still the time left."""


class Drawings:
    """The fragments of the game's latest moment, drawn once for all the devices that see the
    same (one seat, one language, the same injects marked read): a seat open on six phones costs
    one view and one drawing, not six. Each device's own form token goes in afterwards."""

    def __init__(self) -> None:
        self._mark = secrets.token_hex(16)
        self._lock = threading.Lock()
        self._moment: Hashable = None
        self._drawn: dict[
            tuple[str, str, frozenset[str], frozenset[str]], tuple[float, dict[str, str]]
        ] = {}

    def fragments(
        self,
        seat: str,
        reader: Reader,
        moment: tuple[int, Hashable],
        view: Callable[[], tuple[int, dict[str, Any]]],
        names: Collection[str] = FRAGMENTS,
    ) -> tuple[int, dict[str, str]]:
        """The fragments of `seat`'s page for `reader`, and the event number they show, at
        `moment` (the game's event number now, and anything else that changes a page without
        one, like the clock being paused): drawn from `view()` (the seat's view and its number)
        unless another device of the seat had them drawn at this moment just now."""
        key = (seat, reader.words.language, reader.read, frozenset(names))
        now = monotonic()
        with self._lock:
            found = self._drawn.get(key) if moment == self._moment else None
        if found is not None and now - found[0] <= FRESH:
            seq, drawn = moment[0], found[1]
        else:
            seq, shown = view()
            drawn = fragments(shown, Reader(reader.words, self._mark, reader.read), names)
            if seq == moment[0]:  # the view is of this moment
                with self._lock:
                    if moment != self._moment:
                        self._moment, self._drawn = moment, {}
                    self._drawn[key] = (now, drawn)
        return seq, {name: html.replace(self._mark, reader.csrf) for name, html in drawn.items()}


def seat_page(view: dict[str, Any], reader: Reader, seq: int, notice: str = "") -> str:
    """The whole seat page as served: every fragment in place, and the event number it shows,
    from which the live stream goes on."""
    parts = {name: Markup(html) for name, html in fragments(view, reader).items()}
    return _environment.get_template("seat.html").render(
        _context(view, reader) | {"parts": parts, "seq": seq, "notice": notice}
    )


def room_css(view: dict[str, Any]) -> str:
    """Each actor's colour as a class, from the room's public facts: colours never go inline
    (the Content-Security-Policy allows no inline style)."""
    rules = []
    for actor in view["room"]["actors"]:
        name, colour = css_class(actor["id"]), actor["colour"]
        if name and _COLOUR.fullmatch(colour):
            rules.append(f".{name} {{ --actor: {colour}; }}")
    return "\n".join(rules) + "\n"


def join_page(
    words: Words,
    seat_name: str,
    title: str,
    needs_pin: bool,
    token: str,
    message: str = "",
) -> str:
    """The join page: the seat's name and the game's title, and nothing else of the game."""
    return _environment.get_template("join.html").render(
        t=words,
        lang=words.language,
        seat_name=seat_name,
        title=title,
        needs_pin=needs_pin,
        csrf=token,
        message=message,
        languages=LANGUAGES,
    )


def message_page(words: Words, heading: str, message: str, back: bool = False) -> str:
    """A page that says one thing: an error, a refusal, or that a device has left its seat."""
    return _environment.get_template("message.html").render(
        t=words, lang=words.language, heading=heading, message=message, back=back
    )
