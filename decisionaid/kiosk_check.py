"""``decisionaid kiosk-check``: what on this machine would leave a patient's data behind. Plain Python, no Qt.

The kiosk itself writes nothing about the patient (docs/kiosk.md). What the machine keeps is the machine's
settings: CUPS keeping printed jobs, /tmp on a disk, unencrypted swap, no session bus (no screen reader), no
screen lock behind the staff exit. Each check reads files (whose paths can be given, so tests run it against
fixture files) and says, when something is wrong, the exact setting to change.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Paths:
    """Every file the checks read; tests point them at fixtures."""

    cupsd_conf: Path = Path("/etc/cups/cupsd.conf")
    mounts: Path = Path("/proc/self/mounts")
    swaps: Path = Path("/proc/swaps")
    crypttab: Path = Path("/etc/crypttab")
    sys_block: Path = Path("/sys/block")
    environ: dict = field(default_factory=lambda: dict(os.environ))


@dataclass
class Finding:
    ok: bool
    what: str
    fix: str = ""


def check_cups(paths: Paths) -> list[Finding]:
    conf = paths.cupsd_conf
    try:
        text = conf.read_text(errors="replace")
    except OSError:
        return [Finding(True, f"CUPS: no {conf} (CUPS not installed here; printing goes nowhere on this "
                              "machine)")]
    settings = {}
    for line in text.splitlines():
        parts = line.split(None, 1)
        if parts and not parts[0].startswith("#"):
            settings.setdefault(parts[0].lower(), parts[1].strip() if len(parts) > 1 else "")
    out = []
    # CUPS defaults: PreserveJobFiles 86400 (a day), PreserveJobHistory Yes
    for key, default in (("PreserveJobFiles", "86400"), ("PreserveJobHistory", "Yes")):
        value = settings.get(key.lower(), default)
        if value.lower() in ("no", "off", "false", "0"):
            out.append(Finding(True, f"CUPS {key} is No"))
        else:
            shown = value if key.lower() in settings else f"not set, so the default {default}"
            what = ("keeps the printed summary's PDF in the spool (/var/spool/cups)" if key == "PreserveJobFiles"
                    else "keeps a record of each job")
            out.append(Finding(False, f"CUPS {key} is {shown}: CUPS {what} after it has printed",
                               f"set '{key} No' in {conf} (or: cupsctl {key}=No), then restart CUPS "
                               "(systemctl restart cups)"))
    return out


def _mounts(paths: Paths) -> list[tuple[str, str, str]]:
    try:
        lines = paths.mounts.read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        f = line.split()
        if len(f) >= 3:
            out.append((f[0], f[1].replace("\\040", " "), f[2]))
    return out


def check_tmp(paths: Paths) -> list[Finding]:
    mounts = _mounts(paths)
    if not mounts:
        return [Finding(False, "/tmp: cannot read the mount table", f"check that {paths.mounts} is readable")]
    best = max((m for m in mounts if m[1] == "/tmp" or m[1] == "/"), key=lambda m: len(m[1]), default=None)
    target = next((m for m in mounts if m[1] == "/tmp"), best)
    if target and target[2] == "tmpfs":
        return [Finding(True, "/tmp is tmpfs (in memory)")]
    kind = target[2] if target else "unknown"
    return [Finding(False, f"/tmp is on a disk ({kind}): other programs' temporary files (print jobs made "
                           "elsewhere, for example) stay on it after power-off",
                    "mount /tmp as tmpfs: systemctl enable tmp.mount (Debian), or add "
                    "'tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0' to /etc/fstab, then reboot")]


def check_swap(paths: Paths) -> list[Finding]:
    try:
        lines = paths.swaps.read_text().splitlines()[1:]
    except OSError:
        return [Finding(True, "swap: none found")]
    devices = [ln.split()[0] for ln in lines if ln.split()]
    if not devices:
        return [Finding(True, "swap: none in use")]
    try:
        crypttab = paths.crypttab.read_text()
    except OSError:
        crypttab = ""
    out = []
    for dev in devices:
        name = Path(dev).name
        if dev.startswith("/dev/zram"):
            encrypted = True                              # compressed memory, never on a disk
        elif dev.startswith("/dev/mapper/"):
            encrypted = _mapper_is_crypt(paths, name, crypttab)
        elif dev.startswith("/dev/dm-"):
            encrypted = _is_crypt(paths, name)
        else:
            encrypted = False                             # a plain partition or swap file
        if encrypted:
            out.append(Finding(True, f"swap {dev} is encrypted (or in memory)"))
        else:
            out.append(Finding(False, f"swap {dev} is not encrypted: memory holding a patient's answers can be "
                                      "written to it and stay on the disk",
                               "turn swap off (swapoff -a, and remove it from /etc/fstab), or encrypt it: add "
                               f"'cryptswap {dev} /dev/urandom swap,cipher=aes-xts-plain64,size=256' to "
                               "/etc/crypttab and use /dev/mapper/cryptswap in /etc/fstab"))
    return out


def _is_crypt(paths: Paths, dm: str) -> bool:
    try:
        return (paths.sys_block / dm / "dm" / "uuid").read_text().startswith("CRYPT-")
    except OSError:
        return False


def _mapper_is_crypt(paths: Paths, name: str, crypttab: str) -> bool:
    if re.search(rf"^\s*{re.escape(name)}\s", crypttab, re.M):
        return True
    try:
        for dm in paths.sys_block.iterdir():
            if (dm / "dm" / "name").read_text().strip() == name:
                return _is_crypt(paths, dm.name)
    except OSError:
        pass
    return False


def check_session_bus(paths: Paths) -> list[Finding]:
    from .app import session_bus
    if session_bus(paths.environ):
        return [Finding(True, "session D-Bus: present (screen readers can work)")]
    return [Finding(False, "no session bus: there is no desktop session D-Bus, so a screen reader (Orca) cannot "
                           "read the kiosk; the app starts none of its own (it would outlive the app)",
                    "start the kiosk inside the desktop session (its bus is $XDG_RUNTIME_DIR/bus with "
                    "dbus-user-session), or wrap it: dbus-run-session -- decisionaid --kiosk")]


def check_screen_lock(paths: Paths) -> list[Finding]:
    """The staff exit leaves the person at the machine's desktop: it must ask for a password there."""
    env = paths.environ
    desktop = (env.get("XDG_CURRENT_DESKTOP") or env.get("DESKTOP_SESSION") or "").lower()
    lockers = ("xscreensaver", "light-locker", "xss-lock", "swaylock", "gnome-screensaver", "xsecurelock",
               "i3lock", "slock", "kscreenlocker_greet")
    running = _running(lockers)
    if running:
        return [Finding(True, f"screen lock: {running} is running")]
    if "gnome" in desktop or "kde" in desktop or "plasma" in desktop:
        return [Finding(True, f"screen lock: the {desktop} desktop has its own; check it is on (this check "
                              "cannot read its setting)")]
    if "cage" in desktop or env.get("WAYLAND_DISPLAY", "").startswith("wayland") and not desktop:
        return [Finding(True, "screen lock: a single-app kiosk compositor; leaving the app ends the session")]
    return [Finding(False, "no screen lock found: after the staff exit the machine's desktop is open to the "
                           "next person",
                    "run the kiosk in a kiosk session that ends when the app ends (e.g. cage -- decisionaid "
                    "--kiosk), or enable the desktop's screen lock (e.g. xss-lock -- xsecurelock)")]


def _running(names) -> str:
    try:
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    comm = Path(f"/proc/{pid}/comm").read_text().strip()
                except OSError:
                    continue
                if comm in names:
                    return comm
    except OSError:
        pass
    return ""


CHECKS = (check_cups, check_tmp, check_swap, check_session_bus, check_screen_lock)


def run_checks(paths: Paths | None = None) -> list[Finding]:
    paths = paths or Paths()
    out: list[Finding] = []
    for check in CHECKS:
        out += check(paths)
    return out


def report(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        lines.append(("ok    " if f.ok else "FIX   ") + f.what)
        if not f.ok and f.fix:
            lines.append("      -> " + f.fix)
    bad = sum(1 for f in findings if not f.ok)
    lines.append("")
    lines.append("Nothing found that would keep patient data." if not bad else
                 f"{bad} setting(s) to change (see docs/kiosk.md).")
    return "\n".join(lines) + "\n"
