"""Source markers: "[3]" buttons that open the full references of a statement (every information step)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .flow import FlowLayout


def tr_(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


def source_numbers(pack, source_ids) -> list[tuple[int, object]]:
    """[(number, Source)] in number order, unknown ids skipped."""
    out = {}
    for sid in source_ids:
        try:
            out[pack.source_number(sid)] = pack.source(sid)
        except KeyError:
            continue
    return sorted(out.items())


class SourceDialog(QDialog):
    """The full reference for each source number of a marker."""

    def __init__(self, pack, source_ids, parent=None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(tr_("Sources"))
        self.setModal(True)
        self.source_ids = tuple(source_ids)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.entries: list[QLabel] = []
        for num, src in source_numbers(pack, source_ids):
            parts = [f"<b>[{num}]</b> {html.escape(src.citation)}"]
            if src.url:
                parts.append(html.escape(src.url))
            if src.funding:
                parts.append(html.escape(tr_("Funded by: {funding}").format(funding=src.funding)))
            if src.industry_funded:
                parts.append("<b>" + html.escape(tr_("Funded or written by a device maker.")) + "</b>")
            lab = QLabel("<br>".join(parts))
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setWordWrap(True)
            lab.setMinimumWidth(420)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            lab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            plain = f"[{num}] {src.citation}"
            if src.industry_funded:
                plain += " " + tr_("Funded or written by a device maker.")
            lab.setAccessibleName(plain[:300])
            lab.setProperty("citation", src.citation)
            lay.addWidget(lab)
            self.entries.append(lab)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setMinimumHeight(44)
        close.setAccessibleName(tr_("Close the sources"))
        lay.addWidget(box)
        self.setAccessibleName(tr_("Sources"))

    def citations(self) -> list[str]:
        return [lab.property("citation") for lab in self.entries]


class SourceButton(QPushButton):
    """One source marker such as "[3]"; pressing it (mouse, Enter or Space) shows the full reference."""

    opened = Signal(object)   # the SourceDialog

    def __init__(self, pack, source_id: str, parent=None):
        super().__init__(pack.markers((source_id,)), parent)
        self.setObjectName("sourceMarker")
        self.pack = pack
        self.source_id = source_id
        self.dialog: SourceDialog | None = None
        self.setAccessibleName(tr_("Source {number}: show the reference").format(number=str(pack.source_number(source_id))))
        self.setToolTip(tr_("Show the reference"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # compact padding, and still the minimum target size: in the app style sheet (QPushButton#sourceMarker)
        self.clicked.connect(self.open_source)

    def open_source(self) -> SourceDialog:
        self.dialog = SourceDialog(self.pack, (self.source_id,), self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()          # modal, but does not block the event loop
        self.opened.emit(self.dialog)
        return self.dialog


class SourceMarkers(QWidget):
    """The markers of one statement: one button per source number, wrapping when space is short."""

    def __init__(self, pack, source_ids, lead: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("sourceMarkers")
        self.flow = FlowLayout(self, 4, 4)
        self.buttons: list[SourceButton] = []
        if lead:
            lab = QLabel(lead)
            lab.setMinimumHeight(28)
            self.flow.addWidget(lab)
        for num, src in source_numbers(pack, source_ids):
            b = SourceButton(pack, src.id)
            self.flow.addWidget(b)
            self.buttons.append(b)
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setAccessibleName(tr_("Sources"))

    def set_context(self, text: str) -> None:
        """Say what the sources back, for screen readers: "Source 3: show the reference (pain at 1 month)"."""
        for b in self.buttons:
            b.setAccessibleDescription(text)

    def text(self) -> str:
        return " ".join(b.text() for b in self.buttons)


def marker_button(pack, source_ids, lead: str = "") -> SourceMarkers | None:
    """The markers for ``source_ids`` (buttons that open the references), or None when there is none.
    ``lead`` is an optional word in front ("Sources:")."""
    return SourceMarkers(pack, source_ids, lead) if source_numbers(pack, source_ids) else None
