"""Render every step to PNG (``decisionaid screenshots``): the window as a user sees it, one file per step, and
in clinician mode the At a glance view (``NN-glance.png``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def render_all(app, pack, session, out_dir: Path, size, kiosk=False, text_scale=1.0, theme="default",
               greyscale=False, apply_style=None) -> list[Path]:
    from .context import AppContext
    from .i18n import install_language
    install_language(app, pack.metadata.language)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(pack, session=session, mode="kiosk" if kiosk else "clinician")
    ctx.text_scale, ctx.theme, ctx.greyscale = text_scale, theme, greyscale
    if kiosk:
        ctx.idle_timeout = 120
    if apply_style:
        apply_style(app, ctx)
    if kiosk:
        from .kiosk import KioskWindow
        window = KioskWindow(ctx, pin_hash="", printer_name="")
    else:
        from .clinician import ClinicianWindow
        window = ClinicianWindow(ctx)
    window.resize(*size)
    window.show()
    _settle(app)
    files = []
    for i, page in enumerate(window.pages):
        getattr(page, "fill_dates", lambda: None)()     # the app words the Welcome step's dates after its first paint
        window.go_to(i)
        _settle(app)
        for _ in range(50):                 # charts are drawn one per event-loop turn after the step appears
            if not getattr(page, "charts_pending", lambda: False)():
                break
            app.processEvents()
        _settle(app)
        path = out_dir / f"{i + 1:02d}-{page.step_id}.png"
        window.grab().save(str(path))
        files.append(path)
    if not kiosk:                           # clinician mode's At a glance view (View > At a glance)
        window.show_glance()
        _settle(app)
        path = out_dir / f"{len(files) + 1:02d}-glance.png"
        window.grab().save(str(path))
        files.append(path)
    ctx.dirty = False
    window.close()
    window.deleteLater()
    _settle(app)
    return files
