"""Tests that share one expensive fixture (``@pytest.mark.xdist_group``) run on one worker under
``pytest -n 2 --dist loadgroup`` (make test), and the others are spread over both (tests/xdist_groups.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

SUITE = '''
import os, time, pytest
from pathlib import Path
OUT = Path(os.environ["GROUP_OUT"])

def record(name):
    (OUT / name).write_text(os.environ.get("PYTEST_XDIST_WORKER", "none"))
    time.sleep(0.2)            # long enough for the other worker to take the next test meanwhile

@pytest.mark.xdist_group("shared")
@pytest.mark.parametrize("n", range(6))
def test_grouped(n):
    record(f"grouped{n}")

@pytest.mark.parametrize("n", range(6))
def test_free(n):
    record(f"free{n}")
'''


def test_a_group_runs_on_one_worker_and_the_rest_on_both(tmp_path):
    pytest.importorskip("xdist")
    (tmp_path / "suite").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "suite" / "conftest.py").write_text('pytest_plugins = ["xdist_groups"]\n')
    (tmp_path / "suite" / "test_groups.py").write_text(SUITE)
    env = dict(os.environ, GROUP_OUT=str(tmp_path / "out"),
               PYTHONPATH=os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist",
                        "loadgroup", "-c", os.devnull, "--rootdir", str(tmp_path / "suite"), str(tmp_path / "suite")],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    where = {p.name: p.read_text() for p in (tmp_path / "out").iterdir()}
    assert len(where) == 12
    assert len({w for n, w in where.items() if n.startswith("grouped")}) == 1, where
    assert len(set(where.values())) == 2, f"both workers ran tests: {where}"
