"""Colours shared by the world-state views: the relation scale, readable text, and the theme.

The relation scale is diverging and colour-blind safe (brown-orange for hostile, grey for
indifferent, teal-blue for close), so the board, the heat map and the ladder speak the same
colour language. Every other colour is derived from the widget's palette, so dark mode works.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Stops of the relation scale, from hostile to close. Interpolation between them stays clear
# of red/green so the ends can be told apart with any common colour-vision deficiency.
RELATION_STOPS: tuple[tuple[int, str], ...] = (
    (-100, "#7f3b08"),
    (-50, "#d0781f"),
    (0, "#9a9a9a"),
    (50, "#2f9a91"),
    (100, "#1c5a8f"),
)

DARK_TEXT = QColor("#000000")  # pure black: with white, always 4.5:1 or better on any colour
LIGHT_TEXT = QColor("#ffffff")


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """The colour `t` of the way from `a` to `b` (alpha included)."""
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def with_alpha(colour: QColor, alpha: float) -> QColor:
    shaded = QColor(colour)
    shaded.setAlphaF(min(1.0, max(0.0, alpha)))
    return shaded


def relation_colour(value: float) -> QColor:
    """The colour of a relation from -100 (hostile) to +100 (close)."""
    value = min(100.0, max(-100.0, value))
    for (low, low_hex), (high, high_hex) in zip(RELATION_STOPS, RELATION_STOPS[1:], strict=False):
        if value <= high:
            return blend(QColor(low_hex), QColor(high_hex), (value - low) / (high - low))
    return QColor(RELATION_STOPS[-1][1])


def escalation_colour(level: int, top: int) -> QColor:
    """Escalation shares the hostile half of the relation scale: calm is grey, the top brown."""
    return relation_colour(-100.0 * level / top if top else 0.0)


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: QColor) -> QColor:
    """Near-black or white, whichever reads better on `background`."""
    if contrast(DARK_TEXT, background) >= contrast(LIGHT_TEXT, background):
        return QColor(DARK_TEXT)
    return QColor(LIGHT_TEXT)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Theme:
    """The colours of the views for one palette; build it with `theme(widget.palette())`."""

    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    rule: QColor
    sea: QColor
    land: QColor
    coast: QColor
    border: QColor
    grid: QColor
    halo: QColor
    card: QColor
    success: QColor
    failure: QColor

    def tint(self, colour: QColor) -> QColor:
        """Land lightly tinted with an actor's colour."""
        return blend(self.land, colour, 0.13 if self.dark else 0.16)

    def on_map(self, colour: QColor) -> QColor:
        """A data colour lifted enough to stand out on the dark sea and land."""
        return blend(colour, QColor("white"), 0.22) if self.dark else QColor(colour)


def theme(palette: QPalette) -> Theme:
    dark = is_dark(palette)
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if dark:
        sea, land, coast = QColor("#1b2a35"), QColor("#3b3d36"), QColor("#77735f")
    else:
        sea, land, coast = QColor("#d5e3ea"), QColor("#f6f2e7"), QColor("#8f8670")
    return Theme(
        dark=dark,
        background=background,
        text=text,
        muted=blend(text, background, 0.45),
        rule=blend(text, background, 0.78),
        sea=sea,
        land=land,
        coast=coast,
        border=blend(coast, text, 0.35),
        grid=with_alpha(text, 0.035 if dark else 0.03),
        halo=with_alpha(background, 0.85),
        card=with_alpha(background, 0.9),
        # Moves are drawn in ink, apart from the colours that carry relations; success and
        # failure differ in shape (tick or cross, solid or dashed) as much as in tone.
        success=text,
        failure=blend(text, background, 0.5),
    )
