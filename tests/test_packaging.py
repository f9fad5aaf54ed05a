"""Finding the app's own files (decisionaid.paths.resource) in the source tree and as package data, and the
packaging configuration that puts them there. The wheel, the bundle and the .deb themselves are built and run
by `make dist && make dist-test` (.ci/dist-test.sh)."""
from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import decisionaid
from decisionaid.paths import resource

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(decisionaid.__file__).resolve().parent


def test_source_tree_resources_are_found():
    assert resource("content") == ROOT / "resources" / "content"
    assert resource("i18n", "decisionaid_es.qm") == ROOT / "resources" / "i18n" / "decisionaid_es.qm"
    assert resource("examples", "session.json") == ROOT / "docs" / "examples" / "session.json"
    for parts in (("content", "vcf-augmentation.en.toml"), ("fonts", "DejaVuSans.ttf"),
                  ("i18n", "decisionaid_es.qm"), ("examples", "session.json")):
        assert resource(*parts).is_file(), parts


def test_every_module_finds_its_files_through_resource():
    from decisionaid.app import example_session_path
    from decisionaid.content import default_content_path
    assert default_content_path() == resource("content")
    assert example_session_path() == resource("examples", "session.json")
    # nothing else builds a path to resources/ or docs/ from its own location
    for py in PACKAGE.rglob("*.py"):
        if py.name == "paths.py":
            continue
        text = py.read_text(encoding="utf-8")
        assert '"resources"' not in text and '"docs"' not in text, py


def test_package_data_wins_over_the_source_tree(tmp_path):
    """A copy of the package with a _resources folder (as a wheel or the bundle lays it out) uses that folder."""
    copy = tmp_path / "decisionaid"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "_resources" / "content").mkdir(parents=True)
    (copy / "_resources" / "examples").mkdir()
    code = ("import decisionaid, sys; from decisionaid.paths import resource; "
            "print(decisionaid.__file__); print(resource('content')); print(resource('examples', 'session.json'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)},
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert Path(out[0]).parent == copy
    assert Path(out[1]) == copy / "_resources" / "content"
    assert Path(out[2]) == copy / "_resources" / "examples" / "session.json"


def test_wheel_configuration_names_every_subpackage_and_the_data():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    code_packages = {p for p in conf["packages"] if not p.startswith("decisionaid._resources")}
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "decisionaid").rglob("__init__.py")}
    assert code_packages == found
    data = {p: ROOT / d for p, d in conf["package-dir"].items()}
    assert data == {"decisionaid._resources.content": ROOT / "resources" / "content",
                    "decisionaid._resources.fonts": ROOT / "resources" / "fonts",
                    "decisionaid._resources.i18n": ROOT / "resources" / "i18n",
                    "decisionaid._resources.examples": ROOT / "docs" / "examples",
                    "decisionaid._resources.report": ROOT / "resources" / "report"}
    for package, globs in conf["package-data"].items():
        matched = [f for g in globs for f in data[package].glob(g)]
        assert matched, (package, globs)
    assert any(f.suffix == ".qm" for f in data["decisionaid._resources.i18n"].iterdir())


def test_desktop_entries_start_the_app_and_the_kiosk():
    entries = {}
    for name in ("decisionaid.desktop", "decisionaid-kiosk.desktop"):
        cp = configparser.ConfigParser(interpolation=None)
        cp.optionxform = str
        cp.read(ROOT / "packaging" / "linux" / name, encoding="utf-8")
        entries[name] = cp["Desktop Entry"]
    assert entries["decisionaid.desktop"]["Exec"] == "decisionaid"
    assert entries["decisionaid-kiosk.desktop"]["Exec"] == "decisionaid --kiosk"
    for e in entries.values():
        assert e["Type"] == "Application" and e["Icon"] == "decisionaid" and e["Terminal"] == "false"
        assert e["Name[es]"] and e["Comment[es]"]
    assert (ROOT / "packaging" / "linux" / "decisionaid.svg").read_text(encoding="utf-8").startswith("<svg")
