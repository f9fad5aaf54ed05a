"""decisionaid kiosk-check against fixture files: each machine setting that would keep patient data is named
with the exact setting to change, and the exit code says whether anything is wrong."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from decisionaid.kiosk_check import Paths, report, run_checks

GOOD_MOUNTS = "/dev/sda1 / ext4 rw 0 0\ntmpfs /tmp tmpfs rw,nosuid,nodev 0 0\n"
BAD_MOUNTS = "/dev/sda1 / ext4 rw 0 0\nproc /proc proc rw 0 0\n"
NO_SWAP = "Filename\tType\tSize\tUsed\tPriority\n"
PLAIN_SWAP = NO_SWAP + "/dev/sda2  partition\t2097148\t0\t-2\n"
CRYPT_SWAP = NO_SWAP + "/dev/mapper/cryptswap  partition\t2097148\t0\t-2\n"


def machine(tmp_path, cupsd="PreserveJobFiles No\nPreserveJobHistory No\n", mounts=GOOD_MOUNTS, swaps=NO_SWAP,
            crypttab="", bus=True, desktop="GNOME"):
    (tmp_path / "cupsd.conf").write_text(cupsd)
    (tmp_path / "mounts").write_text(mounts)
    (tmp_path / "swaps").write_text(swaps)
    (tmp_path / "crypttab").write_text(crypttab)
    (tmp_path / "block").mkdir(exist_ok=True)
    env = {"XDG_CURRENT_DESKTOP": desktop}
    if bus:
        env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/run/user/1000/bus"
    return Paths(cupsd_conf=tmp_path / "cupsd.conf", mounts=tmp_path / "mounts", swaps=tmp_path / "swaps",
                 crypttab=tmp_path / "crypttab", sys_block=tmp_path / "block", environ=env)


def bad(findings):
    return [f for f in findings if not f.ok]


def test_a_well_set_machine_passes(tmp_path):
    findings = run_checks(machine(tmp_path))
    assert bad(findings) == [], report(findings)
    assert "Nothing found" in report(findings)


def test_cups_defaults_keep_jobs_and_say_which_setting_to_change(tmp_path):
    findings = bad(run_checks(machine(tmp_path, cupsd="LogLevel warn\n# PreserveJobFiles No\n")))
    text = report(findings)
    assert len(findings) == 2
    assert "PreserveJobFiles is not set, so the default 86400" in text
    assert "set 'PreserveJobFiles No' in " in text and "set 'PreserveJobHistory No' in " in text
    findings = bad(run_checks(machine(tmp_path, cupsd="PreserveJobFiles Yes\nPreserveJobHistory No\n")))
    assert [f.what.split(":")[0] for f in findings] == ["CUPS PreserveJobFiles is Yes"]


def test_tmp_on_disk(tmp_path):
    findings = bad(run_checks(machine(tmp_path, mounts=BAD_MOUNTS)))
    assert len(findings) == 1 and "/tmp is on a disk (ext4)" in findings[0].what
    assert "tmpfs /tmp tmpfs" in findings[0].fix


def test_swap_plain_is_named_encrypted_is_fine(tmp_path):
    findings = bad(run_checks(machine(tmp_path, swaps=PLAIN_SWAP)))
    assert len(findings) == 1 and "swap /dev/sda2 is not encrypted" in findings[0].what
    assert "/etc/crypttab" in findings[0].fix
    assert bad(run_checks(machine(tmp_path, swaps=CRYPT_SWAP, crypttab="cryptswap /dev/sda2 /dev/urandom swap\n"))) == []


def test_no_session_bus_is_reported(tmp_path):
    findings = bad(run_checks(machine(tmp_path, bus=False)))
    assert len(findings) == 1 and findings[0].what.startswith("no session bus")
    assert "dbus-run-session" in findings[0].fix


def test_no_screen_lock_is_reported_where_detectable(tmp_path):
    findings = bad(run_checks(machine(tmp_path, desktop="")))
    assert [f.what.split(":")[0] for f in findings] == ["no screen lock found"]


def test_command_exit_code_is_non_zero_when_something_is_wrong():
    r = subprocess.run([sys.executable, "-m", "decisionaid", "kiosk-check"], cwd=ROOT, capture_output=True,
                       text=True, timeout=300)
    findings = run_checks()
    assert r.returncode == (0 if not bad(findings) else 1), r.stdout
    assert r.stdout.count("\n") >= len(findings)
