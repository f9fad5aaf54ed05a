"""The main window: step list, the current step (scrolling), Back / Next, menus."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton,
                               QScrollArea, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
                               QFrame)

from ..content import review_overdue
from .pages import STEPS
from .setup_order import StartAfterInit
from .widgets.text import Notice


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


MIN_WIDTH, MIN_HEIGHT = 760, 520
SIDE_WIDTH, SIDE_WIDTH_NARROW = 270, 190
DEFAULT_SIZE = (1280, 800)


def fit_to_screen(window, size=DEFAULT_SIZE) -> None:
    """Resize ``window`` to ``size``, or less where the screen's free area (with room for a title bar) is
    smaller: a 1280 x 800 window plus its title bar does not fit a 1280 x 800 screen."""
    screen = window.screen() or QApplication.primaryScreen()
    w, h = size
    if screen is not None:
        avail = screen.availableGeometry()
        w, h = min(w, avail.width() - 16), min(h, avail.height() - 48)
    window.resize(max(w, MIN_WIDTH), max(h, MIN_HEIGHT))


class MainWindow(QMainWindow, metaclass=StartAfterInit):
    """The step list, the pages and Back / Next. The modes (clinician, kiosk) add their parts in their own
    ``__init__``; the first step is shown (and so the first page built, calling the modes' hooks) only once
    every ``__init__`` has run (``_start``)."""

    step_changed = Signal(int)
    first_paint = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._painted = False
        self.setObjectName("MainWindow")
        self.setWindowTitle(tr("Decision aid: {title}").format(title=ctx.pack.metadata.title))
        # fits an 800 x 600 screen with its title bar (the step list narrows below 1000 px, see resizeEvent)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(12, 8, 12, 0)
        outer.addLayout(self.banner_area)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row, 1)

        side = QVBoxLayout()
        side.setContentsMargins(12, 12, 6, 12)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_label.setFixedWidth(SIDE_WIDTH)
        self.progress_label.setAccessibleName(tr("Progress"))
        side.addWidget(self.progress_label)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(tr("Steps"))
        self.step_list.setAccessibleDescription(tr("The steps of the decision aid. A check mark shows steps with answers."))
        self.step_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.step_list.setFixedWidth(SIDE_WIDTH)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        # re-wrap items when the viewport narrows (a scroll bar appears at large text sizes)
        self.step_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        side.addWidget(self.step_list, 1)
        row.addLayout(side)

        right = QVBoxLayout()
        right.setContentsMargins(6, 0, 12, 12)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.nav_layout = nav
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self._set_nav_texts()
        for b in (self.back_button, self.next_button):
            b.setMinimumHeight(44)
            b.setMinimumWidth(140)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        # Pages are built on first use (start-up builds only the first one, and imports only its module), each
        # in its own scroll area, also made on first use: ``self.pages`` and ``self.scrolls`` behave like lists
        # and make an item when it is indexed or iterated. The step list needs only the registry entries (id,
        # title, answered test).
        self.steps = STEPS
        self._index = 0
        self.scrolls = LazyList(len(self.steps), self._make_scroll)
        self.pages = LazyList(len(self.steps), self._build_page)
        for _ in self.steps:
            self.step_list.addItem(QListWidgetItem())

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.step_list.currentRowChanged.connect(self._list_row_changed)
        ctx.session_changed.connect(self._update_step_list)
        ctx.display_changed.connect(self._fit_side)
        ctx.session_replaced.connect(self._update_step_list)
        ctx.pack_replaced.connect(self._update_step_list)
        ctx.pack_replaced.connect(self._build_banners)
        self.banners: list[QWidget] = []
        self._build_banners()

    def _start(self) -> None:
        """Called once, after the whole window (the mode's parts too) is constructed."""
        self.go_to(0)

    # ---- navigation --------------------------------------------------------------
    @property
    def step_classes(self):
        """The registry entries of the steps, in order (older name of ``steps``)."""
        return self.steps

    @property
    def current_index(self) -> int:
        return self._index

    @property
    def current_page(self):
        return self.pages[self.current_index]

    def _make_scroll(self, index: int) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName(f"scroll-{self.steps[index].step_id}")
        self._name_scroll(scroll, self.steps[index].title())
        self.stack.addWidget(scroll)            # the stack's order does not matter: go_to shows the step's own
        self.scroll_created(scroll)
        return scroll

    @staticmethod
    def _name_scroll(scroll: QScrollArea, title: str) -> None:
        """A step's scroll area and its scroll bars are named for the step (no unnamed controls)."""
        scroll.setAccessibleName(title)
        scroll.verticalScrollBar().setAccessibleName(title)
        scroll.horizontalScrollBar().setAccessibleName(title)

    def scroll_created(self, scroll: QScrollArea) -> None:
        """Hook for the modes: set up a step's scroll area when it is made."""

    def _build_page(self, index: int, shown_now: bool = False):
        cls = self.steps[index].load()
        # built to be shown at once (go_to): a page may build what lies below its first screen just after that
        # screen is painted (the Benefits step: its charts fill the screen; StepPage.BUILDS_BELOW_LATER)
        page = cls(self.ctx, shown_now=True) if shown_now and cls.BUILDS_BELOW_LATER else cls(self.ctx)
        self.scrolls[index].setWidget(page)
        if hasattr(page, "language_requested"):
            page.language_requested.connect(self.switch_language)
        self.page_created(page)
        return page

    def switch_language(self, lang: str) -> None:
        from .i18n import switch_language
        switch_language(self, lang)

    def page_created(self, page) -> None:
        """Hook for the modes: wire a page's signals when it is first built."""

    def prebuild_pages(self) -> None:
        """Build the remaining pages one per event-loop turn (after the first paint), so first visits are quick."""
        for i in range(len(self.steps)):
            if not self.pages.is_built(i):
                self.pages[i]
                QTimer.singleShot(0, self.prebuild_pages)
                return

    def prepare_step_charts(self) -> None:
        """With matplotlib loaded (after the first paint): lay out the charts of the chart steps not shown yet, at
        the width their step will have, and draw the part the first screen shows, one step per event-loop turn,
        so the step appears with its charts (the Benefits step's took about 0.2 s after Next)."""
        from shiboken6 import isValid
        if not isValid(self) or not self.isVisible():       # closed (or deleted) meanwhile
            return
        shown = self.scrolls[self.current_index]
        width = shown.viewport().width()
        bar = shown.verticalScrollBar()
        if not bar.isVisible():     # the chart steps are long: their scroll bar takes its width from the page
            width -= bar.sizeHint().width()
        for i in range(len(self.steps)):
            page = self.pages[i]
            if i != self.current_index and getattr(page, "prepare_charts", None) and page.prepare_charts(
                    width, self.height()):
                QTimer.singleShot(0, self.prepare_step_charts)
                return

    def print_options(self) -> list:
        """The summary options an export or print from this window will most likely use (ReportOptions)."""
        return []

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if not self.pages.is_built(index):
            self.pages.make(index, shown_now=True)
        page = self.pages[index]
        focus = QApplication.focusWidget()
        had_focus_in_pages = focus is None or self.stack.isAncestorOf(focus) or focus in (self.back_button,
                                                                                          self.next_button)
        self.stack.setCurrentWidget(self.scrolls[index])
        self._index = index
        moved = False
        if had_focus_in_pages and focus not in (self.back_button, self.next_button):
            # keyboard users start at the top of the new step, on its named heading (a screen reader says the
            # step's name; the heading shows a focus ring), and focus never falls out of the window
            target = getattr(page, "title_label", None) or self.scrolls[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            moved = target is not self.scrolls[index]
        self.scrolls[index].verticalScrollBar().setValue(0)
        blocker = self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(blocker)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self._update_step_list()
        page.on_shown()
        self._update_title()
        if not moved and self.isVisible():
            # focus stayed on Back / Next: say which step this is now
            from .accessibility import announce
            announce(self, self.step_announcement())
        self.step_changed.emit(index)

    def step_announcement(self) -> str:
        n = len(self.steps)
        return (tr("Step {step} of {steps}").format(step=str(self.current_index + 1), steps=str(n))
                + ": " + self.steps[self.current_index].title())

    def _update_title(self) -> None:
        """The window title names the step first (screen readers and task bars show it)."""
        self.setWindowTitle(self.steps[self.current_index].title() + " — "
                            + tr("Decision aid: {title}").format(title=self.ctx.pack.metadata.title))

    def go_next(self) -> None:
        self.go_to(self.current_index + 1)

    def go_back(self) -> None:
        self.go_to(self.current_index - 1)

    def _list_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.ctx.kiosk:   # kiosk: steps go in order; the list only shows progress
            blocker = self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(self.current_index)
            self.step_list.blockSignals(blocker)
            return
        self.go_to(row)

    def _update_step_list(self) -> None:
        n = len(self.steps)
        for i, step in enumerate(self.steps):
            item = self.step_list.item(i)
            done = step.has_answers(self.ctx.pack, self.ctx.session)
            mark = "\u00a0✓" if done else ""    # no break: the mark stays with the title
            item.setText(f"{i + 1}. {step.title()}{mark}")
            state = tr("has answers") if done else tr("no answers yet")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{tr('Step')} {i + 1}: {step.title()}, {state}")
        text = tr("Step {step} of {steps}").format(step=str(self.current_index + 1), steps=str(n))
        self.progress_label.setText(text + " — " + self.steps[self.current_index].title())
        self.progress_label.setAccessibleName(text)

    def retranslate(self) -> None:
        """Every string of the window chrome again, in the current language (pages rebuild themselves)."""
        self._update_title()
        self._set_nav_texts()
        for i, step in enumerate(self.steps):
            if self.scrolls.is_built(i):
                self._name_scroll(self.scrolls[i], step.title())
        self.step_list.setAccessibleName(tr("Steps"))
        self.step_list.setAccessibleDescription(tr("The steps of the decision aid. A check mark shows steps with answers."))
        self._build_banners()
        self._update_step_list()
        self.pages[self.current_index].on_shown()

    def _set_nav_texts(self) -> None:
        """Back / Next texts, names and tips, then their shortcuts (a button's setText resets its shortcut to
        the text's mnemonic, so after a language switch Alt+Left / Alt+Right would be gone)."""
        self.back_button.setText(tr("◀ Back"))
        self.back_button.setAccessibleName(tr("Back to the previous step"))
        self.next_button.setText(tr("Next ▶"))
        self.next_button.setAccessibleName(tr("Next step"))
        self.back_button.setToolTip(tr("Back (Alt+Left)"))
        self.next_button.setToolTip(tr("Next (Alt+Right)"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Enter (or Return) on a focused push button presses it, as Space does (Qt's buttons take Enter
        only in dialogs)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            w = QApplication.focusWidget()
            if isinstance(w, (QPushButton, QToolButton)) and w.isEnabled() and w.isVisible() \
                    and self.isAncestorOf(w):
                w.animateClick()
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- banners -------------------------------------------------------------------
    def _build_banners(self) -> None:
        for b in self.banners:
            b.setParent(None)
            b.deleteLater()
        self.banners = []
        md = self.ctx.pack.metadata
        if self.ctx.pack.is_draft:
            self.banners.append(Notice(tr("Draft content: not yet clinically reviewed."), "draft", tr("DRAFT")))
        if not self.ctx.kiosk and review_overdue(self.ctx.pack, self.ctx.clock):
            self.banners.append(Notice(
                tr("This content was due for review on {date}. Check for an updated content pack.").format(date=md.next_review.isoformat()), "warning", tr("Review overdue:")))
        if md.translation_unreviewed:
            self.banners.append(Notice(md.translation_notice, "info", tr("Translation:")))
        for b in self.banners:
            b.setObjectName("banner-" + b.kind)
            self.banner_area.addWidget(b)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_side(event.size().width())

    def _fit_side(self, width: int | None = None) -> None:
        """The step list's width: narrow windows get the narrow list; on a wide window it grows with the text
        size (up to a quarter of the window), so "8. Check your understanding" is not cut at 200 % text."""
        width = self.width() if width is None else width
        side = SIDE_WIDTH if width >= 1000 else SIDE_WIDTH_NARROW
        scale = float(getattr(self.ctx, "text_scale", 1.0) or 1.0)
        if width >= 1000 and scale > 1.0:
            side = max(side, min(int(side * scale), width // 4))
        if self.step_list.width() != side:
            self.step_list.setFixedWidth(side)
            self.progress_label.setFixedWidth(side)

    # ---- first paint ---------------------------------------------------------------
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_paint.emit)


class LazyList:
    """One item per step (the window's pages, their scroll areas), made by ``make(index)`` on first access
    (index or iteration)."""

    def __init__(self, count: int, make):
        self._make = make
        self._items: list = [None] * count

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._items))[index]]
        if index < 0:
            index += len(self._items)
        if self._items[index] is None:
            self._items[index] = self._make(index)
        return self._items[index]

    def __iter__(self):
        return (self[i] for i in range(len(self._items)))

    def make(self, index: int, **how):
        """Make the item now, passing ``how`` to ``make`` (which must not be made yet)."""
        assert self._items[index] is None
        self._items[index] = self._make(index, **how)
        return self._items[index]

    def is_built(self, index: int) -> bool:
        return self._items[index] is not None

    def built(self) -> list:
        return [p for p in self._items if p is not None]
