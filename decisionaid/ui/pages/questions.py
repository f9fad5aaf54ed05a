"""Step 10: questions for your doctor. The pack's questions as check boxes, your own questions, and (clinician
mode only) clinician notes. Own questions are stored verbatim and only ever shown as plain text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ...present.text import num
from ...session import MAX_OWN_QUESTIONS, MAX_QUESTION_CHARS, TEXT_LIMITS
from .base import StepPage
from ..widgets.keys import window_shortcuts_first
from ..widgets.cards import card, label, soft_wrap
from ..widgets.choices import WrapCheck

# a counter appears when this few characters are left, so the limit is never a surprise
SHOW_LEFT_AT = {"question": 100, "notes": 400}


class QuestionsPage(StepPage):
    step_id = "questions"

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_(
            "Tick the questions you want to ask. They go on your summary, so you can take them with you."))
        frame, lay = card(self.body, self.tr_("Suggested questions"), compact=True)
        self.question_boxes: dict[str, QCheckBox] = {}
        self.question_rows: dict[str, WrapCheck] = {}
        for q in pack.questions:
            w = WrapCheck(q.text)
            w.toggled.connect(lambda _on, qid=q.id: self._questions_changed(qid))
            lay.addWidget(w)
            self.question_boxes[q.id] = w
            self.question_rows[q.id] = w

        self.add_heading(self.tr_("Your own questions"), 2)
        self.body.addWidget(label(self.tr_("Type a question, then press Add or the Enter key.")))
        self.own_limits = label(self.tr_("Each question can be up to {chars} characters long. You can add up to "
                                         "{most} questions.").format(chars=num(MAX_QUESTION_CHARS),
                                                                     most=num(MAX_OWN_QUESTIONS)))
        self.body.addWidget(self.own_limits)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.own_edit = QLineEdit()
        window_shortcuts_first(self.own_edit)
        self.own_edit.setPlaceholderText(self.tr_("Your question"))
        self.own_edit.setAccessibleName(self.tr_("Your own question"))
        self.own_edit.setMaxLength(MAX_QUESTION_CHARS)
        self.own_edit.setClearButtonEnabled(True)
        self.own_edit.returnPressed.connect(self.add_own_question)
        self.own_edit.textChanged.connect(self._own_text_changed)
        self.add_button = QPushButton(self.tr_("Add"))
        self.add_button.setAccessibleName(self.tr_("Add your question to the list"))
        self.add_button.clicked.connect(self.add_own_question)
        row.addWidget(self.own_edit, 1)
        row.addWidget(self.add_button)
        self.body.addLayout(row)
        self.own_status = label("")
        self.own_status.setObjectName("ownQuestionStatus")
        self.own_status.setVisible(False)
        self.body.addWidget(self.own_status)
        self.own_empty = label(self.tr_("You have not added any questions of your own."))
        self.body.addWidget(self.own_empty)
        self.own_box = QWidget()
        self.own_box.setAccessibleName(self.tr_("Your own questions"))
        self.own_layout = QVBoxLayout(self.own_box)
        self.own_layout.setContentsMargins(0, 0, 0, 0)
        self.own_layout.setSpacing(6)
        self.body.addWidget(self.own_box)
        self.own_rows: list[QWidget] = []
        self.remove_buttons: list[QPushButton] = []

        self.notes_heading = self.add_heading(self.tr_("Clinician notes"), 2)
        self.notes_hint = label(self.tr_("Notes for the person and their care team. They go on the summary. Up "
                                         "to {chars} characters.").format(chars=num(TEXT_LIMITS["clinician_notes"])))
        self.body.addWidget(self.notes_hint)
        self.notes_edit = QPlainTextEdit()
        window_shortcuts_first(self.notes_edit)
        self.notes_edit.setAccessibleName(self.tr_("Clinician notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(120)
        self.notes_edit.textChanged.connect(self._notes_changed)
        self.body.addWidget(self.notes_edit)
        self.notes_status = label("")
        self.notes_status.setObjectName("notesStatus")
        self.notes_status.setVisible(False)
        self.body.addWidget(self.notes_status)
        for w in (self.notes_heading, self.notes_hint, self.notes_edit):
            w.setVisible(not self.ctx.kiosk)

    # ---- session -> widgets ----------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.ctx.session
        chosen = set(s.questions)
        for qid, box in self.question_boxes.items():
            b = box.blockSignals(True)
            box.setChecked(qid in chosen)
            box.blockSignals(b)
        self.own_edit.clear()
        self._rebuild_own()
        b = self.notes_edit.blockSignals(True)
        if self.notes_edit.toPlainText() != s.clinician_notes:
            self.notes_edit.setPlainText(s.clinician_notes)
        self.notes_edit.blockSignals(b)
        self._show_notes_left()

    def _rebuild_own(self) -> None:
        for w in self.own_rows:
            w.setParent(None)
            w.deleteLater()
        self.own_rows, self.remove_buttons = [], []
        own = self.ctx.session.own_questions
        for i, text in enumerate(own):
            roww = QWidget()
            rl = QHBoxLayout(roww)
            rl.setContentsMargins(0, 0, 0, 0)
            rl.setSpacing(8)
            lab = label("• " + soft_wrap(text))
            lab.setAccessibleName(text)
            rm = QPushButton(self.tr_("Remove"))
            rm.setAccessibleName(self.tr_("Remove your question: {text}").format(text=text))   # whole: at most 500
            rm.clicked.connect(lambda _=False, idx=i: self.remove_own_question(idx))
            rl.addWidget(lab, 1)
            rl.addWidget(rm, 0, Qt.AlignmentFlag.AlignTop)
            self.own_layout.addWidget(roww)
            roww.show()      # at once (a layout would only show it later), so it is there when read back
            self.own_rows.append(roww)
            self.remove_buttons.append(rm)
        self.own_empty.setVisible(not own)
        # keep the tab order the same as the layout: Add, the Remove buttons, then the notes
        prev = self.add_button
        for rm in self.remove_buttons:
            QWidget.setTabOrder(prev, rm)
            prev = rm
        QWidget.setTabOrder(prev, self.notes_edit)

    # ---- widgets -> session ----------------------------------------------------------------------------
    def _questions_changed(self, _qid: str) -> None:
        self.ctx.session.questions = [q.id for q in self.ctx.pack.questions if self.question_boxes[q.id].isChecked()]
        self.ctx.mark_changed()

    def add_own_question(self) -> None:
        text = self.own_edit.text()
        if not text.strip():
            self.own_edit.setFocus()
            return
        if len(self.ctx.session.own_questions) >= MAX_OWN_QUESTIONS:
            self._say(self.own_status, self.tr_(
                "You have added {most} questions, the most the summary can hold. Remove one to add another.")
                .format(most=num(MAX_OWN_QUESTIONS)))
            self.own_edit.setFocus()
            return
        self.ctx.session.own_questions.append(text[:MAX_QUESTION_CHARS])
        self.own_edit.clear()
        self._rebuild_own()
        self.own_edit.setFocus()
        self.ctx.mark_changed()

    def remove_own_question(self, index: int) -> None:
        own = self.ctx.session.own_questions
        if not 0 <= index < len(own):
            return
        del own[index]
        self._rebuild_own()
        if self.remove_buttons:
            self.remove_buttons[min(index, len(self.remove_buttons) - 1)].setFocus()
        else:
            self.own_edit.setFocus()
        self.ctx.mark_changed()

    def _notes_changed(self) -> None:
        text = self.notes_edit.toPlainText()
        limit = TEXT_LIMITS["clinician_notes"]
        if len(text) > limit:
            # a QPlainTextEdit has no maximum length: keep the first `limit` characters and say so
            cursor = self.notes_edit.textCursor()
            pos = min(cursor.position(), limit)
            b = self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(text[:limit])
            cursor = self.notes_edit.textCursor()
            cursor.setPosition(pos)
            self.notes_edit.setTextCursor(cursor)
            self.notes_edit.blockSignals(b)
            text = text[:limit]
            self._say(self.notes_status, self.tr_(
                "The notes can hold up to {chars} characters. The rest was not added.").format(chars=num(limit)))
        else:
            self._show_notes_left()
        if text != self.ctx.session.clinician_notes:
            self.ctx.session.clinician_notes = text
            self.ctx.mark_changed()

    def _show_notes_left(self) -> None:
        left = TEXT_LIMITS["clinician_notes"] - len(self.notes_edit.toPlainText())
        self._left(self.notes_status, left, SHOW_LEFT_AT["notes"])

    def _own_text_changed(self, text: str) -> None:
        self._left(self.own_status, MAX_QUESTION_CHARS - len(text), SHOW_LEFT_AT["question"])

    def _left(self, status, left: int, show_at: int) -> None:
        if left > show_at:
            status.setVisible(False)
            status.clear()
        elif left <= 0:
            self._say(status, self.tr_("That is the most this box can hold."))
        else:
            status.setText(self.tr_("{chars} characters left.").format(chars=num(left)))
            status.setVisible(True)

    def _say(self, status, text: str) -> None:
        status.setText(text)
        status.setVisible(True)
        from ..accessibility import announce
        announce(status, text)
