"""Kiosk trust: the staff PIN hash, the public keys trusted to sign content packs, and the folder of review
records (docs/kiosk.md, "Content signing and review").

They come from one system-wide file, ``/etc/decisionaid/kiosk.toml`` (written by root, so the kiosk's own user
cannot change it; ``DECISIONAID_KIOSK_CONFIG`` names another path, for tests), when that file exists; only
otherwise from the user's settings. Nothing is merged: with a system file, a key or PIN in the user's settings
counts for nothing. The system file is TOML::

    pin_hash = "scrypt$16384$8$1$..."            # decisionaid set-kiosk-pin --system
    records_dir = "/var/lib/decisionaid/reviews"  # optional: review records live here as well as beside packs
    [[trusted_keys]]                              # decisionaid trust-key PUBKEY --system
    name = "Content lead, St Elsewhere spine clinic"
    key = "decisionaid-ed25519 BASE64"
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SYSTEM_FILE = "/etc/decisionaid/kiosk.toml"
ENV_SYSTEM_FILE = "DECISIONAID_KIOSK_CONFIG"


class TrustError(Exception):
    """The system trust file exists but cannot be used; one line for staff."""


@dataclass(frozen=True)
class Trust:
    source: str                                         # the system file's path, or "user settings"
    pin_hash: str = ""
    keys: dict = field(default_factory=dict)            # key id -> (raw public key, name)
    records_dir: str | None = None

    @property
    def system(self) -> bool:
        return self.source != "user settings"


def system_file() -> Path:
    return Path(os.environ.get(ENV_SYSTEM_FILE) or DEFAULT_SYSTEM_FILE)


def changeable_by(uid: int, file_stat, folder_stat) -> bool:
    """Whether the user ``uid`` could change a file with these stats (``os.stat`` results of the file and its
    folder): they own either, or either is writable by group or others (a sticky folder excepted). Root can
    change anything, but a kiosk never runs as root, so ``uid`` 0 is not asked about."""
    import stat
    if uid == 0:
        return False
    if file_stat.st_uid == uid or file_stat.st_mode & 0o022:
        return True
    sticky = folder_stat.st_mode & stat.S_ISVTX
    return folder_stat.st_uid == uid or bool(folder_stat.st_mode & 0o022 and not sticky)


def check_system_file_protected(path: Path | None = None) -> None:
    """TrustError when the kiosk's own user could change the system trust file (then it proves nothing).
    Checked for the real system path only; a path given in DECISIONAID_KIOSK_CONFIG (tests) is not."""
    path = path or system_file()
    if os.environ.get(ENV_SYSTEM_FILE) or not path.exists():
        return
    if changeable_by(getattr(os, "geteuid", lambda: 0)(), path.stat(), path.parent.stat()):   # no uid: Windows
        raise TrustError(f"{path} can be changed by this user, so kiosk mode cannot trust it. Make it and its "
                         f"folder owned by root and writable by root only (sudo chown root:root {path} "
                         f"{path.parent}; sudo chmod 644 {path}; sudo chmod 755 {path.parent})")


def _read_system(path: Path) -> dict:
    import tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TrustError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TrustError(f"{path} is not valid TOML: {exc}") from None


def _keys(entries, where: str) -> dict:
    from .content.signing import SigningError, key_id, parse_public
    keys = {}
    for i, e in enumerate(entries):
        line, name = (e.get("key", ""), e.get("name", "")) if isinstance(e, dict) else (str(e), "")
        try:
            raw, comment = parse_public(str(line))
        except SigningError as exc:
            raise TrustError(f"{where}: trusted key {i + 1}: {exc}") from None
        keys[key_id(raw)] = (raw, str(name or comment))
    return keys


def load_trust() -> Trust:
    """The kiosk trust: from the system file when it exists, else from the user's settings."""
    path = system_file()
    if path.exists():
        raw = _read_system(path)
        records = raw.get("records_dir")
        return Trust(source=str(path), pin_hash=str(raw.get("pin_hash", "")),
                     keys=_keys(raw.get("trusted_keys", []), str(path)),
                     records_dir=str(records) if records else None)
    from . import settings
    return Trust(source="user settings", pin_hash=settings.get("kiosk_pin_hash"),
                 keys=_keys(settings.get("trusted_keys"), "user settings"))


def records_dir() -> str | None:
    """The records folder the system file names (start-up reads the file only when it exists)."""
    path = system_file()
    if not path.exists():
        return None
    try:
        records = _read_system(path).get("records_dir")
    except TrustError:
        return None
    return str(records) if records else None


# ---- writing --------------------------------------------------------------------------------------------
def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)       # a JSON string is a valid TOML basic string here


def write_system(path: Path, pin_hash: str | None = None, add_key: tuple[str, str] | None = None) -> None:
    """Set the PIN hash and/or add a trusted key (public key line, name) in the system file, keeping the rest.
    Needs write access there (root, for /etc/decisionaid)."""
    from .content.files import atomic_write
    raw = _read_system(path) if path.exists() else {}
    if pin_hash is not None:
        raw["pin_hash"] = pin_hash
    keys = [k for k in raw.get("trusted_keys", []) if isinstance(k, dict)]
    if add_key is not None:
        line, name = add_key
        keys = [k for k in keys if k.get("key", "").split()[:2] != line.split()[:2]]
        keys.append({"name": name, "key": line})
    out = ["# decisionaid kiosk trust (docs/kiosk.md). Written by root; the kiosk's user must not be able to",
           "# change it."]
    if raw.get("pin_hash"):
        out.append(f"pin_hash = {_toml_str(raw['pin_hash'])}")
    if raw.get("records_dir"):
        out.append(f"records_dir = {_toml_str(str(raw['records_dir']))}")
    for k in keys:
        out += ["", "[[trusted_keys]]", f"name = {_toml_str(str(k.get('name', '')))}",
                f"key = {_toml_str(str(k.get('key', '')))}"]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, ("\n".join(out) + "\n").encode("utf-8"))
    os.chmod(path, 0o644)


def trust_key_in_settings(line: str) -> None:
    from . import settings
    keys = [k for k in settings.get("trusted_keys") if k.split()[:2] != line.split()[:2]]
    settings.put("trusted_keys", keys + [line])


def pack_signature(pack, trust: Trust | None = None):
    """The ``SignatureStatus`` of a loaded pack (its bytes as loaded, its matching review record)."""
    from .content.files import sha256_hex
    from .content.signing import check_signature
    trust = trust if trust is not None else load_trust()
    digest = pack.sha256 or sha256_hex(Path(pack.path).read_bytes())
    record = pack.review.file if pack.review is not None else None
    return check_signature(pack.path, digest, record, trust.keys)
