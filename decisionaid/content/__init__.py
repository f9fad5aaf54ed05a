"""Content packs: load, validate, look up. Plain Python (no Qt, no matplotlib)."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable

from .loader import SUPPORTED_FORMAT, ContentError, load_pack, loads_pack, pack_files
from .model import Pack
from .rules import evaluate, fired_rules

__all__ = [
    "SUPPORTED_FORMAT", "ContentError", "Pack", "load_pack", "loads_pack", "pack_files", "evaluate",
    "fired_rules", "Clock", "default_content_path", "review_overdue",
]

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def default_content_path() -> Path:
    return RESOURCES / "content"


class Clock:
    """Today's date, injectable so date logic can be tested without waiting for time to pass."""

    def __init__(self, today: Callable[[], _dt.date] | _dt.date | None = None):
        if isinstance(today, _dt.date):
            fixed = today
            self._today: Callable[[], _dt.date] = lambda: fixed
        else:
            self._today = today or _dt.date.today

    def today(self) -> _dt.date:
        return self._today()


def review_overdue(pack: Pack, clock: Clock) -> bool:
    return clock.today() > pack.metadata.next_review
