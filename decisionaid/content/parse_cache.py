"""A cache of parsed pack files, so start-up does not parse 120 KB of TOML every time (about 20 ms).

Only the TOML *parse* is cached, never the checking: every load still builds and validates the whole pack from
the data, with the same problems reported. An entry is used only when

- the pack file's bytes have the sha256 of the bytes the entry was parsed from,
- it was written by this Python (its ``tomllib``) and this exact version of this module, and
- its data still has the sha256 written beside it.

Anything else (no entry, unreadable, truncated, edited, another version) is ignored and the file is parsed as
usual; the entry is then rewritten when writing is allowed. Entries are JSON (data only, never code): one file
per pack file name under ``$XDG_CACHE_HOME/decisionaid/packs`` (``~/.cache`` when unset). Kiosk mode reads
entries but never writes one (it writes nothing to disk). Plain Python, no Qt.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from pathlib import Path

try:                                    # CPython's own sha256: hashlib would load OpenSSL (about 3 ms) at start-up
    from _sha256 import sha256
except ImportError:                     # pragma: no cover - other Pythons
    from hashlib import sha256

FORMAT = "decisionaid-parsed-pack"
_TAG = "$toml"                          # marks an encoded date or time; real keys starting with "$" get one more
_DECODE = {"datetime": _dt.datetime.fromisoformat, "date": _dt.date.fromisoformat,
           "time": _dt.time.fromisoformat}


def default_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "decisionaid" / "packs"


def _code_version() -> str | None:
    """Changes whenever this module or the Python (and so its TOML parser) changes; None: cannot tell."""
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return None
    return sha256(source + sys.version.encode("utf-8")).hexdigest()


class ParseCache:
    """``get(path, data)`` -> the parsed TOML of ``data`` or None; ``put(path, data, raw)`` stores it."""

    def __init__(self, folder: str | os.PathLike | None = None, write: bool = True):
        self.folder = Path(folder) if folder is not None else default_folder()
        self.write = write
        self.hits = self.misses = 0

    def _entry(self, path) -> Path:
        return self.folder / (Path(path).name + ".json")

    def get(self, path, data: bytes) -> dict | None:
        raw = self._read(path, data)
        if raw is None:
            self.misses += 1
        else:
            self.hits += 1
        return raw

    def _read(self, path, data: bytes) -> dict | None:
        code = _code_version()
        if code is None:
            return None
        try:
            blob = self._entry(path).read_bytes()
            head, _, body = blob.partition(b"\n")
            meta = json.loads(head)
            if (not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("code") != code
                    or meta.get("pack_sha256") != sha256(data).hexdigest()
                    or meta.get("data_sha256") != sha256(body).hexdigest()):
                return None
            raw = json.loads(body.decode("utf-8"), object_hook=_decode_table)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None
        return raw if isinstance(raw, dict) else None

    def put(self, path, data: bytes, raw: dict) -> None:
        if not self.write:
            return
        code = _code_version()
        if code is None:
            return
        try:
            body = json.dumps(_encode(raw), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            meta = {"format": FORMAT, "code": code, "pack_sha256": sha256(data).hexdigest(),
                    "data_sha256": sha256(body).hexdigest()}
            _atomic_write(self._entry(path), json.dumps(meta).encode("utf-8") + b"\n" + body)
        except (OSError, ValueError, TypeError, RecursionError):
            pass                        # a cache that cannot be written only costs the next start-up a parse


def _encode(value):
    if isinstance(value, dict):
        return {("$" + k if k.startswith("$") else k): _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, _dt.datetime):             # before date: a datetime is a date
        return {_TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, _dt.date):
        return {_TAG: "date", "v": value.isoformat()}
    if isinstance(value, _dt.time):
        return {_TAG: "time", "v": value.isoformat()}
    if isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"not a TOML value: {type(value).__name__}")


def _decode_table(table: dict):
    kind = table.get(_TAG)
    if kind is not None:
        return _DECODE[kind](table["v"])
    if any(k.startswith("$") for k in table):
        return {k[1:] if k.startswith("$") else k: v for k, v in table.items()}
    return table


def _atomic_write(path: Path, blob: bytes) -> None:
    import tempfile
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
