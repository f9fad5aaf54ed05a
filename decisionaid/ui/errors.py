"""The global exception hook: a calm message, the app keeps running, and (clinician mode only) a log line
with the exception type and stack locations, never messages or values (they can carry patient text)."""
from __future__ import annotations

import datetime as _dt
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def log_path() -> Path:
    from PySide6.QtCore import QStandardPaths
    base = os.environ.get("DECISIONAID_LOG_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "errors.log"


def scrub(exc_type, tb) -> str:
    """Exception type and where it happened (file name, line, function): nothing else."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
    return f"{_dt.datetime.now().isoformat(timespec='seconds')} {exc_type.__module__}.{exc_type.__qualname__} at {where}"


class ExceptionHook:
    def __init__(self, mode: str, parent=None):
        self.mode = mode
        self.parent = parent
        self.count = 0
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> "ExceptionHook":
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.count += 1
        if self.mode != "kiosk":
            try:
                path = log_path()
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as fh:
                    fh.write(scrub(exc_type, tb) + "\n")
            except OSError:
                pass
        if not self._showing and QGuiApplication.platformName() != "offscreen":
            QTimer.singleShot(0, self._show)

    def _show(self) -> None:
        from PySide6.QtWidgets import QMessageBox   # only when needed: start-up installs the hook
        self._showing = True
        try:
            QMessageBox.information(self.parent, tr("Something went wrong"),
                                    tr("Something went wrong; your answers are kept. You can carry on. If it "
                                       "happens again, please tell the staff."))
        finally:
            self._showing = False
