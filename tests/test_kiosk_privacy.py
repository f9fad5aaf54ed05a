"""A full kiosk walkthrough writes nothing that contains what the patient typed: not under HOME, TMPDIR, any
XDG folder or the working folder, nor in /dev/shm."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from decisionaid.kiosk_pin import hash_pin

HERE = Path(__file__).resolve().parent


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            p = Path(root) / name
            try:
                data = p.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles) or any(n in name.encode() for n in needles):
                hits.append(str(p))
    return hits


def test_kiosk_walkthrough_leaves_no_trace(tmp_path):
    sentinel = "ZQX" + uuid.uuid4().hex[:12] + "SENT"
    dirs = {k: tmp_path / k.lower() for k in ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                               "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "CWD")}
    for d in dirs.values():
        d.mkdir(mode=0o700)
    settings_dir = dirs["XDG_CONFIG_HOME"] / "decisionaid"
    settings_dir.mkdir()
    (settings_dir / "decisionaid.ini").write_text(f"[General]\nkiosk_pin_hash={hash_pin('2468')}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update({k: str(v) for k, v in dirs.items() if k != "CWD"})
    env["DECISIONAID_SETTINGS_DIR"] = str(settings_dir)
    env.pop("MPLCONFIGDIR", None)
    shm_before = set(os.listdir("/dev/shm")) if os.path.isdir("/dev/shm") else set()
    proc = subprocess.run([sys.executable, str(HERE / "kiosk_privacy_run.py"), sentinel], cwd=dirs["CWD"],
                          env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "done" in proc.stdout
    assert sentinel not in proc.stdout + proc.stderr, "nothing typed appears in the output or logs"
    needles = [sentinel.encode("utf-8"), sentinel.encode("utf-16-le")]
    codes = [line.split()[1] for line in proc.stdout.splitlines() if line.startswith("handoff ")]
    assert codes and len(codes[0]) > 20, "the kiosk showed its hand-off code"
    for form in (codes[0], codes[0].replace("-", "")):      # the code holds the answers: never on disk either
        needles += [form.encode("ascii"), form.encode("utf-16-le")]
    hits = []
    for d in dirs.values():
        hits += files_containing(d, needles)
    if os.path.isdir("/dev/shm"):
        hits += files_containing(Path("/dev/shm"), needles)
        shm_new = set(os.listdir("/dev/shm")) - shm_before
        hits += [f"/dev/shm/{n}" for n in shm_new if sentinel in n]
    assert hits == []
