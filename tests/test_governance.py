"""Content a hospital can trust: the review sheet, review records bound to a pack's bytes, signed packs that a
kiosk checks before it shows anything, and the IPDAS metadata (docs/kiosk.md, docs/content-format.md)."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI_PACK, REAL_PACK, ROOT
from decisionaid.app import main
from decisionaid.content import ContentError, load_pack, loads_pack
from decisionaid.content import model as m
from signing_helpers import signed_copy

ES_PACK = REAL_PACK.with_name("vcf-augmentation.es.toml")


# ---- the review sheet ---------------------------------------------------------------------------------
# Written out here on purpose, not imported: the sheet must cover every string of the pack but these.
IDS_AND_CODES = {"id", "option", "topic", "kind", "measure", "type", "mode", "op", "field", "pack_id",
                 "language", "translation_status", "path", "version", "sources", "evidence_kind", "comparator",
                 "certainty", "see_also"}


def string_leaves(value, key="", name=""):
    """Every non-empty string in the pack, by TOML key path, found by a plain walk of the dataclasses."""
    out = set()
    if isinstance(value, str):
        if value.strip() and name not in IDS_AND_CODES:
            out.add(key)
    elif dataclasses.is_dataclass(value) and not isinstance(value, m.Group):
        for f in dataclasses.fields(value):
            if f.repr and f.name not in ("review", "sha256"):
                out |= string_leaves(getattr(value, f.name), f"{key}.{f.name}" if key else f.name, f.name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
                out |= string_leaves(item[1], f"{key}.{item[0]}", name)
            else:
                out |= string_leaves(item, f"{key}[{i}]", name)
    return out


def test_review_sheet_covers_every_string_of_the_english_pack(real_pack):
    from decisionaid.content.review_sheet import sheet_rows
    rows = sheet_rows(real_pack)
    text_keys = {r.key for r in rows if r.kind == "text" and not r.key.endswith(".when")}
    expected = string_leaves(real_pack)
    assert expected and text_keys == expected, (sorted(expected - text_keys)[:10], sorted(text_keys - expected)[:10])
    # the rules' conditions and every table of numbers are on it too
    assert {f"rules[{i}].when" for i in range(len(real_pack.rules))} <= {r.key for r in rows}
    figures = {r.key for r in rows if r.kind == "figure"}
    for o_i, o in enumerate(real_pack.outcomes):
        for r_i, row in enumerate(o.rows):
            for a_i, a in enumerate(row.arms):
                if a.has_figure or a.has_range:
                    assert f"outcomes[{o_i}].rows[{r_i}].arms[{a_i}]" in figures
            if row.difference is not None:
                assert f"outcomes[{o_i}].rows[{r_i}].difference" in figures
    assert {f"milestones[{i}]" for i in range(len(real_pack.milestones))} <= figures
    assert all(r.group != "other" for r in rows)
    # grouped by step, in the aid's order
    from decisionaid.content.review import GROUPS
    order = [GROUPS.index(r.group) for r in rows]
    assert order == sorted(order) and rows[0].key == "metadata.title"


def test_review_sheet_rows_carry_sources_and_the_unverified_flag(real_pack):
    from decisionaid.content.review_sheet import sheet_rows
    rows = {r.key: r for r in sheet_rows(real_pack)}
    o_i, r_i, row = next((oi, ri, row) for oi, o in enumerate(real_pack.outcomes) for ri, row in enumerate(o.rows)
                         if row.unverified and any(a.has_figure for a in row.arms))
    a_i = next(i for i, a in enumerate(row.arms) if a.has_figure)
    fig = rows[f"outcomes[{o_i}].rows[{r_i}].arms[{a_i}]"]
    assert fig.unverified
    assert {c for c, _ in fig.sources} == {real_pack.source(s).citation for s in row.sources}
    cond = rows["condition.summary"]
    assert {c for c, _ in cond.sources} == {real_pack.source(s).citation for s in real_pack.condition.sources}
    assert any(u for _, u in cond.sources)          # addresses too


def test_review_sheet_command_writes_csv_and_pdf(tmp_path, capsys):
    from pypdf import PdfReader
    out = tmp_path / "sheet.csv"
    assert main(["review-sheet", str(MINI_PACK), "--out", str(out)]) == 0
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert "SHA-256" in lines[0][0]
    assert lines[1] == ["step", "key path", "kind", "text as shown", "sources", "unverified", "verdict", "comment"]
    body = lines[2:]
    assert body and all(r[6] == r[7] == "" for r in body)          # verdict and comment left for the reviewer
    keys = [r[1] for r in body]
    assert keys[0] == "metadata.title" and "next_steps[0]" in keys and "glossary[0].definition" in keys
    pdf = tmp_path / "sheet.pdf"
    assert main(["review-sheet", str(MINI_PACK), "--out", str(pdf)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Review sheet" in text and "metadata.title" in text and "Verdict" in text
    assert main(["review-sheet", str(MINI_PACK), "--out", str(tmp_path / "sheet.txt")]) == 1
    assert "must end in .pdf or .csv" in capsys.readouterr().err


# ---- review records ------------------------------------------------------------------------------------
def copy_pack(tmp_path, src=MINI_PACK) -> Path:
    dst = tmp_path / "packs" / src.name
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def record(pack, *extra, date="2026-01-15", scope="all"):
    return main(["review-record", str(pack), "--reviewer", "Dr Ana Ruiz", "--role", "spine surgeon",
                 "--scope", scope, "--date", date, *extra])


def test_a_review_record_matches_only_the_exact_bytes(tmp_path):
    pack = copy_pack(tmp_path)
    assert load_pack(pack).is_draft
    assert record(pack) == 0
    file = pack.with_name(pack.name + ".review.json")
    assert file.is_file()
    reviewed = load_pack(pack)
    assert not reviewed.is_draft and reviewed.review.date == dt.date(2026, 1, 15)
    assert reviewed.review.reviews[0].reviewer == "Dr Ana Ruiz"
    flip_one_byte(pack, pack.read_bytes().index(b"small") + 1)     # in a comment: still a valid pack
    changed = load_pack(pack)
    assert changed.is_draft and changed.review is None


def test_a_partial_review_leaves_the_draft_mark(tmp_path):
    pack = copy_pack(tmp_path)
    assert record(pack, scope="evidence,recovery") == 0
    p = load_pack(pack)
    assert p.review is not None and p.is_draft
    assert record(pack, scope="welcome,situation,options,compare,values,knowledge,leaning,questions,"
                              "next-steps,glossary,references", date="2026-01-20") == 0
    p = load_pack(pack)
    assert not p.is_draft and len(p.review.reviews) == 2 and p.review.date == dt.date(2026, 1, 20)


@pytest.mark.parametrize("args, why", [
    (dict(date="2025-12-31"), "before the pack was published"),
    (dict(date="2999-01-01"), "in the future"),
    (dict(date="15/01/2026"), "--date must be a date"),
    (dict(scope="everything"), "unknown review group 'everything'"),
])
def test_review_record_refuses_contradictions(tmp_path, capsys, args, why):
    pack = copy_pack(tmp_path)
    assert record(pack, **args) == 1
    assert why in capsys.readouterr().err
    assert not pack.with_name(pack.name + ".review.json").exists()


def test_the_loader_refuses_a_pack_that_claims_its_own_review_or_contradictory_dates(tmp_path):
    text = MINI_PACK.read_text()
    for extra, key in (("last_reviewed = 2026-02-01\n", "metadata.last_reviewed"),
                       ('review_status = "clinically-reviewed"\n', "metadata.review_status")):
        with pytest.raises(ContentError) as info:
            loads_pack(text.replace("[metadata]\n", "[metadata]\n" + extra), "x.en.toml")
        assert any(key in p and "review record" in p for p in info.value.problems)
    late = text.replace("evidence_search_date = 2025-12-01", "evidence_search_date = 2026-02-01")
    with pytest.raises(ContentError) as info:
        loads_pack(late, "x.en.toml")
    assert "metadata.evidence_search_date: must not be after the published date" in info.value.problems[0]
    # a record for these bytes dated before publication: the pack is refused, naming the record
    pack = copy_pack(tmp_path)
    assert record(pack) == 0
    import json
    file = pack.with_name(pack.name + ".review.json")
    body = json.loads(file.read_text())
    body["reviews"][0]["date"] = "2025-06-01"
    file.write_text(json.dumps(body))
    with pytest.raises(ContentError) as info:
        load_pack(pack)
    assert "mini.en.toml.review.json: reviews[0].date" in info.value.problems[0]


def test_ipdas_fields_are_required(tmp_path):
    text = MINI_PACK.read_text()
    for line in ('development = "Written for the loader tests."\n', 'testing = "None: a test pack."\n',
                 'credentials = "None"\n', 'organisation = "Test suite"\n'):
        with pytest.raises(ContentError) as info:
            loads_pack(text.replace(line, ""), "x.en.toml")
        assert "missing text" in info.value.problems[0]


def test_shipped_packs_state_the_truth_about_authors_testing_and_evidence(real_pack):
    for pack in (real_pack, load_pack(ES_PACK)):
        md = pack.metadata
        assert pack.is_draft and pack.review is None
        assert md.evidence_search_date is None          # no dated search was done: no date is claimed
        assert md.authors[0].credentials in ("no clinical credentials", "sin credenciales clínicas")
    assert "systematic review" in real_pack.metadata.synthesis_method


# ---- what the app shows ---------------------------------------------------------------------------------
def reviewed(pack):
    from decisionaid.content.review import GROUPS
    rec = m.ReviewRecord(file="x.review.json", pack_sha256=pack.sha256, groups=GROUPS,
                         reviews=(m.Review("Dr Ana Ruiz", "spine surgeon", GROUPS, dt.date(2026, 12, 1)),))
    return dataclasses.replace(pack, review=rec)


def test_welcome_about_and_pdf_show_the_review_only_from_a_record(make_window, real_pack):
    from decisionaid.report import ReportOptions, build_html
    from decisionaid.ui.about import about_html
    w = make_window(real_pack)
    welcome = w.pages[0]
    assert welcome.draft_notice is not None and "draft" in welcome.review_label_text
    html = about_html(real_pack, "Unsigned content")
    assert "DRAFT: not yet clinically reviewed" in html
    assert "Not yet reviewed" in html and "Unsigned content" in html
    assert "No clinical author yet" in html and "None yet." in html
    opts = ReportOptions(app_version="t", content_note="Unsigned content")
    doc = build_html(real_pack, w.ctx.session, opts)
    assert "Not yet clinically reviewed." in doc and "Unsigned content" in doc and "No clinical author yet" in doc
    good = reviewed(real_pack)
    w2 = make_window(good)
    assert w2.pages[0].draft_notice is None
    assert "Reviewed by Dr Ana Ruiz (spine surgeon) on" in w2.pages[0].review_label_text
    assert "Reviewed by Dr Ana Ruiz (spine surgeon) on" in about_html(good)
    assert "Reviewed by Dr Ana Ruiz (spine surgeon) on December 1, 2026." in build_html(good, w2.ctx.session, opts)
    assert not any(b.kind == "draft" for b in w2.banners) and any(b.kind == "draft" for b in w.banners)


def test_pdf_footer_says_unsigned_content(make_window, real_pack):
    from pypdf import PdfReader
    import io
    from decisionaid.report import pdf_bytes
    w = make_window(real_pack)
    opts = w.report_options()
    assert opts.content_note == "Unsigned content"
    reader = PdfReader(io.BytesIO(pdf_bytes(real_pack, w.ctx.session, opts)))
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Unsigned content" in last and "DRAFT" in last


def test_clinician_checks_the_signature_after_the_first_paint(make_window, real_pack, qtbot, tmp_path,
                                                             monkeypatch):
    from decisionaid import app
    pack = load_pack(signed_copy(tmp_path, REAL_PACK))
    w = make_window(pack)
    assert w.ctx._signature is None                    # not before (or during) the first paint
    # only the signature check: the page building and chart drawing after the first paint are tested elsewhere
    monkeypatch.setattr(app, "preload_charts", lambda: None)
    monkeypatch.setattr(w, "prebuild_pages", lambda: None)
    app.after_first_paint(w, delay_ms=0)
    qtbot.waitUntil(lambda: w.ctx._signature is not None, timeout=60_000)
    assert w.ctx.signature_status().valid
    assert w.report_options().content_note == ""


# ---- signed packs and the kiosk ------------------------------------------------------------------------
def kiosk(pack, *extra, env=None):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    e.update(env or {})
    return subprocess.run([sys.executable, "main.py", "--smoke", "--kiosk", "--content", str(pack), *extra],
                          cwd=ROOT, env=e, capture_output=True, text=True, timeout=120)


@pytest.fixture
def pin():
    from decisionaid import settings
    from decisionaid.kiosk_pin import hash_pin
    settings.put("kiosk_pin_hash", hash_pin("2468"))


def flip_one_byte(path: Path, where: int) -> None:
    data = bytearray(path.read_bytes())
    data[where] = data[where] ^ 0x01
    path.write_bytes(bytes(data))


def test_kiosk_shows_a_signed_reviewed_pack_and_refuses_one_changed_byte(tmp_path, pin):
    pack = signed_copy(tmp_path, REAL_PACK)
    r = kiosk(pack)
    assert r.returncode == 0, r.stderr
    original = pack.read_bytes()
    # one byte of the pack (inside a comment: the pack is still valid, only the signature notices)
    flip_one_byte(pack, original.index(b"Content pack") + 1)
    load_pack(pack)
    r = kiosk(pack)
    assert r.returncode == 1
    assert str(pack) in r.stderr and "changed after it was signed" in r.stderr
    pack.write_bytes(original)
    assert kiosk(pack).returncode == 0
    # one byte of the review record (the reviewer's name: the record still matches the pack's bytes)
    rec = pack.with_name(pack.name + ".review.json")
    flip_one_byte(rec, rec.read_bytes().index(b"Dr Test") + 1)
    assert load_pack(pack).review is not None
    r = kiosk(pack)
    assert r.returncode == 1
    assert "review record" in r.stderr and str(pack) in r.stderr and "sign the pack again" in r.stderr


def test_kiosk_refuses_unsigned_untrusted_and_unreviewed_packs(tmp_path, pin):
    unsigned = copy_pack(tmp_path, REAL_PACK)
    r = kiosk(unsigned, "--allow-draft-content")
    assert r.returncode == 1 and "is not signed" in r.stderr and str(unsigned) in r.stderr
    assert "decisionaid sign-pack" in r.stderr
    untrusted = signed_copy(tmp_path, REAL_PACK, trust=False, folder="other")
    r = kiosk(untrusted)
    assert r.returncode == 1 and "does not trust" in r.stderr and "trust-key" in r.stderr
    draft = signed_copy(tmp_path, REAL_PACK, review=False, folder="draft")
    r = kiosk(draft)
    assert r.returncode == 1 and "review record" in r.stderr and "--allow-draft-content" in r.stderr
    assert kiosk(draft, "--allow-draft-content").returncode == 0        # a demo: signed, DRAFT mark stays


def test_the_system_trust_file_wins_over_the_user_settings(tmp_path, monkeypatch):
    from decisionaid.trust import load_trust
    pack = signed_copy(tmp_path, REAL_PACK)              # key trusted in the user's settings
    system = tmp_path / "etc" / "kiosk.toml"
    env = {"DECISIONAID_KIOSK_CONFIG": str(system)}
    monkeypatch.setenv("DECISIONAID_KIOSK_CONFIG", str(system))
    from decisionaid import settings
    from decisionaid.kiosk_pin import hash_pin
    settings.put("kiosk_pin_hash", hash_pin("2468"))
    # with a system file that trusts nothing and has no PIN, the user's key and PIN count for nothing
    system.parent.mkdir()
    system.write_text('records_dir = "%s"\n' % (tmp_path / "records"))
    assert load_trust().keys == {} and load_trust().pin_hash == ""
    r = kiosk(pack, env=env)
    assert r.returncode == 1 and "PIN" in r.stderr
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("97531\n"))
    assert main(["set-kiosk-pin", "--pin-stdin", "--system"]) == 0
    r = kiosk(pack, env=env)
    assert r.returncode == 1 and "does not trust" in r.stderr
    assert main(["trust-key", str(tmp_path / "signed-key.pub"), "--system", "--name", "Content lead"]) == 0
    trust = load_trust()
    assert trust.system and list(trust.keys.values())[0][1] == "Content lead" and trust.pin_hash
    assert trust.records_dir == str(tmp_path / "records")
    assert kiosk(pack, env=env).returncode == 0


def test_review_records_can_live_in_the_records_folder_the_system_file_names(tmp_path, monkeypatch):
    records = tmp_path / "records"
    records.mkdir()
    system = tmp_path / "etc" / "kiosk.toml"
    system.parent.mkdir()
    system.write_text('records_dir = "%s"\n' % records)
    monkeypatch.setenv("DECISIONAID_KIOSK_CONFIG", str(system))
    pack = copy_pack(tmp_path)
    assert record(pack) == 0
    assert (records / (pack.name + ".review.json")).is_file()
    assert not pack.with_name(pack.name + ".review.json").exists()
    from decisionaid.trust import records_dir
    assert not load_pack(pack, records_dir=records_dir()).is_draft
    assert load_pack(pack).is_draft                          # not beside the pack


def test_make_key_never_overwrites_and_sign_pack_names_what_it_signed(tmp_path, capsys):
    key = tmp_path / "lead.key"
    assert main(["make-key", str(key), "--comment", "Lead"]) == 0
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert key.with_name("lead.key.pub").read_text().startswith("decisionaid-ed25519 ")
    assert main(["make-key", str(key)]) == 1 and "never overwritten" in capsys.readouterr().err
    pack = copy_pack(tmp_path)
    assert main(["sign-pack", str(pack), "--key", str(key)]) == 0
    assert "no review record" in capsys.readouterr().out
    assert record(pack) == 0
    assert main(["sign-pack", str(pack), "--key", str(key)]) == 0
    assert "and its review record" in capsys.readouterr().out
    assert main(["sign-pack", str(pack), "--key", str(key.with_name("lead.key.pub"))]) == 1
    assert "not an unencrypted Ed25519 private key" in capsys.readouterr().err
    assert main(["trust-key", "ssh-ed25519 AAAA"]) == 1


def test_a_started_kiosk_refuses_to_switch_to_an_unsigned_language(tmp_path, pin, qtbot, qapp):
    import argparse
    from decisionaid.app import register_fonts
    from decisionaid.ui.context import AppContext
    from decisionaid.ui.kiosk import start_kiosk
    en = signed_copy(tmp_path, REAL_PACK, folder="both")
    shutil.copyfile(ES_PACK, en.with_name(ES_PACK.name))            # the Spanish pack beside it, unsigned
    register_fonts(qapp)
    ctx = AppContext(load_pack(en), mode="kiosk")
    ctx.content_root = str(en.parent)
    w = start_kiosk(qapp, ctx, argparse.Namespace(allow_draft_content=False, idle_timeout=600))
    assert w is not None
    try:
        w.switch_language("es")
        assert ctx.pack.metadata.language == "en"                 # refused: still the signed English pack
        assert w.language_refused.isVisible()
        w.language_refused.close()
        signed_copy(tmp_path, ES_PACK, folder="both")              # now signed and reviewed too
        w.switch_language("es")
        assert ctx.pack.metadata.language == "es"
    finally:
        from decisionaid.ui.i18n import install_language
        install_language(qapp, "en")                       # the rest of the tests run in English
        w.unlocked = True
        from PySide6.QtWidgets import QApplication
        QApplication.instance().removeEventFilter(w.idle)
        w.close()
        w.deleteLater()


def test_a_broken_system_trust_file_stops_the_kiosk_with_its_name(tmp_path, pin):
    pack = signed_copy(tmp_path, REAL_PACK)
    system = tmp_path / "etc" / "kiosk.toml"
    system.parent.mkdir()
    system.write_text("pin_hash = \n")
    r = kiosk(pack, env={"DECISIONAID_KIOSK_CONFIG": str(system)})
    assert r.returncode == 1 and str(system) in r.stderr and "Traceback" not in r.stderr


def test_a_system_trust_file_the_kiosk_user_could_change_is_not_trusted():
    import stat
    from decisionaid.trust import changeable_by

    def st(uid, mode):
        return os.stat_result((mode, 0, 0, 1, uid, 0, 0, 0, 0, 0))
    root_file, root_dir = st(0, stat.S_IFREG | 0o644), st(0, stat.S_IFDIR | 0o755)
    assert not changeable_by(1000, root_file, root_dir)                      # as /etc/decisionaid should be
    assert changeable_by(1000, st(1000, stat.S_IFREG | 0o644), root_dir)     # the user owns the file
    assert changeable_by(1000, st(0, stat.S_IFREG | 0o666), root_dir)        # anyone may write it
    assert changeable_by(1000, root_file, st(1000, stat.S_IFDIR | 0o755))    # the user owns the folder
    assert changeable_by(1000, root_file, st(0, stat.S_IFDIR | 0o777))       # anyone may replace the file
    assert not changeable_by(1000, root_file, st(0, stat.S_IFDIR | 0o1777))  # sticky: only owners may rename
    assert not changeable_by(0, st(1000, stat.S_IFREG | 0o666), root_dir)    # root is not asked about
