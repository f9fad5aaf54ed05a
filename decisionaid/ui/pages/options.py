"""Step 3: the options, in the pack's fixed order, as cards with identical structure and visual weight."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from ..style import set_heading_level
from ..widgets.cards import AlignedCards, label
from ..widgets.page_style import FitHeightMixin
from .base import StepPage


# ---- the page ---------------------------------------------------------------------------------
class OptionsPage(FitHeightMixin, StepPage):
    step_id = "options"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.install_local_style()

    def build(self) -> None:
        pack = self.ctx.pack
        self.add_paragraph(self.tr_("These are the options. They are shown in the same order and the same way "
                                    "on every page. The order does not mean one is better."))
        self.cards: list[QFrame] = []
        self.card_parts: list[list[QLabel]] = []
        last = 2 * len(pack.attributes) + 1
        for opt in pack.options:
            card = QFrame()
            card.setObjectName("card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setAccessibleName(self.tr_("Option: {option}").format(option=opt.name))
            card.setProperty("optionId", opt.id)
            parts: list[QLabel] = []
            name = label(opt.name, object_name="optionName")
            set_heading_level(name, 2)
            parts.append(name)
            parts.append(label(opt.summary, object_name="optionSummary",
                                       accessible=f"{opt.name}: {opt.summary}"))
            for attr in pack.attributes:
                text = opt.attribute(attr.id)
                parts.append(label(attr.label, bold=True, object_name="attributeLabel",
                                           accessible=f"{opt.name} — {attr.label}"))
                parts.append(label(text, object_name="attributeText",
                                           accessible=f"{opt.name} — {attr.label}: {text}"))
            for i, lab in enumerate(parts):     # the padding inside the card
                top = 12 if i == 0 else (12 if lab.objectName() == "attributeLabel" else 4)
                lab.setContentsMargins(14, top, 14, 14 if i == last else 0)
                lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
            self.card_parts.append(parts)
        self.grid = AlignedCards(self.cards, self.card_parts, min_card_width=260)
        self.body.addWidget(self.grid)
