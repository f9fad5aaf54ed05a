"""The layer contracts in pyproject.toml ([tool.importlinter]) hold for this tree, and each kind of contract
catches a real violation: lint-imports is run on a temporary copy of the package with one forbidden import
added."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.run([str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_contracts_hold():
    assert LINT.exists(), "import-linter is a test dependency (pyproject.toml [test])"
    res = lint(ROOT)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "0 broken" in res.stdout
    assert res.stdout.count("KEPT") >= 7


# (file to change, the import added, the contract that must break)
VIOLATIONS = [
    ("present/text.py", "from PySide6.QtCore import QCoreApplication", "no Qt and no matplotlib"),
    ("content/rules.py", "import matplotlib", "no Qt and no matplotlib"),
    ("charts/_style.py", "from PySide6.QtGui import QColor", "Charts use no Qt"),
    ("report/content.py", "from PySide6.QtCore import QCoreApplication", "built without Qt"),
    ("report/options.py", "from ..ui import style", "Nothing below the UI imports it"),
    ("ui/pages/summary.py", "from .welcome import available_languages", "Step pages are independent"),
    ("report/content.py", "from ..charts import _text", "private (_name) modules"),
    ("session.py", "from . import report", "Layers"),
]


@pytest.mark.parametrize("rel, line, contract", VIOLATIONS, ids=[v[0] + ":" + v[1] for v in VIOLATIONS])
def test_a_forbidden_import_breaks_its_contract(tmp_path, rel, line, contract):
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "decisionaid", tree / "decisionaid",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    target = tree / "decisionaid" / rel
    text = target.read_text(encoding="utf-8")
    head, sep, rest = text.partition("from __future__ import annotations\n")
    target.write_text(head + sep + line + "\n" + rest if sep else line + "\n" + text, encoding="utf-8")
    res = lint(tree)
    assert res.returncode != 0, res.stdout
    broken = [ln for ln in res.stdout.splitlines() if "BROKEN" in ln]
    # the contract's name may wrap over two lines in the report: look in the "Broken contracts" part
    report = res.stdout.split("Broken contracts", 1)[-1]
    assert broken and contract in report, res.stdout
