"""A private X server (Xvfb) for the tests that need a real window: one place to start it, safe in parallel.

The server picks a free display number itself (``Xvfb -displayfd``: it takes the lowest number that has no lock
file and whose socket it can bind, and writes that number to a pipe once it accepts connections), so two test
workers, or two agents' test runs on one machine, never collide; nothing guesses a number from the process id.

    from xserver import Xvfb, needs, wait_for

    pytestmark = needs("Xvfb", "xdotool")          # a skip with the reason where a tool is really absent

    with Xvfb() as x:                               # or the ``xserver`` fixture (tests/conftest.py)
        env = x.env(HOME=str(tmp_path))             # os.environ + DISPLAY=x.display, QT_QPA_PLATFORM=xcb
        subprocess.run([sys.executable, "main.py"], env=env)
        assert wait_for(lambda: some_condition(), timeout=60)

``Xvfb(size="1280x800x24")``; ``x.display`` is ":N"; ``x.env(base=None, **extra)`` builds a child's environment
from ``base`` (default ``os.environ``) without WAYLAND_DISPLAY. The server stops when the ``with`` ends.
"""
from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
import time

import pytest


def missing(*tools: str) -> list[str]:
    """The named programs that are not on PATH."""
    return [t for t in tools if shutil.which(t) is None]


def needs(*tools: str):
    """A skipif mark for tests that need these programs (make test installs them as root)."""
    absent = missing(*tools)
    return pytest.mark.skipif(bool(absent), reason=f"needs {', '.join(absent)} (make test installs "
                                                   "them as root: .ci/system-deps.sh test)")


def wait_for(cond, timeout: float = 60.0, step: float = 0.05):
    """Poll ``cond()`` until it returns something true (returned) or ``timeout`` seconds pass (None).
    Waiting on the condition, never a fixed sleep: a loaded machine only makes it take longer."""
    end = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() >= end:
            return None
        time.sleep(step)


class Xvfb:
    """A virtual X server on a free display; a context manager (``start``/``stop`` by hand also work)."""

    def __init__(self, size: str = "1280x800x24", timeout: float = 60.0, args: tuple[str, ...] = ()):
        self.size = size
        self.timeout = timeout
        self.args = tuple(args)
        self.proc: subprocess.Popen | None = None
        self.display = ""
        self._log = None

    def __enter__(self) -> "Xvfb":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> str:
        if shutil.which("Xvfb") is None:
            pytest.skip("needs Xvfb (make test installs it as root: .ci/system-deps.sh test)")
        self._log = tempfile.TemporaryFile()
        read_end, write_end = os.pipe()
        try:
            # -noreset: an X server resets when its last client leaves, and a client connecting meanwhile is
            # refused ("Can't open display"); tests connect one short-lived client after another (xdotool,
            # xclip, a probe like app.x_server_answers), so the server must not reset between them.
            self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size,
                                          "-nolisten", "tcp", "-noreset", *self.args],
                                         pass_fds=(write_end,), stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=self._log)
        except BaseException:
            os.close(read_end)
            raise
        finally:
            os.close(write_end)
        try:
            number = self._read_display_number(read_end)
        finally:
            os.close(read_end)
        self.display = f":{number}"
        return self.display

    def _read_display_number(self, fd: int) -> int:
        data = b""
        end = time.monotonic() + self.timeout
        while not data.endswith(b"\n"):
            left = end - time.monotonic()
            if left <= 0:
                raise RuntimeError(f"Xvfb named no display within {self.timeout:.0f} s: {self.log()}")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 64)
            if not chunk:
                raise RuntimeError(f"Xvfb ended before it named its display: {self.log()}")
            data += chunk
        return int(data.strip())

    def log(self) -> str:
        """What Xvfb wrote to its standard error (the end of it)."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-2000:]

    def env(self, base: dict | None = None, **extra: str) -> dict:
        """A child's environment for this server: ``base`` (default ``os.environ``) with DISPLAY and
        QT_QPA_PLATFORM=xcb, no WAYLAND_DISPLAY, then ``extra``."""
        env = {k: v for k, v in (os.environ if base is None else base).items() if k != "WAYLAND_DISPLAY"}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.update(extra)
        return env

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        if self._log is not None:
            self._log.close()
            self._log = None
