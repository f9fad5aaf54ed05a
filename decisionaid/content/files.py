"""Finding and reading pack files, and ``ContentError``, the error every pack problem is reported with.

Small on purpose: start-up uses it before the loader, and instead of it when the validated pack comes from the
cache (``pack_cache``). Plain Python, no Qt.
"""
from __future__ import annotations

import os
from pathlib import Path

MAX_PACK_BYTES = 5 * 1024 * 1024


class ContentError(Exception):
    """A pack that cannot be shown. ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid content pack"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """Write a file whole or not at all: a temporary file (mode 0600) in the same folder, then a rename.
    ``durable`` also flushes it to the disk before the rename (sessions and summaries; a cache need not)."""
    import tempfile
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def pack_files(folder: str | os.PathLike) -> dict[str, Path]:
    """Language code -> file, for a folder of ``<pack>.<lang>.toml`` files."""
    out: dict[str, Path] = {}
    for f in sorted(Path(folder).glob("*.toml")):
        parts = f.name.split(".")
        if len(parts) >= 3:
            out[parts[-2]] = f
    return out


def pack_file(path: str | os.PathLike, language: str | None = None) -> Path:
    """``path`` itself, or for a folder of packs the file for ``language``, else English, else the first."""
    p = Path(path)
    if not p.is_dir():
        return p
    files = pack_files(p)
    if not files:
        raise ContentError([f"{p.name}: no content pack (*.<lang>.toml) in this folder"])
    for lang in (language, "en"):
        if lang and lang in files:
            return files[lang]
    return next(iter(files.values()))


def read_pack_file(p: Path) -> bytes:
    """The file's bytes, or ContentError when it cannot be read or is too large to be a pack."""
    name = p.name
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ContentError([f"{name}: cannot read the file ({exc.strerror or exc})"]) from None
    if size > MAX_PACK_BYTES:
        raise ContentError([f"{name}: file is too large to be a content pack ({size} bytes)"])
    try:
        return p.read_bytes()
    except OSError as exc:
        raise ContentError([f"{name}: cannot read the file ({exc.strerror or exc})"]) from None


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex (hashlib, imported on first use: start-up takes its pack from the cache
    without it, see ``pack_cache``)."""
    import hashlib
    return hashlib.sha256(data).hexdigest()
