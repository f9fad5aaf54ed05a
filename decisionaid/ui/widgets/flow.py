"""A layout that puts items left to right and wraps them onto the next line when the width runs out."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy


class ItemListLayout(QLayout):
    """The item storage every custom layout needs (Qt asks for these four methods); subclasses place items."""

    def __init__(self, parent=None, hspacing: int = 12, vspacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._h, self._v = hspacing, vspacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i):  # noqa: N802 - Qt name
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):  # noqa: N802 - Qt name
        return self._items.pop(i) if 0 <= i < len(self._items) else None


class FlowLayout(ItemListLayout):
    """Lays widgets left to right and wraps them onto the next line when the width runs out."""

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for it in self._visible():
            size = size.expandedTo(it.minimumSize())
            w = it.widget()
            # a fixed-size item (a source marker "[16]") is never narrower than its size hint: its minimum from
            # the style sheet (48 px) would let a left-aligned row squeeze it and cut its text
            if w is not None and w.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed:
                size = size.expandedTo(QSize(it.sizeHint().width(), 0))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self):
        return [it for it in self._items if it.widget() is None or not it.widget().isHidden()]

    def _arrange(self, rect, apply: bool) -> int:
        m = self.contentsMargins()
        r = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = r.x(), r.y(), 0
        for it in self._visible():
            hint = it.sizeHint()
            w = min(hint.width(), max(r.width(), 1))
            if x > r.x() and x + w > r.x() + r.width():
                x = r.x()
                y += line + self._v
                line = 0
            if apply:
                it.setGeometry(QRect(QPoint(x, y), QSize(w, hint.height())))
            x += w + self._h
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
