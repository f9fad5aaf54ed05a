"""Content packs: load, validate, look up. Plain Python (no Qt, no matplotlib).

The loader and the rules are imported on first use (module ``__getattr__``): start-up can take its validated
pack from the cache (``pack_cache``) without them.
"""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Callable

from .files import ContentError, pack_file, pack_files, read_pack_file
from .model import Pack

__all__ = [
    "SUPPORTED_FORMAT", "ContentError", "Pack", "load_pack", "loads_pack", "pack_files", "evaluate",
    "fired_rules", "Clock", "default_content_path", "review_overdue",
]
_LAZY = {"SUPPORTED_FORMAT": "loader", "loads_pack": "loader", "evaluate": "rules", "fired_rules": "rules"}

def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_pack(path: str | os.PathLike, language: str | None = None, cache=None,
              records_dir: str | os.PathLike | None = None, check_later: bool = False) -> Pack:
    """Load and validate one pack file, or from a folder of packs the one for ``language`` (else English).

    With a ``cache`` (``pack_cache.PackCache``), a pack that these very bytes gave before, validated by this
    very code, comes from the cache; otherwise the file is parsed and validated, and the cache is filled.
    Then the review record matching these exact bytes (beside the pack, or in ``records_dir``) is attached as
    ``pack.review`` (never cached: the record is a separate file).

    ``check_later`` (start-up before the first paint): a cache entry is taken without hashing (see
    ``pack_cache``), and the caller then calls ``cache.check(pack.path)`` and loads again if it is false."""
    from .review import attach_review
    p = pack_file(path, language)
    data = read_pack_file(p)
    if cache is not None and check_later:
        pack = cache.get(p, data)
        if pack is not None:
            return attach_review(pack, data, records_dir, cache.recorded_sha256(p))
    from .files import sha256_hex
    digest = sha256_hex(data)               # once: for the cache, the review record and the signature
    pack = cache.get(p, data, digest) if cache is not None else None
    if pack is not None and check_later:
        # the entry holds these bytes but not the file's size and time now (a copy, a checkout, an install):
        # written again, so the next start-up takes it without hashing
        cache.put_later(p, data, pack)
    if pack is None:
        from .loader import load_pack_bytes
        pack = load_pack_bytes(p, data)
        if cache is not None and check_later:
            cache.put_later(p, data, pack)  # written by cache.check(), just after the first paint (about 7 ms)
        elif cache is not None:
            cache.put(p, data, pack)
    return attach_review(pack, data, records_dir, digest)


def default_content_path() -> Path:
    from ..paths import resource
    return resource("content")


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
