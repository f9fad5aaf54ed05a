"""Where the app's own files are: the one function every module uses to find them. Plain Python, no Qt.

``resource("content")``, ``resource("i18n", "decisionaid_<lang>.qm")``, ``resource("fonts")``,
``resource("examples", "session.json")`` give a real file-system path (Qt and fonts need one) that is right in
all three places the program runs from:

- an installed wheel and the PyInstaller bundle: package data, ``decisionaid/_resources/<parts>``, the folder
  beside this module (the wheel maps the top-level ``resources/`` and ``docs/examples/`` there, see
  pyproject.toml; the bundle's spec file copies them to the same place);
- the source tree (a clone, ``pip install -e .``, ``PYTHONPATH=.``), where there is no ``_resources`` folder:
  ``resources/<parts>`` at the top of the tree, and ``docs/examples/`` for the examples.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DATA = "_resources"
# The source tree keeps these outside resources/ (a wheel and the bundle put them under _resources/ too).
_IN_SOURCE_TREE = {"examples": ("docs", "examples")}
_root: list = []


def resource(*parts: str) -> Path:
    """The path of one of the app's files or folders; ``parts`` as under ``resources/`` (or ``examples``)."""
    if not _root:
        _root.append(_package_data())
    if _root[0] is not None:
        return _root[0].joinpath(*parts)
    head, *rest = parts
    return Path(__file__).resolve().parents[1].joinpath(*_IN_SOURCE_TREE.get(head, ("resources", head)), *rest)


def _package_data() -> Path | None:
    """``decisionaid/_resources`` as a real folder, or None (the source tree). The folder beside this file, not
    ``importlib.resources.files()``: both give this path for a package on disk (a wheel, the bundle), and
    importing ``importlib.resources`` costs about 4 ms of every start-up."""
    data = Path(__file__).resolve().parent / PACKAGE_DATA
    return data if data.is_dir() else None
