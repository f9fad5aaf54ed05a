"""Test helpers: a signed (and optionally reviewed) copy of a pack, with its key trusted in the settings the
conftest isolates (or in a system trust file)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from decisionaid.content.review import write_record
from decisionaid.content.signing import make_key, sign_pack


def signed_copy(tmp_path: Path, pack: Path, review: bool = True, trust: bool = True, folder: str = "signed",
                scope: str = "all") -> Path:
    """Copy ``pack`` into ``tmp_path/folder``, record a review of it (``review``), sign it with a new key and
    trust that key in the user's settings (``trust``). Returns the copy's path; the key is beside the folder."""
    from decisionaid import trust as tr
    out = tmp_path / folder
    out.mkdir(parents=True, exist_ok=True)
    copy = out / pack.name
    shutil.copyfile(pack, copy)
    data = copy.read_bytes()
    record = None
    if review:
        record, _ = write_record(copy, data, "Dr Test Reviewer", "spine surgeon", scope, dt.date(2026, 11, 30),
                                 today=dt.date(2026, 12, 1))
    key = tmp_path / f"{folder}-key"
    if not key.exists():
        make_key(key, "Test content lead")
    sign_pack(copy, data, record, key)
    if trust:
        tr.trust_key_in_settings((tmp_path / f"{folder}-key.pub").read_text().strip())
    return copy
