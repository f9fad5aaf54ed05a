"""What the accessibility tree (AT-SPI, as a screen reader reads it) gets beyond Qt's own interfaces, through
Qt's documented hook ``QAccessible.installFactory``:

- a check box reports its whole row as its rectangle (Qt reports the indicator and text only: 22 x 22 px for a
  check box whose text is a wrapped label), and the whole row takes the tap;
- a widget with the property ``accessibleRole`` (a ``QAccessible.Role`` value, see ``set_role``) is exposed
  with that role: charts are images (Graphic), glossary terms links. A widget with the role Link also offers
  the "Press" action, which clicks it, beside "SetFocus" (a screen reader's GrabFocus).

A role alone is not enough for a table: AT-SPI shows a widget with the role Table but no table interface as a
plain "filler", and PySide6 has no ``QAccessibleTableInterface`` to implement. The Compare grid is therefore a
real ``QTableWidget`` (ui/pages/compare.py), whose Qt interface has rows, columns, cells and headers.

The factory is asked only when an assistive technology (or a test) queries the tree.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAccessibleWidget, QCheckBox, QWidget

ROLE_PROPERTY = "accessibleRole"


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Expose ``widget`` with ``role`` (set before the tree first asks for it)."""
    widget.setProperty(ROLE_PROPERTY, int(role.value))


class _CheckBox(QAccessibleWidget):
    def __init__(self, widget):
        super().__init__(widget, QAccessible.Role.CheckBox)

    def rect(self) -> QRect:
        w = self.widget()
        if not w.isVisible():
            return QRect()
        return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())

    def state(self):
        s = super().state()
        w = self.widget()
        s.checkable = True
        s.checked = w.isChecked()
        return s

    def text(self, t):
        w = self.widget()
        if t == QAccessible.Text.Name:
            return w.accessibleName() or w.text().replace("&", "")
        if t == QAccessible.Text.Description:
            return w.accessibleDescription()
        return super().text(t)

    def actionNames(self):  # noqa: N802 - Qt name
        return [QAccessibleActionInterface.toggleAction()] if self.widget().isEnabled() else []

    def doAction(self, name) -> None:  # noqa: N802 - Qt name
        if name == QAccessibleActionInterface.toggleAction() and self.widget().isEnabled():
            self.widget().click()


class _WithRole(QAccessibleWidget):
    def __init__(self, widget, role):
        super().__init__(widget, role)
        self._role = role

    def actionNames(self):  # noqa: N802 - Qt name
        names = super().actionNames()      # "SetFocus" where the widget takes focus (a screen reader's GrabFocus)
        if self._role == QAccessible.Role.Link:
            return [QAccessibleActionInterface.pressAction()] + [n for n in names
                                                                  if n != QAccessibleActionInterface.pressAction()]
        return names

    def doAction(self, name) -> None:  # noqa: N802 - Qt name
        if self._role == QAccessible.Role.Link and name == QAccessibleActionInterface.pressAction():
            click = getattr(self.widget(), "click", None)
            if click is not None:
                click()
            return
        super().doAction(name)


def _factory(key, obj):
    if not isinstance(obj, QWidget):
        return None
    if isinstance(obj, QCheckBox):
        return _CheckBox(obj)
    role = obj.property(ROLE_PROPERTY)
    if role is not None:
        return _WithRole(obj, QAccessible.Role(int(role)))
    return None


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, text: str) -> None:
    """Ask the screen reader to say ``text`` now (a polite announcement, like a live region)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    except Exception:   # pragma: no cover - Qt without announcements, or no accessibility backend
        pass
