"""Kiosk mode: a patient alone at a waiting-room touch screen.

Full screen, no frame or menus, big targets, idle reset that replaces the session, warning signs shown full
screen, a staff PIN to leave, and nothing about the patient written to disk.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QScroller, QVBoxLayout, QWidget)

from ..content import review_overdue
from ..kiosk_pin import PinLimiter
from .context import KIOSK_TEXT_SCALE
from .main_window import MainWindow
from .style import TEXT_SCALES, set_heading_level

DEFAULT_IDLE_SECONDS = 120
MIN_COUNTDOWN_SECONDS = 20
STAFF_CHORD = "Ctrl+Alt+Shift+K"
LONG_PRESS_MS = 3000

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod, QEvent.Type.TabletPress,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Kiosk", text)


def signature_refusal(status) -> str | None:
    """Why kiosk mode will not show a pack with this ``SignatureStatus``, naming the file and what to do."""
    if status is None:
        return tr("The trusted keys could not be read, so no content can be shown.")
    if status.valid:
        return None
    pack, sig = status.pack_file, status.signature_file
    words = {
        "unsigned": tr("The content pack {pack} is not signed, and kiosk mode shows only signed content. Sign it "
                       "with 'decisionaid sign-pack {pack} --key KEY', and trust that key on this computer with "
                       "'decisionaid trust-key KEY.pub'."),
        "unreadable": tr("The signature file {signature} of the content pack {pack} cannot be read. Sign the pack again with "
                         "'decisionaid sign-pack {pack} --key KEY'."),
        "changed": tr("The content pack {pack} was changed after it was signed: its bytes do not match {signature}. Install "
                      "the pack exactly as it was reviewed and signed, or have it reviewed and signed again."),
        "record-changed": tr("The review record of the content pack {pack} was changed, added or removed after the "
                             "pack was signed ({signature}). Restore the record as it was signed, or sign the pack again "
                             "after recording the review."),
        "untrusted": tr("The content pack {pack} is signed with a key this computer does not trust (key id {key_id}). If "
                        "staff trust that key, record it with 'decisionaid trust-key KEY.pub' (with --system "
                        "where the system trust file is used)."),
        "invalid": tr("The signature {signature} is not a valid signature of the content pack {pack}. Sign the pack again "
                      "with 'decisionaid sign-pack {pack} --key KEY'."),
    }[status.state]
    return words.format(pack=pack, signature=sig, key_id=status.key_id)


def check_kiosk_allowed(pack, pin_hash: str, allow_draft: bool, clock, *, signature) -> str | None:
    """The reason kiosk mode must not start (or show this pack), in words for staff; None when it may.
    ``signature``: the pack's ``SignatureStatus`` (``trust.pack_signature``)."""
    if not pin_hash:
        return tr("Kiosk mode needs a staff PIN. Set one with: decisionaid set-kiosk-pin")
    refusal = signature_refusal(signature)
    if refusal:
        return refusal
    if pack.is_draft and not allow_draft:
        return tr("The content pack {pack} has no review record that covers all of it and matches its exact bytes "
                  "(a draft, not clinically reviewed). Kiosk mode shows only reviewed content: record the "
                  "review with 'decisionaid review-record', then sign the pack again. For a demo, start with "
                  "--allow-draft-content.").format(pack=pack.path)
    if review_overdue(pack, clock):
        return tr("This content pack was due for review on {date}. Kiosk mode will not show it until an updated "
                  "pack is installed.").format(date=pack.metadata.next_review.isoformat())
    return None


class IdleWatcher(QObject):
    """App-wide event filter: any touch, click, wheel or key restarts one single-shot timer."""

    idle = Signal()

    def __init__(self, seconds: float, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.idle)
        self.paused = False

    def start(self) -> None:
        self.paused = False
        self.timer.start()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if not self.paused and event.type() in ACTIVITY_EVENTS:
            self.timer.start()
        return False


class StillThereDialog(QDialog):
    """Counts down at least 20 s with one large Continue button; emits ``expired`` at zero.

    Every way of closing it counts as "continue" and stops the countdown: the button, Escape or any other key,
    the window's close, and a touch anywhere outside the message (the dialog covers the whole kiosk window, so
    a touch "outside" the message lands on it)."""

    expired = Signal()

    def __init__(self, seconds: int, parent=None, tick_ms: int = 1000):
        super().__init__(parent)
        self.setObjectName("stillThereDialog")
        self.setModal(True)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.finished.connect(lambda _result: self.timer.stop())
        self.setWindowTitle(tr("Are you still there?"))
        self.remaining = max(MIN_COUNTDOWN_SECONDS, int(seconds))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 32, 32, 32)
        lay.setSpacing(24)
        title = QLabel(tr("Are you still there?"))
        set_heading_level(title, 1)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.continue_button = QPushButton(tr("Continue"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setAccessibleName(tr("Continue: keep my answers"))
        self.continue_button.setMinimumSize(240, 96)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        lay.addStretch(1)           # the message stays together in the middle of the (whole-window) dialog
        lay.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.label)
        lay.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self._update()

    def _update(self) -> None:
        self.label.setText(tr("To protect your privacy, your answers will be erased in {seconds} seconds. "
                              "Touch Continue to keep going.").format(seconds=str(self.remaining)))

    def start(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.window().geometry())
        self.timer.start()
        self.open()

    def mousePressEvent(self, event):  # noqa: N802 - a touch anywhere, outside the message too: continue
        event.accept()
        self.accept()

    def keyPressEvent(self, event):  # noqa: N802 - any key (Escape too) is "continue"
        event.accept()
        self.accept()

    def reject(self) -> None:  # Escape, the window's close: the same as Continue
        self.accept()

    def tick(self) -> None:
        self.remaining -= 1
        self._update()
        if self.remaining <= 0:
            self.timer.stop()
            self.expired.emit()


class WarningOverlay(QWidget):
    """Full-window message for a warning sign; stays until touched."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("warningOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#warningOverlay { background: #8e1b1b; }"
                           " QWidget#warningOverlay QLabel { color: #ffffff; background: transparent; }"
                           " QWidget#warningOverlay QPushButton { background: #ffffff; color: #000000;"
                           " border: 3px solid #000000; min-height: 80px; font-weight: bold; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(64, 64, 64, 64)
        lay.setSpacing(32)
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_heading_level(self.title, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.ok_button = QPushButton(tr("I understand"))
        self.ok_button.setAccessibleName(tr("Close this message"))
        self.ok_button.clicked.connect(self.hide)
        lay.addStretch(1)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        lay.addWidget(self.ok_button)
        lay.addStretch(1)
        self.rule_id = ""
        self.hide()

    def show_rule(self, rule) -> None:
        self.rule_id = rule.id
        if rule.urgency == "emergency":
            self.title.setText(tr("Tell the front desk now. This may be an emergency."))
        else:
            self.title.setText(tr("Please tell the front desk now."))
        self.message.setText(rule.message)
        self.setAccessibleName(self.title.text())
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.ok_button.setFocus()

    def mousePressEvent(self, event):  # noqa: N802 - touching anywhere closes it
        self.hide()


class PinPad(QDialog):
    """On-screen PIN pad for staff. ``unlocked`` after the right PIN."""

    def __init__(self, limiter: PinLimiter, parent=None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setModal(True)
        self.setWindowTitle(tr("Staff PIN"))
        self.limiter = limiter
        self.entered = ""
        self.unlocked = False
        lay = QVBoxLayout(self)
        self.display = QLabel()
        self.display.setAccessibleName(tr("PIN entered"))
        self.status = QLabel(tr("Staff only: enter the PIN to leave kiosk mode."))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        lay.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.buttons = {}
        for i, d in enumerate("123456789"):
            self._digit_button(grid, d, i // 3, i % 3)
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(self._clear)
        grid.addWidget(clear, 3, 0)
        self._digit_button(grid, "0", 3, 1)
        ok = QPushButton(tr("OK"))
        ok.setObjectName("pinOk")
        ok.clicked.connect(self.submit)
        grid.addWidget(ok, 3, 2)
        for b in (clear, ok):
            b.setMinimumSize(72, 72)
        self.ok_button = ok
        lay.addLayout(grid)
        cancel = QPushButton(tr("Cancel"))
        cancel.setMinimumSize(72, 56)
        cancel.clicked.connect(self.reject)
        lay.addWidget(cancel)
        self._show()

    def _digit_button(self, grid, d, r, c) -> None:
        b = QPushButton(d)
        b.setMinimumSize(72, 72)
        b.setAccessibleName(tr("Digit {digit}").format(digit=d))
        b.clicked.connect(lambda _=False, x=d: self.press(x))
        grid.addWidget(b, r, c)
        self.buttons[d] = b

    def _show(self) -> None:
        self.display.setText("●" * len(self.entered) or " ")

    def _clear(self) -> None:
        self.entered = ""
        self._show()

    def press(self, digit: str) -> None:
        if len(self.entered) < 12:
            self.entered += digit
            self._show()

    def submit(self) -> str:
        result = self.limiter.attempt(self.entered)
        self.entered = ""
        self._show()
        if result == "ok":
            self.unlocked = True
            self.accept()
        elif result == "locked":
            self.status.setText(tr("Too many wrong tries. Wait {seconds} seconds.").format(seconds=str(int(self.limiter.seconds_locked()) + 1)))
        else:
            self.status.setText(tr("Wrong PIN."))
        return result


class CornerHotspot(QWidget):
    """A small square in the top-left corner: pressing it for 3 seconds opens the PIN pad."""

    long_pressed = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.setFixedSize(48, 48)
        self.setAccessibleName(tr("Staff corner"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event):  # noqa: N802
        self._timer.start()

    def mouseReleaseEvent(self, event):  # noqa: N802
        self._timer.stop()


class KioskWindow(MainWindow):
    """The kiosk: full screen, no menus, idle reset."""

    reset_done = Signal()
    still_there_shown = Signal()
    print_finished = Signal(str)        # "" when the job went to the printer, else the reason for staff
    _printed = Signal(str)              # from the printing thread to this (the UI) thread

    def __init__(self, ctx, pin_hash: str, printer_name: str = "", idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 countdown_seconds: int = 30, tick_ms: int = 1000, pin_clock=None):
        ctx.idle_timeout = idle_seconds
        super().__init__(ctx)
        self.setObjectName("KioskWindow")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.menuBar().hide()
        self.unlocked = False
        self.initial_language = ctx.pack.metadata.language
        self.printer_name = printer_name
        self.countdown_seconds = countdown_seconds
        self.tick_ms = tick_ms
        self.limiter = PinLimiter(pin_hash, **({"now": pin_clock} if pin_clock else {}))
        self.still_there: StillThereDialog | None = None
        self.printing = False
        self.print_thread: QThread | None = None
        self._printed.connect(self._print_done, Qt.ConnectionType.QueuedConnection)
        # the step list only shows progress here: steps go in order, touched with Back / Next
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        for b in (self.back_button, self.next_button):
            b.setMinimumSize(200, 72)
        self._build_size_bar()
        self.overlay = WarningOverlay(self.centralWidget())
        self.corner = CornerHotspot(self)
        self.corner.move(0, 0)
        self.corner.long_pressed.connect(self.ask_pin)
        self.staff_shortcut = QShortcut(QKeySequence(STAFF_CHORD), self)
        self.staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_shortcut.activated.connect(self.ask_pin)
        self.idle = IdleWatcher(idle_seconds, self)
        self.idle.idle.connect(self.on_idle)
        app = QApplication.instance()
        app.installEventFilter(self.idle)
        self.idle.start()

    def _build_size_bar(self) -> None:
        """Text size buttons between Back and Next, on every step (Welcome has its own as well)."""
        def steps_tr(text):
            return QCoreApplication.translate("Steps", text)
        bar = QWidget()
        bar.setObjectName("kioskTextSize")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 0, 0, 0)
        self.size_label = QLabel(steps_tr("Text size:"))
        lay.addWidget(self.size_label)
        self.size_buttons = {}
        for scale in TEXT_SCALES:
            b = QPushButton(f"{int(scale * 100)}%")
            b.setObjectName(f"kioskSize{int(scale * 100)}")
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.setMinimumSize(72, 72)
            b.setAccessibleName(steps_tr("Text size {percent} percent").format(percent=str(int(scale * 100))))
            b.clicked.connect(lambda _=False, s=scale: self.ctx.set_display(text_scale=s))
            lay.addWidget(b)
            self.size_buttons[scale] = b
        self.size_bar = bar
        # where Back, the bar and Next do not fit in one row (200 % text on a 1280-pixel screen), the bar has a
        # row of its own above them: never squeezed below its text
        self.size_row = QHBoxLayout()
        self.size_row.setContentsMargins(0, 0, 0, 0)
        right = self.nav_layout.parent()
        right.insertLayout(right.indexOf(self.nav_layout), self.size_row)
        self.nav_layout.insertWidget(2, bar)
        self.nav_layout.insertStretch(3, 1)
        self.ctx.display_changed.connect(self._sync_size_bar)
        self.ctx.display_changed.connect(lambda: QTimer.singleShot(0, self._place_size_bar))
        self._sync_size_bar()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._place_size_bar()

    def _place_size_bar(self) -> None:
        """The text-size bar between Back and Next when all three fit at their sizes, else on its own row."""
        spacing = max(self.nav_layout.spacing(), 0)
        needed = (self.back_button.sizeHint().width() + self.size_bar.sizeHint().width()
                  + self.next_button.sizeHint().width() + 4 * spacing)
        in_nav = self.nav_layout.indexOf(self.size_bar) >= 0
        fits = needed <= self.stack.width()
        if fits == in_nav:
            return
        (self.size_row if in_nav else self.nav_layout).removeWidget(self.size_bar)
        if fits:
            self.nav_layout.insertWidget(2, self.size_bar)
        else:
            self.size_row.addWidget(self.size_bar, 0, Qt.AlignmentFlag.AlignHCenter)

    def _sync_size_bar(self) -> None:
        for scale, b in self.size_buttons.items():
            b.setChecked(abs(scale - self.ctx.text_scale) < 0.01)

    def retranslate(self) -> None:
        super().retranslate()
        self.size_label.setText(QCoreApplication.translate("Steps", "Text size:"))
        for scale, b in self.size_buttons.items():
            b.setAccessibleName(QCoreApplication.translate("Steps", "Text size {percent} percent").format(percent=str(int(scale * 100))))

    def scroll_created(self, scroll) -> None:
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def page_created(self, page) -> None:
        sig = getattr(page, "warning_shown", None)
        if sig is not None:
            sig.connect(self._show_warning)
        if page.step_id == "summary":
            for name in ("export_button", "html_button", "preview_button"):
                b = getattr(page, name, None)
                if b is not None:
                    b.hide()
            pb = getattr(page, "print_button", None)
            if pb is not None:
                pb.setVisible(bool(self.printer_name))
            sig = getattr(page, "print_requested", None)
            if sig is not None:
                sig.connect(self.print_summary)

    def _show_warning(self, rule_id: str) -> None:
        """The full-window red message is for emergency warning signs only; a point to tell the care team
        (urgency "call") stays calm, at the top of the Situation step."""
        for r in self.ctx.pack.rules:
            if r.id == rule_id and r.urgency == "emergency":
                self.overlay.show_rule(r)
                return

    # ---- idle and reset ---------------------------------------------------------------
    def showFullScreen(self) -> None:  # noqa: N802 - Qt name
        """Full screen, and the whole screen even where no window manager acts on the request (a bare X
        server, some kiosk sessions): the window and the "Are you still there?" cover then cover everything."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        super().showFullScreen()

    def on_idle(self) -> None:
        if self.ctx.session.is_empty() and self.current_index == 0:
            self.idle.start()          # nothing to erase
            return
        self.idle.pause()
        dlg = StillThereDialog(self.countdown_seconds, self, tick_ms=self.tick_ms)
        self.still_there = dlg
        dlg.accepted.connect(self._continue)
        dlg.expired.connect(self.reset)
        dlg.start()
        self.still_there_shown.emit()

    def _continue(self) -> None:
        self._drop_still_there()
        if not self.printing:
            self.idle.start()

    def _drop_still_there(self) -> None:
        if self.still_there is not None:
            self.still_there.timer.stop()
            self.still_there.hide()
            self.still_there.deleteLater()
            self.still_there = None

    def reset(self) -> None:
        """Close every dialog, replace the session with a fresh one, clear the clipboard, show Welcome."""
        self._drop_still_there()
        for _ in range(20):
            w = QApplication.activeModalWidget() or QApplication.activePopupWidget()
            if w is None:
                break
            w.close()
            if isinstance(w, QDialog):
                w.reject()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        self.overlay.hide()
        if self.ctx.pack.metadata.language != self.initial_language:
            self.switch_language(self.initial_language)
        if (self.ctx.text_scale, self.ctx.theme) != (KIOSK_TEXT_SCALE, "default"):
            self.ctx.set_display(text_scale=KIOSK_TEXT_SCALE, theme="default")
        self.ctx.replace_session(self.ctx.session.fresh())
        clear_clipboards()
        from ..report import forget_summaries
        forget_summaries()
        summary = next((p for p in self.pages.built() if p.step_id == "summary"), None)
        if summary is not None and getattr(summary, "print_status", None) is not None:
            summary.print_status.hide()
        self.go_to(0)
        return_free_memory()
        self.idle.start()
        self.reset_done.emit()

    # ---- staff exit -------------------------------------------------------------------
    def ask_pin(self) -> PinPad:
        pad = PinPad(self.limiter, self)
        pad.accepted.connect(lambda: self._unlock() if pad.unlocked else None)
        pad.open()
        return pad

    def _unlock(self) -> None:
        self.unlocked = True
        self.close()

    def closeEvent(self, event):  # noqa: N802 - closing, Alt+F4: nothing unless staff unlocked
        if self.unlocked:
            QApplication.instance().removeEventFilter(self.idle)
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event):  # noqa: N802 - Escape does nothing
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- printing (staff-configured printer only; rendered in memory) --------------------
    def print_options(self) -> list:
        if not self.printer_name:
            return []
        from .. import __version__
        from ..report import ReportOptions
        from ..settings import page_size_default
        return [ReportOptions(copy="patient", page_size=page_size_default(), app_version=__version__)]

    def print_summary(self) -> bool:
        """Print on the staff-chosen CUPS queue: the PDF is made on a background thread and handed to ``lp``
        from memory (nothing written to disk by the app; docs/kiosk.md). While it is prepared the button
        says "Printing…" and the idle timer is paused; it restarts once the job is handed over."""
        if not self.printer_name or self.printing:
            return False
        from .. import printing
        self.printing = True
        self.idle.pause()
        self._show_printing(True)
        pack, session, options = self.ctx.pack, self.ctx.session.copy(), self.print_options()[0]
        queue = self.printer_name

        def job() -> None:
            reason = "failed"
            try:
                from ..report import ReportError, pdf_bytes
                try:
                    data = pdf_bytes(pack, session, options)      # typst, in memory: no Qt objects, no cache
                    printing.send_pdf(data, queue, printing.JOB_TITLE)
                    reason = ""
                except (ReportError, printing.PrintError) as exc:
                    reason = str(exc) or "failed"
                finally:
                    data = None
            except Exception as exc:  # pragma: no cover - reported to the UI, never raised in a thread
                reason = type(exc).__name__
            finally:
                self._printed.emit(reason)

        self.print_thread = _JobThread(job, self)
        self.print_thread.start()
        return True

    def _print_done(self, reason: str) -> None:
        self.printing = False
        if self.print_thread is not None:
            self.print_thread.wait(5000)
            self.print_thread.deleteLater()
        self.print_thread = None
        self._show_printing(False, failed=bool(reason))
        if self.still_there is None:
            self.idle.start()
        self.print_finished.emit(reason)

    def _show_printing(self, busy: bool, failed: bool = False) -> None:
        page = next((p for p in self.pages.built() if p.step_id == "summary"), None)
        if page is None:
            return
        pb = getattr(page, "print_button", None)
        status = getattr(page, "print_status", None)
        if pb is not None:
            pb.setEnabled(not busy)
            pb.setText(tr("Printing…") if busy else page.tr_("Print…"))
            pb.setAccessibleName(tr("Printing the summary") if busy else page.tr_("Print the summary"))
        if status is not None:
            if busy:
                text = tr("Printing… Please wait a moment.")
            elif failed:
                text = tr("The summary could not be printed. Please ask at the front desk.")
            else:
                text = tr("Your summary was sent to the printer. Please collect it at the front desk.")
            status.setText(text)
            status.setAccessibleName(text)
            status.setVisible(True)


class _JobThread(QThread):
    def __init__(self, fn, parent=None):
        super().__init__(parent)
        self.fn = fn
        self.setObjectName("kiosk-print")

    def run(self) -> None:
        self.fn()


def clear_clipboards() -> list:
    """Empty every clipboard the platform has: the clipboard, the X11 PRIMARY selection (what a middle click
    pastes) and the macOS find buffer. Returns the modes cleared."""
    cb = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if cb.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    if cb.supportsFindBuffer():
        modes.append(QClipboard.Mode.FindBuffer)
    for mode in modes:
        cb.clear(mode)
    return modes


def return_free_memory() -> bool:
    """Give the memory the last person's session freed back to the system (glibc's malloc_trim), so a kiosk
    that runs for weeks keeps a flat footprint instead of a heap fragmented by past exports. Elsewhere (no
    glibc) it does nothing. Returns whether it ran."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes
            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
            _TRIM.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _TRIM = False
    if not _TRIM:
        return False
    _TRIM(0)
    return True


_TRIM = None


def start_kiosk(app, ctx, args) -> KioskWindow | None:
    from .. import settings
    from ..trust import TrustError, check_system_file_protected, load_trust
    ctx.allow_draft = bool(getattr(args, "allow_draft_content", False))
    ctx.require_signed = True
    try:
        check_system_file_protected()
        trust = load_trust()
        ctx.trust = trust
        pin_hash = trust.pin_hash
        reason = check_kiosk_allowed(ctx.pack, pin_hash, ctx.allow_draft, ctx.clock,
                                     signature=ctx.signature_status())
    except TrustError as exc:
        pin_hash, reason = "", str(exc)
    if reason:
        import sys
        print(f"decisionaid: {reason}", file=sys.stderr)
        if QGuiApplication.platformName() != "offscreen":
            QMessageBox.critical(None, tr("Kiosk mode cannot start"), reason)
        return None
    idle = getattr(args, "idle_timeout", None) or settings.get("kiosk_idle_seconds") or DEFAULT_IDLE_SECONDS
    window = KioskWindow(ctx, pin_hash=pin_hash, printer_name=settings.get("kiosk_printer"),
                         idle_seconds=float(idle))
    window.showFullScreen()
    return window
