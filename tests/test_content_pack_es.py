"""Checks on the Spanish translation of the clinical content pack (resources/content/vcf-augmentation.es.toml).

The Spanish pack must be the English pack with only the prose translated: same structure and order, same ids,
same numbers, flags and enum values. These tests compare the two raw TOML trees leaf by leaf, check that the
figures quoted in each prose string are the same in both languages, that no English prose was left behind,
and that the Spanish reads easily (Fernandez Huerta / Szigriszt-Pazos scores via textstat).
"""
from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest
import textstat

from decisionaid.content import load_pack

CONTENT = Path(__file__).parents[1] / "resources/content"
EN_PATH = CONTENT / "vcf-augmentation.en.toml"
ES_PATH = CONTENT / "vcf-augmentation.es.toml"

# Prose string leaves, by table path (array-of-tables names, no indexes; "*" matches any name) and key.
# Every other string leaf (ids, enum values, source ids, citations, urls, pack_id, ...) must be identical.
PROSE: dict[tuple[str, ...], set[str] | str] = {
    (): {"next_steps"},
    ("metadata",): {"title", "decision", "clinical_decision", "intended_use", "for_whom", "not_for", "time_needed", "update_policy",
                    "evidence_up_to", "development", "testing",
                    "funding", "conflicts", "disclaimer", "synthesis_method", "translation_notice", "reading_level"},
    ("metadata", "authors"): {"name", "role", "credentials", "organisation"},
    ("condition",): {"title", "summary", "natural_course"},
    ("attributes",): {"label"},
    ("options",): {"name", "short_name", "summary"},
    ("options", "attributes"): "*",
    ("comparison",): {"question", "short_question"},
    ("comparison", "answers"): "*",
    ("comparison", "short"): "*",
    ("topics",): {"label"},
    ("outcomes",): {"label", "description"},
    ("outcomes", "rows"): {"label", "group", "study", "time_frame", "note", "certainty_reason", "scale",
                           "direction", "funder"},
    ("outcomes", "rows", "arms"): {"not_reported"},
    ("milestones",): {"label", "text"},
    ("warning_signs",): {"text"},
    ("guidance",): {"body", "title", "summary", "short"},
    ("situation",): {"text", "help", "short_label", "why"},
    ("situation", "choices"): {"label"},
    ("rules",): {"message"},
    ("values",): {"text"},
    ("questions",): {"text"},
    ("knowledge",): {"question", "choices", "explanation"},
    ("glossary",): {"term", "definition", "aliases"},
    ("sure",): "*",
}

# String leaves that are metadata switches, allowed (and required) to differ.
METADATA_CHANGED = {"metadata.language", "metadata.translation_status"}

# Prose that is rightly the same in both languages: Spanish words spelled like the English, acronyms.
SAME_ALLOWED = {"No", "osteoporosis", "placebo", "PMMA", "LCD"}

ENGLISH_FUNCTION_WORDS = (" the ", " and ", " with ", " you ", " your ", " of the ", " is ", " are ")

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

SURE_ES = {
    "sure_of_best": "¿Se siente seguro/a de cuál es la mejor opción para usted?",
    "know_benefits_risks": "¿Conoce los beneficios y los riesgos de cada opción?",
    "clear_values": "¿Tiene claro qué beneficios y riesgos son más importantes para usted?",
    "enough_support": "¿Tiene suficiente apoyo y consejo para tomar una decisión?",
}

READABILITY_SECTIONS = ("options", "outcomes", "condition", "knowledge", "values", "questions")
READABILITY_MIN = 60.0      # "normal" or easier on both Spanish scales


def is_prose(tpath: tuple[str, ...], key: str) -> bool:
    for pattern, keys in PROSE.items():
        if len(pattern) == len(tpath) and all(p in ("*", t) for p, t in zip(pattern, tpath)):
            return keys == "*" or key in keys
    return False


def leaves(node, tpath=(), path=""):
    """Yield (path, table path, key, value) for every leaf; list items carry the list's key."""
    for key, val in node.items():
        p = f"{path}.{key}" if path else key
        if isinstance(val, dict):
            yield from leaves(val, tpath + (key,), p)
        elif isinstance(val, list):
            for i, item in enumerate(val):
                if isinstance(item, dict):
                    yield from leaves(item, tpath + (key,), f"{p}[{i}]")
                else:
                    yield f"{p}[{i}]", tpath, key, item
        else:
            yield p, tpath, key, val


def prose_pairs(en_raw, es_raw):
    """(path, English, Spanish) for every prose string leaf present in both packs."""
    es_by_path = {p: v for p, _, _, v in leaves(es_raw)}
    return [(p, v, es_by_path[p]) for p, tp, k, v in leaves(en_raw)
            if isinstance(v, str) and is_prose(tp, k) and p not in METADATA_CHANGED]


@pytest.fixture(scope="module")
def en_raw():
    return tomllib.loads(EN_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def es_raw():
    return tomllib.loads(ES_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en_pack():
    return load_pack(EN_PATH)


@pytest.fixture(scope="module")
def es_pack():
    return load_pack(ES_PATH)


# --- structure ----------------------------------------------------------------------------------------
def _compare(a, b, path, tpath, key, problems):
    if isinstance(a, dict):
        if not isinstance(b, dict):
            problems.append(f"{path}: not a table")
            return
        extra = set(b) - set(a)
        if path == "metadata":
            extra -= {"translation_notice"}
        if set(a) - set(b) or extra:
            problems.append(f"{path}: keys differ {sorted(set(a) ^ set(b))}")
        if [k for k in b if k in a] != list(a):
            problems.append(f"{path}: keys in a different order")
        for k, v in a.items():
            if k in b:
                sub = tpath + (k,) if isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict)) \
                    else tpath
                _compare(v, b[k], f"{path}.{k}" if path else k, sub, k, problems)
    elif isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            problems.append(f"{path}: list length differs")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            _compare(x, y, f"{path}[{i}]", tpath, key, problems)
    elif isinstance(a, str):
        if not isinstance(b, str):
            problems.append(f"{path}: not a string")
        elif path not in METADATA_CHANGED and not is_prose(tpath, key) and a != b:
            problems.append(f"{path}: {a!r} changed to {b!r} (ids, enums and citations stay as in English)")
    elif type(a) is not type(b) or a != b:
        problems.append(f"{path}: {a!r} != {b!r}")


def test_same_structure_ids_and_numbers(en_raw, es_raw):
    problems: list[str] = []
    _compare(en_raw, es_raw, "", (), None, problems)
    assert not problems, "\n".join(problems)


def test_prose_keys_cover_every_translated_string(en_raw, es_raw):
    """Every string that differs between the packs is at a prose key (so the prose map is complete)."""
    es_by_path = {p: v for p, _, _, v in leaves(es_raw)}
    for p, tp, k, v in leaves(en_raw):
        if isinstance(v, str) and v != es_by_path[p] and p not in METADATA_CHANGED:
            assert is_prose(tp, k), p


def test_prose_quotes_the_same_figures(en_raw, es_raw):
    """Every figure in an English prose string appears, the same, in its Spanish translation."""
    bad = []
    for path, en, es in prose_pairs(en_raw, es_raw):
        if path == "metadata.reading_level":      # measured separately for each language
            continue
        if sorted(NUMBER.findall(en)) != sorted(NUMBER.findall(es)):
            bad.append(f"{path}: {NUMBER.findall(en)} vs {NUMBER.findall(es)}")
    assert not bad, "\n".join(bad)


def _skeleton(obj, field=""):
    """The loaded pack with prose replaced by a marker: ids, enums, numbers, flags and order remain."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _skeleton(getattr(obj, f.name), f.name) for f in dataclasses.fields(obj)
                if f.name not in ("language", "translation_status", "translation_notice", "reading_level")}
    if isinstance(obj, (tuple, list)):
        if obj and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in obj):
            return [(k, "<text>") for k, _ in obj]       # option attributes, comparison answers: (id, text)
        return [_skeleton(x, field) for x in obj]
    if isinstance(obj, str):
        keep = {"id", "option", "comparator", "see_also", "topic", "kind", "evidence_kind", "measure", "certainty",
                "urgency", "type",
                "review_status", "pack_id", "version", "sources", "field", "op", "value", "mode",
                "citation", "url"}
        return obj if field in keep else "<text>"
    if isinstance(obj, dict):
        return {k: _skeleton(v, field) for k, v in obj.items()}
    return obj


def test_loaded_packs_match(en_pack, es_pack):
    assert es_pack.option_ids == en_pack.option_ids
    assert _skeleton(es_pack) == _skeleton(en_pack)


def _numbers(d):
    return None if d is None else (d.value, d.low, d.high, d.approximate)


def _row_facts(r):
    """Everything of an evidence row that must not change in translation (all but its prose)."""
    return {
        "id": r.id, "evidence_kind": r.evidence_kind, "measure": r.measure, "denominator": r.denominator,
        "certainty": r.certainty, "sources": r.sources, "unverified": r.unverified, "key": r.key,
        "see_also": r.see_also, "in_charts": r.in_charts, "has_funder": bool(r.funder),
        "has_direction": bool(r.direction), "difference": _numbers(r.difference),
        "arms": [(a.option, a.comparator, a.value, a.low, a.high, a.approximate, a.less_than, a.events, a.people,
                  bool(a.not_reported)) for a in r.arms],
    }


def test_evidence_rows_keep_identical_numbers(en_pack, es_pack):
    """Row by row and arm by arm: same groups, figures, ranges, counts, differences, flags, kinds, ids, sources."""
    en = [(o.id, o.kind, o.topic, [_row_facts(r) for r in o.rows]) for o in en_pack.outcomes]
    es = [(o.id, o.kind, o.topic, [_row_facts(r) for r in o.rows]) for o in es_pack.outcomes]
    assert len(es) == len(en)
    for e, s in zip(en, es):
        assert s[:3] == e[:3]
        assert [r["id"] for r in s[3]] == [r["id"] for r in e[3]], e[0]
        for er, sr in zip(e[3], s[3]):
            for k in er:
                assert sr[k] == er[k], (er["id"], k, er[k], sr[k])
    assert sum(len(o[3]) for o in en) > 30          # the comparison really covered the rows


# --- metadata -----------------------------------------------------------------------------------------
def test_metadata(en_pack, es_pack):
    en, es = en_pack.metadata, es_pack.metadata
    assert es.language == "es"
    assert es.translation_status == "not-reviewed"
    assert es.translation_unreviewed
    assert "traducción" in es.translation_notice.lower()
    assert "traductor médico" in es.translation_notice
    for field in ("pack_id", "version", "published", "next_review", "evidence_search_date"):
        assert getattr(es, field) == getattr(en, field), field
    assert es_pack.is_draft and es.testing.startswith("Ninguna todavía.")


def test_folder_picks_spanish(es_pack):
    assert load_pack(CONTENT, language="es").metadata.language == "es"
    assert load_pack(CONTENT).metadata.language == "en"


def test_sure_items_use_the_spanish_sure_wording(es_pack):
    for key, text in SURE_ES.items():
        assert getattr(es_pack.sure, key) == text
    assert es_pack.sure.low_score_note.strip()


def test_glossary_terms_unique_and_in_order(en_pack, es_pack):
    assert len(es_pack.glossary) == len(en_pack.glossary)
    terms = [g.term.lower() for g in es_pack.glossary]
    assert len(set(terms)) == len(terms)
    for want in ("vertebroplastia", "cifoplastia", "fractura por compresión", "procedimiento simulado",
                 "cemento óseo", "resonancia magnética", "ensayo abierto", "ensayo aleatorizado", "certeza"):
        assert want in terms, want
    assert terms.index("vertebroplastia") == 0 and terms.index("cifoplastia") == 1


# --- no English left ----------------------------------------------------------------------------------
def test_no_untranslated_prose(en_raw, es_raw):
    same = [p for p, en, es in prose_pairs(en_raw, es_raw)
            if en == es and es not in SAME_ALLOWED and not re.fullmatch(r"[\d\s.,%-]+", es)]
    assert not same, same


def test_no_english_function_words_in_spanish_prose(es_raw):
    bad = []
    for path, tp, key, val in leaves(es_raw):
        if isinstance(val, str) and is_prose(tp, key):
            text = f" {val.lower()} "
            for word in ENGLISH_FUNCTION_WORDS:
                if word in text:
                    bad.append(f"{path}: {word.strip()!r} in {val[:60]!r}")
    assert not bad, "\n".join(bad)


def _row_text(r) -> str:
    return " ".join([r.label, r.group, r.note, r.certainty_reason, r.funder, *(a.not_reported for a in r.arms)]).lower()


# An honesty label in an English row, and what the same Spanish row must then say.
HONESTY_LABELS = {
    "fake procedure": ("procedimiento simulado",),
    "no comparison group": ("sin grupo de comparación",),
    "device maker": ("fabricante",),
    "not yet checked": ("aún no se ha comprobado", "aún no se han comprobado"),
}


def test_honesty_labels_kept(en_pack, es_pack):
    """Wherever an English row says a group was a fake procedure, that there was no comparison group, that a
    device maker paid or that a figure is not yet checked, the same Spanish row says so too."""
    seen = set()
    for en_o, es_o in zip(en_pack.outcomes, es_pack.outcomes):
        for en_r, es_r in zip(en_o.rows, es_o.rows):
            en_text, es_text = _row_text(en_r), _row_text(es_r)
            for label, spanish in HONESTY_LABELS.items():
                if label in en_text:
                    seen.add(label)
                    assert any(w in es_text for w in spanish), (en_r.id, label)
            if en_r.funder:
                assert "fabricante" in es_r.funder.lower(), en_r.id
    assert seen == set(HONESTY_LABELS)


# --- expert groups ("What expert groups say") ---------------------------------------------------------
GUIDANCE_SHORT_MAX_WORDS = 20


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_guidance_has_a_short_line(en_pack, es_pack, lang):
    pack = {"en": en_pack, "es": es_pack}[lang]
    assert pack.guidance
    for g in pack.guidance:
        assert g.short.strip(), g.id
        assert "\n" not in g.short, g.id
        assert len(g.short.split()) <= GUIDANCE_SHORT_MAX_WORDS, (g.id, len(g.short.split()), g.short)
        assert g.short != g.summary, g.id


def test_both_packs_have_the_same_guidance_ids_and_years(en_pack, es_pack):
    assert [(g.id, g.year) for g in es_pack.guidance] == [(g.id, g.year) for g in en_pack.guidance]
    assert [g.sources for g in es_pack.guidance] == [g.sources for g in en_pack.guidance]


def test_spanish_kyphoplasty_sham_answer_is_bounded_by_the_evidence_used(es_pack):
    k = next(k for k in es_pack.knowledge if k.id == "k_kyphoplasty_sham")
    assert k.choices[k.answer] == "Ningún ensayo publicado en la evidencia que usa esta ayuda"
    assert "2023" in k.explanation


# --- readability --------------------------------------------------------------------------------------
def section_text(raw, section: str) -> str:
    parts = []
    for _, tp, key, val in leaves({section: raw[section]}):
        if isinstance(val, str) and is_prose(tp, key):
            val = val.strip()
            parts.append(val if val[-1] in ".?!" else val + ".")   # labels and list items count as sentences
    return " ".join(parts)


@pytest.mark.parametrize("section", READABILITY_SECTIONS)
def test_spanish_readability(es_raw, section):
    textstat.set_lang("es")
    try:
        text = section_text(es_raw, section)
        assert text
        fh = textstat.fernandez_huerta(text)
        sp = textstat.szigriszt_pazos(text)
    finally:
        textstat.set_lang("en_US")
    assert fh >= READABILITY_MIN, f"{section}: Fernandez Huerta {fh:.1f}"
    assert sp >= READABILITY_MIN, f"{section}: Szigriszt-Pazos {sp:.1f}"
