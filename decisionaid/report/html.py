"""The accessible HTML export: the same blocks as the PDF (``content.summary_data``), as one standalone,
semantic page (``lang``, headings, lists, tables with ``th scope``, the key comparisons as figures with their
text alternative). Every string is escaped here; the page loads nothing (no scripts, no links to files).
Plain Python: no Qt.
"""
from __future__ import annotations

import html as _html

from .content import clean


def esc(text: object) -> str:
    s = _html.escape(clean(text), quote=True)
    return s.replace("\n", "<br>")


def runs(rs) -> str:
    return "".join(f"<strong>{esc(s)}</strong>" if b else esc(s) for s, b in rs)


def _css(d: dict) -> str:
    body = max(d["body_pt"], 12)
    return f"""
body {{ font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: {body}pt; line-height: 1.45;
  color: #000; background: #fff; max-width: 48em; margin: 1.5em auto; padding: 0 1em; overflow-wrap: anywhere; }}
h1 {{ color: {d["accent"]}; font-size: 155%; }}
h2 {{ color: {d["accent"]}; font-size: 125%; border-bottom: 2px solid #6b7f99; margin-top: 1.6em; }}
h3 {{ font-size: 108%; margin-top: 1.2em; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1em; width: 100%; }}
th, td {{ border: 1px solid #6b7f99; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }}
thead th {{ background: {d["shade"]}; }}
dl.meta {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }}
dl.meta dt {{ font-weight: 700; }} dl.meta dd {{ margin: 0; }}
.box {{ border: 3px solid #000; background: {d["boxfill"]}; padding: 0.6em; }}
.kicker {{ font-weight: 700; color: {d["accent"]}; margin: 0; }}
.lead {{ font-size: 110%; }}
.code {{ font-size: 140%; letter-spacing: 0.08em; }}
.pairs {{ display: flex; flex-wrap: wrap; gap: 1.5em; }}
.pair {{ flex: 1 1 20em; }}
.arms {{ display: flex; gap: 1em; }}
.arm {{ flex: 1 1 0; }}
.draft {{ border: 3px solid #000; padding: 0.3em; font-weight: 700; display: inline-block; }}
"""


def _icons(a: dict, c: dict) -> str:
    """A small inline SVG of one group's icon array (decorative: the figure's text says the same)."""
    cols, rows = a["cols"], a["rows"]
    if not cols:
        return ""
    step = 10
    out = [f'<svg aria-hidden="true" focusable="false" width="{cols * step}" height="{rows * step}" '
           f'viewBox="0 0 {cols * step} {rows * step}">']
    extra = 1 if a["frac"] > 0 else 0
    for i in range(min(a["count"], cols * rows)):
        r, col = divmod(i, cols)
        x, y = col * step, (rows - 1 - r) * step
        if i < a["had"]:
            style = f'fill="{a["colour"]}"'
        elif i < a["had"] + extra + a["maybe"]:
            style = f'fill="#ffffff" stroke="{a["colour"]}"'
        else:
            style = f'fill="{c["empty"]}" stroke="{c["edge"]}"'
        out.append(f'<rect x="{x + 1}" y="{y + 1}" width="8" height="8" rx="1" {style}/>')
    out.append("</svg>")
    return "".join(out)


def _block(b: dict) -> str:
    k = b["t"]
    if k == "h":
        return f'<h{b["level"]}>{esc(b["text"])}</h{b["level"]}>'
    if k == "p":
        cls = f' class="{b["style"]}"' if b.get("style") else ""
        return f"<p{cls}>{runs(b['runs'])}</p>"
    if k == "list":
        tag = "ol" if b.get("ordered") else "ul"
        return f"<{tag}>" + "".join(f"<li>{runs(i)}</li>" for i in b["items"]) + f"</{tag}>"
    if k in ("refs",):
        return "<ul>" + "".join(f"<li>{runs(i)}</li>" for i in b["items"]) + "</ul>"
    if k == "table":
        head = ""
        if b["head"]:
            head = "<thead><tr>" + "".join(f'<th scope="col">{esc(x)}</th>' for x in b["head"]) + "</tr></thead>"
        body = []
        for r in b["rows"]:
            cells = []
            for i, c in enumerate(r):
                if i == 0 and b.get("row_head"):
                    cells.append(f'<th scope="row">{runs(c)}</th>')
                else:
                    cells.append(f"<td>{runs(c)}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        return f"<table>{head}<tbody>{''.join(body)}</tbody></table>"
    if k == "meta":
        return '<dl class="meta">' + "".join(f"<dt>{esc(lab)}</dt><dd>{runs(v)}</dd>" for lab, v in b["rows"]) + "</dl>"
    if k == "box":
        return f'<p class="box">{runs(b["runs"])}</p>'
    if k == "pairs":
        out = ['<div class="pairs">']
        for c in b["items"]:
            arms = "".join(f'<div class="arm">{_icons(a, c)}<p><strong>{esc(a["label"])}:</strong> '
                           f'{esc(a["figure"])}</p></div>' for a in c["arms"])
            out.append(f'<figure class="pair" role="group" aria-label="{esc(c["alt"])}">'
                       f'<figcaption><strong>{esc(c["label"])}</strong><br>{esc(c["time"])}</figcaption>'
                       f'<div class="arms">{arms}</div><p>{esc(c["difference"])}</p>'
                       f'<p><strong>{esc(c["certainty"])}</strong></p></figure>')
        out.append("</div>")
        return "".join(out)
    if k == "keep":
        return "\n".join(_block(x) for x in b["blocks"])
    if k == "lines":
        return "<p>" + "<br><br>".join(["_" * 60] * b["n"]) + "</p>"
    if k == "break":
        return ""
    return ""


def render_html(d: dict) -> str:
    body = "\n".join(_block(b) for b in d["blocks"])
    draft = f'<p class="draft">{esc(d["draft"])}</p>\n' if d.get("draft") else ""
    return ("<!DOCTYPE html>\n"
            f'<html lang="{esc(d["lang"])}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(d['title'])}</title>\n<style>{_css(d)}</style>\n</head>\n<body>\n<main>\n"
            + draft + body + f"\n</main>\n<footer><p>{esc(d['footer'])}</p></footer>\n</body>\n</html>\n")
