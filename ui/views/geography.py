"""The board's geography: simplified outlines of North-East Asia in longitude and latitude, and
the projection onto a board of 15 by 10 squares.

Outlines are hand-simplified to a few dozen points each: enough to make the peninsula, the
coasts and Japan recognisable when projected, few enough to redraw at any size every frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

LonLat = tuple[float, float]

WEST, EAST, SOUTH, NORTH = 112.0, 147.0, 30.0, 48.0
COLUMNS, ROWS = 15, 10
ASPECT = COLUMNS / ROWS
"""Width over height; with this extent it amounts to the east-west shrink of about 39°N."""


def project(point: LonLat) -> tuple[float, float]:
    """A point's place on the board as fractions of its width and height (y grows south)."""
    lon, lat = point
    return (lon - WEST) / (EAST - WEST), (NORTH - lat) / (NORTH - SOUTH)


@dataclass(frozen=True)
class Land:
    outline: tuple[LonLat, ...]
    owner: str | None
    """The actor whose colour tints it; None for neutral land."""


# China, the Korean Peninsula and the Russian Far East as one coastline, closed off the board.
MAINLAND: tuple[LonLat, ...] = (
    (105.0, 25.0), (119.5, 25.0), (120.6, 27.3), (121.5, 28.4), (121.95, 29.6),
    (121.0, 30.35), (121.9, 30.85), (121.85, 31.75), (121.2, 32.4), (120.8, 33.2),
    (120.5, 33.8), (120.3, 34.3), (119.5, 34.7), (119.5, 35.4), (120.3, 36.0),
    (120.9, 36.5), (121.5, 36.8), (122.4, 36.9), (122.7, 37.4), (122.1, 37.5),
    (121.4, 37.55), (120.75, 37.8), (120.3, 37.65), (119.9, 37.2), (119.3, 37.1),
    (119.05, 37.75), (118.6, 38.1), (117.8, 38.4), (117.7, 39.0), (118.3, 39.1),
    (118.9, 39.2), (119.6, 39.9), (120.85, 40.7), (121.2, 40.85), (122.2, 40.7),
    (122.0, 40.2), (121.6, 39.6), (121.15, 38.8), (121.65, 38.95), (122.2, 39.3),
    (122.9, 39.6), (123.8, 39.8), (124.3, 39.85),
    # The peninsula's west coast, southwards.
    (124.6, 39.55), (125.0, 39.55), (125.4, 39.45), (125.2, 39.1), (125.35, 38.72),
    (125.0, 38.45), (124.75, 38.15), (125.1, 37.9), (125.5, 37.8), (125.7, 38.0),
    (125.9, 37.8), (126.4, 37.75), (126.55, 37.65), (126.6, 37.45), (126.7, 37.15),
    (126.85, 36.95), (126.6, 37.0), (126.15, 36.9), (126.5, 36.35), (126.65, 36.0),
    (126.5, 35.65), (126.35, 35.25), (126.35, 34.8), (126.3, 34.4), (126.55, 34.3),
    # The south coast, eastwards.
    (126.8, 34.4), (127.4, 34.5), (127.75, 34.7), (127.9, 34.75), (128.4, 34.8),
    (128.65, 34.75), (129.05, 35.05), (129.25, 35.3), (129.45, 35.5), (129.57, 36.05),
    # The east coast, northwards.
    (129.4, 36.4), (129.4, 37.0), (129.2, 37.4), (128.95, 37.75), (128.6, 38.2),
    (128.37, 38.6), (128.0, 38.95), (127.6, 39.05), (127.45, 39.2), (127.4, 39.35),
    (127.6, 39.8), (128.0, 40.0), (128.2, 40.05), (128.9, 40.45), (129.2, 40.65),
    (129.75, 40.85), (129.7, 41.4), (129.8, 41.8), (130.1, 42.1), (130.3, 42.25),
    (130.7, 42.29),
    # The Russian coast of the Sea of Japan / East Sea, north-eastwards.
    (130.85, 42.55), (131.15, 42.6), (131.4, 42.85), (131.8, 43.3), (131.95, 43.0),
    (132.3, 43.25), (132.4, 42.85), (132.9, 42.8), (133.6, 42.8), (134.2, 43.1),
    (135.2, 43.8), (135.8, 44.35), (136.6, 45.05), (137.2, 45.6), (138.3, 46.5),
    (138.6, 47.2), (139.1, 48.0), (140.4, 50.0), (140.4, 52.0), (105.0, 52.0),
)  # fmt: skip

SAKHALIN: tuple[LonLat, ...] = (
    (141.95, 45.9), (142.45, 46.6), (142.75, 46.65), (143.2, 46.55), (143.45, 46.05),
    (143.6, 46.4), (143.1, 47.0), (142.95, 47.6), (142.7, 48.3), (142.5, 49.0),
    (142.0, 49.0), (142.0, 48.0), (141.85, 47.3), (142.05, 46.9), (141.8, 46.5),
)  # fmt: skip

JEJU: tuple[LonLat, ...] = (
    (126.15, 33.3), (126.35, 33.48), (126.7, 33.55), (126.95, 33.47), (126.85, 33.3),
    (126.55, 33.2), (126.25, 33.22),
)  # fmt: skip

HOKKAIDO: tuple[LonLat, ...] = (
    (140.0, 41.45), (140.7, 41.75), (141.1, 41.75), (140.95, 42.3), (140.6, 42.55),
    (141.0, 42.35), (141.6, 42.6), (142.3, 42.3), (142.8, 42.15), (143.25, 41.92),
    (143.4, 42.45), (143.7, 42.6), (144.4, 42.97), (145.2, 43.1), (145.6, 43.35),
    (145.2, 43.6), (145.35, 44.35), (144.6, 43.95), (144.25, 44.0), (143.3, 44.4),
    (142.5, 44.9), (141.95, 45.5), (141.65, 45.35), (141.7, 44.9), (141.65, 43.95),
    (141.3, 43.25), (141.0, 43.2), (140.45, 43.35), (140.3, 43.0), (139.9, 42.6),
    (139.85, 42.25), (140.1, 41.85),
)  # fmt: skip

HONSHU: tuple[LonLat, ...] = (
    (130.9, 34.0), (131.1, 34.4), (131.6, 34.65), (132.2, 35.0), (132.7, 35.45),
    (133.3, 35.55), (134.2, 35.55), (135.0, 35.7), (135.3, 35.55), (135.8, 35.5),
    (136.0, 35.75), (136.1, 36.2), (136.6, 36.6), (136.75, 37.1), (137.3, 37.5),
    (137.0, 37.1), (136.95, 36.8), (137.3, 36.75), (137.9, 37.05), (138.5, 37.4),
    (139.05, 37.95), (139.45, 38.4), (139.8, 38.95), (140.05, 39.7), (139.7, 39.95),
    (140.0, 40.3), (139.9, 40.6), (140.35, 41.25), (140.7, 40.85), (141.2, 41.2),
    (140.95, 41.5), (141.45, 41.4), (141.5, 40.5), (141.95, 39.65), (141.6, 38.9),
    (141.55, 38.3), (141.0, 38.25), (141.0, 37.6), (140.95, 37.0), (140.65, 36.4),
    (140.85, 35.7), (140.35, 35.15), (139.9, 34.95), (139.7, 35.25), (139.15, 35.15),
    (138.9, 34.65), (138.7, 35.0), (138.2, 34.65), (137.3, 34.65), (136.85, 34.3),
    (136.3, 34.1), (135.75, 33.45), (135.1, 33.9), (135.2, 34.3), (135.4, 34.65),
    (135.0, 34.65), (134.7, 34.75),
    (133.9, 34.55), (133.3, 34.35), (132.45, 34.35), (132.0, 34.05), (131.4, 34.0),
)  # fmt: skip

SHIKOKU: tuple[LonLat, ...] = (
    (132.0, 33.35), (132.5, 33.2), (133.0, 32.72), (133.55, 33.5), (134.18, 33.25),
    (134.6, 33.85), (134.6, 34.1), (134.6, 34.25), (134.05, 34.35), (133.6, 34.2),
    (133.0, 34.1), (132.7, 33.85), (132.4, 33.5),
)  # fmt: skip

KYUSHU: tuple[LonLat, ...] = (
    (130.9, 33.95), (131.05, 33.75), (131.7, 33.6), (131.6, 33.25), (131.95, 32.9),
    (131.5, 32.2), (131.45, 31.9), (131.3, 31.4), (130.65, 31.0), (130.2, 31.25),
    (130.2, 31.6), (130.3, 32.1), (130.15, 32.45), (129.85, 32.75), (129.6, 33.05),
    (129.5, 33.35), (129.95, 33.5), (130.35, 33.65), (130.65, 33.9),
)  # fmt: skip

TSUSHIMA: tuple[LonLat, ...] = ((129.25, 34.15), (129.35, 34.7), (129.5, 34.65), (129.4, 34.2))

LANDS: tuple[Land, ...] = (
    Land(MAINLAND, "beijing"),
    Land(SAKHALIN, "moscow"),
    Land(JEJU, "seoul"),
    Land(HOKKAIDO, None),
    Land(HONSHU, None),
    Land(SHIKOKU, None),
    Land(KYUSHU, None),
    Land(TSUSHIMA, None),
)

# The Yalu and Tumen rivers, west to east, ending where the Tumen meets the sea.
KOREA_NORTH_BORDER: tuple[LonLat, ...] = (
    (124.3, 39.85), (124.95, 40.45), (125.55, 40.75), (126.3, 41.15), (126.9, 41.78),
    (127.5, 41.5), (128.2, 41.4), (128.08, 42.0), (128.9, 42.05), (129.4, 42.4),
    (129.75, 42.45), (129.95, 42.95), (130.25, 42.85), (130.55, 42.55), (130.62, 42.42),
    (130.7, 42.29),
)  # fmt: skip

CHINA_RUSSIA_BORDER: tuple[LonLat, ...] = (
    (130.62, 42.42), (130.8, 42.8), (131.1, 42.95), (131.2, 43.5), (131.3, 44.05),
    (131.0, 44.85), (131.8, 45.25), (132.0, 45.05), (133.15, 45.15), (133.5, 45.9),
    (134.1, 46.6), (134.2, 47.5), (134.7, 48.4), (134.7, 52.0),
)  # fmt: skip

# The Military Demarcation Line, extended a little into the sea at both ends.
DMZ: tuple[LonLat, ...] = (
    (126.1, 37.72), (126.68, 37.95), (127.2, 38.27), (127.9, 38.32), (128.36, 38.61),
    (128.9, 38.61),
)  # fmt: skip

# Parts of the mainland tinted for another actor. Their edges at sea only need to stay clear of
# other land, because they are drawn clipped to the mainland.
NORTH_KOREA = (
    KOREA_NORTH_BORDER
    + ((131.5, 42.0), (131.5, 38.61))
    + DMZ[::-1]
    + ((124.0, 37.72), (124.0, 39.5))
)
SOUTH_KOREA = DMZ + ((131.5, 38.61), (131.5, 32.5), (124.0, 32.5), (124.0, 37.72))
RUSSIA = CHINA_RUSSIA_BORDER + ((160.0, 52.0), (160.0, 42.29), (130.7, 42.29))
REGIONS: tuple[Land, ...] = (
    Land(NORTH_KOREA, "pyongyang"),
    Land(SOUTH_KOREA, "seoul"),
    Land(RUSSIA, "moscow"),
)

BORDERS: tuple[tuple[LonLat, ...], ...] = (KOREA_NORTH_BORDER, CHINA_RUSSIA_BORDER)

VLADIVOSTOK: LonLat = (131.9, 43.12)


class Side(Enum):
    """Where a token's name goes."""

    BELOW = "below"
    ABOVE = "above"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Seat:
    """A token's fixed square on the board."""

    at: LonLat
    label: Side


# Seoul and Pyongyang sit a little apart from their capitals so both tokens and names fit on
# the peninsula; Moscow stands at the Russian edge and Washington offshore in the Pacific.
SEATS: dict[str, Seat] = {
    "seoul": Seat((127.9, 36.3), Side.BELOW),
    "pyongyang": Seat((126.6, 40.0), Side.ABOVE),
    "washington": Seat((143.2, 32.6), Side.BELOW),
    "moscow": Seat((134.4, 45.7), Side.RIGHT),
    "beijing": Seat((116.4, 39.9), Side.BELOW),
}


def seat_for(actor_id: str, index: int) -> Seat:
    """The actor's seat; actors unknown to the board line up offshore on the Pacific side."""
    return SEATS.get(actor_id, Seat((145.3, 44.5 - 3.0 * index), Side.LEFT))
