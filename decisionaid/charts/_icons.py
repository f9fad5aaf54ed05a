"""Icon-array geometry and counts, shared by the charts and by views that draw small arrays themselves.

Plain Python (no matplotlib): affected people are grouped and filled from the bottom row upward, left to right
(iconarray.com); the top of a range is a second, hatched shade.
"""
from __future__ import annotations

import math

MAYBE_HATCH = "////"
BLOCK_GAP = 0.7          # gap between blocks of 100, in icon widths
ICON_GAP = 0.14          # white space between icons, in icon widths
EDGE = 0.05              # room for the icon outlines at the array's edge


def grid_shape(denominator: int) -> tuple[int, int, int]:
    """(columns, rows, block size) of the icon grid."""
    if denominator == 100:
        return 10, 10, 10
    if denominator == 1000:
        return 50, 20, 10
    cols = math.ceil(math.sqrt(denominator))
    return cols, math.ceil(denominator / cols), 0


def icon_xy(index: int, cols: int, block: int) -> tuple[float, float]:
    """Lower-left corner of icon ``index`` (0 = bottom-left; fills a row left to right, then the row above)."""
    r, c = divmod(index, cols)
    if block:
        return c + (c // block) * BLOCK_GAP, r + (r // block) * BLOCK_GAP
    return float(c), float(r)


def grid_extent(cols: int, rows: int, block: int) -> tuple[float, float]:
    if block:
        return cols + (cols // block - 1) * BLOCK_GAP, rows + (rows // block - 1) * BLOCK_GAP
    return float(cols), float(rows)


def icon_counts(arm, denominator: int) -> tuple[int, float, int]:
    """(whole icons had, fraction of one more icon, icons "may also have had") for an arm's count.

    "Fewer than N" is N hatched icons and none solid; a range with no middle value ("1 to 3 in 100") is its low
    end solid and the rest of the range hatched."""
    if arm.less_than:
        return 0, 0.0, min(denominator, int(round(max(arm.value, arm.high or 0.0))))
    value = float(arm.value if arm.value is not None else arm.low)
    had = int(math.floor(value + 1e-9))
    frac = value - had if value - had > 1e-6 else 0.0
    start = had + (1 if frac else 0)
    maybe = 0
    if arm.high is not None:
        maybe = max(0, min(denominator, int(round(arm.high))) - start)
    return had, frac, maybe
