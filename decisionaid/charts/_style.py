"""Render settings, themes and option colours. Plain Python (no matplotlib, no Qt)."""
from __future__ import annotations

from dataclasses import dataclass

THEMES = ("default", "high-contrast")


@dataclass(frozen=True)
class RenderSettings:
    width_in: float = 9.0
    height_in: float | None = None   # None: the builder picks the natural height for the content
    dpi: int = 100
    text_scale: float = 1.0
    theme: str = "default"           # "default" | "high-contrast"
    greyscale: bool = False

    def __post_init__(self):
        if self.theme not in THEMES:
            raise ValueError(f"unknown chart theme {self.theme!r}; use one of {', '.join(THEMES)}")
        if not self.width_in > 0 or not self.text_scale > 0 or not self.dpi > 0:
            raise ValueError("width_in, text_scale and dpi must be positive")
        if self.height_in is not None and not self.height_in > 0:
            raise ValueError("height_in must be positive or None")


# Option colours, in pack order. Default: Okabe-Ito blue and vermillion plus Paul Tol's purple (colour-blind
# safe set; no red/green "good/bad" pairing). High contrast: darker, more saturated versions. Each reaches at
# least 3:1 against white (WCAG 1.4.11), and each option also gets its own hatch and marker shape.
PALETTES = {
    ("default", False): ("#0072B2", "#D55E00", "#AA3377", "#117733", "#6B4C9A", "#8C6D00"),
    ("high-contrast", False): ("#00538A", "#B34700", "#8B00E0", "#005C28", "#4B2C8C", "#6B5200"),
    ("default", True): ("#333333", "#666666", "#8C8C8C", "#4D4D4D", "#767676", "#1A1A1A"),
    ("high-contrast", True): ("#000000", "#3D3D3D", "#666666", "#1F1F1F", "#525252", "#2E2E2E"),
}
# Groups that are not an option, and clinics' claims: grey, never an option colour (one meaning per mark)
COMPARATOR_GREY = "#595959"   # 7:1 on white: a fake procedure, usual care in a trial
CLAIM_GREY = "#8A8A8A"        # 3.4:1 on white: visible, and plainly not an option colour
HATCHES = ("", "///", "xxx", "\\\\\\", "...", "+++")
MARKERS = ("o", "s", "D", "^", "v", "P")


@dataclass(frozen=True)
class Theme:
    background: str
    text: str
    muted: str          # secondary text (still >= 4.5:1 on white)
    grid: str
    edge: str           # outline of bars and icons (None-like "" means same as fill)
    empty_fill: str     # icons of people who did not have it
    empty_edge: str
    line_scale: float
    range_colour: str


THEME = {
    "default": Theme(background="#FFFFFF", text="#1A1A1A", muted="#4A4A4A", grid="#D0D0D0", edge="",
                     empty_fill="#EFEFEF", empty_edge="#8A8A8A", line_scale=1.0, range_colour="#1A1A1A"),
    "high-contrast": Theme(background="#FFFFFF", text="#000000", muted="#000000", grid="#9A9A9A",
                           edge="#000000", empty_fill="#FFFFFF", empty_edge="#000000", line_scale=1.5,
                           range_colour="#000000"),
}


def theme(settings: RenderSettings) -> Theme:
    return THEME[settings.theme]


def option_colours(pack, settings: RenderSettings | None = None) -> dict[str, tuple[str, str, str]]:
    """option id -> (colour hex, hatch pattern, marker), in pack order; the same on every chart."""
    settings = settings or RenderSettings()
    pal = PALETTES[(settings.theme, bool(settings.greyscale))]
    return {o.id: (pal[i % len(pal)], HATCHES[i % len(HATCHES)], MARKERS[i % len(MARKERS)])
            for i, o in enumerate(pack.options)}


def tint(hex_colour: str, amount: float) -> str:
    """Mix a colour with white: amount 0 = unchanged, 1 = white."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = lambda c: round(c + (255 - c) * amount)  # noqa: E731
    return "#{:02X}{:02X}{:02X}".format(mix(r), mix(g), mix(b))


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    def lin(c: int) -> float:
        c = c / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
