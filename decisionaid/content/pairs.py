"""Translations of one pack must match the original in structure, ids and numbers: only prose may differ."""
from __future__ import annotations

import datetime as _dt
import tomllib
from pathlib import Path

# keys whose string values are ids, enums or dates: they must be identical in every language
FIXED_STRING_KEYS = {
    "id", "option", "topic", "kind", "evidence_kind", "measure", "certainty", "urgency", "type", "field", "op",
    "pack_id", "version", "review_status", "sources", "citation", "url", "comparator", "see_also",
}
# metadata keys that legitimately differ between languages
PER_LANGUAGE_KEYS = {"language", "translation_status", "translation_notice", "reading_level"}


def compare_trees(a, b, path: str = "") -> list[str]:
    """Differences between two raw TOML trees other than translated prose."""
    out: list[str] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            p = f"{path}.{k}" if path else k
            if k in PER_LANGUAGE_KEYS and path == "metadata":
                continue
            if k not in a:
                out.append(f"{p}: not in the original")
            elif k not in b:
                out.append(f"{p}: missing (the original has it)")
            else:
                out += _compare_value(k, a[k], b[k], p)
        return out
    return _compare_value("", a, b, path)


def _compare_value(key, a, b, p) -> list[str]:
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)):
            return [f"{p}: differs in kind from the original"]
        return compare_trees(a, b, p)
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)):
            return [f"{p}: differs in kind from the original"]
        if len(a) != len(b):
            return [f"{p}: has {len(b)} items, the original has {len(a)}"]
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            if isinstance(x, str) and isinstance(y, str):
                if key in FIXED_STRING_KEYS and x != y:
                    out.append(f"{p}[{i}]: '{y}' differs from the original '{x}'")
            else:
                out += _compare_value(key, x, y, f"{p}[{i}]")
        return out
    if isinstance(a, str) and isinstance(b, str):
        # bibliographic records (the [[sources]] table) are never translated
        if (key in FIXED_STRING_KEYS or p.startswith("sources[")) and a != b:
            return [f"{p}: '{b}' differs from the original '{a}'"]
        return []
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))
                                       and not isinstance(a, bool) and not isinstance(b, bool)):
        return [f"{p}: differs in kind from the original"]
    if isinstance(a, (_dt.date, bool, int, float)) and a != b:
        return [f"{p}: {b} differs from the original {a}"]
    return []


def check_translations(folder: str | Path, original: str = "en") -> list[str]:
    """Problems, as ``file: key.path: what is wrong``, for every translation in ``folder``."""
    from .files import pack_files
    files = pack_files(folder)
    if original not in files:
        return []
    base = tomllib.loads(files[original].read_text(encoding="utf-8"))
    problems = []
    for lang, f in files.items():
        if lang == original:
            continue
        try:
            other = tomllib.loads(f.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{f.name}: (TOML syntax): {exc}")
            continue
        problems += [f"{f.name}: {d}" for d in compare_trees(base, other)]
    return problems
