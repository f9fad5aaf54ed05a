"""Issue cards (clinician mode): open one topic and see every option on it at once.

A topic gathers the pack's comparison rows and outcomes tagged with it. Figures are worded by the very
functions the Benefits and risks step uses, so the numbers and labels are the same on both.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from .pages.benefits import certainty_text, evidence_kind_words, value_text
from .widgets.text import clear_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("IssueCards", text)


def _label(text: str, bold: bool = False, rich: bool = False) -> QLabel:
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setText(text)
    if bold:
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def topic_card_rows(pack, topic_id: str) -> list[tuple[str, list[str]]]:
    """(row heading, one text per option in pack order) for everything on a topic: comparison answers first,
    then each evidence row of each outcome on the topic."""
    rows: list[tuple[str, list[str]]] = []
    for c in pack.comparison:
        if c.topic == topic_id:
            marks = pack.markers(c.sources)
            rows.append((c.question + (f" {marks}" if marks else ""), [c.answer(o) for o in pack.option_ids]))
    for o in pack.outcomes:
        if o.topic != topic_id:
            continue
        kind = tr("Benefit") if o.kind == "benefit" else tr("Harm")
        for r in o.rows:
            head = (f"{kind}: {o.label} — {r.label}. {evidence_kind_words(r.evidence_kind)}; "
                    f"{r.time_frame}; {tr('compared with')}: {r.compared_with}")
            cells = []
            for v in r.values:
                text = value_text(r, v)
                cert = certainty_text(v)
                if cert:
                    text += ". " + cert
                if v.unverified:
                    text += " " + tr("(unverified)")
                marks = pack.markers(v.sources)
                if marks:
                    text += " " + marks
                cells.append(text)
            rows.append((head, cells))
    return rows


class _FitWidget(QWidget):
    """No minimum height of its own, so the scroll area sizes it by height-for-width (wrapped text fits)."""

    def minimumSizeHint(self):  # noqa: N802 - Qt name
        return QSize(super().minimumSizeHint().width(), 0)


class IssueCardsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("issueCards")
        self.setWindowTitle(tr("Issue cards"))
        self.resize(1180, 760)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Choose a topic to see every option on it side by side."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        bar = QHBoxLayout()
        self.topic_buttons: dict[str, QPushButton] = {}
        for t in ctx.pack.topics:
            b = QPushButton(t.label)
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.setAccessibleName(tr("Topic: %1").replace("%1", t.label))
            b.clicked.connect(lambda _=False, tid=t.id: self.show_topic(tid))
            bar.addWidget(b)
            self.topic_buttons[t.id] = b
        bar.addStretch(1)
        lay.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(tr("Topic details"))
        self.card = _FitWidget()
        self.rows_layout = QVBoxLayout(self.card)
        self.rows_layout.setSpacing(8)
        self.scroll.setWidget(self.card)
        lay.addWidget(self.scroll, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.current_topic = ""
        if ctx.pack.topics:
            self.topic_buttons[ctx.pack.topics[0].id].setChecked(True)
            self.show_topic(ctx.pack.topics[0].id)

    def _row(self, cells: list[QLabel]) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        for c in cells:
            lay.addWidget(c, 1, Qt.AlignmentFlag.AlignTop)
        return row

    def show_topic(self, topic_id: str) -> None:
        self.current_topic = topic_id
        clear_layout(self.rows_layout)
        pack = self.ctx.pack
        self.rows_layout.addWidget(self._row([_label(tr("Question or figure"), bold=True)]
                                             + [_label(o.name, bold=True) for o in pack.options]))
        rows = topic_card_rows(pack, topic_id)
        for head, cells in rows:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            self.rows_layout.addWidget(line)
            labels = [_label(head, bold=True)]
            for col, text in enumerate(cells):
                cell = _label(text)
                cell.setAccessibleName(f"{pack.options[col].name}: {text}"[:250])
                labels.append(cell)
            self.rows_layout.addWidget(self._row(labels))
        if not rows:
            self.rows_layout.addWidget(_label(tr("Nothing in this content pack is tagged with this topic.")))
        self.rows_layout.addStretch(1)

    def texts(self) -> list[str]:
        return [w.text() for w in self.card.findChildren(QLabel)]

