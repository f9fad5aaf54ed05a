"""Step 7: what matters to you. A rating for each values statement and a live "what matters most" list.

The ratings are never turned into a score, ranking or match of the options: the aid does not recommend.
This page never names an option.

Also holds two small layout helpers shared by the later steps: ``FlowLayout`` (buttons that wrap onto the
next line on narrow windows or large text), ``RatingScale`` and ``WrapRadio`` / ``WrapCheck`` (a radio button or
check box whose text wraps).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel, QLayout,
                               QPushButton, QRadioButton, QSizePolicy, QStyle, QStyleOptionButton,
                               QVBoxLayout, QWidget)

from ..widgets.flow import FlowLayout, ItemListLayout  # noqa: F401 - FlowLayout re-exported for later steps
from .base import StepPage

RATING_LABELS = (
    QT_TRANSLATE_NOOP("Steps", "Not important"),
    QT_TRANSLATE_NOOP("Steps", "A little important"),
    QT_TRANSLATE_NOOP("Steps", "Somewhat important"),
    QT_TRANSLATE_NOOP("Steps", "Important"),
    QT_TRANSLATE_NOOP("Steps", "Very important"),
)


# ---- shared helpers ------------------------------------------------------------------------------------
class _ClickForwarder(QObject):
    def __init__(self, button: QAbstractButton, parent=None):
        super().__init__(parent)
        self.button = button

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
                and self.button.isEnabled()):
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


def _wrapping(base, indicator):
    class Wrapping(base):
        """A radio button or check box whose text wraps: a word-wrapped label laid out inside the button,
        beside the indicator. The whole row is the button (click target and focus frame); the text is also
        the accessible name."""

        def __init__(self, text: str, accessible_name: str | None = None, parent=None):
            super().__init__(parent)
            self.setAccessibleName(accessible_name or text)
            self.label = QLabel(text, self)
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setWordWrap(True)
            self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._lay = QHBoxLayout(self)
            self._lay.addWidget(self.label)
            sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            sp.setHeightForWidth(True)
            self.setSizePolicy(sp)
            self._update_margins()

        @property
        def button(self):          # the same API as a (button, label) pair
            return self

        def _update_margins(self) -> None:
            opt = QStyleOptionButton()
            self.initStyleOption(opt)
            opt.rect = QRect(0, 0, 400, max(super().sizeHint().height(), 1))
            r = self.style().subElementRect(indicator, opt, self)
            left = (r.right() + 1 if r.isValid() else 24) + 10
            self._lay.setContentsMargins(left, 6, 6, 6)

        def event(self, e) -> bool:
            if e.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
                res = super().event(e)
                self._update_margins()
                return res
            return super().event(e)

        def hitButton(self, pos) -> bool:  # noqa: N802 - the whole row toggles, not just the indicator
            return self.rect().contains(pos)

        def sizeHint(self) -> QSize:
            return self._lay.totalSizeHint().expandedTo(super().sizeHint())

        def minimumSizeHint(self) -> QSize:
            # not super().minimumSizeHint(): Qt's radio/check box returns sizeHint() there, i.e. the unwrapped width
            return self._lay.totalMinimumSize().expandedTo(super().sizeHint())

        def hasHeightForWidth(self) -> bool:
            return True

        def heightForWidth(self, w: int) -> int:
            return max(self._lay.totalHeightForWidth(w), super().sizeHint().height())

    Wrapping.__name__ = "Wrapping" + base.__name__[1:]
    return Wrapping


WrapRadio = _wrapping(QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator)
WrapCheck = _wrapping(QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator)


class _ScaleLayout(ItemListLayout):
    """Lays out (radio, label) pairs as a scale: equal columns with the label under each radio button when
    every label fits its column (longest word), otherwise one pair per line, label to the right."""

    def __init__(self, pairs, parent=None, hspacing: int = 8, vspacing: int = 4):
        super().__init__(parent, hspacing, vspacing)
        self._pairs = pairs                  # [(QRadioButton, QLabel)]
        self.columns = True

    def expandingDirections(self):
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _min_word(self) -> int:
        return max(lab.minimumSizeHint().width() for _, lab in self._pairs)

    def sizeHint(self) -> QSize:
        n = len(self._pairs)
        w = n * (self._min_word() + 24) + self._h * (n - 1)
        return QSize(w, self.heightForWidth(w))

    def minimumSize(self) -> QSize:
        rb = max(b.sizeHint().width() for b, _ in self._pairs)
        return QSize(rb + self._h + self._min_word(), 1)

    @staticmethod
    def _indicator_centre(b, w: int, h: int) -> int:
        """x of the centre of the round indicator inside a radio button of size w x h (so the indicator,
        not the button's box, sits over the middle of its label)."""
        opt = QStyleOptionButton()
        b.initStyleOption(opt)
        opt.rect = QRect(0, 0, w, h)
        r = b.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, opt, b)
        return r.center().x() if r.isValid() else w // 2

    def _arrange(self, rect, apply: bool) -> int:
        n = len(self._pairs)
        width = max(rect.width(), 1)
        col = (width - self._h * (n - 1)) // n
        columns = col >= self._min_word() + 8
        y0 = rect.y()
        if columns:
            rb_h = max(b.sizeHint().height() for b, _ in self._pairs)
            lab_h = max(lab.heightForWidth(col) for _, lab in self._pairs)
            if apply:
                for i, (b, lab) in enumerate(self._pairs):
                    x = rect.x() + i * (col + self._h)
                    bw = b.sizeHint().width()
                    b.setGeometry(QRect(x + col // 2 - self._indicator_centre(b, bw, rb_h), y0, bw, rb_h))
                    lab.setGeometry(QRect(x, y0 + rb_h, col, lab_h))
            height = rb_h + lab_h
        else:
            y = y0
            for b, lab in self._pairs:
                bs = b.sizeHint()
                lw = max(width - bs.width() - self._h, 1)
                lh = lab.heightForWidth(lw)
                row = max(bs.height(), lh)
                if apply:
                    b.setGeometry(QRect(rect.x(), y + (row - bs.height()) // 2, bs.width(), bs.height()))
                    lab.setGeometry(QRect(rect.x() + bs.width() + self._h, y + (row - lh) // 2, lw, lh))
                y += row + self._v
            height = y - y0 - self._v
        if apply and columns != self.columns:
            self.columns = columns
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop if columns else \
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            for _, lab in self._pairs:
                lab.setAlignment(align)
        return height


class RatingScale(QWidget):
    """One labelled radio button per point of a scale, in a button group; clicking a label clicks its
    radio button. ``group`` ids are the scale points (0..n-1)."""

    def __init__(self, labels, accessible_names, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.labels: list[QLabel] = []
        pairs = []
        self._fwds = []
        for i, (text, acc) in enumerate(zip(labels, accessible_names)):
            b = QRadioButton(self)
            b.setAccessibleName(acc)
            lab = QLabel(text, self)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setWordWrap(True)
            lab.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            lab.setCursor(Qt.CursorShape.PointingHandCursor)
            fwd = _ClickForwarder(b, self)
            lab.installEventFilter(fwd)
            self._fwds.append(fwd)
            self.group.addButton(b, i)
            self.labels.append(lab)
            pairs.append((b, lab))
        self.scale_layout = _ScaleLayout(pairs)
        for b, lab in pairs:
            self.scale_layout.addWidget(b)
            self.scale_layout.addWidget(lab)
        self.setLayout(self.scale_layout)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def buttons(self):
        return self.group.buttons()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return self.scale_layout.heightForWidth(w)


def set_group_checked(group: QButtonGroup, button_id: int | None) -> None:
    """Check the button with ``button_id`` in an exclusive group, or none at all (the empty state)."""
    blocker = group.blockSignals(True)
    if button_id is None or group.button(button_id) is None:
        group.setExclusive(False)
        for b in group.buttons():
            bb = b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(bb)
        group.setExclusive(True)
    else:
        b = group.button(button_id)
        bb = b.blockSignals(True)
        b.setChecked(True)
        b.blockSignals(bb)
    group.blockSignals(blocker)


def card(parent_layout, name: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    if name:
        frame.setAccessibleName(name)
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(14, 10, 14, 10)
    lay.setSpacing(6)
    parent_layout.addWidget(frame)
    return frame, lay


def bold_label(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    f = QFont(lab.font())
    f.setBold(True)
    lab.setFont(f)
    lab.setAccessibleName(text)
    return lab


def soft_wrap(text: str, every: int = 40) -> str:
    """For display only: let very long unbroken runs (a pasted link) wrap, with zero-width spaces."""
    return re.sub(r"\S{%d,}" % (every + 1),
                  lambda m: "\u200b".join(m.group(0)[i:i + every] for i in range(0, len(m.group(0)), every)), text)


def plain_label(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


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
            frame, lay = card(self.body, v.text)
            top = QHBoxLayout()
            top.setSpacing(12)
            top.addWidget(bold_label(v.text), 1)
            lay.addLayout(top)
            clear = QPushButton(self.tr_("Clear"))
            clear.setAccessibleName(self.tr_("Clear the rating for: %1").replace("%1", v.text))
            clear.setToolTip(self.tr_("Go back to not rated"))
            clear.clicked.connect(lambda _=False, vid=v.id: self._rate(vid, None))
            sp = clear.sizePolicy()
            sp.setRetainSizeWhenHidden(True)      # no jump in the layout when the first rating is made
            clear.setSizePolicy(sp)
            top.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
            labels = [self.tr_(lab) for lab in RATING_LABELS]
            scale = RatingScale(labels, [self.tr_("%1: %2").replace("%1", v.text).replace("%2", lab)
                                         for lab in labels])
            scale.setObjectName("ratingScale")
            lay.addWidget(scale)
            group = scale.group
            group.idToggled.connect(lambda bid, on, vid=v.id: on and self._rate(vid, bid))
            self.groups[v.id] = group
            self.clear_buttons[v.id] = clear

        self.add_heading(self.tr_("What matters most to you"), 2)
        self.top_label = plain_label()
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
            lines = [self.tr_("• %1 (%2)").replace("%1", pack.value_statement(vid).text)
                     .replace("%2", self.tr_(RATING_LABELS[s.values[vid]])) for vid in top]
            text = "\n".join(lines)
        elif any(v.id in s.values for v in pack.values):
            text = self.tr_("Nothing is rated “Important” or “Very important” yet.")
        else:
            text = self.tr_("Nothing yet. When you rate the statements above, the ones that matter most to "
                            "you show here.")
        self.top_label.setText(text)
        self.top_label.setAccessibleName(self.tr_("What matters most to you: %1").replace("%1", text))
