"""Step 8: check your understanding. Each knowledge item with its choices; feedback and the explanation
appear once answered, and a running "x of y right" line."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QButtonGroup, QFrame, QVBoxLayout

from ..widgets.text import Paragraph
from .base import StepPage
from ..widgets.cards import card, label
from ..widgets.choices import WrapRadio, set_group_checked


class KnowledgePage(StepPage):
    step_id = "knowledge"

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_(
            "These questions check how clear the information is. It is not a test of you. After you answer, "
            "you see the right answer and why. You can change your answer."))
        self.groups: dict[str, QButtonGroup] = {}
        self.choices: dict[str, list[WrapRadio]] = {}
        self.feedback: dict[str, object] = {}
        self.explanations: dict[str, object] = {}
        for n, item in enumerate(pack.knowledge, start=1):
            frame, lay = card(self.body, item.question, compact=True)
            prefix = self.tr_("Question {number} of {total}:").format(number=str(n), total=str(len(pack.knowledge)))
            q = Paragraph(item.question, pack, kiosk=self.ctx.kiosk, rich_prefix=f"<b>{html.escape(prefix)}</b> ")
            q.label.setAccessibleName(prefix + " " + item.question)
            lay.addWidget(q)
            group = QButtonGroup(self)
            rows = []
            for i, choice in enumerate(item.choices):
                w = WrapRadio(choice,
                               self.tr_("{question} Answer: {answer}").format(question=item.question, answer=choice))
                group.addButton(w, i)
                lay.addWidget(w)
                rows.append(w)
            group.idToggled.connect(lambda bid, on, kid=item.id: on and self._answer(kid, bid))
            box = QFrame()
            box.setProperty("noticeKind", "info")    # styled like an info notice by the app style sheet
            box.setObjectName("knowledgeFeedbackBox")
            bl = QVBoxLayout(box)
            bl.setContentsMargins(12, 8, 12, 8)
            fb = label(bold=True)
            fb.setObjectName("knowledgeFeedback")
            bl.addWidget(fb)
            self.add_paragraph(item.explanation, layout=bl)
            lay.addWidget(box)
            expl = box
            self.groups[item.id] = group
            self.choices[item.id] = rows
            self.feedback[item.id] = fb
            self.explanations[item.id] = expl
        self.score_label = label(bold=True)
        self.score_label.setObjectName("knowledgeScore")
        self.body.addWidget(self.score_label)

    def refresh(self) -> None:
        answers = self.ctx.session.knowledge
        for item in self.ctx.pack.knowledge:
            idx = answers.get(item.id)
            set_group_checked(self.groups[item.id], idx)
            self._show_feedback(item.id)
        self._update_score()

    def _answer(self, kid: str, index: int) -> None:
        self.ctx.session.knowledge[kid] = int(index)
        self._show_feedback(kid)
        self._update_score()
        self.ctx.mark_changed()
        fb = self.feedback[kid]
        if fb.accessibleName():         # said at once, like a live region: "That's right."
            from ..accessibility import announce
            announce(fb, fb.accessibleName())

    def _show_feedback(self, kid: str) -> None:
        item = self.ctx.pack.knowledge_item(kid)
        idx = self.ctx.session.knowledge.get(kid)
        fb, expl = self.feedback[kid], self.explanations[kid]
        answered = idx is not None and 0 <= idx < len(item.choices)
        if not answered:
            text = ""
        elif idx == item.answer:
            text = "✓ " + self.tr_("That's right.")
        else:
            text = "✗ " + self.tr_("Not quite. The answer is: {answer}").format(answer=item.choices[item.answer])
        fb.setText(text)
        fb.setAccessibleName(text[2:])
        expl.setVisible(answered)

    def _update_score(self) -> None:
        right, answered = self.ctx.session.knowledge_score(self.ctx.pack)
        total = len(self.ctx.pack.knowledge)
        if answered == 0:
            text = self.tr_("You have not answered any of the {total} questions yet.").format(total=str(total))
        else:
            text = self.tr_("{right} of {answered} right.").format(right=str(right), answered=str(answered))
            if answered < total:
                text += " " + self.tr_("You have answered {answered} of {total} questions.").format(answered=str(answered), total=str(total))
        self.score_label.setText(text)
        self.score_label.setAccessibleName(text)
