"""Run by test_kiosk_privacy.py in a real X server: a kiosk with a 1 s idle time. Prints "ready", then "warning"
each time "Are you still there?" shows, "closed stopped" (or "closed counting") when it is closed and whether its
countdown stopped, and "reset" when the answers are wiped, so the test can close the warning the ways a person
would (xdotool) and see what follows. The countdown is 20 ticks of 1 s, long enough for the test to act however
slow the machine; the line "fast" on standard input makes the warning on screen (or the next) count down in
ticks of 1 ms, to see that left alone it does wipe the answers."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QSocketNotifier, QTimer

    from decisionaid import settings
    from decisionaid.app import make_qapp
    from decisionaid.content import default_content_path, load_pack
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.kiosk import KioskWindow
    from decisionaid.ui.style import apply_style

    app = make_qapp()
    pack = load_pack(default_content_path(), language="en")
    ctx = AppContext(pack, mode="kiosk")
    apply_style(app, ctx)
    w = KioskWindow(ctx, pin_hash=settings.get("kiosk_pin_hash"), idle_seconds=1.0, countdown_seconds=20,
                    tick_ms=1000)

    def warning_up():        # connected after the window's own on_idle, so it runs once the warning is up
        dlg = w.still_there
        if dlg is None:
            return
        dlg.finished.connect(lambda _result: print("closed", "counting" if dlg.timer.isActive() else "stopped",
                                                   flush=True))
        print("warning", flush=True)
    w.idle.idle.connect(warning_up)

    def command():
        line = os.read(sys.stdin.fileno(), 1024)
        if not line:
            notifier.setEnabled(False)
        elif line.strip() == b"fast":
            w.tick_ms = 1
            if w.still_there is not None:
                w.still_there.timer.setInterval(1)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    w.reset_done.connect(lambda: print("reset", flush=True))
    w.showFullScreen()
    ctx.session.leaning = "not_sure"            # an answer to lose
    w.go_to(2)
    QTimer.singleShot(300, lambda: print("ready", flush=True))
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
