"""What the take-home summary says, as HTML fragments in Qt's rich-text subset.

This is the one layout code path: the PDF, the printer and the HTML export all start from the blocks built
here. A *block* is the smallest piece the paginator moves as a unit (a heading, a paragraph, a table, a
chart); ``build_html`` simply joins them.

Every string that came from a person (name, clinician, clinic, own questions, notes) and every pack string
goes through ``esc`` (``html.escape`` plus newline handling), so nothing typed can become markup or name a
file to load.
"""
from __future__ import annotations

import base64
import datetime as _dt
import html
import logging
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..handoff import code_for as handoff_code
from ..present.evidence import evidence
from ..present.text import long_date, t
from . import provenance
from .options import ReportOptions

log = logging.getLogger(__name__)

APP_NAME = "Decision aid"
CSS_PX_PER_IN = 96.0          # CSS pixel in the HTML export
PAGE_INCHES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}
MARGIN_IN = 0.75              # left/right/top/bottom page margin
HEADER_IN = 0.42              # band at the top of the text area for the running header
FOOTER_IN = 0.42              # band at the bottom for the running footer



# --------------------------------------------------------------------------------------------- style
@dataclass(frozen=True)
class Style:
    body_pt: float
    table_pt: float
    small_pt: float
    h1_pt: float
    h2_pt: float
    h3_pt: float
    chrome_pt: float          # running header and footer
    accent: str
    rule: str
    shade: str
    box: str
    chart_text_scale: float
    cell_pad: int


def style_for(options: ReportOptions) -> Style:
    """Point sizes and colours. Large print keeps every reading text at 14 pt or more."""
    grey = options.greyscale
    accent = "#000000" if grey else "#17375e"
    common = dict(accent=accent, rule="#555555" if grey else "#6b7f99", shade="#e6e6e6" if grey else "#e4ebf3",
                  box="#f0f0f0" if grey else "#fdf3e1")
    if options.large_print:
        return Style(body_pt=15.0, table_pt=14.0, small_pt=14.0, h1_pt=25.0, h2_pt=19.0, h3_pt=16.0,
                     chrome_pt=12.0, chart_text_scale=1.3, cell_pad=6, **common)
    return Style(body_pt=11.0, table_pt=10.0, small_pt=9.0, h1_pt=19.0, h2_pt=14.5, h3_pt=12.0,
                 chrome_pt=8.5, chart_text_scale=0.85, cell_pad=4, **common)


def qt_stylesheet(st: Style) -> str:
    """Default style sheet for every QTextDocument of the summary (Qt's CSS subset)."""
    return f"""
body {{ font-size: {st.body_pt}pt; color: #000000; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
h1 {{ font-size: {st.h1_pt}pt; font-weight: 700; color: {st.accent}; margin-top: 0px; margin-bottom: 4px; }}
h2 {{ font-size: {st.h2_pt}pt; font-weight: 700; color: {st.accent}; margin-top: 0px; margin-bottom: 2px; }}
h3 {{ font-size: {st.h3_pt}pt; font-weight: 700; color: #000000; margin-top: 0px; margin-bottom: 3px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 4px; }}
li {{ margin-bottom: 3px; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ font-size: {st.table_pt}pt; background-color: {st.shade}; border: 1px solid {st.rule};
   padding: {st.cell_pad}px; text-align: left; vertical-align: top; }}
table.grid td {{ font-size: {st.table_pt}pt; border: 1px solid {st.rule}; padding: {st.cell_pad}px;
   vertical-align: top; }}
table.meta td {{ padding: 1px 10px 1px 0px; vertical-align: top; }}
table.meta th {{ padding: 1px 10px 1px 0px; vertical-align: top; text-align: left; font-weight: 700; }}
table.box {{ border-collapse: collapse; }}
table.box td {{ border: 2px solid #000000; padding: {st.cell_pad + 4}px; background-color: {st.box}; }}
.small {{ font-size: {st.small_pt}pt; }}
.detail {{ font-size: {st.small_pt}pt; font-weight: 400; }}
th.study {{ background-color: #ffffff; }}
.kicker {{ font-size: {st.h3_pt}pt; color: {st.accent}; font-weight: 700; margin-bottom: 0px; }}
.lead {{ font-size: {st.body_pt + 1.5 if st.body_pt < 14 else st.body_pt}pt; margin-bottom: 6px; }}
.muted {{ color: #333333; }}
.rule {{ margin-top: 0px; margin-bottom: 0px; }}
"""


def export_stylesheet(st: Style) -> str:
    """CSS for the standalone HTML export (any browser, screen or print)."""
    return f"""
body {{ font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: {max(st.body_pt, 12)}pt;
  line-height: 1.45; color: #000; background: #fff; max-width: 48em; margin: 1.5em auto; padding: 0 1em;
  overflow-wrap: anywhere; }}
h1 {{ font-size: {st.h1_pt}pt; color: {st.accent}; margin: 0.2em 0; }}
h2 {{ font-size: {st.h2_pt}pt; color: {st.accent}; border-bottom: 2px solid {st.rule}; margin-top: 1.6em; }}
h3 {{ font-size: {st.h3_pt}pt; margin-top: 1.2em; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1em; width: 100%; }}
table.grid th, table.grid td {{ border: 1px solid {st.rule}; padding: 0.35em 0.5em; text-align: left;
  vertical-align: top; }}
table.grid th {{ background: {st.shade}; }}
table.meta td, table.meta th {{ padding: 0.1em 1em 0.1em 0; text-align: left; vertical-align: top; }}
table.box td {{ border: 2px solid #000; background: {st.box}; padding: 0.6em; }}
img {{ max-width: 100%; height: auto; }}
th.study {{ background: #fff; font-weight: 700; }}
.small, .detail {{ font-size: {max(st.small_pt, 11)}pt; font-weight: 400; }}
.kicker {{ font-weight: 700; color: {st.accent}; margin: 0; }}
.lead {{ font-size: 115%; }}
.rule {{ display: none; }}
.draft {{ border: 3px solid #000; padding: 0.5em; font-weight: 700; }}
"""


# --------------------------------------------------------------------------------------------- text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean(text: object) -> str:
    """Any value as safe, printable text: lone surrogates and control characters become placeholders."""
    s = "" if text is None else str(text)
    s = s.encode("utf-8", "replace").decode("utf-8")          # lone surrogates -> "?"
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("\ufffd", s)


def esc(text: object) -> str:
    """Escape for HTML and keep line breaks. Everything user-typed is rendered through here."""
    s = html.escape(clean(text), quote=True)
    s = s.replace("\t", "    ")
    # keep runs of spaces visible without allowing markup
    s = re.sub(r"  +", lambda m: " " + "&nbsp;" * (len(m.group()) - 1), s)
    return s.replace("\n", "<br>")


def num(x: float) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:g}"


def fmt_date(d: _dt.date) -> str:
    """The date in the language in force (``present.text.long_date``)."""
    return long_date(d)


# --------------------------------------------------------------------------------------------- blocks
@dataclass
class Block:
    """The smallest unit the paginator places.

    kind: "flow" may break between lines; "keep" never breaks unless it is taller than a page;
    "table" breaks only between rows and repeats its header row on the next page; "image" (a chart) stays
    whole when it fits on a page, and a chart taller than a page breaks only across blank bands of the picture.
    keep_with_next glues a block (a heading, an intro line, a chart) to the start of the next one.
    """
    html: str
    kind: str = "flow"
    keep_with_next: bool = False
    space_before: float = 0.0      # points; dropped at the top of a page
    table_open: str = ""
    table_head: str = ""
    table_rows: tuple[str, ...] = ()
    table_close: str = ""
    image: str = ""                # kind "image": resource name of the chart picture in this block

    def table_html(self, rows: Sequence[str]) -> str:
        return self.table_open + self.table_head + "".join(rows) + self.table_close


@dataclass
class Section:
    id: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ChartData:
    id: str
    png: bytes | None
    width_px: int
    height_px: int
    dpi: float
    description: str
    header: list[str]
    rows: list[list[str]]
    picture: object = None          # the charts' PrintPicture (PNG plus row statistics), when drawn

    @property
    def resource_name(self) -> str:
        return f"decisionaid-chart-{self.id}.png"


def heading(level: int, text_html: str, space_before: float) -> Block:
    return Block(f"<h{level}>{text_html}</h{level}>", kind="keep", keep_with_next=True,
                 space_before=space_before)


def para(text_html: str, cls: str = "", space_before: float = 0.0, keep_with_next: bool = False) -> Block:
    c = f' class="{cls}"' if cls else ""
    return Block(f"<p{c}>{text_html}</p>", kind="flow", space_before=space_before, keep_with_next=keep_with_next)


def bullet_list(items_html: Iterable[str], space_before: float = 0.0, ordered: bool = False,
                keep: bool = False) -> list[Block]:
    """A list as one block: it breaks only between lines (never leaving a single line behind), or, with
    keep=True (warning signs), stays whole whenever it fits on a page."""
    items = list(items_html)
    if not items:
        return []
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{it}</li>" for it in items)
    return [Block(f"<{tag}>{body}</{tag}>", kind="keep" if keep else "flow", space_before=space_before)]


def grid_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] | None = None,
               row_headers: bool = True, space_before: float = 0.0, cls: str = "grid",
               pad: int = 4) -> Block:
    """A bordered table; header cells are th scope=col, the first cell of each row th scope=row."""
    def w(i: int) -> str:
        return f' width="{widths[i]}%"' if widths and i < len(widths) else ""

    table_open = (f'<table class="{cls}" width="100%" cellspacing="0" cellpadding="{pad}" border="1">')
    table_head = ("<thead><tr>" + "".join(f'<th scope="col"{w(i)}>{h}</th>' for i, h in enumerate(head))
                  + "</tr></thead>") if head else ""
    body_rows = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i == 0 and row_headers:
                cells.append(f'<th scope="row"{w(i)}>{c}</th>')
            else:
                cells.append(f"<td{w(i)}>{c}</td>")
        body_rows.append("<tr>" + "".join(cells) + "</tr>")
    table_close = "</table>"
    b = Block("", kind="table", space_before=space_before, table_open=table_open, table_head=table_head,
              table_rows=tuple(body_rows), table_close=table_close)
    b.html = b.table_html(b.table_rows)
    return b


def box(inner_html: str, space_before: float = 0.0, keep: bool = True) -> Block:
    """A bordered, shaded box (warnings, the DRAFT notice). Meaning is in words, never colour alone."""
    h = ('<table class="box" width="100%" cellspacing="0" cellpadding="8" border="2"><tr><td>'
         f"{inner_html}</td></tr></table>")
    return Block(h, kind="keep" if keep else "flow", space_before=space_before)


# --------------------------------------------------------------------------------------------- figures
def _answer_text(q, value) -> str:
    return q.answer_label(value, yes=t("Yes"), no=t("No"))


RATING_LABELS = ("Not important", "A little important", "Somewhat important", "Important",
                 "Very important")      # the same words as the "What matters to you" step
URGENCY_LABELS = {
    "emergency": "Get help now",
    "call": "Call your care team",
    "discuss": "Talk about this",
}


# --------------------------------------------------------------------------------------------- builder
class Builder:
    """Turns (pack, session, options, charts) into sections of blocks."""

    def __init__(self, pack, session, options: ReportOptions, charts: dict[str, ChartData],
                 for_export: bool, image_src: Callable[[ChartData], str], content_width_in: float):
        self.pack = pack
        self.s = session
        self.o = options
        self.st = style_for(options)
        self.charts = charts
        self.export = for_export
        self.image_src = image_src
        self.width_in = content_width_in
        self.gap = 16.0 if options.large_print else 13.0     # points before a section heading
        self.small_gap = 8.0 if options.large_print else 6.0
        self.sub_gap = 14.0 if options.large_print else 11.0   # points before a sub-heading

    # helpers ----------------------------------------------------------------------------------
    def m(self, ids) -> str:
        mk = self.pack.markers(tuple(ids)) if ids else ""
        return f" {esc(mk)}" if mk else ""

    def section(self, sid: str, title: str, blocks: list[Block]) -> Section:
        h2 = heading(2, esc(title), self.gap)
        rule = Block(f'<hr class="rule" style="color:{self.st.rule}">', kind="keep", keep_with_next=True)
        head = [h2] if self.export else [h2, rule]
        if len(blocks) > 1 and blocks[0].kind == "flow" and blocks[0].html.startswith("<p"):
            blocks[0].keep_with_next = True      # an intro line stays with what it introduces
        return Section(sid, head + blocks)

    def sub(self, title: str) -> Block:
        return heading(3, esc(title), self.sub_gap)

    # sections ---------------------------------------------------------------------------------
    def build(self) -> list[Section]:
        # The person's own answers come first (what a visit needs); the evidence they rest on follows.
        parts = [self.title_section(), self.discuss_section(), self.options_section(),
                 self.leaning_section(), self.values_section(), self.questions_section(),
                 self.next_steps_section(), self.knowledge_section(), self.notes_section(),
                 self.situation_section(), self.compare_section(), self.guidance_section(), self.numbers_section(),
                 self.recovery_section(), self.references_section(), self.about_section()]
        return [p for p in parts if p is not None and p.blocks]

    def title_section(self) -> Section:
        md = self.pack.metadata
        blocks: list[Block] = []
        blocks.append(Block(f'<p class="kicker">{esc(t("Your decision summary"))}</p>'
                            f"<h1>{esc(md.title)}</h1>"
                            f'<p class="lead">{esc(md.decision)}</p>', kind="keep"))
        rows = [(t("Date of discussion"), esc(fmt_date(self.s.date)))]
        if self.o.made_on != self.s.date:
            rows.append((t("Summary printed"), esc(fmt_date(self.o.made_on))))
        name = clean(self.s.patient_name).strip()
        rows.append((t("Name"), esc(name) if name else "_" * 30))
        if clean(self.s.clinician).strip():
            rows.append((t("Clinician"), esc(self.s.clinician)))
        if clean(self.s.clinic).strip():
            rows.append((t("Clinic"), esc(self.s.clinic)))
        copy = (t("Record copy (includes the clinician's notes)") if self.o.copy == "record"
                else t("Patient copy, for you to keep"))
        rows.append((t("This copy"), esc(copy)))
        code = handoff_code(self.pack, self.s)
        if code:
            rows.append((t("Hand-off code"), f"<b>{esc(code)}</b>"))
        meta = ('<table class="meta" cellspacing="0" cellpadding="1">'
                + "".join(f'<tr><th scope="row">{esc(k)}:</th><td>{v}</td></tr>' for k, v in rows) + "</table>")
        blocks.append(Block(meta, kind="keep", space_before=self.small_gap))
        blocks.append(para(esc(provenance.core_line(self.pack, fmt_date)), cls="small", space_before=self.small_gap))
        if self.pack.is_draft:
            txt = t("DRAFT. The content of this decision aid has not yet been clinically reviewed. "
                               "Check every figure with your care team.")
            b = box(f"<b>{esc(txt)}</b>", space_before=self.small_gap)
            if self.export:
                b.html = f'<p class="draft">{esc(txt)}</p>'
            blocks.append(b)
        if md.translation_unreviewed and md.translation_notice:
            blocks.append(box(esc(md.translation_notice), space_before=self.small_gap))
        blocks.append(para(f"<i>{esc(md.disclaimer)}</i>", space_before=self.small_gap))
        return Section("title", blocks)

    def discuss_section(self) -> Section | None:
        from decisionaid.content import fired_rules
        try:
            rules = fired_rules(self.pack, self.s.situation or {})
        except Exception:  # a damaged situation never stops the summary
            log.exception("fired_rules failed")
            rules = []
        if not rules:
            return None
        blocks: list[Block] = [para(esc(t("From your answers about your situation, these are points "
                                                     "to talk about with your care team.")))]
        warnings = [r for r in rules if r.warning]
        others = [r for r in rules if not r.warning]
        for r in warnings:
            label = URGENCY_LABELS.get(r.urgency, "Important")
            blocks.append(box(f"<b>{esc(t('Important'))}: {esc(t(label))}.</b> "
                              f"{esc(r.message)}", space_before=self.small_gap))
        if others:
            blocks += bullet_list([esc(r.message) for r in others], space_before=self.small_gap)
        return self.section("discuss", t("Points to discuss"), blocks)

    def situation_section(self) -> Section | None:
        if self.o.copy != "record":
            return None
        rows = []
        for q in self.pack.situation:
            if q.id in (self.s.situation or {}):
                rows.append([esc(q.text), esc(_answer_text(q, self.s.situation[q.id]))])
        if not rows:
            return None
        piece = grid_table([esc(t("Question")), esc(t("Your answer"))], rows, widths=[70, 30])
        return self.section("situation", t("About your situation"), [piece])

    def options_section(self) -> Section:
        blocks = [para(esc(t("These are the choices. Each one is a reasonable choice for some "
                                        "people.")))]
        items = [f"<b>{esc(o.name)}.</b> {esc(o.summary)}" for o in self.pack.options]
        blocks += bullet_list(items)
        return self.section("options", t("Your options"), blocks)

    def guidance_section(self) -> Section:
        """What expert groups say: each summary with its date and sources."""
        from ..present.guidance import guidance
        items = [f"<b>{esc(g.heading)}.</b> {esc(g.summary)}{self.m(g.source_ids)}" for g in guidance(self.pack)]
        if not items:
            return Section("guidance", [])
        blocks = [para(esc(t("Guidelines and payers looked at the same evidence and came to different "
                                        "advice. None of them knows your situation: talk them through with "
                                        "your care team.")))]
        blocks += bullet_list(items)
        return self.section("guidance", t("What expert groups say"), blocks)

    def compare_section(self) -> Section:
        opts = self.pack.options
        n = len(opts)
        first = (26 if self.o.large_print else 22) if n >= 3 else 28
        other = (100 - first) // max(n, 1)
        widths = [first] + [other] * n
        head = [esc(t("Question"))] + [esc(o.short_name) for o in opts]
        rows = []
        for c in self.pack.comparison:
            rows.append([esc(c.question) + self.m(c.sources)] + [esc(c.answer(o.id)) for o in opts])
        piece = grid_table(head, rows, widths=widths, pad=self.st.cell_pad)
        return self.section("compare", t("Your options side by side"), [piece])

    def chart_blocks(self, chart_id: str, with_table: bool) -> list[Block]:
        """The chart picture (kept with what follows) and, if asked, its own table of numbers in words."""
        ch = self.charts.get(chart_id)
        if ch is None:
            return []
        blocks: list[Block] = []
        if ch.png:
            w_in = ch.width_px / ch.dpi
            h_in = ch.height_px / ch.dpi
            scale = min(1.0, self.width_in / w_in)
            w_css = round(w_in * scale * CSS_PX_PER_IN)
            h_css = round(h_in * scale * CSS_PX_PER_IN)
            alt = html.escape(clean(ch.description), quote=True)
            img = f'<img src="{self.image_src(ch)}" width="{w_css}" height="{h_css}" alt="{alt}">'
            blocks.append(Block(f'<p align="center">{img}</p>', kind="image", keep_with_next=True,
                                space_before=3.0, image=ch.resource_name))
        else:
            note = t("The chart could not be drawn. The same numbers are in the table below.")
            blocks.append(para(f"<i>{esc(note)}</i>", keep_with_next=True))
        if with_table and ch.rows:
            blocks += self.grouped_table(ch.header, ch.rows)
        return blocks

    def grouped_table(self, header: list[str], rows: list[list[str]]) -> list[Block]:
        """A chart's table; rows sharing their first cell (the option) become one small table each."""
        if len(header) < 3:
            return [grid_table([esc(h) for h in header], [[esc(c) for c in r] for r in rows],
                               space_before=4.0, pad=self.st.cell_pad)]
        groups: list[tuple[str, list[list[str]]]] = []
        for r in rows:
            if groups and groups[-1][0] == r[0]:
                groups[-1][1].append(r[1:])
            else:
                groups.append((r[0], [r[1:]]))
        out: list[Block] = []
        n = len(header) - 1
        widths = [22, 22] + [max(8, (100 - 44) // max(n - 2, 1))] * (n - 2) if n >= 3 else None
        if widths and n >= 4:                      # the last column holds short source markers
            widths = [19, 19] + [max(8, (100 - 38 - 12) // (n - 3))] * (n - 3) + [12]
        for name, grows in groups:
            out.append(para(f"<b>{esc(name)}</b>", keep_with_next=True, space_before=self.small_gap))
            out.append(grid_table([esc(h) for h in header[1:]], [[esc(c) for c in r] for r in grows],
                                  widths=widths, pad=self.st.cell_pad))
        return out

    def outcome_blocks(self, q, charted: bool) -> list[Block]:
        """One question: a line saying what it asks, then a table with one unit per result: what was measured,
        every group compared with its own figure, the difference, the certainty and the sources.

        A unit never splits across pages, so a group's figure is never printed apart from its comparator's."""
        intro = f"<b>{esc(q.label)}</b>. {esc(q.description)}"
        blocks = [para(intro, keep_with_next=True, space_before=self.small_gap + 2)]
        table_open = ('<table class="grid" width="100%" cellspacing="0" '
                      f'cellpadding="{self.st.cell_pad}" border="1">')
        head = (f'<thead><tr><th scope="col" width="30%">{esc(t("Group"))}</th>'
                f'<th scope="col" width="70%">{esc(t("Result"))}</th></tr></thead>')
        units = []
        for r in q.rows:
            meta = " · ".join(b for b in (r.kind_words, r.time_frame) if b)
            label = f"{esc(r.label)}<br><span class=\"detail\">{esc(meta)}"
            more = [t("People: {g}.").format(g=r.people.rstrip("."))]
            if r.study and self.o.copy == "record":     # trial names: the record copy and the sources only
                more.append(t("Study: {s}.").format(s=r.study.rstrip(".")))
            if r.measure != "count":
                more.append(t("Measure: {m}.").format(m=r.scale))
            if r.note:
                more.append(r.note)
            if r.funder:
                more.append(r.funder.rstrip(".") + ".")
            label += f"<br>{esc(' '.join(more))}</span>"
            if r.is_claim:
                label = f"{label}<br><b>{esc(t('No comparison group: a clinic claim, not a fair test.'))}</b>"
            trs = [f'<tr><th scope="rowgroup" colspan="2" class="study">{label}</th></tr>']
            for a in r.arms:
                fig = a.frames if a.reported else (f"{a.figure}: {a.reason}" if a.reason else a.figure)
                fig_html = f"<b>{esc(fig)}</b>" + (f"<br>{esc(a.counts)}" if a.counts else "")
                trs.append(f'<tr><th scope="row">{esc(a.label)}</th><td>{fig_html}</td></tr>')
            if r.difference_only:
                trs.append(f'<tr><td colspan="2">{esc(r.comparison)}</td></tr>')
            if r.difference is not None:
                trs.append(f'<tr><th scope="row">{esc(t("Difference"))}</th>'
                           f'<td><b>{esc(r.difference.text)}</b></td></tr>')
            for line in r.beside:
                trs.append(f'<tr><td colspan="2">{esc(line)}</td></tr>')
            cert = r.certainty + (f": {r.certainty_reason}" if r.certainty_reason else "")
            if r.unverified:
                cert += " " + t("A figure in this result is not yet verified.")
            trs.append(f'<tr><th scope="row">{esc(t("Certainty"))}</th>'
                       f'<td>{esc(cert)}{self.m(r.source_ids)}</td></tr>')
            units.append("<tbody>" + "".join(trs) + "</tbody>")
        b = Block("", kind="table", space_before=3.0, table_open=table_open, table_head=head,
                  table_rows=tuple(units), table_close="</table>")
        b.html = b.table_html(b.table_rows)
        blocks.append(b)
        return blocks

    def numbers_section(self) -> Section:
        blocks: list[Block] = [para(esc(t("Each result compares groups of people in the same study over the same time, such as "
                      "people who had cement and people who had a fake procedure. Counts are out of 100 people "
                      "(or out of 1,000 for rare events). Compare groups only within a result. Numbers in square "
                      "brackets point to the references.")))]
        questions = evidence(self.pack)
        for kind, chart_id, title in (("benefit", "pain_relief", "Benefits"), ("harm", "complications", "Harms")):
            outs = [q for q in questions if q.kind == kind]
            if not outs:
                continue
            blocks.append(self.sub(t(title)))
            chart = self.chart_blocks(chart_id, with_table=False)
            blocks += chart
            charted = bool(self.charts.get(chart_id) and self.charts[chart_id].png)
            if charted:
                blocks.append(para(f"<b>{esc(t('The same numbers in words'))}</b>",
                                   keep_with_next=True, space_before=self.sub_gap))
            for oc in outs:
                blocks += self.outcome_blocks(oc, charted)
        return self.section("numbers", t("Benefits and harms in numbers"), blocks)

    def recovery_section(self) -> Section:
        blocks: list[Block] = self.chart_blocks("recovery", with_table=True)
        ch = self.charts.get("recovery")
        if ch is None or not ch.rows:
            # the milestones in words when the chart module gave no table
            for o in self.pack.options:
                ms = self.pack.milestones_for(o.id)
                if not ms:
                    continue
                blocks.append(para(f"<b>{esc(o.name)}</b>", keep_with_next=True, space_before=self.small_gap))
                blocks += bullet_list([f"<b>{esc(mi.label)}.</b> {esc(mi.text)}{self.m(mi.sources)}" for mi in ms])
        if self.pack.warning_signs:
            blocks.append(self.sub(t("Warning signs after a procedure")))
            order = {"emergency": 0, "call": 1, "discuss": 2}
            signs = sorted(self.pack.warning_signs, key=lambda w: order.get(w.urgency, 3))
            items = []
            for w in signs:
                label = URGENCY_LABELS.get(w.urgency, "Important")
                items.append(f"<b>{esc(t(label))}:</b> {esc(w.text)}{self.m(w.sources)}")
            blocks += bullet_list(items, keep=True)
        return self.section("recovery", t("Recovery"), blocks)

    def values_section(self) -> Section:
        top = self.s.top_values(self.pack)
        blocks: list[Block] = []
        if top:
            blocks.append(para(esc(t("You said these matter most to you:"))))
            items = []
            for vid in top:
                r = self.s.values.get(vid, 0)
                items.append(f"<b>{esc(self.pack.value_statement(vid).text)}</b> "
                             f"({esc(t(RATING_LABELS[r]).lower())}, "
                             f"{esc(t('{r} on a scale of 0 to 4').format(r=r))})")
            blocks += bullet_list(items)
        else:
            blocks.append(para(esc(t("You did not mark anything as very important."))))
        if self.o.copy == "record" and self.s.values:
            rows = []
            for v in self.pack.values:
                if v.id in self.s.values:
                    r = self.s.values[v.id]
                    rows.append([esc(v.text), esc(f"{r} – {t(RATING_LABELS[r])}")])
            if rows:
                blocks.append(para(f"<b>{esc(t('All ratings'))}</b>", keep_with_next=True,
                                   space_before=self.sub_gap))
                blocks.append(grid_table([esc(t("Statement")), esc(t("Rating (0 to 4)"))],
                                         rows, widths=[70, 30], pad=self.st.cell_pad))
        return self.section("values", t("What matters most to you"), blocks)

    def knowledge_section(self) -> Section | None:
        if not self.pack.knowledge:
            return None
        right, answered = self.s.knowledge_score(self.pack)
        total = len(self.pack.knowledge)
        if answered == 0:
            blocks = [para(esc(t("You did not answer the knowledge questions.")))]
            return self.section("knowledge", t("What you know"), blocks)
        blocks = [para(esc(t("You answered {right} of {answered} questions correctly "
                                        "({total} questions in all).").format(
            right=right, answered=answered, total=total)))]
        items = []
        for k in self.pack.knowledge:
            chosen = self.s.knowledge.get(k.id)
            correct = k.choices[k.answer] if 0 <= k.answer < len(k.choices) else ""
            if chosen is None:
                mark = t("Not answered.")
            elif chosen == k.answer:
                mark = t("Your answer: {a}. Correct.").format(a=correct)
            else:
                yours = k.choices[chosen] if 0 <= chosen < len(k.choices) else "?"
                mark = t("Your answer: {a}. The answer is: {c}.").format(a=yours, c=correct)
            items.append(f"<b>{esc(k.question)}</b><br>{esc(mark)} {esc(k.explanation)}")
        blocks += bullet_list(items, space_before=3.0)
        return self.section("knowledge", t("What you know"), blocks)

    def leaning_section(self) -> Section:
        blocks: list[Block] = []
        lean = self.s.leaning
        if lean == "not_sure":
            txt = t("You are not sure yet. That is fine.")
        elif lean:
            try:
                name = self.pack.option(lean).name
            except KeyError:
                name = lean
            txt = t("You are leaning towards: {name}.").format(name=name)
        else:
            txt = t("You did not say which option you are leaning towards.")
        blocks.append(para(f"<b>{esc(txt)}</b>"))
        # SURE test
        blocks.append(self.sub(t("How sure you feel (the SURE test)")))
        rows = []
        for key, question in self.pack.sure.items():
            if key in self.s.sure:
                ans = t("Yes") if self.s.sure[key] else t("No")
            else:
                ans = t("Not answered")
            rows.append([esc(question), esc(ans)])
        blocks.append(grid_table([esc(t("Question")), esc(t("Your answer"))], rows,
                                 widths=[80, 20], pad=self.st.cell_pad))
        score = self.s.sure_score()
        if score is None:
            blocks.append(para(esc(t("Not all four questions were answered, so there is no score.")),
                               space_before=4.0))
        else:
            blocks.append(para(esc(t("Your score: {n} of 4 answered \u201cyes\u201d.").format(n=score)),
                               space_before=4.0))
            if score < 4:
                blocks.append(para(esc(self.pack.sure.low_score_note)))
        return self.section("leaning", t("Where you are leaning"), blocks)

    def questions_section(self) -> Section:
        blocks: list[Block] = []
        chosen = [q for q in self.pack.questions if q.id in set(self.s.questions or [])]
        own = [q for q in (self.s.own_questions or []) if clean(q).strip()]
        if not chosen and not own:
            blocks.append(para(esc(t("You did not choose any questions. You can write some here:"))))
            blocks.append(Block("<p>" + "<br><br>".join(["_" * 60] * 3) + "</p>", kind="keep"))
        if chosen:
            blocks += bullet_list([esc(q.text) for q in chosen])
        if own:
            blocks.append(para(f"<b>{esc(t('Your own questions'))}</b>", keep_with_next=True,
                               space_before=self.sub_gap))
            blocks += bullet_list([esc(q) for q in own])
        return self.section("questions", t("Questions to ask your care team"), blocks)

    def next_steps_section(self) -> Section | None:
        if not self.pack.next_steps:
            return None
        return self.section("next", t("Next steps"),
                            bullet_list([esc(x) for x in self.pack.next_steps], ordered=False))

    def notes_section(self) -> Section | None:
        if self.o.copy != "record":
            return None
        note = clean(self.s.clinician_notes)
        if not note.strip():
            blocks = [para(esc(t("No notes were written.")))]
        else:
            # one block per paragraph so a long note flows across pages
            blocks = [para(esc(p)) for p in re.split(r"\n\s*\n", note) if p.strip()]
        return self.section("notes", t("Clinician notes"), blocks)

    def references_section(self) -> Section | None:
        if not self.pack.sources:
            return None
        blocks = [para(esc(t("The numbers in square brackets in this summary point to these "
                                        "sources.")), cls="small")]
        items = []
        for s in self.pack.sources:
            piece = esc(s.citation)
            if s.url:
                piece += f" {esc(s.url)}"
            extra = []
            if s.funding:
                extra.append(t("Funding: {f}").format(f=s.funding.rstrip(".")))
            if s.industry_funded:
                extra.append(t("Industry-funded (funded or written by a device maker)"))
            if extra:
                piece += f" <i>{esc('. '.join(extra))}.</i>"
            items.append(f'[{self.pack.source_number(s.id)}] {piece}')
        # hanging indent so the numbers stand out; one block each so the list flows across pages
        blocks += [Block(f'<p class="small" style="margin-left: 22px; text-indent: -22px;">{it}</p>',
                         kind="flow", space_before=2.5) for it in items]
        return self.section("references", t("References"), blocks)

    def about_section(self) -> Section:
        md = self.pack.metadata
        rows = [
            (t("Content version"), md.version),
            (t("Published"), fmt_date(md.published)),
            (t("Next review due"), fmt_date(md.next_review)),
            *provenance.about_rows(self.pack, fmt_date, self.o),
            (t("Written by"), "; ".join(a.line() for a in md.authors)),
            (t("Funding"), md.funding),
            (t("Conflicts of interest"), md.conflicts),
            (t("Evidence up to"), md.evidence_up_to),
            (t("How the evidence was gathered"), md.synthesis_method),
            (t("How the aid was developed"), md.development),
            (t("Testing with patients and clinicians"), md.testing),
            (t("Updates"), md.update_policy),
            (t("Made with"), f"{APP_NAME} {self.o.app_version}".strip()),
        ]
        piece = grid_table([], [[esc(k), esc(v)] for k, v in rows], widths=[28, 72], pad=self.st.cell_pad)
        blocks = [piece, para(f"<b>{esc(md.disclaimer)}</b>", space_before=self.small_gap)]
        return self.section("about", t("About this information"), blocks)


# --------------------------------------------------------------------------------------------- html
def render_html(sections: list[Section], options: ReportOptions, pack, for_export: bool) -> str:
    st = style_for(options)
    body = []
    for sec in sections:
        inner = "\n".join(b.html for b in sec.blocks)
        body.append(f'<section id="{sec.id}">\n{inner}\n</section>' if for_export else inner)
    if not for_export:
        return "<html><body>\n" + "\n".join(body) + "\n</body></html>"
    md = pack.metadata
    lang = html.escape(clean(md.language or "en"), quote=True)
    title = esc(t("Decision summary: {t}").format(t=md.title))
    foot = esc(t("{app} {ver}. Content version {v}, published {p}, next review {n}.").format(
        app=APP_NAME, ver=options.app_version, v=md.version, p=fmt_date(md.published), n=fmt_date(md.next_review)))
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>{export_stylesheet(st)}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + f"\n</main>\n<footer><p class=\"small\">{foot}</p></footer>\n</body>\n</html>\n")


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
