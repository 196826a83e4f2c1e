"""The seat server in a thread of its own: for the desktop app, `wargame serve` and tests.

uvicorn runs the app on a socket bound here first, so a port that is taken is a clear message
before anything starts, and port 0 picks a free one. Its logging goes to ours (the desktop app
is windowed and has no console) and its access log stays off.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import sys
import threading

import uvicorn

from wargame.errors import UserError
from wargame.session import Principal, Session
from web.app import create_app
from web.stream import SeatStreams

log = logging.getLogger(__name__)

_ANY = ("0.0.0.0", "")  # every IPv4 interface: the room reaches us at our own addresses


class RoomServer:
    """The seat server of one session, listening on `host`:`port` (0: any free port)."""

    def __init__(
        self, session: Session, host: str = "127.0.0.1", port: int = 0, language: str = "en"
    ) -> None:
        self.session = session
        self.host = host
        self.port = port
        self.language = language
        self._streams: SeatStreams | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._address: tuple[str, int] | None = None

    def start(self) -> None:
        """Listen, and return once the server answers."""
        if self._thread is not None:
            return
        listening = _bind(self.host, self.port)
        self._address = listening.getsockname()[:2]
        self._streams = SeatStreams(self.session)
        app = create_app(self.session, self._streams, self.language)
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            server_header=False,
            lifespan="off",
            timeout_graceful_shutdown=5,
            ws="none",
        )
        ready = threading.Event()
        self._server = _Server(config, ready)
        self._thread = threading.Thread(
            target=self._serve, args=(listening, ready), name="seat server", daemon=True
        )
        self._thread.start()
        ready.wait(30)
        if not self._server.started:
            self.stop()
            raise UserError(
                f"The seat server could not start on {self.host}:{self.port}.",
                f"{self.host}:{self.port}에서 참가석 서버를 시작하지 못했습니다.",
            )
        log.info("Seat server listening on %s", self.url)

    def _serve(self, listening: socket.socket, ready: threading.Event) -> None:
        assert self._server is not None
        try:
            asyncio.run(self._server.serve(sockets=[listening]))
        except BaseException:  # a dying server thread must say why in our log
            log.exception("The seat server stopped")
        finally:
            ready.set()
            listening.close()

    @property
    def url(self) -> str:
        """Where the room reaches the server, e.g. "http://192.168.1.20:53117"."""
        if self._address is None:
            raise UserError(
                "The seat server has not started.", "참가석 서버가 아직 시작되지 않았습니다."
            )
        host, port = self._address
        if host in _ANY:
            host = next((a for _, a in room_addresses() if not _loopback(a)), "127.0.0.1")
        return f"http://{host}:{port}"

    def seat_link(self, by: Principal, seat: str) -> str:
        """The full join link of `seat`; only the facilitator may ask for it."""
        token = self.session.join_token(by, seat)
        return f"{self.url}/join/{seat}/{token}"

    @property
    def open_streams(self) -> int:
        """How many seat pages are following the game live now."""
        return self._streams.count if self._streams else 0

    def stop(self) -> None:
        """Close every stream and the listening socket; again does nothing."""
        if self._streams is not None:
            self._streams.close()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
            if self._thread.is_alive():
                log.warning("The seat server did not stop within 15 s")
        self._thread = None
        self._server = None


class _Server(uvicorn.Server):
    """uvicorn, saying when it is listening."""

    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def _bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listening = socket.socket(family, socket.SOCK_STREAM)
    except OSError as error:
        why = error.strerror or error
        raise UserError(
            f"Cannot listen on {host}: {why}.", f"{host}에서 접속을 받을 수 없습니다: {why}."
        ) from error
    try:
        if sys.platform != "win32":  # on Windows this would let two servers share a port
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(128)
    except (OSError, OverflowError) as error:
        listening.close()
        reason = getattr(error, "strerror", None) or error
        raise UserError(
            f"Cannot listen on {host}:{port}: {reason}. "
            "Choose another port, or an address of this computer.",
            f"{host}:{port}에서 접속을 받을 수 없습니다: {reason}. "
            "다른 포트나 이 컴퓨터의 다른 주소를 고르십시오.",
        ) from error
    listening.setblocking(False)
    return listening


def _loopback(address: str) -> bool:
    return ipaddress.ip_address(address).is_loopback


def room_addresses() -> list[tuple[str, str]]:
    """(label, IPv4 address) of this machine's interfaces, loopback first."""
    found: dict[str, str] = {}
    for label, address in _interface_addresses():
        found.setdefault(address, label)
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.setdefault(str(info[4][0]), socket.gethostname())
    found.setdefault("127.0.0.1", "loopback")
    return sorted(((label, a) for a, label in found.items()), key=lambda p: not _loopback(p[1]))


def _interface_addresses() -> list[tuple[str, str]]:
    """Each interface's IPv4 address, where the system tells (Linux, the BSDs, macOS)."""
    try:
        import fcntl
    except ImportError:
        return []
    siocgifaddr = 0x8915 if sys.platform.startswith("linux") else 0xC0206921
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _, name in socket.if_nameindex():
            request = name.encode()[:15].ljust(256, b"\0")
            try:
                answer = fcntl.ioctl(probe.fileno(), siocgifaddr, request)
            except OSError:
                continue  # no IPv4 address on this interface
            found.append((name, socket.inet_ntoa(answer[20:24])))
    return found
