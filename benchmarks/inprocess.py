"""In-process measurements, run in fresh interpreters by run.py (each prints one JSON line)."""
from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def setup(mode="clinician"):
    from decisionaid.app import make_qapp
    from decisionaid.content import default_content_path, load_pack
    from decisionaid.session import Session
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.style import apply_style
    app = make_qapp()
    pack = load_pack(default_content_path(), language="en")
    session = Session.load(ROOT / "docs" / "examples" / "session.json")
    if mode == "kiosk":
        session = session.fresh()
        session.mode = "kiosk"
    ctx = AppContext(pack, session=session, mode=mode)
    apply_style(app, ctx)
    return app, pack, ctx


def settle(app) -> None:
    """What the event loop does between two walkthroughs: pending events and deferred deletions."""
    from PySide6.QtCore import QCoreApplication, QEvent
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def paint_ms(app, window, action) -> float:
    app.processEvents()
    t = time.perf_counter()
    action()
    window.repaint()
    return (time.perf_counter() - t) * 1000


def steps(preload: bool) -> dict:
    """Time from Next to the new step painted, each step: first visit, then later visits."""
    app, pack, ctx = setup()
    from decisionaid.ui.clinician import ClinicianWindow
    w = ClinicianWindow(ctx)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    if preload:
        # what the app does after its first paint: build the other steps, import matplotlib
        from decisionaid.app import preload_charts
        for i in range(len(w.step_classes)):
            w.pages[i]
        preload_charts()
        w.prepare_step_charts()             # the app calls it once matplotlib is loaded (one step per turn)
        for _ in range(10):
            app.processEvents()
    first = {}
    drawn = {}
    whole = {}
    # when the charts on screen are complete: noted at the end of each chart canvas's paint (this module
    # imports no matplotlib, so importing it here changes neither path)
    from decisionaid.ui.widgets import chart_view
    seen_at: list[float] = []
    watching: list = []
    paint = chart_view.ChartCanvas.paintEvent

    def noting_paint(canvas, event):
        paint(canvas, event)
        if watching and not seen_at and watching[0].charts_drawn_in_view():
            seen_at.append(time.perf_counter())
    chart_view.ChartCanvas.paintEvent = noting_paint
    for i in range(1, len(w.step_classes)):
        w.go_to(i - 1)
        app.processEvents()
        t = time.perf_counter()
        sid = w.step_classes[i].step_id
        first[sid] = paint_ms(app, w, w.go_next)
        page = w.pages[i]
        # deferred work: charts are laid out and drawn just after the step appears. "Drawn" is what the person
        # sees complete: every chart of the step laid out and the part of each that is on screen painted. The
        # parts below the screen are drawn afterwards, one band per event-loop turn ("whole").
        if hasattr(page, "charts_drawn_in_view"):
            seen_at.clear()
            watching[:] = [page]
            while not page.charts_drawn_in_view():
                app.processEvents()
            w.repaint()
            # one processEvents() call may go on to draw bands below the screen: the time is taken at the
            # paint that completed what is on screen
            drawn[sid] = (min(seen_at + [time.perf_counter()]) - t) * 1000
            watching.clear()
            while not page.charts_fully_drawn():
                app.processEvents()
            whole[sid] = (time.perf_counter() - t) * 1000
        else:
            app.processEvents()
            w.repaint()
            drawn[sid] = whole[sid] = (time.perf_counter() - t) * 1000
    later = {k: [] for k in first}
    for _ in range(5):
        for i in range(1, len(w.step_classes)):
            w.go_to(i - 1)
            app.processEvents()
            later[w.step_classes[i].step_id].append(paint_ms(app, w, w.go_next))
    ctx.dirty = False
    chart_steps = [s.step_id for s in w.step_classes if s.step_id in ("benefits", "recovery")]
    return {"first_ms": first, "first_drawn_ms": drawn, "first_whole_ms": whole,
            "first_chart_whole_ms": whole[chart_steps[0]],
            "later_median_ms": {k: statistics.median(v) for k, v in later.items()},
            "first_chart_step": chart_steps[0], "first_chart_step_ms": first[chart_steps[0]],
            "first_chart_drawn_ms": drawn[chart_steps[0]]}


def export() -> dict:
    """Library path in a fresh process: nothing prepared, matplotlib not even imported."""
    app, pack, ctx = setup()
    import tempfile
    from decisionaid.report import ReportOptions, write_pdf
    out = Path(tempfile.mkdtemp()) / "s.pdf"
    opts = ReportOptions(app_version="bench")
    times = []
    for _ in range(6):
        t = time.perf_counter()
        write_pdf(pack, ctx.session, out, opts)
        times.append((time.perf_counter() - t) * 1000)
    changed = []
    for k in range(5):                       # after a change: one more question of the patient's own
        ctx.session.own_questions.append(f"Can I drive after {k + 1} weeks?")
        t = time.perf_counter()
        write_pdf(pack, ctx.session, out, opts)
        changed.append((time.perf_counter() - t) * 1000)
    return {"first_ms": times[0], "warm_median_ms": statistics.median(times[1:]),
            "changed_median_ms": statistics.median(changed)}


def export_long() -> dict:
    """Export time with one own question of 100,000 and of 400,000 characters (words of 8 letters): the ratio
    is 4 when layout time grows linearly with text length."""
    app, pack, ctx = setup()
    from decisionaid.report import ReportOptions, pdf_bytes
    opts = ReportOptions(app_version="bench")
    pdf_bytes(pack, ctx.session, opts)                   # warm: fonts and template loaded
    out = {}
    for n in (100_000, 400_000):
        ctx.session.own_questions = [("abcdefgh " * (n // 9 + 1))[:n]]
        t = time.perf_counter()
        pdf_bytes(pack, ctx.session, opts)
        out[f"ms_{n // 1000}k"] = (time.perf_counter() - t) * 1000
    # every free-text field at its limit (decisionaid.session: TEXT_LIMITS, MAX_OWN_QUESTIONS x MAX_QUESTION_CHARS),
    # record copy with the full evidence: the longest summary a session can ask for
    from decisionaid.session import MAX_OWN_QUESTIONS, MAX_QUESTION_CHARS, TEXT_LIMITS
    words = "abcdefgh " * 600
    for key, n in TEXT_LIMITS.items():
        setattr(ctx.session, key, words[:n])
    ctx.session.own_questions = [words[:MAX_QUESTION_CHARS]] * MAX_OWN_QUESTIONS
    t = time.perf_counter()
    pdf_bytes(pack, ctx.session, ReportOptions(app_version="bench", copy="record", full_evidence=True))
    out["at_limits_ms"] = (time.perf_counter() - t) * 1000
    ctx.dirty = False
    out["scaling"] = out["ms_400k"] / out["ms_100k"]
    return out


def export_app() -> dict:
    """The app's path: the window is shown, the app's after-first-paint work runs (steps built, matplotlib
    imported) while the person reads; then the first export."""
    app, pack, ctx = setup()
    import tempfile
    from decisionaid.app import after_first_paint
    from decisionaid.report import ReportOptions, write_pdf
    from decisionaid.ui.clinician import ClinicianWindow
    w = ClinicianWindow(ctx)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    t = time.perf_counter()
    background = after_first_paint(w, delay_ms=0)
    while any(th.is_alive() for th in background()) or t + 0.5 > time.perf_counter():
        app.processEvents()
        time.sleep(0.005)
    ready_ms = (time.perf_counter() - t) * 1000
    out = Path(tempfile.mkdtemp()) / "s.pdf"
    opts = w.report_options()
    t = time.perf_counter()
    write_pdf(pack, ctx.session, out, opts)
    first = (time.perf_counter() - t) * 1000
    return {"prepared_after_ms": ready_ms, "first_ms": first}


def text_size(repeats: int = 5) -> dict:
    """Kiosk, every step built, on the Welcome step: a text-size change (125 % to 200 % and back) from the call
    to the repainted window, median in ms."""
    app, pack, ctx = setup("kiosk")
    from decisionaid.ui.kiosk import KioskWindow
    w = KioskWindow(ctx, pin_hash="x", idle_seconds=600)
    w.resize(1920, 1080)
    w.show()
    app.processEvents()
    for i in range(len(w.steps)):
        w.pages[i]
    for i in range(len(w.steps)):            # each step shown once (charts drawn, layouts done)
        w.go_to(i)
        for _ in range(5):
            app.processEvents()
    w.go_to(0)
    app.processEvents()
    up, down = [], []

    def change(scale):      # the new font reaches the widgets through posted events: those are in the time
        ctx.set_display(text_scale=scale)
        app.processEvents()
    for _ in range(repeats):
        up.append(paint_ms(app, w, lambda: change(2.0)))
        app.processEvents()
        down.append(paint_ms(app, w, lambda: change(1.25)))
        app.processEvents()
    ctx.dirty = False
    return {"to_200_median_ms": statistics.median(up), "to_125_median_ms": statistics.median(down),
            "to_200_ms": [round(x, 1) for x in up]}


def soak(walkthroughs: int = 300, exports: int = 50) -> dict:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
    app, pack, ctx = setup("kiosk")
    import matplotlib.figure
    from decisionaid.report import ReportOptions, pdf_bytes
    from decisionaid.ui.kiosk import KioskWindow
    w = KioskWindow(ctx, pin_hash="x", idle_seconds=600, countdown_seconds=20, tick_ms=1)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    errors = []
    sys.excepthook = lambda *a: errors.append(a[0].__name__)
    rss_at_20 = None
    top_at_20 = figs_at_20 = None
    export_every = max(1, walkthroughs // exports)
    n_exports = 0
    samples: list[float] = []          # RSS after each walkthrough from the 21st
    for n in range(walkthroughs):
        for i, page in enumerate(w.pages):
            w.go_to(i)
            if page.step_id == "welcome":
                app.processEvents()
                continue        # language and display controls are not answers (reset restores them anyway)
            for b in page.findChildren(QAbstractButton):
                if b.isCheckable() and b.isVisible() and not b.isChecked() and (n + i) % 3 == 0:
                    b.click()
            for e in page.findChildren(QLineEdit):
                if e.isVisible():
                    e.setText(f"question {n}")
                    e.returnPressed.emit()
            app.processEvents()
        w.overlay.hide()
        if n % export_every == 0 and n_exports < exports:
            pdf_bytes(pack, ctx.session, ReportOptions(app_version="bench"))
            n_exports += 1
        w.reset()
        settle(app)
        if n >= 20:
            samples.append(rss_mb())
        if n == 19:
            gc.collect()
            settle(app)
            rss_at_20 = rss_mb()
            top_at_20 = len(QApplication.topLevelWidgets())
            figs_at_20 = sum(isinstance(o, matplotlib.figure.Figure) for o in gc.get_objects())
    gc.collect()
    settle(app)
    figs = sum(isinstance(o, matplotlib.figure.Figure) for o in gc.get_objects())
    rss_end = rss_mb()
    # RSS jumps between levels about 12 MB apart (240, 252, 264, 277 MB) depending on where the last export
    # fell, so a reading at each end can land on a peak or a trough. Growth is the least-squares trend of
    # the reading after every walkthrough from the 21st to the last, over that span.
    if len(samples) >= 2:
        fit = statistics.linear_regression(range(len(samples)), samples)
        growth = fit.slope * (len(samples) - 1)
    else:
        growth = 0.0
    return {"walkthroughs": walkthroughs, "exports": n_exports, "rss_after_20_mb": rss_at_20,
            "rss_end_mb": rss_end, "rss_growth_mb": growth, "rss_growth_end_points_mb": rss_end - rss_at_20,
            "rss_min_mb": min(samples, default=0.0), "rss_max_mb": max(samples, default=0.0),
            "rss_every_10_mb": [round(x, 1) for x in samples[::10]], "exceptions": errors,
            "top_level_widgets_after_20": top_at_20, "top_level_widgets_end": len(QApplication.topLevelWidgets()),
            "figures_after_20": figs_at_20, "figures_end": figs}


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "steps":
        result = steps(preload=False)
    elif what == "steps-preloaded":
        result = steps(preload=True)
    elif what == "export":
        result = export()
    elif what == "export-long":
        result = export_long()
    elif what == "export-app":
        result = export_app()
    elif what == "text-size":
        result = text_size()
    elif what == "soak":
        result = soak(int(sys.argv[2]) if len(sys.argv) > 2 else 300, int(sys.argv[3]) if len(sys.argv) > 3 else 50)
    else:
        raise SystemExit(f"unknown measurement {what}")
    print("RESULT " + json.dumps(result))
    sys.stdout.flush()
    os._exit(0)
