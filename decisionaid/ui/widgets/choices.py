"""Answer widgets of the step pages: the app's check box and radio button, the same whose text wraps, a
labelled rating scale, and setting an exclusive group to one button or none. Every check box and radio
button of the app is one of these four (tests/test_accessibility.py checks every step)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QRadioButton,
                               QSizePolicy, QStyle, QStyleOptionButton, QWidget)

from ..style import indicator_style
from .flow import ItemListLayout

RATING_LABELS = (
    QT_TRANSLATE_NOOP("Steps", "Not important"),
    QT_TRANSLATE_NOOP("Steps", "A little important"),
    QT_TRANSLATE_NOOP("Steps", "Somewhat important"),
    QT_TRANSLATE_NOOP("Steps", "Important"),
    QT_TRANSLATE_NOOP("Steps", "Very important"),
)


def _app_button(base, name: str):
    class Button(base):
        """A check box or radio button with its indicator in the theme's colours and sizes
        (``ui.style.IndicatorStyle``, given to each one), whose whole row takes the tap (Qt's takes the
        indicator and the text only; ``ui.accessibility`` reports a check box's whole row as its rectangle)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.setStyle(indicator_style())

        def hitButton(self, pos) -> bool:  # noqa: N802 - Qt name
            return self.rect().contains(pos)

    Button.__name__ = Button.__qualname__ = name
    return Button


CheckBox = _app_button(QCheckBox, "CheckBox")
RadioButton = _app_button(QRadioButton, "RadioButton")


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
            self.setStyle(indicator_style())        # as CheckBox and RadioButton do (after _lay: a StyleChange)
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
            b = RadioButton(self)
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
