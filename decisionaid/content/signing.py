"""Signed content packs: Ed25519 keys, detached signatures, and the check a kiosk makes before it shows a pack
(docs/kiosk.md, "Content signing and review"). Plain Python, no Qt; ``cryptography`` is imported only to make
a key, sign or verify.

A signature file ``<pack file name>.sig`` (JSON) sits beside the pack. It signs one short message: the SHA-256
of the pack's bytes and the SHA-256 of the review record's bytes (or "none"), so one changed byte in either is
refused. Checking costs one hash of the pack (already made when it was loaded), one of the small record and one
Ed25519 verification.
"""
from __future__ import annotations

import base64
import binascii
import datetime as _dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .files import sha256_hex

SIG_FORMAT = "decisionaid-pack-signature"
SIG_VERSION = 1
SIG_SUFFIX = ".sig"
PUBLIC_PREFIX = "decisionaid-ed25519"


class SigningError(Exception):
    """A key or signature that cannot be used; the message is one line for staff."""


def signature_path(pack_path) -> Path:
    p = Path(pack_path)
    return p.parent / (p.name + SIG_SUFFIX)


def message(pack_sha256: str, record_sha256: str | None) -> bytes:
    return (f"{SIG_FORMAT}-v{SIG_VERSION}\npack_sha256={pack_sha256}\n"
            f"review_record_sha256={record_sha256 or 'none'}\n").encode("ascii")


# ---- keys ----------------------------------------------------------------------------------------------
def key_id(raw_public: bytes) -> str:
    """A short name for a public key: the first 16 hex digits of its SHA-256."""
    return sha256_hex(raw_public)[:16]


def public_line(raw_public: bytes, comment: str = "") -> str:
    """The one-line text form of a public key: ``decisionaid-ed25519 BASE64 [comment]``."""
    line = f"{PUBLIC_PREFIX} {base64.b64encode(raw_public).decode('ascii')}"
    return f"{line} {comment.strip()}" if comment.strip() else line


def parse_public(text: str) -> tuple[bytes, str]:
    """(raw 32-byte public key, comment) from the one-line form; SigningError when it is not one."""
    parts = text.strip().split(None, 2)
    if len(parts) < 2 or parts[0] != PUBLIC_PREFIX:
        raise SigningError(f"not a decisionaid public key (it should start with '{PUBLIC_PREFIX} ')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise SigningError("the public key is not valid base64") from None
    if len(raw) != 32:
        raise SigningError("the public key is not an Ed25519 key (32 bytes)")
    return raw, parts[2] if len(parts) > 2 else ""


def make_key(private_path: Path, comment: str = "") -> tuple[Path, str]:
    """Write a new private key (PEM, mode 0600; never overwrites) and its public key beside it (``.pub``).
    Returns (public key file, public key line)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    private_path = Path(private_path)
    pub_path = private_path.with_name(private_path.name + ".pub")
    for p in (private_path, pub_path):
        if p.exists():
            raise SigningError(f"{p} already exists; a key is never overwritten")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    line = public_line(raw, comment)
    pub_path.write_text(line + "\n", encoding="utf-8")
    return pub_path, line


def _load_private(path: Path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except OSError as exc:
        raise SigningError(f"cannot read the key {path}: {exc.strerror or exc}") from None
    except (ValueError, TypeError):
        raise SigningError(f"{path} is not an unencrypted Ed25519 private key (PEM)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"{path} is not an Ed25519 private key")
    return key


# ---- signing ----------------------------------------------------------------------------------------------
def sign_pack(pack_path, pack_data: bytes, record_file: Path | None, key_path: Path,
              today: _dt.date | None = None) -> Path:
    """Write ``<pack>.sig`` for these pack bytes and the review record ``record_file`` (None: no record)."""
    from cryptography.hazmat.primitives import serialization

    from .files import atomic_write
    key = _load_private(key_path)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pack_sha = sha256_hex(pack_data)
    record_sha = sha256_hex(Path(record_file).read_bytes()) if record_file else None
    body = {
        "format": SIG_FORMAT, "format_version": SIG_VERSION, "algorithm": "ed25519",
        "pack_file": Path(pack_path).name, "pack_sha256": pack_sha,
        "review_record": Path(record_file).name if record_file else None, "review_record_sha256": record_sha,
        "key_id": key_id(raw), "signed": (today or _dt.date.today()).isoformat(),
        "signature": base64.b64encode(key.sign(message(pack_sha, record_sha))).decode("ascii"),
    }
    out = signature_path(pack_path)
    atomic_write(out, (json.dumps(body, indent=2) + "\n").encode("utf-8"))
    os.chmod(out, 0o644)                # not secret: the kiosk's user must be able to read it
    return out


# ---- checking ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureStatus:
    """The result of checking a pack's signature. ``state``: "valid", "unsigned", "unreadable", "changed"
    (the pack's bytes), "record-changed" (the review record's), "untrusted" (the key) or "invalid"."""

    state: str
    pack_file: str
    signature_file: str
    key_id: str = ""
    key_name: str = ""
    record_file: str = ""

    @property
    def valid(self) -> bool:
        return self.state == "valid"

    def explain(self) -> str:
        """One line for staff, in English (the app translates its own wording of these)."""
        pack, sig = Path(self.pack_file).name, Path(self.signature_file).name
        return {
            "valid": f"{pack} is signed with the trusted key {self.key_name or self.key_id}",
            "unsigned": f"{pack} is not signed (no {sig})",
            "unreadable": f"{sig} is not a readable signature file",
            "changed": f"{pack} was changed after it was signed ({sig})",
            "record-changed": f"the review record of {pack} was changed, added or removed after it was signed ({sig})",
            "untrusted": f"{pack} is signed with a key this computer does not trust (key id {self.key_id})",
            "invalid": f"{sig} is not a valid signature of {pack}",
        }[self.state]


def check_signature(pack_path, pack_sha256: str, record_file: str | os.PathLike | None,
                    trusted: dict[str, tuple[bytes, str]]) -> SignatureStatus:
    """Check ``<pack>.sig`` against the pack's SHA-256, the bytes of the review record that matched the pack
    (None: none did) and the trusted keys (key id -> (raw public key, name))."""
    sig_file = signature_path(pack_path)
    status = lambda state, **kw: SignatureStatus(state, str(pack_path), str(sig_file), **kw)  # noqa: E731
    try:
        body = json.loads(sig_file.read_bytes())
    except FileNotFoundError:
        return status("unsigned")
    except (OSError, ValueError):
        return status("unreadable")
    if not isinstance(body, dict) or body.get("format") != SIG_FORMAT or body.get("format_version") != SIG_VERSION:
        return status("unreadable")
    kid = str(body.get("key_id", ""))
    if body.get("pack_sha256") != pack_sha256:
        return status("changed", key_id=kid)
    record_sha = None
    if record_file:
        try:
            record_sha = sha256_hex(Path(record_file).read_bytes())
        except OSError:
            record_sha = "unreadable"
    if body.get("review_record_sha256") != record_sha:
        return status("record-changed", key_id=kid, record_file=str(record_file or ""))
    if kid not in trusted:
        return status("untrusted", key_id=kid)
    raw, name = trusted[kid]
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    try:
        sig = base64.b64decode(str(body.get("signature", "")), validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, message(pack_sha256, record_sha))
    except (binascii.Error, ValueError, InvalidSignature):
        return status("invalid", key_id=kid)
    return status("valid", key_id=kid, key_name=name)
