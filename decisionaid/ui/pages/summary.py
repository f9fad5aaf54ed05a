"""Step 11: the summary of everything entered, with the export / print buttons (wired by the window).

Every piece of user or pack text is shown in plain-text labels, so nothing typed can become markup.
Re-read from the session each time the step is shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...compat import known_answers
from ...content import fired_rules
from ...session import RATING_MAX, TEXT_LIMITS
from ..style import set_text_factor
from ..widgets.keys import window_shortcuts_first
from .base import StepPage
from ..widgets.cards import label, soft_wrap
from ..widgets.choices import RATING_LABELS, CheckBox
from ..widgets.flow import FlowLayout
from ..wording import format_date, leaning_text, sure_note_html, sure_note_text


def situation_answer_text(q, answer, tr) -> str:
    """The label of an answer to a situation question ("" when unanswered)."""
    return q.answer_label(answer, yes=tr("Yes"), no=tr("No"))


class SummaryPage(StepPage):
    step_id = "summary"

    export_requested = Signal()
    preview_requested = Signal()
    print_requested = Signal()
    html_requested = Signal()

    def build(self) -> None:
        pack = self.ctx.pack
        kiosk = self.ctx.kiosk
        self.add_paragraph(self.tr_(
            "Everything you entered, on one page. Take it to your appointment to talk it over with your care "
            "team. You can go back to any step to change an answer."))

        buttons = QWidget()
        flow = FlowLayout(buttons, hspacing=10, vspacing=8)
        self.export_button = QPushButton(self.tr_("Export PDF…"))
        self.export_button.setAccessibleName(self.tr_("Export the summary as a PDF file"))
        self.preview_button = QPushButton(self.tr_("Print preview…"))
        self.preview_button.setAccessibleName(self.tr_("Show a print preview of the summary"))
        self.print_button = QPushButton(self.tr_("Print…"))
        self.print_button.setAccessibleName(self.tr_("Print the summary"))
        self.html_button = QPushButton(self.tr_("Save as HTML…"))
        self.html_button.setAccessibleName(self.tr_("Save the summary as a web page (HTML) file"))
        for b, sig in ((self.export_button, self.export_requested), (self.preview_button, self.preview_requested),
                       (self.print_button, self.print_requested), (self.html_button, self.html_requested)):
            b.clicked.connect(sig.emit)
            flow.addWidget(b)
        self.export_button.setVisible(not kiosk)
        self.html_button.setVisible(not kiosk)
        self.body.addWidget(buttons)
        # the patient copy's appendix: every result, recovery and all references (the record copy always has it)
        self.evidence_box = CheckBox(self.tr_("Include the full evidence"))
        self.evidence_box.setAccessibleName(self.tr_(
            "Include the full evidence: every result, recovery and all references, after the summary"))
        self.body.addWidget(self.evidence_box)
        self.evidence_box.setVisible(not kiosk)    # after it has a parent: a parentless shown widget is a window
        self.print_status = label()          # "Printing…" and its outcome (kiosk printing)
        self.print_status.setObjectName("printStatus")
        self.print_status.setVisible(False)
        self.body.addWidget(self.print_status)
        self.handoff_label = self.handoff_sensitive_box = self.qr_button = self.qr_label = None
        self._qr_session = None
        if kiosk:
            self._build_handoff()

        self.handoff_notice = None
        if not kiosk:               # a discussion opened from a kiosk hand-off code says so, and what it lacks
            self.handoff_notice = self.add_notice("", "info", self.tr_("From the kiosk:"))
            self.handoff_notice.setObjectName("handoffNotice")

        self.date_label = label()
        self.date_label.setObjectName("summaryDate")
        self.body.addWidget(self.date_label)

        # who (clinician mode only; never a patient-name field in kiosk mode)
        self.patient_name_edit = self.clinician_edit = self.clinic_edit = None
        if not kiosk:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.patient_name_edit = self._line_edit(form, self.tr_("Patient name (optional):"), "patient_name")
            self.clinician_edit = self._line_edit(form, self.tr_("Clinician (optional):"), "clinician")
            self.clinic_edit = self._line_edit(form, self.tr_("Clinic (optional):"), "clinic")
            self.body.addLayout(form)

        # your situation: one row per question, hidden while unanswered
        self.add_heading(self.tr_("Your situation"), 2)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.situation_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for i, q in enumerate(pack.situation):
            ql = label(q.text)
            al = label()
            f = al.font()
            f.setBold(True)
            al.setFont(f)
            grid.addWidget(ql, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(al, i, 1, Qt.AlignmentFlag.AlignTop)
            self.situation_rows[q.id] = (ql, al)
        self.body.addLayout(grid)
        self.situation_empty = label(self.tr_("No answers yet."))
        self.body.addWidget(self.situation_empty)

        # points to discuss: warnings first (fired_rules order), one notice per rule, shown when it fires
        self.add_heading(self.tr_("Points to discuss with your care team"), 2)
        ordered = sorted(pack.rules, key=lambda r: (not r.warning, pack.rules.index(r)))
        self.rule_widgets: dict[str, QWidget] = {}
        for r in ordered:
            if r.warning:
                kind = "emergency" if r.urgency == "emergency" else "warning"
                title = self.tr_("Urgent:") if r.urgency == "emergency" else self.tr_("Important:")
            else:
                kind, title = "info", self.tr_("To discuss:")
            self.rule_widgets[r.id] = self.add_notice(r.message, kind, title)
        self.points_empty = label(self.tr_("None from your answers so far."))
        self.body.addWidget(self.points_empty)

        self.add_heading(self.tr_("What matters most to you"), 2)
        self.values_label = self._section_label("summaryValues")
        self.add_heading(self.tr_("Check your understanding"), 2)
        self.knowledge_label = self._section_label("summaryKnowledge")
        self.add_heading(self.tr_("Where you are leaning"), 2)
        self.leaning_label = self._section_label("summaryLeaning")
        self.sure_label = self._section_label("summarySure")
        self.sure_note = self.add_notice("", "info", "")
        self.add_heading(self.tr_("Questions for your doctor"), 2)
        self.questions_label = self._section_label("summaryQuestions")
        self.own_heading = self.add_heading(self.tr_("Your own questions"), 3)
        self.own_label = self._section_label("summaryOwnQuestions")
        self.notes_heading = self.add_heading(self.tr_("Clinician notes"), 2)
        self.notes_label = self._section_label("summaryNotes")
        for w in (self.notes_heading, self.notes_label):
            w.setVisible(not kiosk)
        if pack.next_steps:
            self.add_heading(self.tr_("Next steps"), 2)
            self.next_label = self._section_label("summaryNextSteps")
            self.next_label.setText("\n".join("• " + t for t in pack.next_steps))

    def _build_handoff(self) -> None:
        """Kiosk only: the hand-off code of the answers (decisionaid/handoff.py), a tick for the sensitive
        answers, and a QR code of the code shown only when asked for. All in memory."""
        from ...handoff import sensitive_questions
        self.add_heading(self.tr_("Your code for the clinic"), 2)
        self.add_paragraph(self.tr_(
            "Show or read this code to your doctor. It lets them see your answers from this screen. It does "
            "not hold your name or anything you typed."))
        self.handoff_label = label()
        self.handoff_label.setObjectName("handoffCode")
        set_text_factor(self.handoff_label, 1.6)
        self.handoff_label.setWordWrap(True)       # at 200 % text the groups wrap at a hyphen, never cut off
        self.body.addWidget(self.handoff_label)
        private = sensitive_questions(self.ctx.pack)
        if private:
            listed = label(self.tr_("Your answers to private questions are left out unless you tick the "
                                          "box: {questions}").format(questions=" ".join(q.text for q in private)))
            listed.setObjectName("handoffPrivateList")
            self.body.addWidget(listed)
            self.handoff_sensitive_box = CheckBox(self.tr_("Put these answers in the code too"))
            self.handoff_sensitive_box.setObjectName("handoffSensitive")
            self.handoff_sensitive_box.setAccessibleName(
                self.tr_("Put my answers to the private questions in the code too"))
            self.handoff_sensitive_box.toggled.connect(self._sensitive_toggled)
            self.body.addWidget(self.handoff_sensitive_box)
        self.qr_button = QPushButton(self.tr_("Show the code as a QR code"))
        self.qr_button.setObjectName("handoffQrButton")
        self.qr_button.setCheckable(True)
        self.qr_button.setAccessibleName(self.tr_("Show the code as a QR code for the clinic to scan"))
        self.qr_button.toggled.connect(self._show_qr)
        row = QWidget()
        FlowLayout(row).addWidget(self.qr_button)
        self.body.addWidget(row)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("handoffQr")
        self.qr_label.setVisible(False)
        self.body.addWidget(self.qr_label)

    def _sensitive_toggled(self, on: bool) -> None:
        if self.ctx.session.handoff_sensitive != on:
            self.ctx.session.handoff_sensitive = on
            self.ctx.mark_changed()
        self._refresh_handoff()

    def _show_qr(self, on: bool) -> None:
        self.qr_button.setText(self.tr_("Hide the QR code") if on else self.tr_("Show the code as a QR code"))
        self._refresh_handoff()

    def handoff_code(self) -> str:
        return self.handoff_label.text() if self.handoff_label is not None else ""

    def _refresh_handoff(self) -> None:
        if self.handoff_label is None:
            return
        from ...handoff import code_for
        s = self.ctx.session
        code = code_for(self.ctx.pack, s)
        self.handoff_label.setText(code)
        self.handoff_label.setAccessibleName(self.tr_("Your code: {code}").format(code=" ".join(code)))
        if self.handoff_sensitive_box is not None and self.handoff_sensitive_box.isChecked() != s.handoff_sensitive:
            b = self.handoff_sensitive_box.blockSignals(True)
            self.handoff_sensitive_box.setChecked(s.handoff_sensitive)
            self.handoff_sensitive_box.blockSignals(b)
        shown = self.qr_button.isChecked() and bool(code)
        if shown:
            from ..widgets.qr import qr_pixmap
            self.qr_label.setPixmap(qr_pixmap(code, module_px=7))
            self.qr_label.setAccessibleName(self.tr_("QR code of your code"))
        else:
            self.qr_label.clear()
        self.qr_label.setVisible(shown)

    def _line_edit(self, form, label: str, field: str) -> QLineEdit:
        e = QLineEdit()
        window_shortcuts_first(e)
        e.setAccessibleName(label.rstrip(":"))
        e.setMaxLength(TEXT_LIMITS[field])
        e.textEdited.connect(lambda text, f=field: self._edit(f, text))
        form.addRow(label, e)
        return e

    def _section_label(self, name: str) -> QLabel:
        lab = label()
        lab.setObjectName(name)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(lab)
        return lab

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text[:500])

    def _edit(self, field: str, text: str) -> None:
        setattr(self.ctx.session, field, text)
        self.ctx.mark_changed()

    def on_shown(self) -> None:
        self.refresh()

    # ---- session -> widgets ----------------------------------------------------------------------------
    def refresh(self) -> None:
        pack = self.ctx.pack
        s = known_answers(pack, self.ctx.session)   # never an answer naming what the pack lacks
        tr = self.tr_
        self._set(self.date_label, tr("Date: {date}").format(date=format_date(s.date)))
        for edit, value in ((self.patient_name_edit, s.patient_name), (self.clinician_edit, s.clinician),
                            (self.clinic_edit, s.clinic)):
            if edit is not None and edit.text() != value:
                b = edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(b)

        any_answer = False
        for q in pack.situation:
            ql, al = self.situation_rows[q.id]
            text = situation_answer_text(q, s.situation.get(q.id), tr)
            al.setText(text)
            al.setAccessibleName(text)
            ql.setVisible(bool(text))
            al.setVisible(bool(text))
            any_answer = any_answer or bool(text)
        self.situation_empty.setVisible(not any_answer)

        fired = {r.id for r in fired_rules(pack, s.situation)}
        for rid, w in self.rule_widgets.items():
            w.setVisible(rid in fired)
        self.points_empty.setVisible(not fired)

        top = s.top_values(pack)
        if top:
            text = "\n".join("• " + tr("{statement} ({rating})").format(statement=pack.value_statement(v).text, rating=tr(RATING_LABELS[min(s.values[v], RATING_MAX)])) for v in top)
        elif any(v.id in s.values for v in pack.values):
            text = tr("Nothing was rated “Important” or “Very important”.")
        else:
            text = tr("No ratings yet.")
        self._set(self.values_label, text)

        right, answered = s.knowledge_score(pack)
        total = len(pack.knowledge)
        if answered:
            text = tr("{right} of {answered} right ({answered} of {total} questions answered).").format(right=str(right), answered=str(answered), total=str(total))
        else:
            text = tr("No answers yet.")
        self._set(self.knowledge_label, text)

        lean = leaning_text(pack, s)
        self._set(self.leaning_label, tr("Leaning towards: {option}").format(option=lean) if lean
                  else tr("Leaning towards: no answer yet."))
        score = s.sure_score()
        if not s.sure:
            text = tr("How sure you feel (SURE test): no answers yet.")
        elif score is None:
            text = tr("How sure you feel (SURE test): not all four questions answered.")
        else:
            text = tr("How sure you feel (SURE test): Yes to {score} of 4 questions.").format(score=str(score))
        self._set(self.sure_label, text)
        note = sure_note_text(pack, s)
        self.sure_note.label.setText(sure_note_html(pack, s))
        self.sure_note.setAccessibleName(note)        # whole: a screen reader reads it to its end
        self.sure_note.setVisible(bool(note))

        chosen = [pack.question(q).text for q in s.questions if q in {x.id for x in pack.questions}]
        self._set(self.questions_label, "\n".join("• " + t for t in chosen) if chosen
                  else tr("None chosen."))
        own = s.own_questions
        self._set(self.own_label, "\n".join("• " + soft_wrap(t) for t in own) if own else tr("None added."))
        self._set(self.notes_label, soft_wrap(s.clinician_notes) if s.clinician_notes.strip() else tr("None."))
        if self.handoff_notice is not None:
            from ...handoff import sensitive_questions
            text = tr("These answers were opened from the patient's kiosk hand-off code.")
            private = sensitive_questions(pack)
            if private and not s.handoff_sensitive:
                text += " " + tr("The patient chose not to share the answers to: {questions}").format(questions=" ".join(q.text for q in private))
            from ..widgets.text import escape
            self.handoff_notice.label.setText(f"<b>{escape(tr('From the kiosk:'))}</b> {escape(text)}")
            self.handoff_notice.setAccessibleName(text[:300])
            self.handoff_notice.setVisible(s.handoff_used)
        if self.qr_button is not None and self._qr_session is not s:
            self._qr_session = s
            self.qr_button.setChecked(False)        # a new person (kiosk reset) starts with the QR code hidden
        self._refresh_handoff()
