"""A seat's browser for tests: real HTTP to a real seat server, keeping every byte it was sent
(headers, pages, error pages, live events), and Server-Sent Events read on a thread of their own
so a test can wait for the event it expects, with a bound, never for a duration."""

from __future__ import annotations

import json
import queue
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

WAIT = 60.0
"""The most any test waits for what it expects, in seconds: a bound, not a pause."""


@dataclass
class Event:
    id: int | None
    fragments: dict[str, str]


@dataclass
class Received:
    """Everything a device was sent, as bytes and as the text its live events carried."""

    raw: bytearray = field(default_factory=bytearray)
    texts: list[str] = field(default_factory=list)

    def add_response(self, response: httpx.Response) -> None:
        for name, value in response.headers.multi_items():
            self.raw += f"{name}: {value}\n".encode()
        self.raw += response.content

    def text(self) -> str:
        return self.raw.decode("utf-8", "replace") + "\n".join(self.texts)


class Stream:
    """One open live stream of a seat page."""

    def __init__(
        self, client: httpx.Client, received: Received, url: str, headers: dict[str, str]
    ) -> None:
        self.events: queue.Queue[Event | None] = queue.Queue()
        self.current: dict[str, str] = {}
        self.last_id: int | None = None
        self.comments: list[str] = []
        self.answered = threading.Event()
        """Set once the server has said its first word on the stream (an event or a comment)."""
        self._received = received
        self._lock = threading.Lock()
        self._context = client.stream("GET", url, headers=headers, timeout=WAIT)
        self.response = self._context.__enter__()
        for name, value in self.response.headers.multi_items():
            received.raw += f"{name}: {value}\n".encode()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        fields: dict[str, str] = {}
        try:
            for line in self.response.iter_lines():
                with self._lock:
                    self._received.raw += (line + "\n").encode()
                if line.startswith(":"):
                    self.comments.append(line)
                    self.answered.set()
                elif line:
                    name, _, value = line.partition(":")
                    fields[name] = value[1:] if value.startswith(" ") else value
                elif "data" in fields:
                    fragments = json.loads(fields["data"])
                    with self._lock:
                        self._received.texts.extend(fragments.values())
                    event = Event(int(fields["id"]) if "id" in fields else None, fragments)
                    self.current.update(fragments)
                    self.last_id = event.id
                    self.events.put(event)
                    self.answered.set()
                    fields = {}
        except (httpx.HTTPError, RuntimeError):
            pass  # the stream was closed, by us or by the server
        finally:
            self.events.put(None)

    def next(self) -> Event | None:
        """The next event (None once the stream has ended)."""
        return self.events.get(timeout=WAIT)

    def wait_until(self, holds: Callable[[dict[str, str]], bool]) -> None:
        """Read events until the fragments shown hold `holds`."""
        while not holds(self.current):
            if self.next() is None:
                raise AssertionError("the stream ended first")

    def ended(self) -> bool:
        """Whether the server has ended the stream, waiting for it up to the bound."""
        self._thread.join(WAIT)
        return not self._thread.is_alive()

    def close(self) -> None:
        """Hang up, as a browser does when its tab closes. The reader thread is not waited for:
        a read under way ends with the next line the server sends, or with the server."""
        self._context.__exit__(None, None, None)


class Device:
    """A browser on a phone or a laptop: its cookies, and everything it was sent."""

    def __init__(self, base_url: str) -> None:
        self.client = httpx.Client(base_url=base_url, timeout=WAIT)
        self.received = Received()
        self.page = ""
        self.streams: list[Stream] = []

    def get(self, url: str, **options: object) -> httpx.Response:
        return self._kept(self.client.get(url, **options))  # type: ignore[arg-type]

    def post(self, url: str, **options: object) -> httpx.Response:
        return self._kept(self.client.post(url, **options))  # type: ignore[arg-type]

    def _kept(self, response: httpx.Response) -> httpx.Response:
        self.received.add_response(response)
        if response.headers.get("content-type", "").startswith("text/html"):
            self.page = response.text
        return response

    def csrf(self) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.page)
        assert found, "the page has a form with its token"
        return found.group(1)

    def join(self, link: str, pin: str = "") -> httpx.Response:
        path = httpx.URL(link).raw_path.decode()
        self.get(path)
        return self.post(path, data={"csrf": self.csrf(), "pin": pin})

    def seat_page(self, language: str | None = None) -> httpx.Response:
        return self.get("/seat" + (f"?lang={language}" if language else ""))

    def submit(
        self,
        seat: str,
        actions: list[tuple[str, str | None]],
        argument: str,
        csrf: str | None = None,
    ) -> httpx.Response:
        """The move form as a seat fills it in: (action, target) per row."""
        if csrf is None:
            self.seat_page()
            csrf = self.csrf()
        form = {"csrf": csrf, "seat": seat, "argument": argument}
        for n, (action, target) in enumerate(actions, 1):
            form[f"action_{n}"] = action
            form[f"target_{n}"] = target or ""
        return self.post("/seat/move", data=form)

    def stream(self, last_event_id: int | None = None, since: int | None = None) -> Stream:
        """The seat page's live stream, as a browser opens it (`since`: the page's event number)
        or reopens it after losing it (`last_event_id`)."""
        headers = {} if last_event_id is None else {"last-event-id": str(last_event_id)}
        url = "/seat/stream" if since is None else f"/seat/stream?since={since}"
        opened = Stream(self.client, self.received, url, headers)
        self.streams.append(opened)
        return opened

    def close(self) -> None:
        for stream in self.streams:
            stream.close()
        self.client.close()
