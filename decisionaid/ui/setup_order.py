"""Construction first, then start: base classes never call overridable hooks from their own ``__init__``.

A class with ``metaclass=StartAfterInit`` gets ``_start()`` called once, right after the outermost
``__init__`` returns, i.e. when every subclass has set up its parts. ``StepPage`` builds its widgets there
(``build()`` and ``refresh()`` of the subclass see everything its ``__init__`` made), and ``MainWindow``
shows its first step there (the modes' ``page_created`` and ``scroll_created`` hooks see the mode's parts).
"""
from __future__ import annotations

from PySide6.QtCore import QObject


class StartAfterInit(type(QObject)):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._start()
        return obj
