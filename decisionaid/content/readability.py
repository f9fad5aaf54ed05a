"""Reading level of a pack's patient-facing prose, per section (a development tool; needs ``textstat``).

English: Flesch-Kincaid grade (US school grade). Spanish: Fernández-Huerta reading ease (higher is easier;
70 and above is "easy"). ``python -m decisionaid.content.readability PACK`` prints the measures and the line
to put in ``metadata.reading_level``.
"""
from __future__ import annotations

import sys

MIN_WORDS = 10      # shorter strings are labels, not paragraphs


def sections(pack) -> list[tuple[str, list[str]]]:
    md = pack.metadata
    out = [("welcome", [md.decision, md.for_whom, md.not_for, md.intended_use, md.time_needed, md.disclaimer]),
           ("condition", [pack.condition.summary, pack.condition.natural_course])]
    for o in pack.options:
        out.append((f"option {o.id}", [o.summary] + [t for _, t in o.attributes]))
    out += [
        ("comparison", [c.question for c in pack.comparison] + [a for c in pack.comparison for _, a in c.answers]),
        ("outcomes", [o.description for o in pack.outcomes] + [r.note for o in pack.outcomes for r in o.rows if r.note]
         + [r.certainty_reason for o in pack.outcomes for r in o.rows]
         + [a.not_reported for o in pack.outcomes for r in o.rows for a in r.arms if a.not_reported]),
        ("recovery", [m.text for m in pack.milestones] + [w.text for w in pack.warning_signs]),
        ("expert groups", [g.summary for g in pack.guidance] + [g.short for g in pack.guidance]),
        ("situation", [q.text for q in pack.situation] + [r.message for r in pack.rules]),
        ("values", [v.text for v in pack.values]),
        ("questions", [q.text for q in pack.questions]),
        ("knowledge", [k.question for k in pack.knowledge] + [k.explanation for k in pack.knowledge]),
        ("glossary", [g.definition for g in pack.glossary]),
        ("summary", [pack.sure.low_score_note, *pack.next_steps]),
    ]
    return out


def _join(paras: list[str]) -> str:
    return "\n".join(p if p.rstrip().endswith((".", "?", "!", ":")) else p + "." for p in paras if p.strip())


def measure(pack) -> dict:
    import textstat
    lang = pack.metadata.language
    textstat.set_lang(lang)
    score = textstat.flesch_kincaid_grade if lang == "en" else textstat.fernandez_huerta
    per_section = {name: score(_join(paras)) for name, paras in sections(pack)}
    paragraphs = [(score(p), name, p) for name, paras in sections(pack) for p in paras
                  if len(p.split()) >= MIN_WORDS]
    whole = score(_join([p for _, paras in sections(pack) for p in paras]))
    return {"language": lang, "formula": "Flesch-Kincaid grade" if lang == "en" else "Fernández-Huerta ease",
            "overall": whole, "sections": per_section, "paragraphs": paragraphs}


def summary_line(m: dict) -> str:
    if m["language"] == "en":
        worst = max(m["sections"].values())
        return (f"US grade {m['overall']:.1f} overall (Flesch-Kincaid); every section grade {worst:.1f} or "
                f"lower; measured with textstat")
    easiest = min(m["sections"].values())
    return (f"Fernández-Huerta {m['overall']:.0f} en total (fácil es 70 o más); cada sección {easiest:.0f} o "
            f"más; medido con textstat")


if __name__ == "__main__":
    from . import load_pack
    m = measure(load_pack(sys.argv[1]))
    for name, v in m["sections"].items():
        print(f"{name:22} {v:6.1f}")
    for v, name, p in sorted(m["paragraphs"], reverse=m["language"] == "en")[:8]:
        print(f"  {v:6.1f} [{name}] {p[:90]}")
    print(summary_line(m))
