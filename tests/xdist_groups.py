"""``@pytest.mark.xdist_group("name")`` for pytest 9.2: the tests of one group run on one test worker.

pytest-xdist (3.8) puts a test into its group (``--dist loadgroup``) by appending ``@name`` to the test's node
id through ``item._nodeid``, which pytest 9.2 no longer reads (a node id comes from ``item._id`` now), so the
groups were silently ignored and a module's shared fixture ran on both workers. This sets the id the way
pytest 9.2 keeps it. tests/conftest.py loads it; tests/test_xdist_groups.py checks that groups hold.
"""
from __future__ import annotations

import pytest


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    if not getattr(config.option, "loadgroup", False):      # set on the workers of --dist loadgroup only
        return
    from _pytest.nodeid import NodeId
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                        for m in item.iter_markers("xdist_group")})
        if names and "@" not in item.nodeid:
            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(names)}")
