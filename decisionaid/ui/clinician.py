"""Clinician (default) mode: the main window with menus and the consultation tools.

File: open / save / save as (session JSON, atomic), recent files (file names only), export PDF or HTML,
print preview, print, copy the visit note, preferences. View: At a glance (ui/glance.py), issue cards, text
size, high contrast, full screen. Help: keyboard shortcuts, about. Unsaved changes prompt on quit.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence

from .. import __version__, settings
from ..session import TEXT_LIMITS
from .main_window import MainWindow
from .style import TEXT_SCALES

MAX_RECENT = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("Clinician", text)


# Dialogs, files and the session's version check are imported where they are used: start-up needs none of them.
def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(loc) if loc else Path.home()


def standard_key(key, fallback: str) -> QKeySequence:
    """The platform's standard shortcut where Qt has one, else ``fallback`` (some platforms map none)."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def recent_display_name(path: str, patient_name: str = "") -> str:
    """A recent-list label: the file name only, with any patient name masked."""
    name = Path(path).name
    if patient_name.strip():
        for part in [patient_name.strip(), *patient_name.split()]:
            if len(part) >= 2:
                name = name.replace(part, "…")
    return name


def unsigned_note(ctx) -> str:
    """ "Unsigned content" for the PDF footer when the pack has no valid signature by a trusted key."""
    status = ctx.signature_status()
    return "" if status is not None and status.valid else tr("Unsigned content")


def unknown_notice(unknown: list[str]) -> str:
    """The notice naming the answers of an opened file that this content pack does not have."""
    return tr("Some answers name things this content does not have: {answers}. They are kept in the file, but not "
              "shown or printed.").format(answers=", ".join(unknown))


class ClinicianWindow(MainWindow):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.current_path: Path | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.last_notice = ""
        self._apply_preferences()
        self.build_menus()
        ctx.session_changed.connect(self._update_title)
        ctx.session_replaced.connect(self._update_title)
        self._update_title()

    # ---- hooks tests replace (dialogs) -----------------------------------------------
    def ask_open_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a saved discussion"), str(documents_dir()),
                                              tr("Saved discussions (*.json)"))
        return path

    def ask_save_path(self, title: str, default_name: str, filter_text: str) -> str:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(self, title, str(documents_dir() / default_name), filter_text)
        return path

    def ask_unsaved(self) -> str:
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                          tr("This discussion has changes that are not saved. Save them before closing?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_handoff_session(self):
        """The session a typed hand-off code holds, or None (cancelled). The dialog explains a bad code."""
        from PySide6.QtWidgets import QDialog

        from .handoff_dialog import HandoffDialog
        dlg = HandoffDialog(self.ctx.pack, self.ctx.clock.today(), self)
        self.handoff_dialog = dlg
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        self.handoff_dialog = None
        return dlg.session if ok else None

    def show_message(self, title: str, text: str, warning: bool = False) -> None:
        self.last_notice = text
        if QGuiApplication.platformName() == "offscreen":
            return
        from PySide6.QtWidgets import QMessageBox
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self).exec()

    # ---- menus ---------------------------------------------------------------------
    def build_menus(self) -> None:
        mb = self.menuBar()
        acts = self.actions_by_name

        def add(menu, name, text, slot, shortcut=None):
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False: slot())
            menu.addAction(act)
            acts[name] = act
            return act

        f = mb.addMenu(tr("&File"))
        add(f, "open", tr("&Open discussion…"), self.open_session, standard_key(QKeySequence.StandardKey.Open, "Ctrl+O"))
        self.recent_menu = f.addMenu(tr("Open &recent"))
        add(f, "open_handoff", tr("Open han&d-off code…"), self.open_handoff_code, QKeySequence("Ctrl+Shift+O"))
        add(f, "save", tr("&Save discussion"), self.save, standard_key(QKeySequence.StandardKey.Save, "Ctrl+S"))
        add(f, "save_as", tr("Save discussion &as…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        f.addSeparator()
        add(f, "export_pdf", tr("&Export PDF…"), self.export_pdf, QKeySequence("Ctrl+E"))
        add(f, "export_html", tr("Export as &HTML…"), self.export_html, QKeySequence("Ctrl+Shift+E"))
        add(f, "print_preview", tr("Print pre&view…"), self.print_preview, QKeySequence("Ctrl+Shift+P"))
        add(f, "print", tr("&Print…"), self.print_summary, standard_key(QKeySequence.StandardKey.Print, "Ctrl+P"))
        evidence = add(f, "full_evidence", tr("&Include the full evidence"),
                       lambda: self.set_full_evidence(acts["full_evidence"].isChecked()))
        evidence.setCheckable(True)
        evidence.setChecked(self.full_evidence)
        f.addSeparator()
        add(f, "copy_note", tr("&Copy visit note"), self.copy_visit_note, QKeySequence("Ctrl+Shift+C"))
        add(f, "preferences", tr("Pre&ferences…"), self.open_preferences, QKeySequence("Ctrl+,"))
        f.addSeparator()
        add(f, "quit", tr("&Quit"), self.close, standard_key(QKeySequence.StandardKey.Quit, "Ctrl+Q"))

        v = mb.addMenu(tr("&View"))
        add(v, "glance", tr("At a &glance"), self.show_glance, QKeySequence("Ctrl+G"))
        add(v, "issue_cards", tr("&Issue cards…"), self.open_issue_cards, QKeySequence("Ctrl+I"))
        size_menu = v.addMenu(tr("&Text size"))
        group = QActionGroup(self)
        for scale in TEXT_SCALES:
            act = QAction(f"{int(scale * 100)}%", self, checkable=True)
            act.setChecked(abs(scale - self.ctx.text_scale) < 0.01)
            act.triggered.connect(lambda _=False, s=scale: self.set_text_scale(s))
            group.addAction(act)
            size_menu.addAction(act)
            acts[f"text_{int(scale * 100)}"] = act
        contrast = add(v, "high_contrast", tr("&High contrast"), self.toggle_contrast)
        contrast.setCheckable(True)
        contrast.setChecked(self.ctx.theme == "high-contrast")
        add(v, "fullscreen", tr("&Full screen"), self.toggle_fullscreen, QKeySequence("F11"))

        h = mb.addMenu(tr("&Help"))
        add(h, "shortcuts", tr("&Keyboard shortcuts"), self.show_shortcuts,
            standard_key(QKeySequence.StandardKey.HelpContents, "F1"))
        add(h, "about", tr("&About this decision aid"), self.show_about)
        self.menus = {"file": f, "view": v, "help": h}
        self._refresh_recent()
        self._add_glance_button()

    def page_created(self, page) -> None:
        self._wire_summary(page)

    def _wire_summary(self, page) -> None:
        box = getattr(page, "evidence_box", None)
        if box is not None:
            box.setChecked(self.full_evidence)
            box.toggled.connect(self.set_full_evidence)
        for sig, slot in (("export_requested", self.export_pdf), ("preview_requested", self.print_preview),
                          ("print_requested", self.print_summary), ("html_requested", self.export_html),
                          ("issue_card_requested", self.open_issue_cards)):
            s = getattr(page, sig, None)
            if s is not None:
                s.connect(slot)

    def _apply_preferences(self) -> None:
        s = self.ctx.session
        if not s.clinician:
            s.clinician = settings.get("clinician_name")[:TEXT_LIMITS["clinician"]]
        if not s.clinic:
            s.clinic = settings.get("clinic_name")[:TEXT_LIMITS["clinic"]]

    def retranslate(self) -> None:
        super().retranslate()
        self.menuBar().clear()
        self.build_menus()
        if getattr(self, "glance_view", None) is not None:
            self.glance_view.refresh()
            self._glance_dirty = False
        self._update_title()

    def _update_title(self) -> None:
        path = getattr(self, "current_path", None)      # (go_to in MainWindow.__init__ calls this early)
        name = path.name if path else tr("New discussion")
        star = " *" if self.ctx.dirty else ""
        step = tr("At a glance") if getattr(self, "glance_showing", False) else self.steps[self.current_index].title()
        self.setWindowTitle(f"{step} — {name}{star} — {self.ctx.pack.metadata.title}")

    # ---- files ---------------------------------------------------------------------
    def open_session(self, path: str | None = None) -> bool:
        from ..compat import differences, unknown_answers
        from ..session import Session, SessionError
        if self.ctx.dirty and not self._resolve_unsaved():
            return False
        path = path or self.ask_open_path()
        if not path:
            return False
        try:
            session = Session.load(path)
        except SessionError as exc:
            self.show_message(tr("Cannot open this file"), str(exc), warning=True)
            return False
        if session.pack_id and session.pack_id != self.ctx.pack.metadata.pack_id:
            self.show_message(tr("Cannot open this file"),
                              tr("This discussion was saved with a different decision aid ({pack_id}).").format(pack_id=session.pack_id), warning=True)
            return False
        changed, vanished = differences(self.ctx.pack, session)
        session.mode = "clinician"
        self.ctx.replace_session(session)
        self.current_path = Path(path)
        self._add_recent(path)
        self._update_title()
        self.go_to(0)
        other_version = session.pack_version != self.ctx.pack.metadata.version
        # answers naming what this pack lacks stay in the session (and the file) but are never shown or printed
        unknown = [u for u in unknown_answers(self.ctx.pack, session) if not (other_version and u in vanished)]
        if other_version and (changed or vanished or unknown):
            parts = [tr("This discussion was saved with content version {saved_version}; this is version {version}.").format(saved_version=session.pack_version, version=self.ctx.pack.metadata.version)]
            if changed:
                parts.append(tr("Answers whose content changed: {changed}.").format(changed=", ".join(changed)))
            if vanished:
                parts.append(tr("Answers whose content no longer exists: {vanished}.").format(vanished=", ".join(vanished)))
            if unknown:
                parts.append(unknown_notice(unknown))
            self.show_message(tr("Content has changed"), " ".join(parts))
        elif unknown:
            self.show_message(tr("Answers not shown"), unknown_notice(unknown))
        elif other_version:
            self.show_message(tr("Content version"),
                              tr("This discussion was saved with content version {saved_version}; this is version {version}. "
                                 "None of its answers are affected.").format(saved_version=session.pack_version, version=self.ctx.pack.metadata.version))
        return True

    def open_handoff_code(self, code: str | None = None) -> bool:
        """File > Open hand-off code…: the kiosk's answers as a new, unsaved discussion (unsaved changes to the
        current one are asked about first, as for Open). A code that cannot be read changes nothing."""
        if self.ctx.dirty and not self._resolve_unsaved():
            return False
        if code is None:
            session = self.ask_handoff_session()
        else:
            from ..handoff import HandoffError, decode

            from .handoff_dialog import error_text
            try:
                session = decode(self.ctx.pack, code, today=self.ctx.clock.today())
            except HandoffError as exc:
                self.show_message(tr("Cannot open this code"), error_text(exc), warning=True)
                return False
        if session is None:
            return False
        self.ctx.replace_session(session)
        self._apply_preferences()
        self.current_path = None
        self.ctx.mark_changed()          # a restored discussion is not saved anywhere yet
        self._update_title()
        self.go_to(self._summary_index())
        return True

    def _summary_index(self) -> int:
        from .pages import STEPS
        return next((i for i, st in enumerate(STEPS) if st.step_id == "summary"), 0)

    def save(self) -> bool:
        if self.current_path is None:
            return self.save_as()
        return self._write(self.current_path)

    def save_as(self) -> bool:
        default = f"decision-discussion-{self.ctx.session.date.isoformat()}.json"
        path = self.ask_save_path(tr("Save discussion"), default, tr("Saved discussions (*.json)"))
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        from ..compat import stamp
        s = self.ctx.session.copy()      # the on-screen session is never touched by saving
        s.pack_id, s.pack_version = self.ctx.pack.metadata.pack_id, self.ctx.pack.metadata.version
        stamp(self.ctx.pack, s)
        try:
            s.save(path)
        except OSError as exc:
            self.show_message(tr("Not saved"), tr("The discussion could not be saved: {error}. Your answers are "
                                                  "kept.").format(error=exc.strerror or str(exc)), warning=True)
            return False
        self.current_path = path
        self.ctx.dirty = False
        self._add_recent(str(path))
        self._update_title()
        return True

    def _add_recent(self, path: str) -> None:
        recent = [p for p in settings.get("recent_files") if p != path]
        recent.insert(0, path)
        settings.put("recent_files", recent[:MAX_RECENT])
        self._refresh_recent()

    def recent_labels(self) -> list[str]:
        return [a.text() for a in self.recent_menu.actions()]

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        names = self.ctx.session.patient_name
        for p in settings.get("recent_files"):
            act = self.recent_menu.addAction(recent_display_name(p, names))
            act.triggered.connect(lambda _=False, x=p: self.open_session(x))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _resolve_unsaved(self) -> bool:
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def closeEvent(self, event):  # noqa: N802
        if self.ctx.dirty and not self._resolve_unsaved():
            event.ignore()
            return
        event.accept()

    # ---- summary: export, print ------------------------------------------------------
    full_evidence = False      # "Include the full evidence" for the patient copy (File menu, Summary step)

    def set_full_evidence(self, on: bool) -> None:
        """The patient copy's appendix on or off: the menu item and the Summary step's check box agree."""
        self.full_evidence = bool(on)
        act = self.actions_by_name.get("full_evidence")
        if act is not None and act.isChecked() != self.full_evidence:
            act.setChecked(self.full_evidence)
        for page in self.pages.built():
            box = getattr(page, "evidence_box", None)
            if box is not None and box.isChecked() != self.full_evidence:
                box.setChecked(self.full_evidence)

    def report_options(self, **kw):
        from ..report import ReportOptions
        from ..settings import page_size_default
        base = dict(copy="patient", large_print=settings.get("large_print"), page_size=page_size_default(),
                    greyscale=self.ctx.greyscale, app_version=__version__, today=self.ctx.clock.today(),
                    content_note=unsigned_note(self.ctx))
        base.update(kw)
        if base["copy"] == "patient" and "full_evidence" not in kw:
            base["full_evidence"] = self.full_evidence     # the record copy always has the full evidence
        return ReportOptions(**base)

    def print_options(self) -> list:
        return [self.report_options()]

    def export_pdf(self, copy: str = "patient") -> bool:
        from ..report import ReportError, default_filename, write_pdf
        path = self.ask_save_path(tr("Export PDF"), default_filename(self.ctx.clock.today()), tr("PDF (*.pdf)"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from PySide6.QtWidgets import QProgressDialog
        progress = QProgressDialog(tr("Writing the summary…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def step(fraction: float) -> None:
            progress.setValue(int(fraction * 100))
            QCoreApplication.processEvents()

        try:
            write_pdf(self.ctx.pack, self.ctx.session, path, self.report_options(copy=copy), progress=step)
        except ReportError as exc:
            self.show_message(tr("Export failed"), tr("{problem} Your answers are kept.").format(problem=str(exc)),
                              warning=True)
            return False
        finally:
            progress.reset()
            progress.deleteLater()
        self.show_message(tr("Exported"), tr("The summary was saved as {name}.").format(name=Path(path).name))
        return True

    def export_html(self) -> bool:
        from ..report import ReportError, default_filename, write_html
        path = self.ask_save_path(tr("Export as HTML"), default_filename(self.ctx.clock.today(), "html"),
                                  tr("Web page (*.html)"))
        if not path:
            return False
        if not path.lower().endswith((".html", ".htm")):
            path += ".html"
        try:
            write_html(self.ctx.pack, self.ctx.session, path, self.report_options())
        except ReportError as exc:
            self.show_message(tr("Export failed"), tr("{problem} Your answers are kept.").format(problem=str(exc)),
                              warning=True)
            return False
        return True

    def _printer(self):
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from ..settings import page_size_default
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if page_size_default() == "letter"
                                      else QPageSize.PageSizeId.A4))
        return printer

    def ask_printer(self):
        """The print dialog (choose the printer and its options); the configured QPrinter, or None."""
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog
        printer = self._printer()
        dlg = QPrintDialog(printer, self)
        return printer if dlg.exec() == QDialog.DialogCode.Accepted else None

    def _paper_options(self, printer):
        """The summary's options on the paper chosen for this printer (A4 or Letter; else the default)."""
        from PySide6.QtGui import QPageSize
        pid = printer.pageLayout().pageSize().id()
        paper = {QPageSize.PageSizeId.A4: "a4", QPageSize.PageSizeId.Letter: "letter"}.get(pid)
        return self.report_options(**({"page_size": paper} if paper else {}))

    def print_summary(self) -> bool:
        """Print the summary's own PDF. To a CUPS queue, its bytes go to ``lp`` from memory (Qt's print engine
        would first write the whole job to a file in /tmp); the dialog only chooses the printer, copies and
        sides. "Print to file" writes the same PDF; any other printer gets the same pages as pictures."""
        from PySide6.QtPrintSupport import QPrinter

        from .. import printing
        from ..report import ReportError, pdf_bytes, print_document
        printer = self.ask_printer()
        if printer is None:
            return False
        options = self._paper_options(printer)
        try:
            if (printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName()
                    and printing.lp_available()):
                sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
                         QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}.get(printer.duplex(), "")
                data = pdf_bytes(self.ctx.pack, self.ctx.session, options)
                printing.send_pdf(data, printer.printerName(), printing.JOB_TITLE,
                                  copies=max(1, printer.copyCount()), sides=sides)
            elif printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                from ..report import write_pdf
                write_pdf(self.ctx.pack, self.ctx.session, printer.outputFileName(), options)
            else:
                print_document(printer, self.ctx.pack, self.ctx.session, options)
        except (ReportError, printing.PrintError) as exc:
            self.show_message(tr("Printing failed"), tr("{problem} Your answers are kept.").format(problem=str(exc)),
                              warning=True)
            return False
        return True

    def print_preview(self) -> None:
        """Qt's preview dialog showing the PDF's own pages (typst's page pictures), so preview, paper and PDF
        are the same pages."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from ..report import ReportError, print_document
        printer = self._printer()
        dlg = QPrintPreviewDialog(printer, self)

        def paint(p) -> None:
            try:
                print_document(p, self.ctx.pack, self.ctx.session, self._paper_options(p))
            except ReportError as exc:
                self.show_message(tr("Preview failed"), tr("{problem} Your answers are kept.").format(problem=str(exc)),
                                  warning=True)

        dlg.paintRequested.connect(paint)
        dlg.exec()

    def copy_visit_note(self) -> str:
        from ..note import visit_note
        text = visit_note(self.ctx.pack, self.ctx.session)
        QGuiApplication.clipboard().setText(text)
        return text

    # ---- view --------------------------------------------------------------------------
    def set_text_scale(self, scale: float) -> None:
        self.ctx.set_display(text_scale=scale)
        settings.put("text_scale", scale)

    def toggle_contrast(self) -> None:
        theme = "default" if self.ctx.theme == "high-contrast" else "high-contrast"
        self.ctx.set_display(theme=theme)
        self.actions_by_name["high_contrast"].setChecked(theme == "high-contrast")
        settings.put("theme", theme)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ---- At a glance ----------------------------------------------------------------------
    def _add_glance_button(self) -> None:
        """The At a glance button in the row of Back and Next (always in sight, like a toolbar button)."""
        from PySide6.QtWidgets import QPushButton
        b = getattr(self, "glance_button", None)
        if b is None:
            b = QPushButton()
            b.setObjectName("glanceButton")
            b.setMinimumHeight(44)
            b.clicked.connect(lambda _=False: self.show_glance())
            self.nav_layout.insertWidget(2, b)
            self.glance_button = b
        b.setText(tr("At a glance"))
        b.setAccessibleName(tr("At a glance: the whole consultation on one screen"))
        b.setToolTip(tr("At a glance (Ctrl+G)"))

    @property
    def glance_showing(self) -> bool:
        scroll = getattr(self, "glance_scroll", None)
        return scroll is not None and self.stack.currentWidget() is scroll

    def show_glance(self):
        """View > At a glance: the short grid, key comparisons, expert groups, points to discuss and the patient's
        answers on one screen; every cell opens its issue card or its step."""
        from .glance import GlanceView, make_scroll
        if getattr(self, "glance_view", None) is None:
            self.glance_view = GlanceView(self.ctx)
            self.glance_view.issue_card_requested.connect(self.open_issue_cards)
            self.glance_view.step_requested.connect(self.go_to_step)
            self.glance_view.close_requested.connect(lambda: self.go_to(self.current_index))
            self.glance_scroll = make_scroll(self.glance_view)
            self.stack.addWidget(self.glance_scroll)
            for sig in (self.ctx.session_changed, self.ctx.session_replaced, self.ctx.pack_replaced,
                        self.ctx.display_changed):
                sig.connect(self._glance_stale)
            self._glance_dirty = False
        elif self._glance_dirty:
            self.glance_view.refresh()
            self._glance_dirty = False
        for w in (self.progress_label, self.step_list, self.back_button, self.next_button, self.glance_button):
            w.hide()
        self.stack.setCurrentWidget(self.glance_scroll)
        self.glance_scroll.verticalScrollBar().setValue(0)
        self.glance_view.title_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_title()
        from .accessibility import announce
        announce(self, tr("At a glance"))
        return self.glance_view

    def _glance_stale(self, *args) -> None:
        if not self.glance_showing:
            self._glance_dirty = True
            return
        from PySide6.QtWidgets import QApplication
        view = self.glance_view
        focus = QApplication.focusWidget()
        at = view.cells.index(focus) if focus in view.cells else -1
        view.refresh()
        self._glance_dirty = False
        if focus is not None and (at >= 0 or view.isAncestorOf(focus) or focus is view):
            # the same cell again after the rebuild (or the heading): focus never falls out of the window
            target = view.cells[at] if 0 <= at < len(view.cells) else view.title_label
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_glance(self) -> None:
        if getattr(self, "glance_scroll", None) is None:
            return
        for w in (self.progress_label, self.step_list, self.back_button, self.next_button, self.glance_button):
            w.show()

    def go_to(self, index: int) -> None:
        self._leave_glance()
        super().go_to(index)

    def go_to_step(self, step_id: str) -> None:
        from .pages import STEPS
        index = next((i for i, st in enumerate(STEPS) if st.step_id == step_id), None)
        if index is not None:
            self.go_to(index)

    def open_issue_cards(self, topic_id: str = ""):
        """View > Issue cards (first topic), or one topic's card (the Compare step's topic buttons)."""
        from .issue_cards import IssueCardsDialog
        dlg = IssueCardsDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if topic_id in dlg.topic_buttons:
            dlg.topic_buttons[topic_id].setChecked(True)
            dlg.show_topic(topic_id)
        dlg.show()
        self.issue_cards_dialog = dlg
        return dlg

    def open_preferences(self):
        from PySide6.QtWidgets import QDialog

        from .preferences import PreferencesDialog
        dlg = PreferencesDialog(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._apply_preferences()
        return dlg

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for act in self.actions_by_name.values():
            seq = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if seq:
                rows.append((act.text().replace("&", ""), seq))
        rows += [(tr("Next step"), "Alt+Right"), (tr("Previous step"), "Alt+Left"),
                 (tr("Move between controls"), "Tab / Shift+Tab")]
        return rows

    def show_shortcuts(self):
        from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem,
                                       QVBoxLayout)
        dlg = QDialog(self)
        dlg.setWindowTitle(tr("Keyboard shortcuts"))
        lay = QVBoxLayout(dlg)
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        table.setAccessibleName(tr("Keyboard shortcuts"))
        for i, (name, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)        # Tab leaves the table for Close (arrow keys move in it)
        lay.addWidget(table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(dlg.reject)
        lay.addWidget(box)
        dlg.resize(560, 620)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.shortcuts_dialog = dlg
        return dlg

    def show_about(self) -> None:
        from .about import show_about
        show_about(self, self.ctx)


def start_clinician(app, ctx, args=None) -> ClinicianWindow:
    scale = settings.get("text_scale")
    if scale in TEXT_SCALES:
        ctx.text_scale = scale
    theme = settings.get("theme")
    if theme in ("default", "high-contrast"):
        ctx.theme = theme
    ctx.display_changed.emit()
    window = ClinicianWindow(ctx)
    from .main_window import fit_to_screen
    fit_to_screen(window)
    window.show()
    return window
