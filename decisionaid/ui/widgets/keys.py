"""Keyboard helpers shared by the pages and windows."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

# editing keys a text field keeps even when a window action has the same keys
_EDITING = [QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
            QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll]


class WindowShortcutsFirst(QObject):
    """Event filter for a text field: a key that is a window action's shortcut (Ctrl+E: export) goes to the
    action, not to the field (a line edit takes Ctrl+E as "end of line" on Linux, so Export never came)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        seq = QKeySequence(event.keyCombination())
        if any(seq.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch
               for std in _EDITING for k in QKeySequence.keyBindings(std)):
            return False
        window = obj.window()
        for act in window.findChildren(QAction):
            if act.isEnabled() and any(s.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                                       for s in act.shortcuts()):
                event.ignore()
                return True             # not overridden: the window's shortcut runs
        return False


_FILTER: WindowShortcutsFirst | None = None


def window_shortcuts_first(widget) -> None:
    """Let ``widget`` (a text field) pass window shortcuts on (see ``WindowShortcutsFirst``)."""
    global _FILTER
    if _FILTER is None:
        _FILTER = WindowShortcutsFirst()
    widget.installEventFilter(_FILTER)
