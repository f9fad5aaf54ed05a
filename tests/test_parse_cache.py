"""The parsed-pack cache: used only for the very bytes it was made from, by this code; anything else falls back
to parsing, and the pack is validated in full either way. Kiosk mode never writes it."""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from decisionaid.content import ContentError, load_pack
from decisionaid.content import parse_cache as pc
from decisionaid.content.parse_cache import ParseCache

ROOT = Path(__file__).resolve().parents[1]
REAL_PACK = ROOT / "resources" / "content" / "vcf-augmentation.en.toml"
MINI_PACK = ROOT / "tests" / "packs" / "mini.en.toml"

ODD_TOML = textwrap.dedent("""
    day = 2024-02-29
    local = 2024-02-29T10:11:12.5
    offset = 2024-02-29T10:11:12+05:30
    utc = 1979-05-27T07:32:00Z
    clock = 07:32:01.25
    inf = inf
    nan = nan
    neg_zero = -0.0
    big = 12345678901234567890
    float_one = 1.0
    flags = [true, false]
    text = "caf\\u00e9 \\"quoted\\" \\n line"
    "$toml" = "a key that looks like the tag"
    "$$x" = 1
    [nested."$toml"]
    v = "date"
    [[rows]]
    when = 2020-01-01
""")


def same(a, b) -> bool:
    """Equal with the same types all the way down (nan equal to nan)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, (dt.datetime, dt.time)):
        return a == b and a.utcoffset() == b.utcoffset() if isinstance(a, dt.datetime) else a == b
    return a == b


def test_every_toml_value_comes_back_the_same(tmp_path):
    data = ODD_TOML.encode("utf-8")
    raw = tomllib.loads(ODD_TOML)
    cache = ParseCache(tmp_path)
    cache.put("odd.en.toml", data, raw)
    back = cache.get("odd.en.toml", data)
    assert back is not None and same(back, raw)


def test_real_pack_from_the_cache_equals_the_parsed_pack(tmp_path):
    cache = ParseCache(tmp_path)
    first = load_pack(REAL_PACK, cache=cache)
    assert (cache.hits, cache.misses) == (0, 1)
    assert (tmp_path / (REAL_PACK.name + ".json")).is_file()
    second = load_pack(REAL_PACK, cache=cache)
    assert (cache.hits, cache.misses) == (1, 1)
    assert second == first == load_pack(REAL_PACK)
    assert repr(second) == repr(first)


def test_a_cached_pack_is_still_validated(tmp_path):
    """A pack with a problem is refused with the same problems whether its parse came from the cache or not."""
    text = MINI_PACK.read_text(encoding="utf-8").replace('version = "', 'version = "x', 1)
    bad = tmp_path / "bad.en.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as plain:
        load_pack(bad)
    cache = ParseCache(tmp_path / "cache")
    for expected_hits in (0, 1):
        with pytest.raises(ContentError) as cached:
            load_pack(bad, cache=cache)
        assert cached.value.problems == plain.value.problems
        assert cache.hits == expected_hits


def test_changed_pack_bytes_are_parsed_again(tmp_path):
    pack_file = tmp_path / "mini.en.toml"
    pack_file.write_bytes(MINI_PACK.read_bytes())
    cache = ParseCache(tmp_path / "cache")
    before = load_pack(pack_file, cache=cache)
    text = pack_file.read_text(encoding="utf-8")
    title = before.metadata.title
    pack_file.write_text(text.replace(title, title + " (edited)", 1), encoding="utf-8")
    after = load_pack(pack_file, cache=cache)
    assert cache.hits == 0 and cache.misses == 2
    assert after.metadata.title == title + " (edited)"
    assert load_pack(pack_file, cache=cache).metadata.title == title + " (edited)" and cache.hits == 1


def entry_of(cache_dir: Path, pack_file: Path) -> Path:
    return cache_dir / (pack_file.name + ".json")


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated", "edited data", "edited header",
                                    "other code", "not json data", "wrong tag"])
def test_a_damaged_entry_falls_back_to_parsing(tmp_path, damage):
    cache_dir = tmp_path / "cache"
    good = load_pack(MINI_PACK, cache=ParseCache(cache_dir))
    entry = entry_of(cache_dir, MINI_PACK)
    blob = entry.read_bytes()
    head, _, body = blob.partition(b"\n")
    meta = json.loads(head)
    if damage == "empty":
        blob = b""
    elif damage == "garbage":
        blob = os.urandom(300)
    elif damage == "truncated":
        blob = blob[: len(blob) // 2]
    elif damage == "edited data":                      # the data no longer matches its checksum
        blob = head + b"\n" + body.replace(good.metadata.title.encode(), b"Something else", 1)
    elif damage == "edited header":
        meta["pack_sha256"] = "0" * 64
        blob = json.dumps(meta).encode() + b"\n" + body
    elif damage == "other code":
        meta["code"] = "0" * 64
        blob = json.dumps(meta).encode() + b"\n" + body
    elif damage in ("not json data", "wrong tag"):     # checksum recomputed, so only the decoding can fail
        body = b"[1, 2" if damage == "not json data" else b'{"a": {"$toml": "century", "v": "x"}}'
        meta["data_sha256"] = pc.sha256(body).hexdigest()
        blob = json.dumps(meta).encode() + b"\n" + body
    entry.write_bytes(blob)
    cache = ParseCache(cache_dir)
    again = load_pack(MINI_PACK, cache=cache)
    assert again == good
    assert (cache.hits, cache.misses) == (0, 1)
    assert ParseCache(cache_dir).get(MINI_PACK, MINI_PACK.read_bytes()) is not None   # rewritten whole


def test_a_read_only_cache_never_writes(tmp_path):
    cache_dir = tmp_path / "cache"
    cache = ParseCache(cache_dir, write=False)
    assert load_pack(MINI_PACK, cache=cache) == load_pack(MINI_PACK)
    assert not cache_dir.exists()


def test_an_unwritable_cache_folder_is_harmless(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ParseCache(blocker / "cache")
    assert load_pack(MINI_PACK, cache=cache) == load_pack(MINI_PACK)


def test_cache_folder_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pc.default_folder() == tmp_path / "decisionaid" / "packs"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")          # not absolute: ignored, as the spec says
    assert pc.default_folder() == Path.home() / ".cache" / "decisionaid" / "packs"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert pc.default_folder() == Path.home() / ".cache" / "decisionaid" / "packs"


# ---- the app: clinician start-up writes the cache, kiosk start-up never does ---------------------------------
_RUN_APP = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from decisionaid.app import main, make_qapp
    app = make_qapp()
    QTimer.singleShot(300, lambda: app.exit(0))     # exit, not quit: the kiosk window refuses to close
    sys.exit(main(sys.argv[1:]))
""")


def run_app(tmp_path, *args):
    from decisionaid import settings
    from decisionaid.kiosk_pin import hash_pin
    settings.put("kiosk_pin_hash", hash_pin("13579"))          # conftest points settings at tmp_path/settings
    cache_home = tmp_path / "xdg-cache"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache_home),
               DECISIONAID_SETTINGS_DIR=str(tmp_path / "settings"))
    r = subprocess.run([sys.executable, "-c", _RUN_APP, *args], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return sorted(p.name for p in cache_home.rglob("*") if p.is_file())


def test_clinician_start_up_writes_the_cache(tmp_path):
    assert run_app(tmp_path) == ["vcf-augmentation.en.toml.json"]


def test_kiosk_start_up_never_writes_the_cache(tmp_path):
    assert run_app(tmp_path, "--kiosk", "--allow-draft-content") == []
