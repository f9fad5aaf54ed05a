"""A private CUPS server for tests: its own config, spool, logs and Unix socket under one folder, and one PDF
queue (the cups-pdf backend as root; a file: device otherwise). Nothing of the machine's own CUPS is used or
changed, except, as root, one cups-pdf config file /etc/cups/cups-pdf-<queue>.conf (cups-pdf reads its
configuration only from there), removed again on stop.

    with PrivateCups() as cups:
        env["CUPS_SERVER"] = cups.socket        # lp, libcups and Qt talk to this server only
        ... print to cups.queue ...
        cups.wait_until_idle(); cups.outputs()
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

CUPSD = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd") else None)
CUPS_PDF = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")


def missing_tools() -> list[str]:
    need = {"cupsd": CUPSD, "lp": shutil.which("lp"), "lpadmin": shutil.which("lpadmin") or
            ("/usr/sbin/lpadmin" if os.path.exists("/usr/sbin/lpadmin") else None),
            "lpstat": shutil.which("lpstat")}
    return [k for k, v in need.items() if not v]


class PrivateCups:
    def __init__(self):
        import tempfile
        # its own folder, readable by the lp user the filters run as (a pytest tmp_path is not); removed on stop
        self.dir = Path(tempfile.mkdtemp(prefix="decisionaid-cups-"))
        self.dir.chmod(0o755)
        self.queue = "kiosktest" + uuid.uuid4().hex[:8]
        self.socket = str(self.dir / "cups.sock")
        self.spool = self.dir / "spool"
        self.out = self.dir / "out"            # the "paper": what the printer produced
        self.proc: subprocess.Popen | None = None
        self.pdf_conf: Path | None = None
        self.uses_cups_pdf = os.geteuid() == 0 and CUPS_PDF.exists() and CUPS_PDF_PPD.exists() \
            and os.access("/etc/cups", os.W_OK)

    # ---- start / stop ----------------------------------------------------------------
    def __enter__(self) -> "PrivateCups":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def env(self) -> dict:
        return dict(os.environ, CUPS_SERVER=self.socket)

    def start(self) -> None:
        d = self.dir
        for sub in ("etc", "spool/tmp", "state", "cache", "log", "out", "pdfspool"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        user = "" if os.geteuid() == 0 else f"User {os.getuid()}\nGroup {os.getgid()}\n"
        (d / "etc" / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel info\nPreserveJobFiles No\nPreserveJobHistory No\n"
            "WebInterface No\nBrowsing No\nMaxJobTime 60\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (d / "etc" / "cups-files.conf").write_text(
            f"ServerRoot {d}/etc\nRequestRoot {d}/spool\nTempDir {d}/spool/tmp\nStateDir {d}/state\n"
            f"CacheDir {d}/cache\nAccessLog {d}/log/access_log\nErrorLog {d}/log/error_log\n"
            f"PageLog {d}/log/page_log\nPrintcap {d}/state/printcap\nFileDevice Yes\n{user}")
        for p in (d, d / "etc", d / "out", d / "pdfspool", d / "log"):
            p.chmod(0o755)                    # the filters run as the lp user; cupsd sets its own folders
        (d / "spool").chmod(0o710)
        (d / "spool" / "tmp").chmod(0o1777)
        if self.uses_cups_pdf:
            self.pdf_conf = Path(f"/etc/cups/cups-pdf-{self.queue}.conf")
            self.pdf_conf.write_text(f"Out {self.out}\nAnonDirName {self.out}\nSpool {d}/pdfspool\n"
                                     f"Log {d}/log\nGrp root\nTitlePref 1\n")
        self.proc = subprocess.Popen([CUPSD, "-f", "-c", str(d / "etc" / "cupsd.conf"), "-s",
                                      str(d / "etc" / "cups-files.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        end = time.monotonic() + 20
        while not os.path.exists(self.socket):
            if self.proc.poll() is not None or time.monotonic() > end:
                raise RuntimeError("the private cupsd did not start: " + self.log()[-2000:])
            time.sleep(0.05)
        lpadmin = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
        if self.uses_cups_pdf:
            args = ["-v", f"cups-pdf:/{self.queue}", "-P", str(CUPS_PDF_PPD)]
        else:
            args = ["-v", f"file://{self.out}/job.out", "-m", "raw"]
        r = subprocess.run([lpadmin, "-p", self.queue, "-E", *args], env=self.env(), capture_output=True,
                           text=True, timeout=30)
        if r.returncode != 0:
            raise RuntimeError(f"lpadmin failed: {r.stderr}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=15)
        if self.pdf_conf is not None:
            self.pdf_conf.unlink(missing_ok=True)
            Path(f"/var/log/cups/cups-pdf-{self.queue}_log").unlink(missing_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)

    # ---- state ----------------------------------------------------------------------
    def log(self) -> str:
        try:
            return (self.dir / "log" / "error_log").read_text(errors="replace")
        except OSError:
            return ""

    def jobs(self) -> str:
        r = subprocess.run(["lpstat", "-o", self.queue], env=self.env(), capture_output=True, text=True,
                           timeout=30)
        return r.stdout.strip()

    def outputs(self) -> list[Path]:
        return sorted(p for p in self.out.rglob("*") if p.is_file())

    def wait_for_output(self, timeout: float = 90) -> list[Path]:
        """Wait until the queue has printed (an output file, no job left). Returns the output files."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            done = self.outputs()
            if done and not self.jobs():
                time.sleep(0.3)               # let the backend close its file
                return self.outputs()
            time.sleep(0.2)
        raise AssertionError("the private CUPS queue printed nothing: " + self.log()[-3000:])
