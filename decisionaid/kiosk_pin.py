"""The kiosk staff PIN: stored only as a salted scrypt hash, checked with a rate limit."""
from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import os
import sys
import time
from typing import Callable

N, R, P = 2 ** 14, 8, 1
MIN_LEN, MAX_LEN = 4, 12


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${N}${R}${P}${b64(salt)}${b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=32)
        return hmac.compare_digest(got, base64.b64decode(digest))
    except (ValueError, TypeError):
        return False


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and MIN_LEN <= len(pin) <= MAX_LEN


class PinLimiter:
    """After 3 wrong PINs, each further try waits longer: 30 s, 60 s, 120 s ... (at most 15 minutes)."""

    FREE_TRIES = 3

    def __init__(self, stored_hash: str, now: Callable[[], float] = time.monotonic):
        self.stored = stored_hash
        self.now = now
        self.failures = 0
        self.locked_until = 0.0

    def seconds_locked(self) -> float:
        return max(0.0, self.locked_until - self.now())

    def attempt(self, pin: str) -> str:
        """Returns "ok", "wrong" or "locked"."""
        if self.seconds_locked() > 0:
            return "locked"
        if self.stored and verify_pin(pin, self.stored):
            self.failures = 0
            return "ok"
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            wait = min(30.0 * 2 ** (self.failures - self.FREE_TRIES), 900.0)
            self.locked_until = self.now() + wait
        return "wrong"


def set_pin_interactive(from_stdin: bool = False, system: bool = False) -> int:
    from . import settings
    if from_stdin:
        lines = sys.stdin.read().splitlines()
        first = lines[0].strip() if lines else ""
        second = lines[1].strip() if len(lines) > 1 else first
    else:
        first = getpass.getpass("New kiosk PIN (4 to 12 digits): ").strip()
        second = getpass.getpass("Type it again: ").strip()
    if not valid_pin(first):
        print(f"decisionaid: the PIN must be {MIN_LEN} to {MAX_LEN} digits", file=sys.stderr)
        return 1
    if first != second:
        print("decisionaid: the two PINs differ; nothing was changed", file=sys.stderr)
        return 1
    if system:
        from .trust import system_file, write_system
        try:
            write_system(system_file(), pin_hash=hash_pin(first))
        except OSError as exc:
            print(f"decisionaid: cannot write {system_file()}: {exc.strerror or exc} (run as root)", file=sys.stderr)
            return 1
        print(f"Kiosk PIN set in {system_file()}.")
        return 0
    settings.put("kiosk_pin_hash", hash_pin(first))
    from .trust import system_file
    if system_file().exists():
        print(f"Note: {system_file()} exists, so kiosk mode takes its PIN from there, not from this setting. "
              "Use --system to change it.")
    print("Kiosk PIN set.")
    return 0
