"""Step 7: what matters to you. A rating for each values statement and a live "what matters most" list.

The ratings are never turned into a score, ranking or match of the options: the aid does not recommend.
This page never names an option.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton

from ..widgets.cards import card, label
from ..widgets.choices import RATING_LABELS, RatingScale, set_group_checked
from .base import StepPage


# ---- the page ------------------------------------------------------------------------------------------
class ValuesPage(StepPage):
    step_id = "values"

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_(
            "How important is each of these to you? There are no right or wrong answers, and you can skip any "
            "of them. Your ratings are for you and your care team to talk about. The aid does not use them to "
            "pick a treatment for you."))
        self.groups: dict[str, QButtonGroup] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        self.state_labels: dict[str, QLabel] = {}
        for v in pack.values:
            frame, lay = card(self.body, v.text, compact=True)
            top = QHBoxLayout()
            top.setSpacing(12)
            top.addWidget(label(v.text, bold=True), 1)
            lay.addLayout(top)
            clear = QPushButton(self.tr_("Clear"))
            clear.setAccessibleName(self.tr_("Clear the rating for: {text}").format(text=v.text))
            clear.setToolTip(self.tr_("Go back to not rated"))
            clear.clicked.connect(lambda _=False, vid=v.id: self._rate(vid, None))
            sp = clear.sizePolicy()
            sp.setRetainSizeWhenHidden(True)      # no jump in the layout when the first rating is made
            clear.setSizePolicy(sp)
            top.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
            labels = [self.tr_(lab) for lab in RATING_LABELS]
            scale = RatingScale(labels, [self.tr_("{statement}: {rating}").format(statement=v.text, rating=lab)
                                         for lab in labels])
            scale.setObjectName("ratingScale")
            lay.addWidget(scale)
            group = scale.group
            group.idToggled.connect(lambda bid, on, vid=v.id: on and self._rate(vid, bid))
            self.groups[v.id] = group
            self.clear_buttons[v.id] = clear

        self.add_heading(self.tr_("What matters most to you"), 2)
        self.top_label = label()
        self.top_label.setObjectName("topValues")
        self.body.addWidget(self.top_label)

    def refresh(self) -> None:
        values = self.ctx.session.values
        for vid, group in self.groups.items():
            rating = values.get(vid)
            set_group_checked(group, rating)
            self.clear_buttons[vid].setVisible(rating is not None)
        self._update_top()

    def _rate(self, vid: str, rating: int | None) -> None:
        s = self.ctx.session
        if rating is None:
            s.values.pop(vid, None)
            set_group_checked(self.groups[vid], None)
            self.groups[vid].buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            s.values[vid] = int(rating)
        self.clear_buttons[vid].setVisible(rating is not None)
        self._update_top()
        self.ctx.mark_changed()

    def _update_top(self) -> None:
        pack, s = self.ctx.pack, self.ctx.session
        top = s.top_values(pack)
        if top:
            lines = [self.tr_("• {statement} ({rating})").format(statement=pack.value_statement(vid).text, rating=self.tr_(RATING_LABELS[s.values[vid]])) for vid in top]
            text = "\n".join(lines)
        elif any(v.id in s.values for v in pack.values):
            text = self.tr_("Nothing is rated “Important” or “Very important” yet.")
        else:
            text = self.tr_("Nothing yet. When you rate the statements above, the ones that matter most to "
                            "you show here.")
        self.top_label.setText(text)
        self.top_label.setAccessibleName(self.tr_("What matters most to you: {text}").format(text=text))
