"""A full kiosk walkthrough writes nothing that contains what the patient typed: not under HOME, TMPDIR, any
XDG folder or the working folder, nor in /dev/shm; with a fresh HOME it writes no file at all (the matplotlib
font cache is prebuilt, decisionaid.fontcache). In a real X server (Xvfb): the idle reset empties the
clipboard and the PRIMARY selection; the app starts no D-Bus of its own; and printing to a private CUPS
server's PDF queue leaves the patient's text in no file the app wrote, in no spool file and in no process
left running."""
from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import struct
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from decisionaid.kiosk_pin import hash_pin
from xserver import Xvfb, wait_for

pytestmark = pytest.mark.slow            # whole kiosk runs, offscreen and in Xvfb, and a private CUPS server

# the tests that share the printing walkthrough (printed_walkthrough) run on one test worker
SHARES_THE_PRINTED_RUN = pytest.mark.xdist_group("kiosk_privacy_printed_walkthrough")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# ---- helpers ---------------------------------------------------------------------------------------------
def pdf_text(data: bytes) -> str:
    """The text of a PDF or PostScript file (its words are compressed and not searchable as bytes)."""
    if shutil.which("pdftotext") is None or not data.startswith((b"%PDF", b"%!PS")):
        return ""
    if data.startswith(b"%!PS") and shutil.which("ps2pdf"):
        data = subprocess.run(["ps2pdf", "-", "-"], input=data, capture_output=True, timeout=120).stdout
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, timeout=120).stdout \
        .decode("utf-8", "replace")


def files_containing(folder: Path, needles: list[bytes], since: float | None = None,
                     skip: tuple[Path, ...] = ()) -> list[str]:
    """Files under ``folder`` whose bytes, name or (for a PDF) text hold a needle; only files changed since
    ``since`` when given."""
    hits = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if Path(root, d) not in skip]
        for name in files:
            p = Path(root) / name
            try:
                st = p.stat()
                if since is not None and max(st.st_mtime, st.st_ctime) < since:
                    continue
                if not p.is_file() or st.st_size > 64 * 1024 * 1024:
                    continue
                data = p.read_bytes()
            except OSError:
                continue
            text = pdf_text(data).encode("utf-8")
            if any(n in data or n in text or n in name.encode() for n in needles):
                hits.append(str(p))
    return hits


def all_files(folder: Path) -> list[str]:
    return sorted(str(Path(r) / n) for r, _d, files in os.walk(folder) for n in files)


class CreatedFiles:
    """The names of files created in some folders while it watches (inotify), even if deleted again at once:
    a print engine's temporary job file lives for less than a second."""

    IN_CREATE, IN_MOVED_TO, IN_NONBLOCK = 0x100, 0x80, 0o4000

    def __init__(self, folders):
        self.libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.fd = self.libc.inotify_init1(self.IN_NONBLOCK)
        assert self.fd >= 0
        self.folders = {}
        for f in folders:
            wd = self.libc.inotify_add_watch(self.fd, str(f).encode(), self.IN_CREATE | self.IN_MOVED_TO)
            assert wd >= 0, f
            self.folders[wd] = Path(f)
        self.seen: list[str] = []

    def names(self) -> list[str]:
        while True:
            try:
                buf = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            i = 0
            while i < len(buf):
                wd, _mask, _cookie, length = struct.unpack_from("iIII", buf, i)
                name = buf[i + 16:i + 16 + length].rstrip(b"\0").decode("utf-8", "replace")
                self.seen.append(str(self.folders.get(wd, Path("?")) / name))
                i += 16 + length
        return list(self.seen)

    def close(self) -> None:
        os.close(self.fd)


def processes_with(marker: str) -> list[str]:
    """Command lines of running processes whose environment holds ``marker`` (every process the app starts
    inherits it)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            env = Path(f"/proc/{pid}/environ").read_bytes()
            if marker.encode() in env:
                found.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found


def stop_marked(marker: str) -> None:
    """Stop, by process id, the processes this test's app started (those carrying its marker)."""
    import signal
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) != os.getpid():
            try:
                if marker.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                    os.kill(int(pid), signal.SIGTERM)
            except OSError:
                continue


@pytest.fixture(scope="module")
def prebuilt_font_cache():
    """The matplotlib font cache `make` builds at install time (built here when the tests run without make)."""
    from decisionaid import fontcache
    if not fontcache.is_built():
        fontcache.build()
    return fontcache.cache_dir()


def signed_for_kiosk(tmp_path, env) -> Path:
    """A signed copy of the English pack, its key trusted by staff in the kiosk run's own settings (``env``)."""
    from signing_helpers import signed_copy
    pack = signed_copy(tmp_path, ROOT / "resources" / "content" / "vcf-augmentation.en.toml", review=False,
                       trust=False, folder="content")
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "trust-key", str(tmp_path / "content-key.pub")],
                       env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return pack


def kiosk_env(tmp_path, marker: str):
    dirs = {k: tmp_path / k.lower() for k in ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                               "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "CWD")}
    for d in dirs.values():
        d.mkdir(mode=0o700)
    settings_dir = tmp_path / "settings"            # staff's settings: outside HOME, written before the run
    settings_dir.mkdir()
    (settings_dir / "decisionaid.ini").write_text(f"[General]\nkiosk_pin_hash={hash_pin('2468')}\n")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DBUS_", "CUPS_")) and k not in ("MPLCONFIGDIR", "DISPLAY")}
    env.update({k: str(v) for k, v in dirs.items() if k != "CWD"})
    env["DECISIONAID_SETTINGS_DIR"] = str(settings_dir)
    env["DECISIONAID_TEST_MARK"] = marker
    return dirs, env


def folders_of_test_runs(extra=()) -> tuple[Path, ...]:
    """Folders in /tmp that test runs make for themselves: pytest's temporary folders and every private CUPS
    server's folder but this test's own (``extra`` lies in it). No kiosk writes there (its HOME, TMPDIR and
    working folder are in the test's own folder, searched on their own), but they hold other walkthroughs'
    files, with the same hand-off code when the answers are the same: a test on the other worker, or another
    test run on this machine."""
    own = [Path(e) for e in extra]
    cups = [p for p in Path("/tmp").glob("decisionaid-cups-*") if not any(p == o or p in o.parents for o in own)]
    return tuple(Path("/tmp").glob("pytest-of-*")) + tuple(cups)


def check_no_trace(dirs, sentinel, out_err: str, since: float, extra=(), skip=()) -> None:
    assert sentinel not in out_err, "nothing typed appears in the output or logs"
    needles = [sentinel.encode("utf-8"), sentinel.encode("utf-16-le")]
    codes = [line.split()[1] for line in out_err.splitlines() if line.startswith("handoff ")]
    assert codes and len(codes[0]) > 20, "the kiosk showed its hand-off code"
    for form in (codes[0], codes[0].replace("-", "")):      # the code holds the answers: never on disk either
        needles += [form.encode("ascii"), form.encode("utf-16-le")]
    hits = []
    for d in list(dirs.values()) + list(extra):
        hits += files_containing(d, needles)
    if os.path.isdir("/dev/shm"):
        hits += files_containing(Path("/dev/shm"), needles, since=since)
    hits += files_containing(Path("/tmp"), needles, since=since, skip=tuple(skip) + folders_of_test_runs(extra))
    assert hits == []


# ---- offscreen: the walkthrough ---------------------------------------------------------------------------
def test_kiosk_walkthrough_leaves_no_trace(tmp_path, prebuilt_font_cache):
    sentinel = "ZQX" + uuid.uuid4().hex[:12] + "SENT"
    marker = "mark" + uuid.uuid4().hex
    dirs, env = kiosk_env(tmp_path, marker)
    since = time.time()
    proc = subprocess.run([sys.executable, str(HERE / "kiosk_privacy_run.py"), sentinel], cwd=dirs["CWD"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "done" in proc.stdout
    check_no_trace(dirs, sentinel, proc.stdout + proc.stderr, since, skip=(tmp_path,))
    # a fresh HOME and XDG folders: the kiosk wrote no file at all (no font cache, no pack cache, no settings)
    for name, d in dirs.items():
        assert all_files(d) == [], name
    assert processes_with(marker) == []


# ---- a real X server --------------------------------------------------------------------------------------
@contextlib.contextmanager
def xvfb():
    """A private Xvfb on a free display (tests/xserver.py); yields its DISPLAY name."""
    with Xvfb() as x:
        yield x.display


def selection(display: str, which: str) -> str:
    r = subprocess.run(["xclip", "-o", "-selection", which], env=dict(os.environ, DISPLAY=display),
                       capture_output=True, text=True, timeout=60)
    return r.stdout if r.returncode == 0 else ""


class Runner:
    """kiosk_privacy_run.py --hold in a real X server, driven line by line."""

    def __init__(self, args, env, cwd):
        self.proc = subprocess.Popen([sys.executable, str(HERE / "kiosk_privacy_run.py"), *args, "--hold"],
                                     cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []

    def expect(self, word: str) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.strip() == word:
                return
        raise AssertionError(f"the kiosk run ended before '{word}': " + self.proc.stderr.read()[-3000:])

    def send(self) -> None:
        self.proc.stdin.write("next\n")
        self.proc.stdin.flush()

    def finish(self) -> tuple[int, str]:
        out, err = self.proc.communicate(timeout=120)
        self.lines.append(out)
        return self.proc.returncode, "".join(self.lines) + err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


def real_x_walkthrough(tmp_path, printer: str = "", cups=None):
    if shutil.which("xclip") is None:
        pytest.skip("needs xclip to read the X selections (make test installs it as root)")
    sentinel = "ZQX" + uuid.uuid4().hex[:12] + "SENT"
    marker = "mark" + uuid.uuid4().hex
    dirs, env = kiosk_env(tmp_path, marker)
    watch = CreatedFiles([dirs["TMPDIR"], dirs["HOME"]])
    with xvfb() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        if cups is not None:
            env["CUPS_SERVER"] = cups.socket
        since = time.time()
        run = Runner([sentinel] + (["--printer", printer] if printer else []), env, dirs["CWD"])
        try:
            if printer:
                run.expect("printed")
            run.expect("selection-set")
            # the check can fail: right now both hold the patient's text
            assert selection(display, "primary") == sentinel
            assert selection(display, "clipboard") == sentinel
            run.send()
            run.expect("reset-done")
            assert sentinel not in selection(display, "primary"), "the reset emptied the PRIMARY selection"
            assert sentinel not in selection(display, "clipboard"), "the reset emptied the clipboard"
            run.send()
            code, output = run.finish()
        finally:
            run.kill()
    assert code == 0, output[-3000:]
    assert "done" in output
    left = processes_with(marker)
    stop_marked(marker)
    assert left == [], f"processes the kiosk started are still running: {left}"
    assert not (dirs["HOME"] / ".dbus").exists()
    created = watch.names()
    watch.close()
    assert created == [], f"the kiosk created files in TMPDIR or HOME: {created}"
    return sentinel, dirs, output, since


@SHARES_THE_PRINTED_RUN
def test_real_x_reset_empties_the_primary_selection_and_clipboard(tmp_path, prebuilt_font_cache, request):
    from private_cups import missing_tools
    if missing_tools():
        # no CUPS here: a walkthrough of its own, without printing
        sentinel, dirs, output, since = real_x_walkthrough(tmp_path)
        skip = (tmp_path,)
    else:
        # the printing walkthrough (below) takes the same steps and checks the selections the same way, and
        # prints first: one app run answers both tests
        run = request.getfixturevalue("printed_walkthrough")
        sentinel, dirs, output, since = run.result
        skip = (run.tmp, run.cups.out)
    check_no_trace(dirs, sentinel, output, since, skip=skip)


def test_real_x_kiosk_starts_no_dbus_of_its_own(tmp_path):
    """No session bus: Qt's libdbus would autolaunch one (dbus-launch), which writes ~/.dbus and outlives the
    app. The kiosk starts none."""
    if shutil.which("dbus-launch") is None:
        pytest.skip("dbus-launch (Debian package dbus-x11) is not installed, so nothing could autolaunch a bus")
    marker = "mark" + uuid.uuid4().hex
    dirs, env = kiosk_env(tmp_path, marker)
    env.pop("XDG_RUNTIME_DIR")                       # no per-user bus socket either
    pack = signed_for_kiosk(tmp_path, env)          # a kiosk shows only a pack signed by a trusted key
    with xvfb() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        r = subprocess.run([sys.executable, str(ROOT / "main.py"), "--kiosk", "--smoke", "--allow-draft-content",
                            "--content", str(pack)],
                           cwd=dirs["CWD"], env=env, capture_output=True, text=True, timeout=120)
        left = processes_with(marker)
        stop_marked(marker)                          # never leave them running, even when the test fails
    assert r.returncode == 0, r.stderr[-2000:]
    assert left == [], f"processes the kiosk started are still running: {left}"
    assert not (dirs["HOME"] / ".dbus").exists(), "no ~/.dbus/session-bus file"
    assert all_files(dirs["HOME"]) == []


@pytest.fixture(scope="module")
def printed_walkthrough(tmp_path_factory, prebuilt_font_cache):
    """One real-X kiosk walkthrough that prints to a private CUPS server's PDF queue, waited for until the
    printer has printed; shared by the two tests that check it (and the server kept until both have)."""
    from private_cups import PrivateCups, missing_tools
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs CUPS ({', '.join(missing)}; Debian packages cups, cups-client, "
                    "printer-driver-cups-pdf; make test installs them as root)")
    tmp = tmp_path_factory.mktemp("printed")
    with PrivateCups() as cups:
        result = real_x_walkthrough(tmp, printer=cups.queue, cups=cups)
        printed = cups.wait_for_output()
        yield SimpleNamespace(cups=cups, tmp=tmp, result=result, printed=printed)
    assert cups.proc.poll() is not None, "the private cupsd was stopped"


@SHARES_THE_PRINTED_RUN
def test_real_x_kiosk_walkthrough_printing_to_cups_leaves_no_trace(printed_walkthrough):
    cups, printed = printed_walkthrough.cups, printed_walkthrough.printed
    sentinel, dirs, output, since = printed_walkthrough.result
    # the "paper": the printer really got the summary (cups-pdf's re-made PDF has no searchable text)
    assert any(p.read_bytes()[:5] in (b"%PDF-", b"%!PS-") and p.stat().st_size > 50_000 for p in printed)
    assert all(sentinel not in p.name for p in printed), "the job title holds no patient text"
    assert "Decision_aid_summary" in " ".join(p.name for p in printed) or not cups.uses_cups_pdf
    # nothing else anywhere: the app's folders, /tmp, /dev/shm, and the CUPS spool (PreserveJobFiles No)
    check_no_trace(dirs, sentinel, output, since, extra=[cups.spool], skip=(printed_walkthrough.tmp, cups.out))
    assert [p for p in all_files(cups.spool) if Path(p).name.startswith(("d", "c"))] == [], \
        "no job file or job history left in the spool"


# ---- a real X server: every way of closing "Are you still there?" is "continue" ---------------------------
def test_real_x_escape_and_touch_outside_the_warning_continue(tmp_path):
    """Escape and a touch outside the message, as a person does them in a real window (the window's close is
    tested offscreen in test_kiosk.py: there is no window manager here to send it)."""
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool (make test installs it as root)")
    marker = "mark" + uuid.uuid4().hex
    dirs, env = kiosk_env(tmp_path, marker)
    with xvfb() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        xenv = dict(os.environ, DISPLAY=display)
        proc = subprocess.Popen([sys.executable, str(HERE / "kiosk_idle_run.py")], cwd=dirs["CWD"], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        events: list[str] = []

        def next_event() -> str:
            import select
            ready, _, _ = select.select([proc.stdout], [], [], 120)
            assert ready, f"the kiosk said nothing for 120 s: {events}"
            line = proc.stdout.readline().strip()
            assert line, "the kiosk ended: " + proc.stderr.read()[-2000:]
            events.append(line)
            return line

        used: set[str] = set()

        def warning_window() -> str:
            """The warning now on screen (a new window each time; never one already closed)."""
            def fresh():
                out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Are you still there"],
                                     env=xenv, capture_output=True, text=True).stdout.split()
                return [w for w in out if w not in used]
            found = wait_for(fresh, 60)
            assert found, "the warning window did not appear"
            used.add(found[-1])
            return found[-1]

        ways = {
            # no window manager: keys go to the window under the pointer, which is the warning (it covers all)
            "Escape": lambda wid: subprocess.run(["xdotool", "mousemove", "640", "300", "key", "Escape"],
                                                 env=xenv),
            "a touch outside the message": lambda wid: subprocess.run(
                ["xdotool", "mousemove", "15", "650", "click", "1"], env=xenv),   # in the 1000x700 window
        }
        try:
            assert next_event() == "ready"
            assert next_event() == "warning", events
            for how, act in ways.items():
                act(warning_window())
                # closed as "continue": its countdown stopped, and the next thing is a new warning, not a reset
                assert next_event() == "closed stopped", f"after {how}: {events}"
                assert next_event() == "warning", f"after {how}: {events}"
            # left alone, the warning does wipe the answers (so a reset is seen when it happens)
            proc.stdin.write("fast\n")
            proc.stdin.flush()
            assert next_event() == "reset", events
        finally:
            proc.kill()
            proc.wait(timeout=10)
            stop_marked(marker)
