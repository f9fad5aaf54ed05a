"""Step 1: what the aid is for, the decision, who it is for, time, authors and date, review status."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...present.text import dates_loaded
from ..i18n import language_name
from ..style import TEXT_SCALES
from ..widgets.choices import CheckBox
from ..widgets.text import Paragraph
from ..wording import format_date
from .base import StepPage


def available_languages(content_root) -> list[str]:
    from ...content import pack_files
    root = Path(content_root)
    if root.is_file():
        root = root.parent
    return list(pack_files(root)) if root.is_dir() else []


def review_words(pack, tr_, fmt_date, draft: str = "") -> str:
    """ "Reviewed by NAME (ROLE) on D." for each review in the record matching the pack's bytes, or the draft
    status (``draft``, or the Welcome step's words). ``tr_`` translates (context of the caller)."""
    rec = pack.review
    if rec is None:
        return draft or tr_("Review status: draft, not yet clinically reviewed.")
    out = []
    for r in rec.reviews:
        out.append(tr_("Reviewed by {reviewer} ({role}) on {date}.").format(reviewer=r.reviewer, role=r.role, date=fmt_date(r.date)))
    if not rec.complete:
        out.append(tr_("This review covers only part of the content, so it is still a draft."))
    return " ".join(out)


class WelcomePage(StepPage):
    step_id = "welcome"
    language_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)       # the page is built after this (StepPage._start)
        ctx.display_changed.connect(self._sync_display)

    def build(self) -> None:
        pack = self.ctx.pack
        md = pack.metadata
        if self.ctx.kiosk:
            secs = getattr(self.ctx, "idle_timeout", 120)
            self.kiosk_notice = self.add_notice(
                self.tr_("If nobody touches the screen for {seconds} seconds, the aid asks if you are still there. "
                         "If there is no answer, all your answers are erased. Nothing you enter is stored.").format(seconds=str(int(secs))), "info", self.tr_("Your privacy:"))
        self._build_display_controls()
        if pack.is_draft:
            self.draft_notice = self.add_notice(
                self.tr_("This content is a draft. It was written from the cited evidence and has not yet been "
                         "checked by clinicians."), "draft", self.tr_("DRAFT."))
        else:
            self.draft_notice = None
        self.add_heading(md.title, 2)
        self.add_heading(self.tr_("The decision"), 3)
        self.add_paragraph(md.decision)
        self.add_heading(self.tr_("Who this is for"), 3)
        self.add_paragraph(md.for_whom)
        self.add_heading(self.tr_("Who this is not for"), 3)
        self.add_paragraph(md.not_for)
        self.add_heading(self.tr_("What it is for"), 3)
        self.add_paragraph(md.intended_use)
        self.add_heading(self.tr_("How long it takes"), 3)
        self.add_paragraph(md.time_needed)
        self.add_heading(self.tr_("Who wrote it and when"), 3)
        self.written = None
        self._written_at = self.body.count()
        # its dates are worded by Babel (about 25 ms the first time): at start-up just after the first paint
        # (fill_dates), far down this step; later builds (a language change) word them at once
        self._add_written(with_dates=dates_loaded())
        self.add_notice(md.disclaimer, "info", self.tr_("Please note:"))

    @property
    def review_label_text(self) -> str:
        return review_words(self.ctx.pack, self.tr_, format_date)

    def _add_written(self, with_dates: bool) -> None:
        md = self.ctx.pack.metadata
        authors = "\n".join("• " + a.line() for a in md.authors)
        lines = [self.tr_("Written by:"), authors]
        if with_dates:
            lines += [self.tr_("Published {published}. Next review due {next_review}.").format(published=format_date(md.published), next_review=format_date(md.next_review)), self.review_label_text]
        lines.append(self.tr_("Content version {version}.").format(version=md.version))
        old = self.written
        self.written = Paragraph("\n".join(lines), self.ctx.pack, kiosk=self.ctx.kiosk)
        self.body.insertWidget(self._written_at, self.written)      # in its place, under its heading
        self.dates_pending = not with_dates
        if old is not None:
            old.setParent(None)
            old.deleteLater()

    def fill_dates(self) -> None:
        """Word the dates left out at start-up (the app calls this after the first paint)."""
        if self.dates_pending:
            self._add_written(with_dates=True)

    def _build_display_controls(self) -> None:
        """Language, text size and contrast, applied to the whole app at once."""
        box = QGroupBox(self.tr_("Language and display"))
        box.setAccessibleName(self.tr_("Language and display"))
        lay = QVBoxLayout(box)
        row = QHBoxLayout()
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr_("Language"))
        langs = available_languages(getattr(self.ctx, "content_root", self.ctx.pack.path))
        for code in langs or [self.ctx.pack.metadata.language]:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.ctx.pack.metadata.language)))
        self.language_box.setEnabled(self.language_box.count() > 1)
        self.language_box.activated.connect(self._language_chosen)
        label = QLabel(self.tr_("Language:"))
        label.setBuddy(self.language_box)
        row.addWidget(label)
        row.addWidget(self.language_box)
        row.addStretch(1)
        lay.addLayout(row)
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr_("Text size:")))
        self.size_buttons = {}
        for scale in TEXT_SCALES:
            b = QPushButton(f"{int(scale * 100)}%")
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.setAccessibleName(self.tr_("Text size {percent} percent").format(percent=str(int(scale * 100))))
            b.clicked.connect(lambda _=False, s=scale: self.ctx.set_display(text_scale=s))
            sizes.addWidget(b)
            self.size_buttons[scale] = b
        sizes.addStretch(1)
        lay.addLayout(sizes)
        self.contrast_box = CheckBox(self.tr_("High contrast"))
        self.contrast_box.setAccessibleName(self.tr_("High contrast"))
        self.contrast_box.toggled.connect(
            lambda on: self.ctx.set_display(theme="high-contrast" if on else "default"))
        lay.addWidget(self.contrast_box)
        self.body.addWidget(box)
        self._sync_display()

    def _sync_display(self) -> None:
        for scale, b in self.size_buttons.items():
            b.setChecked(abs(scale - self.ctx.text_scale) < 0.01)
        blocked = self.contrast_box.blockSignals(True)
        self.contrast_box.setChecked(self.ctx.theme == "high-contrast")
        self.contrast_box.blockSignals(blocked)

    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        if code and code != self.ctx.pack.metadata.language:
            self.language_requested.emit(code)
