"""Clinician (default) mode: the main window with menus and the consultation tools."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Clinician", text)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar. Returns the actions by name (tests and kiosk lock-down use them)."""
    from .about import show_about
    mb = window.menuBar()
    actions: dict[str, QAction] = {}

    def add(menu, name, text, slot, shortcut=None):
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        actions[name] = act
        return act

    file_menu = mb.addMenu(tr("&File"))
    add(file_menu, "quit", tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    view_menu = mb.addMenu(tr("&View"))
    add(view_menu, "fullscreen", tr("&Full screen"),
        lambda: window.showNormal() if window.isFullScreen() else window.showFullScreen(), "F11")
    help_menu = mb.addMenu(tr("&Help"))
    add(help_menu, "about", tr("&About this decision aid"), lambda: show_about(window, window.ctx))
    window.menus = {"file": file_menu, "view": view_menu, "help": help_menu}
    window.actions_by_name = actions
    return actions


def start_clinician(app, ctx, args=None) -> MainWindow:
    window = MainWindow(ctx)
    build_menus(window)
    window.resize(1280, 800)
    window.show()
    return window
