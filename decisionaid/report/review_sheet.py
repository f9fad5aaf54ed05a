"""The review sheet as a PDF: a landscape table per step, with empty Verdict and Comment columns for the
reviewer (``decisionaid review-sheet PACK --out FILE.pdf``). Its own small module on purpose: it uses Qt's
QTextDocument and QPdfWriter directly and shares nothing with the summary's layout engine. The rows come from
``content.review_sheet.sheet_rows``. Needs a QGuiApplication.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..content.review import GROUPS
from ..content.review_sheet import group_title, sheet_rows


def sheet_html(pack) -> str:
    e = html.escape
    md = pack.metadata
    rows = sheet_rows(pack)
    out = [f"<h1>Review sheet: {e(md.title)}</h1>",
           f"<p>Pack file <b>{e(Path(pack.path).name)}</b> ({e(md.pack_id)} {e(md.version)}, {e(md.language)}). "
           f"SHA-256 of its bytes: <tt>{e(pack.sha256)}</tt>. A review recorded with <tt>decisionaid "
           f"review-record</tt> holds only for exactly these bytes.</p>",
           f"<p>{len(rows)} rows: every statement and figure the aid shows, in the order it shows them, step by "
           "step. For each row, check the text against its sources and write a verdict (OK, change, remove) and "
           "a comment. Rows marked <b>UNVERIFIED</b> hold figures nobody has yet checked in the source. "
           "Scope names for review-record: " + e(", ".join(GROUPS)) + ".</p>"]
    groups = [g for g in [*GROUPS, "other"] if any(r.group == g for r in rows)]
    n = 0
    for g in groups:
        out.append(f"<h2>{e(group_title(g))} (scope: {e(g)})</h2>")
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">'
                   "<thead><tr><th width='4%'>#</th><th width='13%'>Key path</th><th width='35%'>Text as shown</th>"
                   "<th width='20%'>Sources</th><th width='6%'>Unverified</th><th width='7%'>Verdict</th>"
                   "<th width='15%'>Comment</th></tr></thead><tbody>")
        for r in rows:
            if r.group != g:
                continue
            n += 1
            src = "<br>".join(e(c) + (f" <i>{e(u)}</i>" if u else "") for c, u in r.sources)
            text = e(r.text) if r.kind == "text" else f"<b>Figure:</b> {e(r.text)}"
            out.append(f"<tr><td>{n}</td><td><small>{e(r.key)}</small></td><td>{text}</td><td><small>{src}"
                       f"</small></td><td>{'<b>UNVERIFIED</b>' if r.unverified else ''}</td><td></td><td></td></tr>")
        out.append("</tbody></table>")
    return "<html><body>" + "".join(out) + "</body></html>"


def write_pdf(pack, path) -> int:
    """Write the sheet to ``path`` (atomically). Returns the number of rows."""
    import os
    import tempfile

    from ..content.files import atomic_write
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    doc.setDefaultFont(font)
    doc.setHtml(sheet_html(pack))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-sheet-", suffix=".pdf", dir=str(Path(path).parent or "."))
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(f"Review sheet: {pack.metadata.title}")
        writer.setCreator("decisionaid review-sheet")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        doc.print_(writer)
        del writer
        atomic_write(Path(path), Path(tmp).read_bytes())
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return len(sheet_rows(pack))
