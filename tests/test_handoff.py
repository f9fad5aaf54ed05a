"""The kiosk hand-off code (decisionaid/handoff.py): round trip, length, alphabet, refusals, command line."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE_SESSION, MINI_PACK, REAL_PACK_DIR
from decisionaid import handoff
from decisionaid.content import load_pack
from decisionaid.content.model import SURE_KEYS
from decisionaid.handoff import HandoffError, code_for, decode, encode
from decisionaid.session import NOT_SURE, Session

ES_PACK = REAL_PACK_DIR / "vcf-augmentation.es.toml"


@st.composite
def sessions(draw, pack):
    """Any session a person could make with this pack's screens (every answer optional)."""
    s = Session.for_pack(pack, mode="kiosk")
    for q in pack.situation:
        if draw(st.booleans()):
            if q.type == "choice":
                s.situation[q.id] = draw(st.sampled_from([c.id for c in q.choices]))
            elif q.type == "yes_no":
                s.situation[q.id] = draw(st.sampled_from(["yes", "no"]))
            else:
                s.situation[q.id] = draw(st.integers(int(q.min), int(q.max)))
    for v in pack.values:
        if draw(st.booleans()):
            s.values[v.id] = draw(st.integers(0, 4))
    for k in pack.knowledge:
        if draw(st.booleans()):
            s.knowledge[k.id] = draw(st.integers(0, len(k.choices) - 1))
    s.leaning = draw(st.sampled_from(["", NOT_SURE, *pack.option_ids]))
    for key in SURE_KEYS:
        if draw(st.booleans()):
            s.sure[key] = draw(st.booleans())
    s.questions = [q.id for q in pack.questions if draw(st.booleans())]
    s.handoff_sensitive = draw(st.booleans())
    # free text and names never travel
    s.own_questions = draw(st.lists(st.text(max_size=20), max_size=2))
    s.clinician_notes = draw(st.text(max_size=20))
    return s


def expected_after_round_trip(pack, s: Session) -> dict:
    sensitive = {q.id for q in pack.situation if q.sensitive}
    situation = {k: v for k, v in s.situation.items() if s.handoff_sensitive or k not in sensitive}
    return {"situation": situation, "values": s.values, "knowledge": s.knowledge, "leaning": s.leaning,
            "sure": s.sure, "questions": [q.id for q in pack.questions if q.id in s.questions],
            "handoff_sensitive": s.handoff_sensitive}


def restored(d: Session) -> dict:
    return {"situation": d.situation, "values": d.values, "knowledge": d.knowledge, "leaning": d.leaning,
            "sure": d.sure, "questions": d.questions, "handoff_sensitive": d.handoff_sensitive}


@pytest.fixture(scope="module")
def es_pack():
    return load_pack(ES_PACK)


def _round_trip(pack, s):
    enc = encode(pack, s)
    assert len(enc.code) <= handoff.MAX_SHOWN_CHARS
    assert set(enc.raw) <= set(handoff.ALPHABET)
    d = decode(pack, enc.code, today=dt.date(2026, 12, 1))
    assert restored(d) == expected_after_round_trip(pack, s)
    assert d.handoff_used and d.mode == "clinician"
    assert d.own_questions == [] and d.clinician_notes == "" and d.patient_name == ""
    return enc


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_round_trip_restores_every_encoded_answer_real_pack(real_pack, data):
    _round_trip(real_pack, data.draw(sessions(real_pack)))


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_round_trip_restores_every_encoded_answer_mini_pack(mini_pack, data):
    _round_trip(mini_pack, data.draw(sessions(mini_pack)))


def test_real_pack_codes_are_short_and_the_same_in_both_languages(real_pack, es_pack):
    assert handoff.code_length(real_pack) == handoff.code_length(es_pack) <= 32
    assert handoff.fingerprint(real_pack) == handoff.fingerprint(es_pack)
    s = Session.load(EXAMPLE_SESSION)
    code = encode(real_pack, s, include_sensitive=True).code
    assert len(code) <= 40
    for bad in "ILOU":
        assert bad not in code
    # a code made with the English pack opens with the Spanish one: the same ids
    assert restored(decode(es_pack, code)) == restored(decode(real_pack, code))


def test_sensitive_answers_only_with_the_tick(real_pack):
    s = Session.load(EXAMPLE_SESSION)
    assert {"cancer_history", "pregnancy"} <= set(s.situation)
    without = encode(real_pack, s)
    assert set(without.left_out) == {"situation:cancer_history", "situation:pregnancy"}
    d = decode(real_pack, without.code)
    assert "cancer_history" not in d.situation and "pregnancy" not in d.situation
    assert d.situation["blood_thinners"] == "yes" and not d.handoff_sensitive
    s.handoff_sensitive = True
    with_tick = encode(real_pack, s)
    assert with_tick.left_out == ()
    d = decode(real_pack, with_tick.code)
    assert d.situation == s.situation and d.handoff_sensitive


def test_typing_is_forgiving(real_pack):
    s = Session.load(EXAMPLE_SESSION)
    code = encode(real_pack, s).code
    bare = code.replace("-", "")
    looser = " ".join(bare[i:i + 3] for i in range(0, len(bare), 3)).lower()
    looser = looser.replace("0", "o").replace("1", "l")
    assert restored(decode(real_pack, looser)) == restored(decode(real_pack, code))


def test_every_single_mistype_and_swap_is_refused(real_pack):
    code = encode(real_pack, Session.load(EXAMPLE_SESSION)).raw
    tried = 0
    for i, ch in enumerate(code):
        for other in handoff.ALPHABET:
            if other != ch:
                with pytest.raises(HandoffError):
                    decode(real_pack, code[:i] + other + code[i + 1:])
                tried += 1
        if i + 1 < len(code) and code[i + 1] != ch:
            with pytest.raises(HandoffError, match="mistyped"):
                decode(real_pack, code[:i] + code[i + 1] + ch + code[i + 2:])
    assert tried == 31 * len(code)


@pytest.mark.parametrize("mangle, message", [
    (lambda c: c[:-3], "too short"),
    (lambda c: c[:10], "too short"),
    (lambda c: c + "7", "too long"),
    (lambda c: "", "Type the hand-off code"),
    (lambda c: c[:4] + "U" + c[5:], "never use the letter U"),
    (lambda c: c[:4] + "*" + c[5:], "only the digits"),
])
def test_bad_codes_get_a_clear_message(real_pack, mangle, message):
    code = encode(real_pack, Session.load(EXAMPLE_SESSION)).code
    with pytest.raises(HandoffError, match=message):
        decode(real_pack, mangle(code))


def test_a_code_of_another_pack_or_version_is_refused(real_pack, mini_pack, tmp_path):
    mini_code = encode(mini_pack, Session.for_pack(mini_pack)).code
    with pytest.raises(HandoffError, match="different decision aid"):
        decode(real_pack, mini_code)
    text = MINI_PACK.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "1.0.1"', 1)
    (tmp_path / "mini.en.toml").write_text(text, encoding="utf-8")
    newer = load_pack(tmp_path / "mini.en.toml")
    with pytest.raises(HandoffError, match="different decision aid or a different version"):
        decode(newer, mini_code)


def test_answers_a_pack_cannot_hold_are_named_not_guessed(real_pack):
    s = Session.for_pack(real_pack)
    s.situation = {"pain_now": 7.5, "no_such_question": "yes", "fracture_age": "ages_ago"}
    s.values = {"fast_relief": 4, "gone_value": 3}
    enc = encode(real_pack, s)
    assert set(enc.left_out) == {"situation:pain_now", "situation:no_such_question", "situation:fracture_age",
                                 "values:gone_value"}
    d = decode(real_pack, enc.code)
    assert d.situation == {} and d.values == {"fast_relief": 4}


def test_code_for_is_what_the_summary_prints(real_pack):
    s = Session.load(EXAMPLE_SESSION)
    assert code_for(real_pack, s) == encode(real_pack, s).code


def test_session_flags_are_saved_only_when_set(tmp_path):
    s = Session()
    assert "handoff_used" not in s.to_dict() and "handoff_sensitive" not in s.to_dict()
    s.handoff_used = True
    s.save(tmp_path / "s.json")
    back = Session.load(tmp_path / "s.json")
    assert back.handoff_used is True and back.handoff_sensitive is False
    bad = s.to_dict()
    bad["handoff_used"] = "yes"
    from decisionaid.session import SessionError
    with pytest.raises(SessionError, match="true or false"):
        Session.from_dict(bad)


def test_the_loader_checks_the_sensitive_flag(tmp_path):
    from decisionaid.content import ContentError
    text = MINI_PACK.read_text(encoding="utf-8").replace("sensitive = true", 'sensitive = "yes"')
    (tmp_path / "mini.en.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_pack(tmp_path / "mini.en.toml")
    assert any("sensitive: must be true or false" in p for p in err.value.problems)


# ---- command line ----------------------------------------------------------------------------------------
def test_command_line_prints_the_code_and_writes_the_session(real_pack, tmp_path, capsys):
    from decisionaid.app import main
    assert main(["handoff", "--session", str(EXAMPLE_SESSION)]) == 0
    code = capsys.readouterr().out.strip()
    assert code == encode(real_pack, Session.load(EXAMPLE_SESSION)).code
    out = tmp_path / "restored.json"
    assert main(["handoff", "--code", code, "--out", str(out)]) == 0
    back = Session.load(out)
    assert back.handoff_used and back.values == Session.load(EXAMPLE_SESSION).values
    assert json.loads(out.read_text())["format"] == "decisionaid-session"


def test_command_line_refuses_a_bad_code_and_writes_nothing(tmp_path, capsys):
    from decisionaid.app import main
    out = tmp_path / "restored.json"
    assert main(["handoff", "--code", "18B7-1BT5", "--out", str(out)]) == 1
    assert "too short" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as ex:       # exactly one of --session and --code
        main(["handoff"])
    assert ex.value.code == 2
    assert main(["handoff", "--code", "X"]) == 2        # --code needs --out
    assert "--out" in capsys.readouterr().err


# ---- the printed summary ---------------------------------------------------------------------------------
def test_printed_and_html_summaries_carry_the_code(qapp, real_pack):
    import io

    from pypdf import PdfReader

    from decisionaid.report import ReportOptions, build_html, pdf_bytes
    s = Session.load(EXAMPLE_SESSION)
    code = encode(real_pack, s).code
    pages = PdfReader(io.BytesIO(pdf_bytes(real_pack, s, ReportOptions()))).pages
    text = " ".join(p.extract_text() for p in pages)       # near the end of the core (issue 16's order)
    assert code in "".join(text.split())
    import unicodedata
    assert "Hand-off code:" in " ".join(unicodedata.normalize("NFKC", text).split())
    assert code in build_html(real_pack, s, ReportOptions(), for_export=True)
    s.handoff_sensitive = True      # the patient's tick changes the printed code too
    assert encode(real_pack, s).code in build_html(real_pack, s, ReportOptions(), for_export=True)
