"""The validated-pack cache: a pack comes from it only for the very bytes it was made from, by this very code;
anything else falls back to a full load and validation. Kiosk mode never writes it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from decisionaid.content import ContentError, load_pack
from decisionaid.content import pack_cache as pc
from decisionaid.content.loader import load_pack as full_load
from decisionaid.content.pack_cache import PackCache
from decisionaid.content.review import attach_review

ROOT = Path(__file__).resolve().parents[1]
REAL_PACK = ROOT / "resources" / "content" / "vcf-augmentation.en.toml"
ES_PACK = ROOT / "resources" / "content" / "vcf-augmentation.es.toml"
MINI_PACK = ROOT / "tests" / "packs" / "mini.en.toml"


def same(a, b) -> bool:
    """Equal, with the same types all the way down (nan equal to nan, -0.0 not 0.0)."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a):
        return all(same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, dt.datetime):
        return a == b and a.utcoffset() == b.utcoffset()
    return a == b


def test_every_kind_of_value_comes_back_the_same():
    values = [None, True, False, 0, -7, 12345678901234567890, 1.0, -0.0, 0.1, math.inf, -math.inf, math.nan,
              "", "$", "$tuple", "caf\u00e9 \"q\" \\ \n", (), (1, "a"), [], [1, (2, [3])], {"$": 1, "k": (1,)},
              dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 10, 11, 12, 500000),
              dt.datetime(2024, 2, 29, 10, 11, 12, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
              dt.time(7, 32, 1, 250000), {"nested": {"$dict": [["a", 1]]}}]
    for v in values:
        text = json.dumps(pc._encode(v))
        assert same(json.loads(text, object_hook=pc._decode), v), v


@pytest.mark.parametrize("pack_file", [MINI_PACK, REAL_PACK, ES_PACK])
def test_a_cached_pack_is_the_very_pack_the_loader_makes(tmp_path, pack_file):
    cache = PackCache(tmp_path)
    first = load_pack(pack_file, cache=cache)
    assert (cache.hits, cache.misses) == (0, 1)
    assert (tmp_path / (pack_file.name + ".json")).is_file()
    second = load_pack(pack_file, cache=cache)
    assert (cache.hits, cache.misses) == (1, 1)
    reference = full_load(pack_file)
    assert same(second, reference) and same(first, reference)
    assert second == reference and repr(second) == repr(reference)
    assert second._source_numbers == reference._source_numbers and second.path == str(pack_file)
    # the review record is never cached with the pack: it is looked for (and the bytes hashed) on every load
    raw = cache.get(pack_file, pack_file.read_bytes())
    assert raw.review is None and raw.sha256 == "" and len(second.sha256) == 64


def test_the_cached_pack_records_where_it_was_loaded_from(tmp_path):
    cache = PackCache(tmp_path / "cache")
    load_pack(MINI_PACK, cache=cache)
    copy = tmp_path / "elsewhere" / MINI_PACK.name
    copy.parent.mkdir()
    copy.write_bytes(MINI_PACK.read_bytes())
    pack = load_pack(copy, cache=cache)
    assert cache.hits == 1 and pack.path == str(copy)


def test_a_pack_with_a_problem_is_refused_every_time_and_never_cached(tmp_path):
    text = MINI_PACK.read_text(encoding="utf-8").replace('version = "', 'version = "x', 1)
    bad = tmp_path / "bad.en.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as plain:
        full_load(bad)
    cache = PackCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(ContentError) as cached:
            load_pack(bad, cache=cache)
        assert cached.value.problems == plain.value.problems
    assert cache.hits == 0 and not (tmp_path / "cache").exists()


def test_changed_pack_bytes_are_loaded_again(tmp_path):
    pack_file = tmp_path / "mini.en.toml"
    pack_file.write_bytes(MINI_PACK.read_bytes())
    cache = PackCache(tmp_path / "cache")
    before = load_pack(pack_file, cache=cache)
    title = before.metadata.title
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(title, title + " (edited)", 1),
                         encoding="utf-8")
    after = load_pack(pack_file, cache=cache)
    assert (cache.hits, cache.misses) == (0, 2)
    assert after.metadata.title == title + " (edited)"
    assert load_pack(pack_file, cache=cache).metadata.title == title + " (edited)" and cache.hits == 1


def test_the_code_version_covers_the_loading_code():
    folder = Path(pc.__file__).parent
    # derived from the package folder: every module, so a new module the loader imports is covered too
    assert list(pc.CODE_FILES) == sorted(p.name for p in folder.glob("*.py"))
    assert {"loader.py", "rules.py", "model.py", "files.py", "pack_cache.py"} <= set(pc.CODE_FILES)
    assert pc.code_version() and pc.code_version() == pc.code_version()


def test_no_module_imports_a_private_standard_library_module():
    """No CPython internals (``_sha256`` and the like): hashlib is imported when first needed instead."""
    import ast
    bad = []
    for f in (ROOT / "decisionaid").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            bad += [f"{f.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0].startswith("_")
                    and n.split(".")[0] != "__future__"]
    assert not bad


def test_start_up_takes_the_entry_unhashed_and_checks_it_after(tmp_path):
    """check_later: the entry is taken on the file's size and time (no hashlib before the first paint); check()
    then compares the sha256 sums. A file edited in place with its size and time kept is caught by check()."""
    pack_file = tmp_path / MINI_PACK.name
    pack_file.write_bytes(MINI_PACK.read_bytes())
    cache_dir = tmp_path / "cache"
    good = load_pack(pack_file, cache=PackCache(cache_dir))
    cache = PackCache(cache_dir)
    quick = load_pack(pack_file, cache=cache, check_later=True)
    assert cache.hits == 1 and same(quick, good) and quick.sha256 == good.sha256
    assert cache.check(quick.path) and cache.check(quick.path)
    # the same size and modification time, other bytes
    st = pack_file.stat()
    data = pack_file.read_bytes()
    title = good.metadata.title
    edited = data.replace(title.encode(), title[::-1].encode(), 1)
    assert len(edited) == len(data) and edited != data
    pack_file.write_bytes(edited)
    os.utime(pack_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    cache = PackCache(cache_dir)
    stale = load_pack(pack_file, cache=cache, check_later=True)
    assert stale.metadata.title == title                # taken at start-up ...
    assert not cache.check(stale.path)                  # ... and found out after the first paint
    assert not entry_of(cache_dir, pack_file).exists()
    fresh = load_pack(pack_file, cache=cache, check_later=True)
    assert fresh.metadata.title == title[::-1]          # loaded and validated again ...
    assert not entry_of(cache_dir, pack_file).exists()  # ... and its entry written after the first paint
    assert cache.check(fresh.path) and entry_of(cache_dir, pack_file).exists()
    # another modification time: not taken unhashed (the same bytes then match their sha256)
    os.utime(pack_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    cache = PackCache(cache_dir)
    load_pack(pack_file, cache=cache, check_later=True)
    assert (cache.hits, cache.misses) == (1, 1) and cache.recorded_sha256(pack_file) is None
    # ... and the entry is written again with the new time, so the next start-up takes it unhashed
    cache.check(pack_file)
    cache = PackCache(cache_dir)
    load_pack(pack_file, cache=cache, check_later=True)
    assert (cache.hits, cache.misses) == (1, 0) and cache.recorded_sha256(pack_file) is not None


def entry_of(cache_dir: Path, pack_file: Path) -> Path:
    return cache_dir / (pack_file.name + ".json")


def with_body(meta: dict, body: bytes) -> bytes:
    meta = dict(meta, data_sha256=pc.sha256(body).hexdigest())       # checksum recomputed: only decoding can fail
    return json.dumps(meta).encode() + b"\n" + body


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated", "edited data", "edited header",
                                    "other code", "other format", "not json data", "unknown class",
                                    "unknown tag", "missing field", "not a pack", "two tags"])
def test_a_damaged_entry_falls_back_to_a_full_load(tmp_path, damage):
    cache_dir = tmp_path / "cache"
    good = load_pack(MINI_PACK, cache=PackCache(cache_dir))
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
    elif damage in ("edited header", "other code", "other format"):
        key = {"edited header": "pack_sha256", "other code": "code", "other format": "format"}[damage]
        meta[key] = "0" * 64
        blob = json.dumps(meta).encode() + b"\n" + body
    elif damage == "not json data":
        blob = with_body(meta, b"[1, 2")
    elif damage == "unknown class":
        blob = with_body(meta, body.replace(b'"$":"Author"', b'"$":"Writer"'))
    elif damage == "unknown tag":
        blob = with_body(meta, body.replace(b'"$date"', b'"$century"'))
    elif damage == "missing field":
        blob = with_body(meta, body.replace(b'["role",', b'["part",'))
    elif damage == "not a pack":
        blob = with_body(meta, b'{"$tuple": []}')
    elif damage == "two tags":
        blob = with_body(meta, b'{"$tuple": [], "$date": "2020-01-01"}')
    assert blob != entry.read_bytes()
    entry.write_bytes(blob)
    cache = PackCache(cache_dir)
    again = load_pack(MINI_PACK, cache=cache)
    assert same(again, good)
    assert (cache.hits, cache.misses) == (0, 1)
    hit = PackCache(cache_dir).get(MINI_PACK, MINI_PACK.read_bytes())     # rewritten whole
    assert hit is not None and same(attach_review(hit, MINI_PACK.read_bytes()), good)


def test_a_read_only_cache_never_writes(tmp_path):
    cache_dir = tmp_path / "cache"
    cache = PackCache(cache_dir, write=False)
    assert load_pack(MINI_PACK, cache=cache) == full_load(MINI_PACK)
    assert not cache_dir.exists()


def test_an_unwritable_cache_folder_is_harmless(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = PackCache(blocker / "cache")
    assert load_pack(MINI_PACK, cache=cache) == full_load(MINI_PACK)


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
    from signing_helpers import signed_copy
    pack = signed_copy(tmp_path, REAL_PACK)             # a kiosk shows only a signed, reviewed pack
    assert run_app(tmp_path, "--kiosk", "--content", str(pack)) == []


def test_no_home_folder_means_no_cache(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert pc.default_folder() is None
    cache = PackCache()
    assert load_pack(MINI_PACK, cache=cache) == full_load(MINI_PACK)
    assert load_pack(MINI_PACK, cache=cache) == full_load(MINI_PACK) and cache.hits == 0
