"""Charts as SVG text, drawn in the core so that reports need no display: lines over turns with
their names at their ends, horizontal bars of shares, and a table of values over turns shaded
from hostile to friendly. Every label is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

FONT = "NanumGothic, 'Noto Sans CJK KR', 'Malgun Gothic', sans-serif"
INK, MUTED, RULE = "#1f2933", "#6b7280", "#d5d9de"


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    points: Sequence[tuple[float, float]]  # (turn, value)


ASCII_WIDTHS = (
    28, 43, 43, 61, 61, 109, 73, 31, 37, 37, 61, 66, 31, 37, 31, 38, 61, 61, 61, 61, 61, 61, 61,
    61, 61, 61, 31, 31, 55, 66, 55, 55, 88, 73, 61, 68, 73, 58, 51, 80, 73, 25, 37, 65, 49, 97,
    73, 79, 58, 79, 63, 55, 55, 73, 67, 103, 67, 67, 55, 37, 97, 37, 66, 55, 25, 55, 61, 49, 61,
    55, 37, 61, 61, 25, 27, 52, 25, 91, 61, 61, 61, 61, 37, 43, 37, 61, 49, 85, 51, 47, 49, 31,
    25, 31, 66,
)  # fmt: skip
"""NanumGothic's advance widths (its bold's are the same) in hundredths of an em, of ASCII from
the space to the tilde; every other glyph it has is at most an em wide."""


def text_width(text: str, size: float) -> float:
    """How wide `text` is at font `size` in NanumGothic, at most. Labels are laid out by it and
    cut short to the room they have (`fitted`), so none runs off the chart."""
    return size * sum(ASCII_WIDTHS[ord(c) - 32] / 100 if " " <= c <= "~" else 1.0 for c in text)


def fitted(text: str, size: float, room: float) -> str:
    """`text`, cut short with an ellipsis if it is wider than `room` at font `size`: a name
    can be 300 characters long, and a chart shows its start; the text around it shows it whole."""
    if text_width(text, size) <= room:
        return text
    room -= text_width("…", size)
    used = 0.0
    for end, char in enumerate(text):
        used += text_width(char, size)
        if used > room:
            return text[:end].rstrip() + "…"
    return text


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", fill: str = INK,
          weight: str = "normal") -> str:  # fmt: skip
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size:.1f}" '
        f'text-anchor="{anchor}" fill="{fill}" font-weight="{weight}">{escape(text)}</text>'
    )


def _open(width: float, height: float, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{escape(title)}">',
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
        _text(8, 22, fitted(title, 14, width - 16), 14, weight="bold"),
    ]


def line_chart(
    title: str,
    turns: int,
    y_ticks: list[tuple[float, str]],
    lines: list[Line],
    x_label: str,
    width: int = 640,
    height: int = 260,
) -> str:
    """Lines over turns 0..`turns`, the y axis from the first tick to the last; a line with an
    empty label is drawn without a name at its end; the ticks and the names each have at most
    three tenths of the width."""
    y_ticks = [(value, fitted(label, 10, width * 0.3)) for value, label in y_ticks]
    names = [fitted(line.label, 10.5, width * 0.3) for line in lines]
    left = 16 + max((text_width(label, 10) for _, label in y_ticks), default=14)
    right = width - 18 - max((text_width(name, 10.5) for name in names), default=0)
    top, bottom = 40, height - 40
    low, high = y_ticks[0][0], y_ticks[-1][0]
    span = (high - low) or 1.0

    def x_of(turn: float) -> float:
        return left + (right - left) * turn / max(1, turns)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * (value - low) / span

    parts = _open(width, height, title)
    for value, label in y_ticks:
        y = y_of(value)
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" '
            f'stroke="{RULE}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 3.5, label, 10, "end", MUTED))
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (right - left) / max(1, turns) * s >= 22)
    for turn in range(0, turns + 1, step):
        parts.append(_text(x_of(turn), bottom + 16, str(turn), 10, "middle", MUTED))
    x_label = fitted(x_label, 10, right - left)
    parts.append(_text((left + right) / 2, bottom + 32, x_label, 10, "middle", MUTED))
    parts.append(
        f'<line x1="{left:.1f}" y1="{bottom}" x2="{right:.1f}" y2="{bottom}" stroke="{MUTED}" '
        'stroke-width="1.5"/>'
    )
    ends: list[tuple[float, str, str]] = []
    for line, name in zip(lines, names, strict=True):
        if not line.points:
            continue
        coords = " ".join(f"{x_of(t):.1f},{y_of(v):.1f}" for t, v in line.points)
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{line.colour}" stroke-width="2.2" '
            'stroke-linejoin="round" stroke-linecap="round"/>'
        )
        for t, v in line.points:
            parts.append(
                f'<circle cx="{x_of(t):.1f}" cy="{y_of(v):.1f}" r="2.6" fill="{line.colour}"/>'
            )
        if name:
            ends.append((y_of(line.points[-1][1]), name, line.colour))
    # End labels, nudged apart so that none overlap.
    placed: list[float] = []
    for y, name, colour in sorted(ends, key=lambda end: end[0]):
        y = max(y, placed[-1] + 13) if placed else y
        placed.append(y)
        parts.append(_text(right + 8, y + 4, name, 10.5, fill=colour, weight="bold"))
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(title: str, bars: list[tuple[str, float]], width: int = 640) -> str:
    """Horizontal bars of shares (0..1), each with its label and percentage."""
    row = 26
    height = 44 + row * len(bars)
    bars = [(fitted(label, 11, width * 0.45), share) for label, share in bars]
    label_width = 16 + max((text_width(label, 11) for label, _ in bars), default=20)
    scale = width - label_width - 70
    parts = _open(width, height, title)
    for index, (label, share) in enumerate(bars):
        y = 36 + index * row
        parts.append(_text(label_width - 8, y + 15, label, 11, "end"))
        parts.append(
            f'<rect x="{label_width:.1f}" y="{y + 4}" width="{max(1.0, scale * share):.1f}" '
            f'height="{row - 10}" fill="#3a6ea5"/>'
        )
        parts.append(_text(label_width + scale * share + 6, y + 15, f"{share:.0%}", 11, fill=MUTED))
    parts.append("</svg>")
    return "".join(parts)


def _shade(value: int) -> str:
    """-100 deep red through white at 0 to deep blue at +100."""
    strength = min(1.0, abs(value) / 100)
    hostile, friendly = (176, 58, 46), (46, 94, 154)
    r, g, b = hostile if value < 0 else friendly
    mixed = (round(255 + (c - 255) * strength * 0.85) for c in (r, g, b))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def value_table(
    title: str,
    rows: Sequence[tuple[str, Sequence[int]]],
    x_label: str,
    first_column: int = 0,
    width: int = 640,
) -> str:
    """A table of values over turns (a row per pair, a column per turn from `first_column`),
    each cell shaded from hostile (-100, red) to friendly (+100, blue), its value written in it
    when there is room."""
    row_height = 20
    rows = [(fitted(label, 10, width * 0.4), values) for label, values in rows]
    columns = max((len(values) for _, values in rows), default=1)
    label_width = 16 + max((text_width(label, 10) for label, _ in rows), default=20)
    cell = min(48.0, (width - label_width - 8) / max(1, columns))
    height = 58 + row_height * len(rows) + 20
    parts = _open(width, height, title)
    top = 40
    for column in range(columns):
        x = label_width + column * cell + cell / 2
        if cell >= 14 or column % 5 == 0:
            parts.append(_text(x, top + 10, str(first_column + column), 9.5, "middle", MUTED))
    for index, (label, values) in enumerate(rows):
        y = top + 16 + index * row_height
        parts.append(_text(label_width - 8, y + 14, label, 10, "end"))
        for column, value in enumerate(values):
            x = label_width + column * cell
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{cell - 1:.1f}" height="{row_height - 2}" '
                f'fill="{_shade(value)}"/>'
            )
            if cell >= 26:
                ink = "#ffffff" if abs(value) >= 60 else INK
                parts.append(_text(x + cell / 2, y + 13, f"{value:+d}", 9, "middle", ink))
    bottom = top + 16 + row_height * len(rows)
    middle = label_width + cell * columns / 2
    parts.append(_text(middle, bottom + 16, fitted(x_label, 10, width - 16), 10, "middle", MUTED))
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Points:
    """One estimator's reliability points: (mean stated, share happened, count) per bin."""

    label: str
    colour: str
    bins: Sequence[tuple[float, float, int]]
    hollow: bool = False


def reliability_chart(
    title: str, series: Sequence[Points], x_label: str, y_label: str, width: int = 640
) -> str:
    """Stated probability (across) against the share that happened (up), both 0–100%, with the
    diagonal a calibrated forecaster would lie on; a point's area grows with its count."""
    side = 300.0
    left, top = 56.0, 40.0
    height = top + side + 52 + 18 * len(series)
    parts = _open(width, height, title)

    def at(stated: float, happened: float) -> tuple[float, float]:
        return left + stated * side, top + side - happened * side

    for tenth in range(0, 11, 2):
        x, y = at(tenth / 10, tenth / 10)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + side}" stroke="{RULE}"/>'
        )
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + side}" y2="{y:.1f}" stroke="{RULE}"/>'
        )
        parts.append(_text(x, top + side + 14, f"{tenth * 10}", 9.5, "middle", MUTED))
        parts.append(_text(left - 6, y + 3.5, f"{tenth * 10}", 9.5, "end", MUTED))
    (x0, y0), (x1, y1) = at(0, 0), at(1, 1)
    parts.append(
        f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" stroke="{MUTED}" stroke-dasharray="4 3"/>'
    )
    parts.append(
        _text(left + side / 2, top + side + 32, fitted(x_label, 10, side), 10, "middle", MUTED)
    )
    parts.append(
        f'<g transform="translate(14 {top + side / 2:.1f}) rotate(-90)">'
        f"{_text(0, 0, fitted(y_label, 10, side), 10, 'middle', MUTED)}</g>"
    )
    most = max((count for s in series for _, _, count in s.bins), default=1)
    for s in series:
        for stated, happened, count in s.bins:
            x, y = at(stated, happened)
            radius = 3 + 6 * (count / most) ** 0.5
            fill = "none" if s.hollow else s.colour
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{fill}" '
                f'fill-opacity="0.75" stroke="{s.colour}" stroke-width="1.5"/>'
            )
    for index, s in enumerate(series):
        y = top + side + 50 + 18 * index
        fill = "none" if s.hollow else s.colour
        parts.append(
            f'<circle cx="{left + 6}" cy="{y - 4}" r="5" fill="{fill}" stroke="{s.colour}" '
            'stroke-width="1.5"/>'
        )
        parts.append(_text(left + 18, y, fitted(s.label, 10, width - left - 26), 10))
    parts.append("</svg>")
    return "".join(parts)
