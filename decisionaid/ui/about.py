"""The About dialog: every metadata field of the pack and the numbered reference list."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_html(pack, signature: str = "") -> str:
    """The About text. ``signature``: the content signature status in words (clinician mode: "Unsigned
    content" when the pack has no valid signature by a trusted key)."""
    md = pack.metadata
    e = html.escape
    rows = [
        (tr("Title"), md.title), (tr("The decision"), md.decision), (tr("Intended use"), md.intended_use),
        (tr("Who it is for"), md.for_whom), (tr("Who it is not for"), md.not_for),
        (tr("Content pack"), f"{md.pack_id} {md.version} ({md.language})"),
        (tr("Review status"), review_status(pack)),
    ]
    if signature:
        rows.append((tr("Content signature"), signature))
    rows += [
        (tr("Authors"), "\n".join(a.line() for a in md.authors)),
        (tr("Published"), md.published.isoformat()),
        (tr("Last reviewed"), md_review_date(pack)),
        (tr("Next review due"), md.next_review.isoformat()),
        (tr("Evidence up to"), md.evidence_up_to),
    ]
    if md.evidence_search_date is not None:
        rows.append((tr("Evidence search ended"), md.evidence_search_date.isoformat()))
    rows += [
        (tr("How the evidence was gathered"), md.synthesis_method),
        (tr("How the aid was developed"), md.development),
        (tr("Testing with patients and clinicians"), md.testing),
        (tr("Update policy"), md.update_policy), (tr("Funding"), md.funding),
        (tr("Conflicts of interest"), md.conflicts),
    ]
    if md.reading_level:
        rows.append((tr("Reading level"), md.reading_level))
    if md.translation_status != "original":
        rows.append((tr("Translation"), md.translation_notice or md.translation_status))
    rows.append((tr("Disclaimer"), md.disclaimer))
    rows.append((tr("App version"), __version__))
    out = [f"<h1>{e(md.title)}</h1><table cellpadding='4'>"]
    for k, v in rows:
        out.append(f"<tr><th align='left' valign='top'>{e(k)}</th><td>{e(v).replace(chr(10), '<br>')}</td></tr>")
    out.append(f"</table><h2>{e(tr('References'))}</h2><ol>")
    for s in pack.sources:
        extra = []
        if s.funding:
            extra.append(tr("Funding: {funding}").format(funding=s.funding))
        if s.industry_funded:
            extra.append(tr("Funded or authored by a device maker."))
        url = f" {e(s.url)}" if s.url else ""
        out.append(f"<li>{e(s.citation)}{url}" + (f" <i>{e(' '.join(extra))}</i>" if extra else "") + "</li>")
    out.append("</ol>")
    return "".join(out)


def review_status(pack) -> str:
    """ "Reviewed by NAME (ROLE) on D." for each review in the record matching the pack's exact bytes, else
    DRAFT (the words are written out here, in this context, so the translation tools see them)."""
    from .wording import format_date
    rec = pack.review
    if rec is None:
        return tr("DRAFT: not yet clinically reviewed")
    out = [tr("Reviewed by {reviewer} ({role}) on {date}.").format(reviewer=r.reviewer, role=r.role, date=format_date(r.date)) for r in rec.reviews]
    if not rec.complete:
        out.append(tr("This review covers only part of the content, so it is still a draft."))
    return " ".join(out)


def md_review_date(pack) -> str:
    """The last review date, from the review record matching the pack's bytes only."""
    rec = pack.review
    if rec is None or rec.date is None:
        return tr("Not yet reviewed")
    return rec.date.isoformat()


class AboutDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("About this decision aid"))
        self.resize(820, 640)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(about_html(ctx.pack, signature_words(ctx)))
        self.browser.setAccessibleName(tr("About this decision aid"))
        lay.addWidget(self.browser)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)


def signature_words(ctx) -> str:
    """The content signature status for the About dialog (checked now if start-up has not done it yet)."""
    status = ctx.signature_status()
    if status is not None and status.valid:
        return tr("Signed with the trusted key {key_name}").format(key_name=status.key_name or status.key_id)
    if status is None or status.state == "unsigned":
        return tr("Unsigned content")
    return tr("Unsigned content") + f" ({status.explain()})"


def show_about(parent, ctx) -> None:
    dlg = AboutDialog(ctx, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.exec()
