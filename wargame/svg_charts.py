"""Charts as SVG text, drawn in the core so that reports need no display: lines over turns with
their names at their ends, and horizontal bars of shares. Every label is escaped."""

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


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", fill: str = INK,
          weight: str = "normal") -> str:  # fmt: skip
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size:.1f}" '
        f'text-anchor="{anchor}" fill="{fill}" font-weight="{weight}">{escape(text)}</text>'
    )


def line_chart(
    title: str,
    turns: int,
    y_ticks: list[tuple[float, str]],
    lines: list[Line],
    x_label: str,
    width: int = 640,
    height: int = 300,
) -> str:
    """Lines over turns 0..`turns`, the y axis from the first tick to the last."""
    left = 14 + 7 * max((len(label) for _, label in y_ticks), default=2)
    longest = max((len(line.label) for line in lines), default=4)
    right = width - min(220, 16 + 6.5 * longest)
    top, bottom = 40, height - 40
    low, high = y_ticks[0][0], y_ticks[-1][0]
    span = (high - low) or 1.0

    def x_of(turn: float) -> float:
        return left + (right - left) * turn / max(1, turns)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * (value - low) / span

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        _text(left, 22, title, 14, weight="bold"),
    ]
    for value, label in y_ticks:
        y = y_of(value)
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" '
            f'stroke="{RULE}" stroke-width="1"/>'
        )
        parts.append(_text(left - 6, y + 4, label, 10, "end", MUTED))
    step = next(s for s in (1, 2, 5, 10, 20) if (right - left) / max(1, turns) * s >= 22)
    for turn in range(0, turns + 1, step):
        parts.append(_text(x_of(turn), bottom + 16, str(turn), 10, "middle", MUTED))
    parts.append(_text((left + right) / 2, bottom + 32, x_label, 10, "middle", MUTED))
    parts.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{MUTED}" '
        'stroke-width="1.5"/>'
    )
    ends: list[tuple[float, Line]] = []
    for line in lines:
        if not line.points:
            continue
        coords = " ".join(f"{x_of(t):.1f},{y_of(v):.1f}" for t, v in line.points)
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{line.colour}" stroke-width="2.2" '
            'stroke-linejoin="round" stroke-linecap="round"/>'
        )
        for t, v in line.points:
            parts.append(
                f'<circle cx="{x_of(t):.1f}" cy="{y_of(v):.1f}" r="2.8" fill="{line.colour}"/>'
            )
        ends.append((y_of(line.points[-1][1]), line))
    # End labels, nudged apart so that none overlap.
    placed: list[float] = []
    for y, line in sorted(ends, key=lambda end: end[0]):
        y = max(y, placed[-1] + 13) if placed else y
        placed.append(y)
        parts.append(_text(right + 8, y + 4, line.label, 10.5, fill=line.colour, weight="bold"))
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(title: str, bars: list[tuple[str, float]], width: int = 640) -> str:
    """Horizontal bars of shares (0..1), each with its label and percentage."""
    row = 26
    height = 44 + row * len(bars)
    label_width = min(300, 16 + 7 * max((len(label) for label, _ in bars), default=4))
    scale = width - label_width - 70
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        _text(8, 22, title, 14, weight="bold"),
    ]
    for index, (label, share) in enumerate(bars):
        y = 36 + index * row
        parts.append(_text(label_width - 8, y + 15, label, 11, "end"))
        parts.append(
            f'<rect x="{label_width}" y="{y + 4}" width="{max(1.0, scale * share):.1f}" '
            f'height="{row - 10}" fill="#3a6ea5"/>'
        )
        parts.append(_text(label_width + scale * share + 6, y + 15, f"{share:.0%}", 11, fill=MUTED))
    parts.append("</svg>")
    return "".join(parts)
