"""Session JSON round-trips; damaged, truncated, newer-version and oversized files are refused clearly."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import EXAMPLE_SESSION
from decisionaid.session import FORMAT_VERSION, Session, SessionError


def full_session() -> Session:
    return Session(pack_id="test-pack", pack_version="1.0.0", language="en", mode="clinician",
                   date=dt.date(2026, 11, 21), patient_name="Ana Pérez", clinician="Dr Lee", clinic="Spine clinic",
                   situation={"pain_now": 8, "weak_legs": "no", "age": "new"}, values={"v_fast": 4, "v_safe": 1},
                   knowledge={"k1": 1}, leaning="not_sure",
                   sure={"sure_of_best": False, "know_benefits_risks": True, "clear_values": True,
                         "enough_support": True},
                   questions=["q1"], own_questions=["Can my daughter come?"], clinician_notes="Line 1\nLine 2")


def test_round_trip(tmp_path):
    s = full_session()
    p = tmp_path / "s.json"
    s.save(p)
    assert Session.load(p) == s
    assert Session.from_json(s.to_json()) == s


def test_fresh_is_empty_and_keeps_pack():
    s = full_session()
    f = s.fresh()
    assert f.is_empty() and not s.is_empty()
    assert (f.pack_id, f.mode, f.situation, f.patient_name) == ("test-pack", "clinician", {}, "")


def test_scores(mini_pack):
    s = full_session()
    assert s.sure_score() == 3
    assert s.knowledge_score(mini_pack) == (1, 1)
    assert s.top_values(mini_pack) == ["v_fast"]
    s.sure.pop("enough_support")
    assert s.sure_score() is None


@pytest.mark.parametrize("text, message", [
    ("{not json", "damaged or incomplete"),
    ('{"format": "decisionaid-session", "format_version": 1, "pack_id": "x"', "damaged or incomplete"),
    ("[1, 2]", "not a decision-aid session"),
    ('{"format": "something-else"}', "not a decision-aid session"),
    (json.dumps({"format": "decisionaid-session", "format_version": FORMAT_VERSION + 1}), "newer version"),
    (json.dumps({"format": "decisionaid-session", "format_version": 1, "values": {"v": 9}}), "must be 0 to 4"),
    (json.dumps({"format": "decisionaid-session", "format_version": 1, "date": "2026-02-30"}), "not a valid date"),
    (json.dumps({"format": "decisionaid-session", "format_version": 1, "surprise": 1}), "unknown field"),
])
def test_bad_files_are_refused_clearly(text, message):
    with pytest.raises(SessionError, match=message):
        Session.from_json(text)


def test_truncated_file(tmp_path):
    p = tmp_path / "t.json"
    p.write_text(full_session().to_json()[:50], encoding="utf-8")
    with pytest.raises(SessionError, match="damaged or incomplete"):
        Session.load(p)


def test_binary_and_huge_files_refused_quickly(tmp_path):
    b = tmp_path / "b.json"
    b.write_bytes(b"\x00\xff" * 100)
    with pytest.raises(SessionError, match="not text"):
        Session.load(b)
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(SessionError, match="too large"):
        Session.load(big)


def test_save_is_atomic_and_keeps_old_file_on_failure(tmp_path, monkeypatch):
    p = tmp_path / "s.json"
    full_session().save(p)
    before = p.read_bytes()
    import decisionaid.session as mod

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mod.os, "replace", boom)
    with pytest.raises(OSError):
        Session(pack_id="other").save(p)
    assert p.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s.json"]


def test_example_session_is_valid():
    s = Session.load(EXAMPLE_SESSION)
    assert s.pack_id == "vcf-augmentation"
    assert s.situation and s.values and s.knowledge and s.sure and s.questions and s.own_questions
