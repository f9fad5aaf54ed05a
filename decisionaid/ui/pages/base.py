"""The base of every step page.

Contract (every page module follows it):
- ``step_id``: stable id used in screenshots (``NN-<step_id>.png``) and tests; the step's entry in
  ``pages.STEPS`` (the registry) has the same id and holds the title and the answered test, so the step list
  never needs to import the module.
- ``title()``: the translated step title (from the registry).
- ``build()``: create the widgets for ``ctx.pack``. Called once, and again after a pack change (language).
- ``refresh()``: set every widget from ``ctx.session`` (blocking signals while doing so). Called after
  ``build()`` and whenever the session is replaced (kiosk reset, open). Widgets are reused, never recreated.
- ``has_answers(pack, session)``: whether the step shows as answered in the step list (from the registry).
- Writing an answer: change ``self.ctx.session`` and call ``self.ctx.mark_changed()``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..setup_order import StartAfterInit
from ..widgets.text import Notice, Paragraph, clear_layout, heading, offer_each_term_once
from . import step


class StepPage(QWidget, metaclass=StartAfterInit):
    """A subclass's ``__init__`` sets up its own state after ``super().__init__()``; the page is built (``build()``,
    then ``refresh()``) only once every ``__init__`` has run (``_start``)."""

    step_id = "step"        # the id of this page's entry in pages.STEPS
    # True: the page takes ``shown_now`` (built by MainWindow.go_to to be shown at once) and may then build what
    # lies below its first screen just after that screen is painted (``fully_built`` says when it is done)
    BUILDS_BELOW_LATER = False

    def __init__(self, ctx, parent=None, *, shown_now: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.shown_now = shown_now          # (read by build(): the first build only; a rebuild makes everything)
        self.setObjectName(f"page-{self.step_id}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 16, 24, 24)
        self.body.setSpacing(14)
        self._blockers: list[QSignalBlocker] = []

    def _start(self) -> None:
        """Called once, after the whole object is constructed (``setup_order.StartAfterInit``)."""
        self.rebuild()
        self.ctx.session_replaced.connect(self.refresh)
        self.ctx.pack_replaced.connect(self.rebuild)

    # ---- contract --------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return step(cls.step_id).title()

    def build(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def refresh(self) -> None:
        """Default: nothing to show from the session."""

    @classmethod
    def has_answers(cls, pack, session) -> bool:
        return step(cls.step_id).has_answers(pack, session)

    def fully_built(self) -> bool:
        """Every widget of the page is made (False only while a page built with ``shown_now`` still builds
        what lies below its first screen)."""
        return True

    def on_shown(self) -> None:
        """Called each time the step becomes the visible one (e.g. to draw charts lazily)."""

    # ---- helpers ---------------------------------------------------------------
    def rebuild(self) -> None:
        clear_layout(self.body)
        self.title_label = heading(self.title(), 1)
        # where focus goes when the step is shown (MainWindow.go_to): a named heading with a focus ring,
        # not a Tab stop of its own
        self.title_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.body.addWidget(self.title_label)
        self.build()
        self.shown_now = False
        offer_each_term_once(self)
        self.body.addStretch(1)
        self.refresh()

    def add_heading(self, text: str, level: int = 2):
        w = heading(text, level)
        self.body.addWidget(w)
        return w

    def add_paragraph(self, text: str, layout=None) -> Paragraph:
        p = Paragraph(text, self.ctx.pack, kiosk=self.ctx.kiosk)
        (layout or self.body).addWidget(p)
        return p

    def add_notice(self, text: str, kind: str = "info", title: str = "", layout=None) -> Notice:
        n = Notice(text, kind, title)
        (layout or self.body).addWidget(n)
        return n

    def tr_(self, text: str) -> str:
        return QCoreApplication.translate("Steps", text)
