"""Issue cards (clinician mode): open one topic and see every option on it at once.

A topic gathers the pack's comparison rows and outcomes tagged with it. Evidence results come worded from
``decisionaid.present.evidence``, as on the Benefits and risks step: each result is one whole comparison (every
group it compared, the difference, certainty and sources), never split into per-option cells.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..present.evidence import topic_rows
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
    """(row heading, texts) for everything on a topic: comparison answers first (one text per option, in pack
    order), then each evidence result on the topic as one text holding the whole comparison."""
    rows: list[tuple[str, list[str]]] = []
    for c in pack.comparison:
        if c.topic == topic_id:
            marks = pack.markers(c.sources)
            rows.append((c.question + (f" {marks}" if marks else ""), [c.answer(o) for o in pack.option_ids]))
    for r in topic_rows(pack, topic_id):
        head = f"{r.question}: {r.label}. {r.kind_words}; {r.time_frame}"
        bits = [r.comparison if r.difference_only else "; ".join(f"{a.label}: {a.figure}" for a in r.arms)]
        if r.difference is not None:
            bits.append(r.difference.text)
        bits.extend(r.beside)
        bits.append(f"{r.certainty}. {r.certainty_reason}".strip())
        if r.unverified:
            bits.append(tr("(unverified)"))
        if r.markers:
            bits.append(r.markers)
        rows.append((head, [" ".join(b if b.endswith((".", ")", "]")) else b + "." for b in bits)]))
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
            b.setAccessibleName(tr("Topic: {topic}").format(topic=t.label))
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
            if len(cells) == 1:       # an evidence result: the whole comparison in one cell, across the options
                cell = _label(cells[0])
                cell.setAccessibleName(f"{head} {cells[0]}")
                row = self._row(labels)
                row.layout().addWidget(cell, len(pack.options), Qt.AlignmentFlag.AlignTop)
                self.rows_layout.addWidget(row)
                continue
            for col, text in enumerate(cells):
                cell = _label(text)
                cell.setAccessibleName(f"{pack.options[col].name}: {text}")
                labels.append(cell)
            self.rows_layout.addWidget(self._row(labels))
        if not rows:
            self.rows_layout.addWidget(_label(tr("Nothing in this content pack is tagged with this topic.")))
        self.rows_layout.addStretch(1)

    def texts(self) -> list[str]:
        return [w.text() for w in self.card.findChildren(QLabel)]

