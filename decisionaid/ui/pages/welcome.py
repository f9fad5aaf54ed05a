"""Step 1: what the aid is for, the decision, who it is for, time, authors and date, review status."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from .base import StepPage


def format_date(d, locale: QLocale | None = None) -> str:
    from PySide6.QtCore import QDate
    loc = locale or QLocale()
    return loc.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


class WelcomePage(StepPage):
    step_id = "welcome"
    TITLE = QT_TRANSLATE_NOOP("Steps", "Welcome")

    def build(self) -> None:
        pack = self.ctx.pack
        md = pack.metadata
        if md.is_draft:
            self.draft_notice = self.add_notice(
                self.tr_("This content is a draft. It was written from the cited evidence and has not yet been "
                         "checked by clinicians."), "draft", self.tr_("DRAFT."))
        else:
            self.draft_notice = None
        if md.translation_unreviewed:
            self.add_notice(md.translation_notice, "info", self.tr_("Translation:"))
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
        if self.ctx.kiosk:
            secs = getattr(self.ctx, "idle_timeout", 120)
            self.kiosk_notice = self.add_notice(
                self.tr_("If nobody touches the screen for %1 seconds, the aid asks if you are still there. "
                         "If there is no answer, all your answers are erased. Nothing you enter is stored.")
                .replace("%1", str(int(secs))), "info", self.tr_("Your privacy:"))
        self.add_heading(self.tr_("Who wrote it and when"), 3)
        authors = "; ".join(f"{a.name} ({a.role})" for a in md.authors)
        status = self.tr_("Draft, not yet clinically reviewed") if md.is_draft else self.tr_("Clinically reviewed")
        self.add_paragraph(
            self.tr_("Written by: %1.").replace("%1", authors) + "\n"
            + self.tr_("Published %1. Last reviewed %2. Next review due %3.")
            .replace("%1", format_date(md.published)).replace("%2", format_date(md.last_reviewed))
            .replace("%3", format_date(md.next_review)) + "\n"
            + self.tr_("Review status: %1. Content version %2.").replace("%1", status).replace("%2", md.version))
        self.add_notice(md.disclaimer, "info", self.tr_("Please note:"))
