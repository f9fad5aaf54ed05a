"""Find every translatable (context, source) the app asks for at run time, by AST."""
import ast, sys, json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
STEPS_WRAPPERS = {"tr_", "_t"}

def const_str(n):
    return n.value if isinstance(n, ast.Constant) and isinstance(n.value, str) else None

def scan_file(p):
    src = p.read_text(encoding="utf-8")
    tree = ast.parse(src)
    rel = str(p.relative_to(ROOT))
    wrappers = {}          # name -> context
    translate_alias = set()  # names bound to QCoreApplication.translate
    module_alias = {}      # e.g. C -> content module (C.tr = translate)
    for node in ast.walk(tree):
        # `tr = QCoreApplication.translate`, at module level or inside a function
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "translate":
            for t in node.targets:
                if isinstance(t, ast.Name):
                    translate_alias.add(t.id)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) >= 1:
            for st in node.body:
                if isinstance(st, ast.Return) and isinstance(st.value, ast.Call):
                    f = st.value.func
                    if isinstance(f, ast.Attribute) and f.attr == "translate" and st.value.args:
                        c = const_str(st.value.args[0])
                        if c is not None:
                            wrappers[node.name] = c
        if isinstance(node, ast.ImportFrom):
            for a in node.names:
                if a.name == "content" and node.module in (None, "") and node.level >= 1:
                    module_alias[a.asname or a.name] = "report_content"
    out, unknown = [], []
    class V(ast.NodeVisitor):
        def __init__(self):
            self.cls = []
        def visit_ClassDef(self, n):
            self.cls.append(n.name); self.generic_visit(n); self.cls.pop()
        def visit_Call(self, n):
            f = n.func
            args = n.args
            s0 = const_str(args[0]) if args else None
            s1 = const_str(args[1]) if len(args) > 1 else None
            name = f.id if isinstance(f, ast.Name) else (f.attr if isinstance(f, ast.Attribute) else None)
            base = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else None
            rec = None
            if name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and s0 is not None and s1 is not None:
                rec = (s0, s1)
            elif name == "translate" and base == "QCoreApplication" and s0 is not None and s1 is not None:
                rec = (s0, s1)
            elif isinstance(f, ast.Name) and f.id in translate_alias and s0 is not None and s1 is not None:
                rec = (s0, s1)
            elif isinstance(f, ast.Attribute) and f.attr == "tr" and base in module_alias and s0 is not None and s1 is not None:
                rec = (s0, s1)
            elif isinstance(f, ast.Name) and f.id in wrappers and s0 is not None and len(args) == 1:
                rec = (wrappers[f.id], s0)
            elif isinstance(f, ast.Attribute) and f.attr == "tr_" and s0 is not None and len(args) == 1:
                rec = ("Steps", s0)
            elif isinstance(f, ast.Attribute) and f.attr == "tr" and base == "self" and s0 is not None and len(args) == 1:
                rec = (self.cls[-1] if self.cls else "?", s0)
            elif isinstance(f, ast.Name) and f.id in ("tr", "tr_", "_t") and s0 is not None and len(args) == 1:
                # local alias or parameter; in ui/pages these are Steps
                rec = ("Steps", s0) if "/pages/" in rel else None
                if rec is None:
                    unknown.append((rel, n.lineno, f.id, s0))
            elif name in ("tr", "tr_", "_t", "translate") and args and s0 is None and not (len(args) > 1 and s1 is not None):
                unknown.append((rel, n.lineno, name, ast.unparse(args[0])[:80]))
            if rec:
                out.append((rec[0], rec[1], rel, n.lineno))
            self.generic_visit(n)
    V().visit(tree)
    return out, unknown

def _main():
    allm, allu = [], []
    for p in sorted((ROOT / "decisionaid").rglob("*.py")):
        m, u = scan_file(p)
        allm += m; allu += u
    json.dump({"msgs": allm, "unknown": allu}, open(Path(__file__).resolve().parent / "scan.json", "w"), ensure_ascii=False, indent=0)
    pairs = {}
    for c, s, f, l in allm:
        pairs.setdefault((c, s), []).append(f"{f}:{l}")
    print(len(allm), "calls,", len(pairs), "unique pairs")
    from collections import Counter
    print(Counter(c for c, s in pairs))
    if "-u" in sys.argv:
        for u in allu: print("UNKNOWN", u)

if __name__ == "__main__":
    _main()
