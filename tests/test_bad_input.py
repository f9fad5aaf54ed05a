"""Bad input gets one clear message and loses nothing: content packs with a byte-order mark or a duplicate
option id, and sessions with ids the pack lacks or with unsafe characters."""
from __future__ import annotations

import pytest

from conftest import MINI_PACK, REAL_PACK
from decisionaid.content import ContentError, load_pack


# ---- content packs ----------------------------------------------------------------------------------------
def test_pack_with_a_byte_order_mark_is_refused_in_words(tmp_path):
    bom = tmp_path / "bom.en.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + MINI_PACK.read_bytes())
    with pytest.raises(ContentError) as info:
        load_pack(bom)
    assert len(info.value.problems) == 1
    assert "byte-order mark (BOM)" in info.value.problems[0]
    assert info.value.problems[0].startswith("bom.en.toml: line 1:")
    load_pack(MINI_PACK)                       # the same text without the mark loads


def test_duplicate_option_id_is_one_message_not_a_cascade(tmp_path):
    text = REAL_PACK.read_text(encoding="utf-8")
    assert text.count('id = "kyphoplasty"') == 1
    dup = tmp_path / "dup.en.toml"
    dup.write_text(text.replace('id = "kyphoplasty"', 'id = "vertebroplasty"'), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_pack(dup)
    problems = info.value.problems
    assert len(problems) == 1, problems[:5]
    assert "options[2]: duplicate option id 'vertebroplasty'" in problems[0]


def test_problems_before_the_options_are_still_all_reported(tmp_path):
    text = REAL_PACK.read_text(encoding="utf-8")
    bad = text.replace('id = "kyphoplasty"', 'id = "vertebroplasty"').replace("format_version = 1",
                                                                               "format_version = 1\nstray = 1", 1)
    p = tmp_path / "dup.en.toml"
    p.write_text(bad, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_pack(p)
    assert len(info.value.problems) == 2
    assert "stray" in info.value.problems[0] and "duplicate option id" in info.value.problems[1]


# ---- sessions naming what the pack does not have ----------------------------------------------------------
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from conftest import EXAMPLE_SESSION, ROOT  # noqa: E402

UNKNOWN = ("zzoption", "zzchoice", "zzvalue", "zzquestion", "zzsure")


def _session_with_unknown_ids(tmp_path):
    data = json.loads(EXAMPLE_SESSION.read_text(encoding="utf-8"))
    data["leaning"] = "zzoption"
    data["situation"]["fracture_age"] = "zzchoice"
    data["values"]["zzvalue"] = 3
    data["knowledge"]["k_sham"] = 7                    # there is no eighth choice
    data["questions"].append("zzquestion")
    data["sure"]["zzsure"] = True
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _assert_no_unknown(text: str) -> None:
    for marker in UNKNOWN:
        assert marker not in text
    assert "Your answer: ?" not in text and "Your answer: ." not in text


def test_unknown_ids_are_never_in_the_note_or_the_summary(tmp_path, real_pack, qapp):
    from decisionaid.note import visit_note
    from decisionaid.report import ReportOptions, build_html
    from decisionaid.session import Session
    s = Session.load(_session_with_unknown_ids(tmp_path))
    note = visit_note(real_pack, s)
    _assert_no_unknown(note)
    assert "Patient has not stated a leaning." in note       # the unknown option is not named
    for copy in ("patient", "record"):
        for for_export in (True, False):
            _assert_no_unknown(build_html(real_pack, s, ReportOptions(copy=copy), for_export=for_export))
    assert s.leaning == "zzoption" and s.knowledge["k_sham"] == 7      # the session itself keeps them


def test_unknown_ids_are_not_in_the_pdf(tmp_path):
    import shutil
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "s.pdf"
    r = subprocess.run([sys.executable, "-m", "decisionaid", "summary", "--session",
                        str(_session_with_unknown_ids(tmp_path)), "--out", str(out), "--copy", "record"],
                       cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                       text=True, timeout=180)
    assert r.returncode == 0, r.stderr[-2000:]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "leaning" in text.lower()
    _assert_no_unknown(text)


def test_unknown_ids_are_named_on_opening_hidden_on_screen_and_kept_on_saving(tmp_path, make_window, real_pack):
    from PySide6.QtWidgets import QLabel
    w = make_window(real_pack)
    assert w.open_session(str(_session_with_unknown_ids(tmp_path)))
    for key in ("leaning:zzoption", "situation:fracture_age=zzchoice", "values:zzvalue", "knowledge:k_sham=7",
                "questions:zzquestion", "sure:zzsure"):
        assert key in w.last_notice
    w.go_to(len(w.pages) - 1)
    page = w.pages[len(w.pages) - 1]
    page.refresh()
    shown = "\n".join(lab.text() for lab in page.findChildren(QLabel) if lab.isVisibleTo(page))
    _assert_no_unknown(shown)
    assert "Leaning towards: no answer yet." in shown
    out = tmp_path / "again.json"
    w.ask_save_path = lambda *a: str(out)
    assert w.save_as()
    again = json.loads(out.read_text(encoding="utf-8"))
    assert again["leaning"] == "zzoption" and again["situation"]["fracture_age"] == "zzchoice"
    assert again["values"]["zzvalue"] == 3 and again["knowledge"]["k_sham"] == 7
    assert "zzquestion" in again["questions"] and again["sure"]["zzsure"] is True


def test_a_session_the_pack_fully_knows_has_no_notice(real_pack):
    from decisionaid.compat import known_answers, unknown_answers
    from decisionaid.session import Session
    s = Session.load(EXAMPLE_SESSION)
    assert unknown_answers(real_pack, s) == [] and known_answers(real_pack, s) is s


# ---- unsafe characters in a session ----------------------------------------------------------------------
UNSAFE = ["\x00", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def _session_with_unsafe_text(tmp_path):
    data = json.loads(EXAMPLE_SESSION.read_text(encoding="utf-8"))
    data["clinician_notes"] = "Plan A\x00 then \u202eB nalp\u202c; isolate \u2067x\u2069 <b>not bold</b>"
    data["own_questions"] = ["Lone \ud800 surrogate?", "Line\u2066two\u2069"]
    data["clinician"] = "Dr \u202dOverride"
    path = tmp_path / "unsafe.json"
    # json.dumps writes "\ud800" as an escape: a file any JSON tool would produce
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "\\ud800" in path.read_text()
    return path


def test_note_command_survives_a_lone_surrogate_and_drops_nul_and_bidi_controls(tmp_path):
    path = _session_with_unsafe_text(tmp_path)
    r = subprocess.run([sys.executable, "-m", "decisionaid", "note", "--session", str(path)], cwd=ROOT,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8"),
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-2000:]
    note = r.stdout.decode("utf-8")                   # strict: valid UTF-8 throughout
    assert "Traceback" not in r.stderr.decode("utf-8", "replace")
    for ch in UNSAFE:
        assert ch not in note
    assert "Lone \ufffd surrogate?" in note and "Plan A then B nalp" in note and "Dr Override" in note
    out = tmp_path / "note.txt"
    r = subprocess.run([sys.executable, "-m", "decisionaid", "note", "--session", str(path), "--out", str(out)],
                       cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                       timeout=120)
    assert r.returncode == 0 and out.read_text(encoding="utf-8") == note


def test_unsafe_characters_are_neutralised_once_at_load_for_every_output(tmp_path, real_pack, qapp):
    from decisionaid.report import ReportOptions, build_html
    from decisionaid.session import Session
    s = Session.load(_session_with_unsafe_text(tmp_path))
    everything = s.to_json()
    for ch in UNSAFE:
        assert ch not in everything
    s.to_json().encode("utf-8")                          # no lone surrogate left to fail an encoder
    html = build_html(real_pack, s, ReportOptions(copy="record"), for_export=True)
    for ch in UNSAFE:
        assert ch not in html
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<b>not bold</b>" not in html   # escaping stays
