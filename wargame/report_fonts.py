"""The fonts the HTML report carries inside itself, so that it reads the same on any machine,
Korean included: NanumGothic regular and bold, and the DejaVu fallback the PDFs use for what
NanumGothic lacks, each cut down to the characters the page holds and embedded as WOFF.

The whole of NanumGothic is 4.7 MB a weight; a page uses a few hundred of its 11,000 Hangul
syllables, so a report carries a small part of it (`benchmarks/` and the README give sizes).
"""

from __future__ import annotations

import base64
import io

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from wargame.bundled import bundled

FAMILY, FALLBACK = "Peninsula Report", "Peninsula Report Fallback"
FACES = (
    (FAMILY, "normal", "NanumGothic.ttf"),
    (FAMILY, "bold", "NanumGothicBold.ttf"),
    (FALLBACK, "normal", "DejaVuSans-Fallback.ttf"),
    (FALLBACK, "bold", "DejaVuSans-Bold-Fallback.ttf"),
)

MARK = "/* the report's fonts */"
"""Where `with_fonts` puts the @font-face rules in a rendered page."""


def with_fonts(page: str) -> str:
    """`page` with its fonts embedded where it holds `MARK`, cut to the characters it uses."""
    return page.replace(MARK, font_faces(set(page)), 1)


def font_faces(characters: set[str]) -> str:
    """@font-face rules with each face, cut to `characters`, inline as a data URL."""
    wanted = {ord(c) for c in characters} | {0x20}
    rules = []
    for family, weight, file in FACES:
        font = TTFont(bundled("assets", "fonts", file), recalcTimestamp=False)
        present = wanted & set(font.getBestCmap())
        if not present:
            continue
        options = subset.Options()
        options.hinting = False
        options.flavor = "woff"
        options.name_IDs = ["*"]  # the licence travels inside the font
        options.notdef_outline = True
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=present)
        cutter.subset(font)
        out = io.BytesIO()
        font.flavor = "woff"
        font.save(out)
        data = base64.b64encode(out.getvalue()).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'src: url("data:font/woff;base64,{data}") format("woff"); }}'
        )
    return "\n".join(rules)
