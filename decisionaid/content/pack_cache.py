"""A cache of validated packs, so start-up neither parses 120 KB of TOML nor imports and runs the loader
(about 20-30 ms), much as Python keeps compiled modules.

An entry is used only when

- the pack file's bytes have the sha256 of the bytes the entry was made from, and
- the code that loads and validates packs is this very code: the entry records a checksum of the source of
  every module of ``decisionaid.content`` (the list is read from the folder, never kept by hand) and of the
  Python version (its ``tomllib``), and
- its data still has the sha256 written beside it, and decodes into a ``Pack`` of exactly these classes.

So a hit means that these exact bytes were loaded and validated before, by this exact code, and passed. Anything
else (no entry, unreadable, truncated, edited, another version) is ignored and the file is loaded and validated
as usual; the entry is then rewritten when writing is allowed.

Start-up in clinician mode checks the two sha256 sums after the first paint (``get(..., digest=None)``, then
``check``): ``hashlib`` loads OpenSSL (about 9 ms), so before the first paint an entry is taken when the file's
size and modification time and the data's CRC-32 are those recorded; ``check`` then compares the sha256 sums,
and on a difference the app loads and validates the pack in full and shows that instead. Kiosk mode checks
everything before anything is shown (it checks the signature then anyway). Entries are JSON (data only, never code): one
file per pack file name under ``$XDG_CACHE_HOME/decisionaid/packs`` (``~/.cache`` when unset). Kiosk mode
reads entries but never writes one (it writes nothing to disk). Plain Python, no Qt.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import sys
import zlib
from pathlib import Path

from . import model

FORMAT = "decisionaid-validated-pack"
_HERE = Path(__file__).parent
# every module of the package: loader, rules, model, files, this one, and whatever they come to import
CODE_FILES = tuple(sorted(p.name for p in _HERE.glob("*.py")))
_CLASSES = {c.__name__: c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)}
_code: list = []                        # the code version, computed once


def default_folder() -> Path | None:
    """``$XDG_CACHE_HOME/decisionaid/packs`` (``~/.cache`` when unset or not absolute); None: no home folder."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    except (RuntimeError, KeyError, OSError):
        return None
    return root / "decisionaid" / "packs"


def sha256(data: bytes = b""):
    import hashlib                  # on first use: never before the first paint (see the module's notes)
    return hashlib.sha256(data)


def _crc(data: bytes) -> str:
    return f"{zlib.crc32(data):08x}"


def code_version() -> str | None:
    """Changes whenever the code that loads and validates packs, or the Python, changes; None: cannot tell.
    (CRC-32 of the sources, like the source stamp of a ``.pyc``: it tells versions apart, it guards nothing.)"""
    if not _code:
        crc = zlib.crc32(sys.version.encode("utf-8"))
        try:
            for name in CODE_FILES:
                crc = zlib.crc32(b"\0" + name.encode() + b"\0" + (_HERE / name).read_bytes(), crc)
            _code.append(f"{len(CODE_FILES)}-{crc:08x}")
        except OSError:
            _code.append(None)
    return _code[0]


class PackCache:
    """``get(path, data)`` -> the validated pack these bytes gave before, or None; ``put(path, data, pack)``."""

    def __init__(self, folder: str | os.PathLike | None = None, write: bool = True):
        self.folder = Path(folder) if folder is not None else default_folder()      # None: no cache at all
        self.write = write
        self.hits = self.misses = 0
        self._unchecked: dict[str, tuple[bytes, bytes, dict]] = {}     # path -> (pack bytes, entry data, header)
        self._later: dict[str, tuple[bytes, model.Pack]] = {}            # path -> (pack bytes, pack) to write

    def _entry(self, path) -> Path:
        if self.folder is None:
            raise OSError("no cache folder")
        return self.folder / (Path(path).name + ".json")

    def get(self, path, data: bytes, digest: str | None = None) -> model.Pack | None:
        """``digest``: the sha256 of ``data`` in hex (made by the caller, so not twice). Without it (start-up)
        the entry is taken on the file's size and time and the data's CRC-32 (``recorded_sha256(path)`` gives
        the sum it records); ``check(path)`` compares the sha256 sums later."""
        pack = self._read(path, data, digest)
        if pack is None:
            self.misses += 1
        else:
            self.hits += 1
        return pack

    def _read(self, path, data: bytes, digest: str | None = None) -> model.Pack | None:
        code = code_version()
        if code is None:
            return None
        try:
            blob = self._entry(path).read_bytes()
            head, _, body = blob.partition(b"\n")
            meta = json.loads(head)
            if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("code") != code:
                return None
            if digest is None:
                st = os.stat(path)
                if (meta.get("pack_size") != len(data) or len(data) != st.st_size
                        or meta.get("pack_mtime_ns") != st.st_mtime_ns
                        or meta.get("data_crc32") != _crc(body) or not isinstance(meta.get("pack_sha256"), str)):
                    return None
            elif meta.get("pack_sha256") != digest or meta.get("data_sha256") != sha256(body).hexdigest():
                return None
            pack = json.loads(body.decode("utf-8"), object_hook=_decode)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None
        if type(pack) is not model.Pack:
            return None
        if digest is None:
            self._unchecked[str(path)] = (data, body, meta)
        return dataclasses.replace(pack, path=str(path))    # the pack records where it was loaded from

    def recorded_sha256(self, path) -> str | None:
        """The sha256 an entry taken without sums (``get(..., digest=None)``) records for the pack's bytes."""
        kept = self._unchecked.get(str(path))
        return kept[2]["pack_sha256"] if kept else None

    def put_later(self, path, data: bytes, pack: model.Pack) -> None:
        """``put``, when ``check(path)`` is called (start-up writes its entry after the first paint)."""
        self._later[str(path)] = (data, pack)

    def write_later(self) -> None:
        """Write every entry ``put_later`` kept (the app calls this as it quits)."""
        for path, (data, pack) in list(self._later.items()):
            self._later.pop(path, None)
            self.put(path, data, pack)

    def check(self, path) -> bool:
        """For an entry ``get`` took without sha256 sums: do the pack's bytes and the entry's data have the sums
        recorded? (True for any other path.) A false entry is removed. Writes an entry ``put_later`` kept."""
        later = self._later.pop(str(path), None)
        if later is not None:
            self.put(path, *later)
        kept = self._unchecked.pop(str(path), None)
        if kept is None:
            return True
        data, body, meta = kept
        if (meta.get("pack_sha256") == sha256(data).hexdigest()
                and meta.get("data_sha256") == sha256(body).hexdigest()):
            return True
        try:
            self._entry(path).unlink()
        except OSError:
            pass
        return False

    def put(self, path, data: bytes, pack: model.Pack) -> None:
        if not self.write:
            return
        code = code_version()
        if code is None:
            return
        try:
            body = json.dumps(_encode(pack), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            st = os.stat(path)
            meta = {"format": FORMAT, "code": code, "pack_sha256": sha256(data).hexdigest(),
                    "data_sha256": sha256(body).hexdigest(), "data_crc32": _crc(body),
                    "pack_size": len(data) if len(data) == st.st_size else -1, "pack_mtime_ns": st.st_mtime_ns}
            _atomic_write(self._entry(path), json.dumps(meta).encode("utf-8") + b"\n" + body)
        except (OSError, ValueError, TypeError, RecursionError):
            pass                        # a cache that cannot be written only costs the next start-up a full load


# Every JSON object written is tagged, so nothing is ambiguous: {"$": class, "f": [[field, value], ...]} for a
# model object, {"$tuple": [...]}, {"$dict": [[key, value], ...]}, {"$date": iso} (also $datetime, $time).
# JSON keeps str, int, float (also inf and nan), bool, None and lists as they are.
def _encode(value):
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    if type(value).__name__ in _CLASSES and type(value) is _CLASSES[type(value).__name__]:
        fields = [[f.name, _encode(getattr(value, f.name))] for f in dataclasses.fields(value)]
        return {"$": type(value).__name__, "f": fields}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"$dict": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, _dt.datetime):             # before date: a datetime is a date
        return {"$datetime": value.isoformat()}
    if isinstance(value, _dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, _dt.time):
        return {"$time": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(obj: dict):
    if len(obj) == 2 and "$" in obj:
        return _CLASSES[obj["$"]](**dict(obj["f"]))
    (tag, value), = obj.items()                     # ValueError unless exactly one key
    if tag == "$tuple":
        return tuple(value)
    if tag == "$dict":
        return {k: v for k, v in value}
    if tag == "$date":
        return _dt.date.fromisoformat(value)
    if tag == "$datetime":
        return _dt.datetime.fromisoformat(value)
    if tag == "$time":
        return _dt.time.fromisoformat(value)
    raise ValueError(f"unknown tag {tag!r}")


def _atomic_write(path: Path, blob: bytes) -> None:
    from .files import atomic_write
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, blob, durable=False)
