"""Step 9: where you are leaning. The options (pack order) plus "Not sure yet", and the four SURE questions.

A SURE score below 4 (all four answered) shows the pack's gentle note and what might help; nothing at 4.
"""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup

from ...content.model import SURE_KEYS
from ...session import NOT_SURE
from ..widgets.cards import card, label
from ..widgets.choices import RadioButton, WrapRadio, set_group_checked
from ..widgets.flow import FlowLayout
from ..wording import sure_note_html, sure_note_text
from .base import StepPage

YES, NO = 1, 0


class LeaningPage(StepPage):
    step_id = "leaning"

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_(
            "This is not a final choice. You can change your mind at any time. Your answer helps you and your "
            "care team talk about what comes next."))
        self.add_heading(self.tr_("Which option are you leaning towards right now?"), 2)
        frame, lay = card(self.body, self.tr_("Which option are you leaning towards right now?"), compact=True)
        self.leaning_group = QButtonGroup(self)
        self.leaning_ids: list[str] = []
        self.leaning_buttons: list[WrapRadio] = []
        for o in pack.options:
            self._add_leaning(lay, o.id, o.name)
        self._add_leaning(lay, NOT_SURE, self.tr_("Not sure yet"))
        self.leaning_group.idToggled.connect(lambda bid, on: on and self._lean(self.leaning_ids[bid]))

        self.add_heading(self.tr_("How sure do you feel?"), 2)
        self.add_paragraph(self.tr_("Answer Yes or No to each question. These four questions are called the "
                                    "SURE test. They help you see whether you are ready to decide."))
        self.sure_groups: dict[str, QButtonGroup] = {}
        frame, lay = card(self.body, self.tr_("How sure do you feel?"), compact=True)
        for key, question in pack.sure.items():
            lay.addWidget(label(question))
            group = QButtonGroup(self)
            flow = FlowLayout(hspacing=24)
            flow.setContentsMargins(0, 0, 0, 8)
            for bid, word in ((YES, self.tr_("Yes")), (NO, self.tr_("No"))):
                rb = RadioButton(word)
                rb.setAccessibleName(self.tr_("{question} {answer}").format(question=question, answer=word))
                group.addButton(rb, bid)
                flow.addWidget(rb)
            lay.addLayout(flow)
            group.idToggled.connect(lambda bid, on, k=key: on and self._sure(k, bid == YES))
            self.sure_groups[key] = group
        self.score_label = label(bold=True)
        self.score_label.setObjectName("sureScore")
        self.body.addWidget(self.score_label)
        self.low_note = self.add_notice("", "info", "")
        self.low_note.setObjectName("sureLowNote")

    def _add_leaning(self, lay, lid: str, text: str) -> None:
        w = WrapRadio(text, self.tr_("Leaning towards: {option}").format(option=text))
        self.leaning_group.addButton(w, len(self.leaning_ids))
        self.leaning_ids.append(lid)
        self.leaning_buttons.append(w)
        lay.addWidget(w)

    def refresh(self) -> None:
        s = self.ctx.session
        set_group_checked(self.leaning_group,
                          self.leaning_ids.index(s.leaning) if s.leaning in self.leaning_ids else None)
        for key, group in self.sure_groups.items():
            v = s.sure.get(key)
            set_group_checked(group, None if v is None else (YES if v else NO))
        self._update_score()

    def _lean(self, lid: str) -> None:
        self.ctx.session.leaning = lid
        self.ctx.mark_changed()

    def _sure(self, key: str, yes: bool) -> None:
        self.ctx.session.sure[key] = yes
        self._update_score()
        self.ctx.mark_changed()

    def _update_score(self) -> None:
        s = self.ctx.session
        score = s.sure_score()
        answered = sum(1 for k in SURE_KEYS if k in s.sure)
        if score is None:
            text = self.tr_("You have answered {answered} of the 4 questions.").format(answered=str(answered))
        else:
            text = self.tr_("You answered Yes to {score} of the 4 questions.").format(score=str(score))
        self.score_label.setText(text)
        self.score_label.setAccessibleName(text)
        note = sure_note_text(self.ctx.pack, s)
        self.low_note.label.setText(sure_note_html(self.ctx.pack, s))   # every piece escaped
        self.low_note.setAccessibleName(note)         # whole: a screen reader reads it to its end
        self.low_note.setVisible(bool(note))
