"""The "points to discuss" rule format: declarative conditions, no eval.

A condition is ``{field, op, value}``; a group is ``{all = [...]}`` or ``{any = [...]}`` and may nest.
Evaluation never raises: an unanswered or mistyped answer makes a leaf false.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

from . import model as m

_NUMERIC_OPS = ("lt", "le", "gt", "ge")
MAX_DEPTH = 8


def parse_group(raw: Any, path: str, problem: Callable[[str, str], None], depth: int = 0) -> m.Group:
    if depth > MAX_DEPTH:
        problem(path, f"conditions nest deeper than {MAX_DEPTH} levels")
        return m.Group("all", ())
    if not isinstance(raw, dict):
        problem(path, "must be a table with 'all' or 'any'")
        return m.Group("all", ())
    modes = [k for k in ("all", "any") if k in raw]
    extra = [k for k in raw if k not in ("all", "any")]
    if extra:
        problem(f"{path}.{extra[0]}", "unknown key: a group holds only 'all' or 'any'")
    if len(modes) != 1:
        problem(path, "needs exactly one of 'all' or 'any'")
        return m.Group("all", ())
    mode = modes[0]
    items_raw = raw[mode]
    if not isinstance(items_raw, list) or not items_raw:
        problem(f"{path}.{mode}", "must be a non-empty list of conditions")
        return m.Group(mode, ())
    items: list[m.Group | m.Condition_] = []
    for i, it in enumerate(items_raw):
        ip = f"{path}.{mode}[{i}]"
        if isinstance(it, dict) and ("all" in it or "any" in it):
            items.append(parse_group(it, ip, problem, depth + 1))
            continue
        if not isinstance(it, dict):
            problem(ip, "must be a table {field, op, value}")
            continue
        for k in it:
            if k not in ("field", "op", "value"):
                problem(f"{ip}.{k}", "unknown key: a condition holds field, op and value")
        fld, op = it.get("field"), it.get("op")
        if not isinstance(fld, str) or not fld:
            problem(f"{ip}.field", "missing question id")
            continue
        if op not in m.OPERATORS:
            problem(f"{ip}.op", f"'{op}' is not one of {', '.join(m.OPERATORS)}")
            continue
        if "value" not in it:
            problem(f"{ip}.value", "missing")
            continue
        items.append(m.Condition_(field=fld, op=op, value=it["value"]))
    return m.Group(mode, tuple(items))


def check_group_refs(group: m.Group, path: str, questions: Mapping[str, m.SituationQuestion],
                     problem: Callable[[str, str], None]) -> None:
    """Each leaf must name a declared question and a value that fits it."""
    for i, it in enumerate(group.items):
        ip = f"{path}.{group.mode}[{i}]"
        if isinstance(it, m.Group):
            check_group_refs(it, ip, questions, problem)
            continue
        q = questions.get(it.field)
        if q is None:
            problem(f"{ip}.field", f"unknown situation question '{it.field}'")
            continue
        vals = it.value if it.op == "in" else [it.value]
        if it.op == "in" and not isinstance(it.value, list):
            problem(f"{ip}.value", "'in' takes a list")
            continue
        if it.op in _NUMERIC_OPS and q.type != "number":
            problem(f"{ip}.op", f"'{it.op}' only works on number questions ('{q.id}' is {q.type})")
            continue
        for v in vals:
            if q.type == "choice" and v not in {c.id for c in q.choices}:
                problem(f"{ip}.value", f"'{v}' is not a choice of '{q.id}'")
            elif q.type == "yes_no" and v not in ("yes", "no"):
                problem(f"{ip}.value", f"'{v}' must be \"yes\" or \"no\" for '{q.id}'")
            elif q.type == "number":
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    problem(f"{ip}.value", f"must be a number for '{q.id}'")
                elif q.min is not None and q.max is not None and not q.min <= v <= q.max:
                    problem(f"{ip}.value", f"{v} is outside {q.id}'s range {q.min:g} to {q.max:g}")


def evaluate(group: m.Group, answers: Mapping[str, Any]) -> bool:
    results = (_eval_item(it, answers) for it in group.items)
    if group.mode == "all":
        return bool(group.items) and all(results)
    return any(results)


def _eval_item(item: m.Group | m.Condition_, answers: Mapping[str, Any]) -> bool:
    if isinstance(item, m.Group):
        return evaluate(item, answers)
    if item.field not in answers:
        return False
    a = answers[item.field]
    if a is None:
        return False
    try:
        if item.op == "eq":
            return a == item.value
        if item.op == "ne":
            return a != item.value
        if item.op == "in":
            return a in item.value
        if isinstance(a, bool) or not isinstance(a, (int, float)):
            return False
        return {"lt": a < item.value, "le": a <= item.value, "gt": a > item.value, "ge": a >= item.value}[item.op]
    except (TypeError, ValueError):
        return False


def fired_rules(pack: m.Pack, answers: Mapping[str, Any]) -> list[m.Rule]:
    """Rules whose condition holds, warnings first, then in pack order."""
    fired = [r for r in pack.rules if evaluate(r.when, answers)]
    return sorted(fired, key=lambda r: (not r.warning, pack.rules.index(r)))
