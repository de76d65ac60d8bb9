"""The highlight colours as a terminal can show them: one choice per colour system, dark and light.

In a truecolor terminal a highlight is its hue blended thinly into the background (the article's CSS component
classes), which keeps the text readable. Rich downgrades a truecolor to 256 colours by rounding to the nearest
cube or grey entry, and to 16 by the nearest ANSI colour: thin tints over a dark background all round to the same
grey (``48;5;59``), and in 16 colours every tint becomes ANSI grey. So below truecolor each highlight colour is
*chosen*, not computed: an entry of the xterm 256-colour cube, or one of the 16 ANSI colours (given as Rich's own
RGB for it, which it matches exactly, so Textual's ANSI-to-truecolor filter leaves it alone), dark tints behind
the light text of a dark theme and light tints behind the dark text of a light one. Each of the five lands on
its own code, and the panel's swatches (text colours) likewise.

An unknown colour name (a hand-edited store) is drawn as the default colour: a bad record must not crash the UI.
"""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.app import App

from reader.annotation import COLORS, DEFAULT_COLOR

TRUECOLOR_SWATCH = {"yellow": "#e5c07b", "green": "#98c379", "blue": "#61afef", "pink": "#ff79c6", "purple": "#a48bf0"}
"""Each colour's hue: the panel's swatch in a truecolor terminal, and what the article blends into its background.
(These already land on five distinct 256-colour codes: 180, 114, 75, 212, 141.)"""

CUBE_DARK = {"yellow": "#875f00", "green": "#005f00", "blue": "#005f87", "pink": "#87005f", "purple": "#5f0087"}
"""256 colours, dark theme: cube entries 94, 22, 24, 89, 54 (dark enough for light text)."""
CUBE_LIGHT = {"yellow": "#ffd787", "green": "#afd787", "blue": "#afd7ff", "pink": "#ffafd7", "purple": "#d7afff"}
"""256 colours, light theme: cube entries 222, 150, 153, 218, 183 (light enough for dark text)."""

ANSI_DARK = {"yellow": 3, "green": 2, "blue": 6, "pink": 5, "purple": 4}
"""16 colours, dark theme: the normal ANSI colours. Sixteen colours have six hues, so blue takes cyan and purple
takes blue (ANSI blue is violet in many terminal palettes)."""
ANSI_LIGHT = {"yellow": 11, "green": 10, "blue": 14, "pink": 13, "purple": 12}
"""16 colours, light theme: the bright ANSI colours of the same hues."""

_STANDARD_RGB = (
    "#000000", "#aa0000", "#00aa00", "#aa5500", "#0000aa", "#aa00aa", "#00aaaa", "#aaaaaa",
    "#555555", "#ff5555", "#55ff55", "#ffff55", "#5555ff", "#ff55ff", "#55ffff", "#ffffff",
)  # fmt: skip
"""Rich's STANDARD_PALETTE as hex: what Rich matches (at distance 0) to ANSI colour 0-15 when it downgrades."""


def terminal_color_system(app: App[object]) -> str | None:
    """The colour system of the terminal ``app`` draws on (a Rich name: "truecolor", "256", "standard"...).

    A headless app (tests, snapshots) writes to no terminal, and its screenshots are exported in truecolor: it
    draws as in truecolor, so what the tests see does not depend on the TERM of the machine running them."""
    if app.is_headless:
        return "truecolor"
    return app.console.color_system


def known_color(color: str) -> str:
    """``color`` if it is one of the five, else the default colour."""
    return color if color in COLORS else DEFAULT_COLOR


def _reduced(system: str | None) -> str | None:
    """``"256"`` or ``"standard"`` for a terminal below truecolor; None for truecolor (or no colour at all)."""
    if system == "256":
        return "256"
    if system in ("standard", "windows"):
        return "standard"
    return None


def highlight_background(color: str, *, dark: bool, system: str | None) -> str | None:
    """The background of a ``color`` highlight for a terminal of colour ``system`` (a Rich color system name);
    None in truecolor, where the article's translucent CSS tint is used."""
    color = known_color(color)
    reduced = _reduced(system)
    if reduced == "256":
        return (CUBE_DARK if dark else CUBE_LIGHT)[color]
    if reduced == "standard":
        return _STANDARD_RGB[(ANSI_DARK if dark else ANSI_LIGHT)[color]]
    return None


def swatch_color(color: str, *, dark: bool, system: str | None) -> str:
    """The text colour of a ``color`` swatch in the panel: the hue in truecolor and 256 colours; in 16 colours
    the bright ANSI colour on a dark theme and the normal one on a light theme (the reverse of the backgrounds)."""
    color = known_color(color)
    if _reduced(system) == "standard":
        return _STANDARD_RGB[(ANSI_LIGHT if dark else ANSI_DARK)[color]]
    return TRUECOLOR_SWATCH[color]


def downgraded_number(hex_color: str, system: ColorSystem) -> int | None:
    """The colour number Rich writes for ``hex_color`` in ``system`` (for tests and checks)."""
    return RichColor.parse(hex_color).downgrade(system).number
