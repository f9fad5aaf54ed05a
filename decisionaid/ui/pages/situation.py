"""Step 2: the condition and its natural course, the person's situation, and points to discuss.

Answers go to ``session.situation[question id]`` (a choice id, "yes"/"no" or a number); every question can be
left unanswered or cleared again. The pack's rules turn answers into "points to discuss with your doctor".
A rule marked as a warning sign shows its message at once at the top of the page (and the page scrolls to it).
Nothing here ever says whether a person can or should have a procedure.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...content.rules import fired_rules
from ..widgets.text import Notice
from .base import StepPage
from ..widgets.cards import label as wrapped_label
from ..widgets.choices import RadioButton
from ..widgets.flow import FlowLayout
from ..widgets.page_style import FitHeightMixin
from ..widgets.sources import marker_button

MAX_RADIO_STEPS = 11   # number questions with at most this many whole values get a row of radio buttons


def _num(v):
    return int(v) if v is not None and float(v).is_integer() else v


class _ClickLabel(QLabel):
    """The wrapped text of a radio button: clicking it picks the radio button."""

    def __init__(self, text: str, radio: QRadioButton):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.radio = radio
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def mouseReleaseEvent(self, event):   # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.radio.click()
        super().mouseReleaseEvent(event)


class QuestionBox(QGroupBox):
    """One situation question: radio buttons (or a spin box for wide number ranges) and a Clear button."""

    answered = Signal(str, object)   # question id, answer (None = cleared)

    def __init__(self, q, page, parent=None):
        super().__init__(parent)    # no title: group box titles do not wrap; the question is a wrapped label
        self.q = q
        self.page = page
        self.setObjectName("question-" + q.id)
        self.setProperty("situationQuestion", True)
        self.setAccessibleName(q.text)
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        self.question_label = wrapped_label(q.text, bold=True, object_name="questionText")
        lay.addWidget(self.question_label)
        described = [q.help] if q.help else []
        if q.help:
            h = wrapped_label(q.help)
            lay.addWidget(h)
        self.why_label = self.skip_button = None
        if q.sensitive:     # a private question on a public screen: why it is asked, and that it can be skipped
            why = page.tr_("Why we ask: {reason} You can skip this question.").format(reason=q.why.rstrip() or "")
            self.why_label = wrapped_label(why, object_name="whyWeAsk")
            lay.addWidget(self.why_label)
            described.append(why)
        if described:
            self.setAccessibleDescription(" ".join(described))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, QRadioButton] = {}
        self.spin: QSpinBox | None = None
        tr_ = page.tr_
        if q.type == "choice":
            row = QVBoxLayout()
            for c in q.choices:
                self._add_radio(row, c.id, c.label, c.label, wrap=True)
        elif q.type == "yes_no":
            row = QHBoxLayout()
            self._add_radio(row, "yes", tr_("Yes"), tr_("Yes"))
            self._add_radio(row, "no", tr_("No"), tr_("No"))
            row.addStretch(1)
        else:
            lo = _num(q.min if q.min is not None else 0)
            hi = _num(q.max if q.max is not None else 10)
            whole = isinstance(lo, int) and isinstance(hi, int)
            if whole and 0 < hi - lo + 1 <= MAX_RADIO_STEPS:
                host = QWidget()       # wraps to a second line on narrow or large-text screens
                row = FlowLayout(host, 10, 4)
                for v in range(lo, hi + 1):
                    self._add_radio(row, v, str(v),
                                    tr_("{value} (scale {low} to {high})").format(value=str(v), low=str(lo), high=str(hi)))
                sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
                sp.setHeightForWidth(True)
                host.setSizePolicy(sp)
            else:
                row = QHBoxLayout()
                self.spin = QSpinBox()
                self.spin.setRange(int(lo) - 1, int(hi))
                self.spin.setSpecialValueText(tr_("Not answered"))
                self.spin.setValue(int(lo) - 1)
                self.spin.setAccessibleName(q.text)
                self.spin.setAccessibleDescription(
                    tr_("A number from {low} to {high}").format(low=str(lo), high=str(hi)))
                self.spin.valueChanged.connect(self._spin_changed)
                row.addWidget(self.spin)
                row.addStretch(1)
        row.setContentsMargins(0, 0, 0, 0)
        if isinstance(row, FlowLayout):
            lay.addWidget(row.parentWidget())
        else:
            lay.addLayout(row)
        self.group.idClicked.connect(self._radio_clicked)
        foot = QHBoxLayout()
        self.clear_button = QPushButton(tr_("Clear answer"))
        self.clear_button.setObjectName("clearAnswer")
        self.clear_button.setAccessibleName(tr_("Clear the answer to: {text}").format(text=q.text))
        self.clear_button.clicked.connect(self.clear)
        foot.addWidget(self.clear_button)
        if q.sensitive:
            self.skip_button = QPushButton(tr_("Skip this question"))
            self.skip_button.setObjectName("skipQuestion")
            self.skip_button.setAccessibleName(tr_("Skip this question: {text}").format(text=q.text))
            self.skip_button.clicked.connect(self.skip)
            foot.addWidget(self.skip_button)
        foot.addStretch(1)
        lay.addLayout(foot)

    def _add_radio(self, layout, value, text, accessible, wrap: bool = False) -> None:
        """A radio button; with ``wrap`` its text is a separate wrapped label (long choices never clip)."""
        b = RadioButton("" if wrap else text)
        b.setAccessibleName(accessible)
        b.setProperty("answerValue", value)
        b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.group.addButton(b, len(self.buttons))
        self.buttons[value] = b
        if not wrap:
            layout.addWidget(b)
            return
        line = QHBoxLayout()
        line.setSpacing(2)
        line.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        lab = _ClickLabel(text, b)
        lab.setContentsMargins(0, 5, 0, 0)
        line.addWidget(lab, 1)
        b.setProperty("labelText", text)
        layout.addLayout(line)

    def _radio_clicked(self, idx: int) -> None:
        b = self.group.button(idx)
        if b is not None:
            self.answered.emit(self.q.id, b.property("answerValue"))

    def _spin_changed(self, v: int) -> None:
        self.answered.emit(self.q.id, None if v == self.spin.minimum() else v)

    def clear(self) -> None:
        self.set_value(None)
        self.answered.emit(self.q.id, None)

    def skip(self) -> None:
        """Leave the question unanswered (any answer is cleared) and go on to the next question."""
        self.clear()
        self.page.focus_after(self.q.id)

    def set_value(self, value) -> None:
        """Show ``value`` (None = unanswered) without emitting ``answered``."""
        if self.spin is not None:
            self.spin.blockSignals(True)
            self.spin.setValue(self.spin.minimum() if value is None else int(value))
            self.spin.blockSignals(False)
        else:
            self.group.setExclusive(False)
            for v, b in self.buttons.items():
                b.blockSignals(True)
                b.setChecked(value is not None and v == value)
                b.blockSignals(False)
            self.group.setExclusive(True)
        self.clear_button.setEnabled(value is not None)

    def value(self):
        if self.spin is not None:
            v = self.spin.value()
            return None if v == self.spin.minimum() else v
        b = self.group.checkedButton()
        return None if b is None else b.property("answerValue")

    def focus_widgets(self) -> list[QWidget]:
        return ([self.spin] if self.spin is not None else list(self.buttons.values())) + [self.clear_button] \
            + ([self.skip_button] if self.skip_button is not None else [])


class SituationPage(FitHeightMixin, StepPage):
    step_id = "situation"

    warning_shown = Signal(str)     # rule id of a warning sign that has just started to apply

    # Red is for emergency warning signs only (new leg weakness, bladder or bowel changes). A point to tell the
    # care team (blood thinners, an allergy, pregnancy, an infection) gets its own calm style and words.
    URGENCY_TITLES = {
        "emergency": QT_TRANSLATE_NOOP("Steps", "Urgent — get help now:"),
        "call": QT_TRANSLATE_NOOP("Steps", "For your care team:"),
        "discuss": QT_TRANSLATE_NOOP("Steps", "To talk about with your care team:"),
    }
    URGENCY_KINDS = {"emergency": "emergency", "call": "tell", "discuss": "tell"}
    POINT_LEADS = {
        "emergency": QT_TRANSLATE_NOOP("Steps", "Urgent:"),
        "call": QT_TRANSLATE_NOOP("Steps", "Call your care team:"),
        "discuss": QT_TRANSLATE_NOOP("Steps", "To discuss:"),
    }

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.install_local_style()

    def build(self) -> None:
        pack = self.ctx.pack
        self._fired_warnings: set[str] = set()
        # warnings first: directly under the page heading, so they are seen without scrolling
        self.warnings_area = QWidget()
        self.warnings_area.setObjectName("warningsArea")
        self.warnings_area.setAccessibleName(self.tr_("From your answers: what to tell your care team"))
        wl = QVBoxLayout(self.warnings_area)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(8)
        self.warning_notices: dict[str, Notice] = {}
        for r in pack.rules:
            if not r.warning:
                continue
            kind = self.URGENCY_KINDS.get(r.urgency, "tell")
            title = self.tr_(self.URGENCY_TITLES.get(r.urgency, self.URGENCY_TITLES["discuss"]))
            n = Notice(r.message, kind, title)
            n.setObjectName("warning-" + r.id)
            n.setProperty("ruleId", r.id)
            n.setVisible(False)
            wl.addWidget(n)
            self.warning_notices[r.id] = n
        back = QHBoxLayout()
        self.back_to_questions = QPushButton(self.tr_("Back to the question you were answering"))
        self.back_to_questions.setObjectName("backToQuestions")
        self.back_to_questions.setAccessibleName(self.tr_("Back to the question you were answering"))
        self.back_to_questions.clicked.connect(self._back_to_question)
        back.addWidget(self.back_to_questions)
        back.addStretch(1)
        wl.addLayout(back)
        self._last_question: str | None = None
        self.warnings_area.setVisible(False)
        self.body.addWidget(self.warnings_area)

        cond = pack.condition
        self.add_heading(cond.title, 2)
        self.add_paragraph(cond.summary)
        self.add_heading(self.tr_("What usually happens without a procedure"), 3)
        # one idea at a time: each figure in a paragraph of its own (a blank line in the pack starts one)
        self.natural_course_paragraphs = [self.add_paragraph(part.strip())
                                          for part in cond.natural_course.split("\n\n") if part.strip()]
        self.condition_sources = marker_button(pack, cond.sources, self.tr_("Sources:"))
        if self.condition_sources is not None:
            self.condition_sources.set_context(self.tr_("What usually happens without a procedure"))
            self.body.addWidget(self.condition_sources)

        self.add_heading(self.tr_("About you"), 2)
        self.add_paragraph(self.tr_("Answer what you can. Every question is optional, and you can change or clear "
                                    "an answer at any time. Your answers help you and your doctor see what to "
                                    "talk about. They do not decide anything."))
        self.question_boxes: dict[str, QuestionBox] = {}
        for q in pack.situation:
            box = QuestionBox(q, self)
            box.answered.connect(self._answer)
            self.body.addWidget(box)
            self.question_boxes[q.id] = box

        self.add_heading(self.tr_("Points to discuss with your doctor"), 2)
        self.points_widget = QWidget()
        self.points_widget.setObjectName("pointsToDiscuss")
        self.points_widget.setAccessibleName(self.tr_("Points to discuss with your doctor"))
        pl = QVBoxLayout(self.points_widget)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(6)
        self.no_points = wrapped_label(self.tr_("Nothing yet. Points appear here as you answer the questions."))
        pl.addWidget(self.no_points)
        self.point_labels: dict[str, QLabel] = {}
        for r in sorted(pack.rules, key=lambda r: (not r.warning, pack.rules.index(r))):   # as fired_rules
            lead = self.tr_(self.POINT_LEADS.get(r.urgency, self.POINT_LEADS["discuss"]))
            if r.warning and r.urgency == "emergency":
                lead = self.tr_("Warning sign (see the top of this page):")
            elif r.warning:
                lead = self.tr_("For your care team (also at the top of this page):")
            lab = wrapped_label("• " + lead + " " + r.message, accessible=lead + " " + r.message,
                                object_name="point-" + r.id)
            lab.setProperty("ruleId", r.id)
            lab.setVisible(False)
            pl.addWidget(lab)
            self.point_labels[r.id] = lab
        self.body.addWidget(self.points_widget)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        if getattr(self, "condition_sources", None) is not None:
            chain += self.condition_sources.buttons
        for box in self.question_boxes.values():
            chain += box.focus_widgets()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # ---- session ----------------------------------------------------------------------
    def refresh(self) -> None:
        answers = self.ctx.session.situation
        for qid, box in self.question_boxes.items():
            box.set_value(answers.get(qid))
        self._last_question = None
        self._update_points(announce=False)

    def _answer(self, qid: str, value) -> None:
        if value is None:
            self.ctx.session.situation.pop(qid, None)
        else:
            self.ctx.session.situation[qid] = value
        self.question_boxes[qid].clear_button.setEnabled(value is not None)
        self._last_question = qid
        self.ctx.mark_changed()
        self._update_points(announce=True)

    # ---- rules --------------------------------------------------------------------------
    def _update_points(self, announce: bool) -> None:
        fired = fired_rules(self.ctx.pack, self.ctx.session.situation)
        ids = {r.id for r in fired}
        warnings = [r for r in fired if r.warning]
        for rid, n in self.warning_notices.items():
            n.setVisible(rid in ids)
        self.warnings_area.setVisible(bool(warnings))
        # "back to the question" only when the person was answering a question when a warning came up
        self.back_to_questions.setVisible(bool(warnings) and self._last_question is not None)
        shown_points = 0
        for rid, lab in self.point_labels.items():
            lab.setVisible(rid in ids)
            shown_points += rid in ids
        self.no_points.setVisible(shown_points == 0)
        new = [r for r in warnings if r.id not in self._fired_warnings]
        self._fired_warnings = {r.id for r in warnings}
        if announce and new:
            for r in new:
                self._announce(r)
                self.warning_shown.emit(r.id)
            self._scroll_to_warnings()
            # focus goes with the view: to the button beside the warning that leads back to the question
            # (the warning itself was announced), not left on a radio button 2,000 px below
            from PySide6.QtWidgets import QApplication
            focus = QApplication.focusWidget()
            if focus is None or self.isAncestorOf(focus):
                self.back_to_questions.setFocus(Qt.FocusReason.OtherFocusReason)

    def _announce(self, rule) -> None:
        n = self.warning_notices[rule.id]
        try:
            ev = QAccessibleAnnouncementEvent(n, n.accessibleName())
            QAccessible.updateAccessibility(ev)
        except Exception:   # pragma: no cover - accessibility backend missing
            pass

    def _scroll_to_warnings(self) -> None:
        """Bring the warnings into view at once (the page sits in the window's scroll area)."""
        scroll = self._scroll_area()
        if scroll is None:
            return
        self.layout().activate()
        scroll.verticalScrollBar().setValue(0)
        # once the new notice has its final height, make sure it is fully in view
        QTimer.singleShot(0, lambda: self._scroll_area() and self._scroll_area().verticalScrollBar().setValue(0))

    def _back_to_question(self) -> None:
        box = self.question_boxes.get(self._last_question) if self._last_question else None
        if box is None and self.question_boxes:
            box = next(iter(self.question_boxes.values()))
        if box is None:
            return
        scroll = self._scroll_area()
        if scroll is not None:
            scroll.ensureWidgetVisible(box, 50, 50)
        target = box.group.checkedButton() or (box.spin if box.spin is not None else None) \
            or box.focus_widgets()[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_after(self, qid: str) -> None:
        """Focus the first control of the question after ``qid`` (or the points to discuss after the last)."""
        ids = list(self.question_boxes)
        nxt = self.question_boxes[ids[ids.index(qid) + 1]] if ids.index(qid) + 1 < len(ids) else None
        scroll = self._scroll_area()
        if nxt is None:
            if scroll is not None:
                scroll.ensureWidgetVisible(self.points_widget, 50, 50)
            return
        if scroll is not None:
            scroll.ensureWidgetVisible(nxt, 50, 50)
        nxt.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_area(self) -> QScrollArea | None:
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        return w

    # ---- for tests and other modes ---------------------------------------------------------
    def current_points(self) -> list[str]:
        """Rule ids shown in the points list (warnings included, in display order)."""
        return [rid for rid, lab in self.point_labels.items() if not lab.isHidden()]

    def current_warnings(self) -> list[str]:
        return [rid for rid, n in self.warning_notices.items() if not n.isHidden()]

    def warning_text(self, rule_id: str) -> str:
        return self.warning_notices[rule_id].label.text()
