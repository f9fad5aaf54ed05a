"""Where matplotlib finds its font cache: one prebuilt at install time, so the app writes none at run time.

matplotlib keeps the list of fonts it found (``fontlist-v<N>.json``) in its cache folder, by default
``~/.cache/matplotlib``, and writes it there the first time it is imported in a new HOME. ``make`` (and an
installer, e.g. a PyInstaller build) runs ``python -m decisionaid.fontcache`` once, which builds that cache in
``resources/mpl-cache``; at start-up ``use_prebuilt()`` points matplotlib there (``MPLCONFIGDIR``), so it only
reads it. Plain Python, no Qt; it must run before matplotlib is first imported.

matplotlib only uses a folder it may write to (otherwise it makes a temporary one in /tmp and writes a fresh
cache there), so ``use_prebuilt`` uses the folder only where it is writable for this user and complete; it
writes nothing itself. An install whose folder is read-only for the kiosk user builds it as that user's group
with write permission, or accepts that matplotlib writes its cache (docs/kiosk.md).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "MPLCONFIGDIR"


def cache_dir() -> Path:
    """The prebuilt cache's folder, found like every resource of the app (``paths.resource``):
    ``resources/mpl-cache`` in the source tree. (The installed bundle carries its own, set by its runtime hook.)"""
    from .paths import resource
    return resource("mpl-cache")


def is_built(folder: Path | None = None) -> bool:
    folder = folder or cache_dir()
    try:                # a plain listing: Path.glob compiles a pattern, about 1 ms of start-up
        return any(n.startswith("fontlist-v") and n.endswith(".json") for n in os.listdir(folder))
    except OSError:
        return False


def use_prebuilt(environ=os.environ) -> Path | None:
    """Point matplotlib at the prebuilt cache unless ``MPLCONFIGDIR`` is set already. Returns the folder used,
    or None (then matplotlib uses its default, and writes its cache there on first use)."""
    if environ.get(ENV):
        return None
    folder = cache_dir()
    if not (is_built(folder) and os.access(folder, os.W_OK | os.X_OK)):
        return None
    environ[ENV] = str(folder)
    return folder


def build(folder: Path | None = None) -> Path:
    """Build the cache in ``folder`` (default ``cache_dir()``) in a fresh Python, so that this process's
    matplotlib (if imported) is not touched. Returns the cache file."""
    import subprocess
    folder = Path(folder or cache_dir())
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, **{ENV: str(folder)})
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True)
    files = sorted(folder.glob("fontlist-v*.json"))
    if not files:
        raise RuntimeError(f"matplotlib wrote no font cache in {folder}")
    return files[-1]


if __name__ == "__main__":
    print(f"matplotlib font cache: {build()}")
