"""Fill decisionaid_<lang>.ts for each language: translate every lupdate entry, and add entries under the
contexts the app really uses at run time (the module-level tr()/tr_() wrappers and `tr = QCoreApplication.translate`
aliases are not seen by pyside6-lupdate with the right context).

The languages are the translation tables beside this file: tools/<code>.py (a language code such as "fr" or
"pt_BR", with TR, CTX_TR and DYNAMIC like the others). A new language is a new table: no code changes.
Usage: python resources/i18n/tools/fill.py [--check] [--list] [LANG ...] (after pyside6-lupdate; `make
translations` runs both, for every language)."""
import ast, importlib, re, sys
import xml.etree.ElementTree as ET
from pathlib import Path
TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
import scan

ROOT = Path(__file__).resolve().parents[3]
PH = re.compile(r"%\d+|%s|\{[a-z_]*\}")
LANG_CODE = re.compile(r"[a-z]{2,3}(_[A-Z][A-Za-z0-9]+)?")


def languages() -> list[str]:
    """Every language with a translation table (tools/<code>.py)."""
    return sorted(p.stem for p in TOOLS.glob("*.py") if LANG_CODE.fullmatch(p.stem))


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"decisionaid_{lang}.ts"


TR, CTX_TR, DYNAMIC = {}, {}, {}
LANG = None


def use(lang: str) -> None:
    """Make ``lang``'s table the one ``lookup`` reads."""
    global TR, CTX_TR, DYNAMIC, LANG
    table = importlib.import_module(lang)
    TR, CTX_TR, DYNAMIC, LANG = table.TR, table.CTX_TR, table.DYNAMIC, lang


if languages():
    use(languages()[0])

def lookup(ctx, eng):
    if (ctx, eng) in CTX_TR:
        return CTX_TR[(ctx, eng)]
    return TR.get(eng)

def check(eng, es, where):
    probs = []
    if sorted(PH.findall(eng)) != sorted(PH.findall(es)):
        probs.append(f"placeholders differ {PH.findall(eng)} vs {PH.findall(es)}")
    amp = lambda s: len(re.findall(r"&(?!&)", s.replace("&&", "")))
    if amp(eng) != amp(es):
        probs.append("accelerator count differs")
    for sym in "◀▶✓…•—":
        if eng.count(sym) != es.count(sym) and not (sym == "✓" and es.count(sym) > eng.count(sym)):
            probs.append(f"symbol {sym} differs")
    if eng.startswith(" ") != es.startswith(" ") or eng.endswith(" ") != es.endswith(" "):
        probs.append("edge spaces differ")
    return [f"{where}: {p}: {eng!r} -> {es!r}" for p in probs]

def runtime_pairs():
    msgs = []
    for p in sorted((ROOT / "decisionaid").rglob("*.py")):
        m, _ = scan.scan_file(p)
        msgs += m
    # dynamic lookups: string values of the report's word tables
    content = ROOT / "decisionaid/report/content.py"
    tree = ast.parse(content.read_text(encoding="utf-8"))
    dyn = set(DYNAMIC["report"])
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in
                                                ("EVIDENCE_WORDS", "RATING_LABELS", "URGENCY_LABELS") for t in node.targets):
            for c in ast.walk(node.value):
                if isinstance(c, ast.Constant) and isinstance(c.value, str):
                    v = node.value
                    is_key = isinstance(v, ast.Dict) and any(k is c for k in v.keys)
                    if not is_key and c.value not in dyn:
                        print("NOTE new dynamic report string:", c.value)
                        dyn.add(c.value)
    pairs = {}
    for c, s, f, l in msgs:
        pairs.setdefault((c, s), []).append((f, l))
    # the report's words go through the wording layer's t(), looked up in context "Charts" like present/'s
    for s in sorted(dyn):
        pairs.setdefault(("Charts", s), [])
    for s, locs in wording_calls().items():
        pairs.setdefault(("Charts", s), []).extend(locs)
    for ctx, strings in DYNAMIC.items():
        for s in strings:
            pairs.setdefault((ctx, s), [])
    for s, locs in chart_templates().items():
        pairs.setdefault(("Charts", s), []).extend(locs)
    return pairs

WORDING_USERS = ("decisionaid/report/content.py", "decisionaid/report/provenance.py", "decisionaid/report/render.py")


def wording_calls():
    """Literal templates passed to the wording layer's ``t()`` outside present/ and charts/ (the report's
    words), each with the file and line where it appears."""
    out = {}
    for rel in WORDING_USERS:
        for node in ast.walk(ast.parse((ROOT / rel).read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.setdefault(node.args[0].value, []).append((rel, node.lineno))
    return out

def chart_templates():
    """The chart and wording-layer templates (decisionaid.charts._text.TRANSLATABLE, which includes
    decisionaid.present's; the app looks them up in context "Charts"), each with the file and line where its
    literal first appears. Imports the package the normal way (that loads no Qt and no matplotlib)."""
    import importlib
    sys.path.insert(0, str(ROOT))
    mod = importlib.import_module("decisionaid.charts._text")
    first = {}
    for path in (ROOT / "decisionaid/charts/_text.py", *sorted((ROOT / "decisionaid/present").glob("*.py"))):
        rel = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in first:
                first[node.value] = (rel, node.lineno)
    return {s: ([first[s]] if s in first else []) for s in mod.TRANSLATABLE}

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if "--list" in argv:
        print(" ".join(languages()))
        return 0
    check_only = "--check" in argv
    status = 0
    for lang in [a for a in argv if not a.startswith("--")] or languages():
        print(f"[{lang}]")
        status |= fill(lang, check_only)
    return status


def fill(lang, check_only):
    use(lang)
    TS = ts_path(lang)
    tree = ET.parse(TS)
    root = tree.getroot()
    missing, problems = [], []
    n_lupdate = n_added = n_revived = 0
    global RUNTIME
    RUNTIME = runtime_pairs()
    by_ctx = {c.findtext("name") or "": c for c in root.findall("context")}
    # 1. every entry lupdate made
    for c in root.findall("context"):
        ctx = c.findtext("name") or ""
        for m in c.findall("message"):
            tr = m.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            src, com = m.findtext("source"), m.findtext("comment")
            # lupdate reads translate-aliases `tr("ctx", "text")` as tr(source="ctx", disambiguation="text")
            eng = com if (com and (src, com) in RUNTIME) else src
            es = lookup(ctx, eng)
            if es is None:
                missing.append((ctx, eng)); continue
            problems += check(eng, es, f"[{ctx}]")
            tr.text = es
            tr.attrib.pop("type", None)
            n_lupdate += 1
    # 2. entries under the run-time contexts
    for (ctx, eng), locs in RUNTIME.items():
        es = lookup(ctx, eng)
        if es is None:
            missing.append((ctx, eng)); continue
        problems += check(eng, es, f"[{ctx}]")
        c = by_ctx.get(ctx)
        if c is None:
            c = ET.Element("context"); ET.SubElement(c, "name").text = ctx
            by_ctx[ctx] = c
            # keep contexts sorted like lupdate
            ctxs = root.findall("context")
            idx = len(ctxs)
            for i, other in enumerate(ctxs):
                if (other.findtext("name") or "") > ctx:
                    idx = i; break
            root.insert(idx, c)
        found = None
        for m in c.findall("message"):
            if m.findtext("source") == eng and m.find("comment") is None:
                found = m; break
        if found is None:
            m = ET.SubElement(c, "message")
            for f, l in locs:
                ET.SubElement(m, "location", filename="../../" + f, line=str(l))
            ET.SubElement(m, "source").text = eng
            ET.SubElement(m, "translation").text = es
            n_added += 1
        else:
            tr = found.find("translation")
            if tr.get("type") in ("vanished", "obsolete", "unfinished"):
                if tr.get("type") in ("vanished", "obsolete"):
                    n_revived += 1
                    # restore locations so the entry is useful to a translator
                    for old in found.findall("location"):
                        found.remove(old)
                    for i, (f, l) in enumerate(locs):
                        found.insert(i, ET.Element("location", filename="../../" + f, line=str(l)))
                tr.attrib.pop("type", None)
            tr.text = es
    for p in problems: print("PROBLEM", p)
    for x in missing: print("MISSING", x)
    print(f"lupdate entries translated: {n_lupdate}; run-time entries added: {n_added}; revived: {n_revived}")
    if check_only or missing:
        return 1 if missing else 0
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    body = body.replace("<name />", "<name></name>").replace(" />", "/>")
    body = "\n".join(l[4:] if l.startswith("    ") else l for l in body.split("\n"))
    body = re.sub(r">([^<]*)<", lambda mm: ">" + mm.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<", body)
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return 0

if __name__ == "__main__":
    sys.exit(main())
