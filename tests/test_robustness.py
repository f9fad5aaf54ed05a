"""Hostile input: any session content round-trips and renders; mutated packs are refused with a message;
rules never raise; the exception hook keeps patient text out of the log."""
from __future__ import annotations

import datetime as dt
import os
import random
import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import MINI_PACK
from decisionaid.content import ContentError, loads_pack
from decisionaid.content.rules import fired_rules
from decisionaid.session import Session, clean_loaded

settings.register_profile("ci", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)   # the names' limit
long_text = st.one_of(any_text, st.builds(lambda chunk: (chunk * (4_000 // len(chunk) + 1))[:4_000],   # the notes' limit
                                          st.text(min_size=1, max_size=40, alphabet="ab \n<>&\"'é中ع😀\x00\x1b")))


@st.composite
def sessions(draw, pack):
    ids = {
        "situation": [q.id for q in pack.situation], "values": [v.id for v in pack.values],
        "knowledge": [k.id for k in pack.knowledge], "questions": [q.id for q in pack.questions],
    }
    situation = {}
    for q in pack.situation:
        if draw(st.booleans()):
            if q.type == "choice":
                situation[q.id] = draw(st.sampled_from([c.id for c in q.choices]))
            elif q.type == "yes_no":
                situation[q.id] = draw(st.sampled_from(["yes", "no"]))
            else:
                situation[q.id] = draw(st.integers(int(q.min), int(q.max)))
    return Session(
        pack_id=pack.metadata.pack_id, pack_version=pack.metadata.version, language="en",
        mode=draw(st.sampled_from(["clinician", "kiosk"])), date=draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        patient_name=draw(any_text), clinician=draw(any_text), clinic=draw(any_text), situation=situation,
        values={v: draw(st.integers(0, 4)) for v in ids["values"] if draw(st.booleans())},
        knowledge={k.id: draw(st.integers(0, len(k.choices) - 1)) for k in pack.knowledge if draw(st.booleans())},
        leaning=draw(st.sampled_from(["", "not_sure", *pack.option_ids])),
        sure={k: draw(st.booleans()) for k in ("sure_of_best", "know_benefits_risks", "clear_values",
                                               "enough_support") if draw(st.booleans())},
        questions=[q for q in ids["questions"] if draw(st.booleans())],
        own_questions=draw(st.lists(any_text, max_size=5)), clinician_notes=draw(long_text),
    )


def test_any_session_saves_and_loads_identically(real_pack, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sessions")

    @settings(max_examples=60)
    @given(sessions(real_pack))
    def check(s):
        p = folder / "s.json"
        s.save(p)
        loaded = Session.load(p)
        # loading neutralises control and bidi-control characters once (clean_loaded); nothing else changes
        assert loaded.to_dict() == clean_loaded(s.to_dict())
        assert Session.from_json(s.to_json()) == loaded
        loaded.save(p)
        assert Session.load(p) == loaded

    check()


def test_any_session_renders_a_summary(real_pack, qapp):
    from decisionaid.report import ReportOptions, pdf_bytes

    @settings(max_examples=5)
    @given(sessions(real_pack))
    def check(s):
        data = pdf_bytes(real_pack, s, ReportOptions(copy="record"))
        assert data.startswith(b"%PDF")

    check()


def test_empty_session_renders(real_pack, qapp):
    from decisionaid.report import ReportOptions, pdf_bytes
    assert pdf_bytes(real_pack, Session(), ReportOptions()).startswith(b"%PDF")


def test_rules_never_raise(real_pack):
    values = st.one_of(st.none(), st.text(max_size=20), st.integers(-10**6, 10**6),
                       st.floats(allow_nan=True), st.booleans(), st.lists(st.integers(), max_size=3))

    @settings(max_examples=300)
    @given(st.dictionaries(st.sampled_from([q.id for q in real_pack.situation] + ["x", ""]), values))
    def check(answers):
        fired_rules(real_pack, answers)

    check()


TEXT = MINI_PACK.read_text(encoding="utf-8")


@settings(max_examples=150)
@given(st.randoms(use_true_random=False), st.integers(1, 8))
def test_mutated_packs_are_refused_with_a_message_never_a_traceback(rnd, n):
    lines = TEXT.splitlines()
    for _ in range(n):
        i = rnd.randrange(len(lines))
        op = rnd.choice(["delete", "dup", "swap", "char", "number", "truncate"])
        if op == "delete":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "char" and lines[i]:
            k = rnd.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + rnd.choice(string.printable + "é中") + lines[i][k + 1:]
        elif op == "number":
            lines[i] = lines[i].replace("40", str(rnd.choice([-1, 101, 10**9, 0])))
        else:
            lines = lines[:i]
        if not lines:
            lines = [""]
    try:
        pack = loads_pack("\n".join(lines), filename="fuzz.en.toml")
    except ContentError as exc:
        assert exc.problems and all(p.startswith("fuzz.en.toml: ") for p in exc.problems)
    else:
        assert pack.options


def test_exception_hook_logs_type_and_places_only(tmp_path, monkeypatch, qapp):
    from decisionaid.ui.errors import ExceptionHook
    monkeypatch.setenv("DECISIONAID_LOG_DIR", str(tmp_path))
    hook = ExceptionHook("clinician")
    secret = "Patient Jane Example has cancer"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    log = (tmp_path / "errors.log").read_text()
    assert "builtins.ValueError" in log and "test_robustness.py" in log
    assert secret not in log and "Jane" not in log
    assert hook.count == 1


def test_exception_hook_in_kiosk_writes_nothing(tmp_path, monkeypatch, qapp):
    from decisionaid.ui.errors import ExceptionHook
    monkeypatch.setenv("DECISIONAID_LOG_DIR", str(tmp_path))
    hook = ExceptionHook("kiosk")
    try:
        raise RuntimeError("typed by a patient")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert list(tmp_path.iterdir()) == []


def test_app_keeps_running_after_an_error_in_a_slot(make_window, real_pack, tmp_path, monkeypatch, qtbot):
    """An exception in a button handler reaches the hook; the window and the answers stay."""
    import sys
    from decisionaid.ui.errors import ExceptionHook
    monkeypatch.setenv("DECISIONAID_LOG_DIR", str(tmp_path))
    w = make_window(real_pack)
    w.ctx.session.values["fast_relief"] = 4
    hook = ExceptionHook("clinician", w).install()
    try:
        monkeypatch.setattr(type(w), "go_next", lambda self: (_ for _ in ()).throw(KeyError("boom")))
        w.next_button.clicked.disconnect()
        w.next_button.clicked.connect(lambda: w.go_next())
        with qtbot.capture_exceptions() as caught:
            w.next_button.click()
        for exc in caught:
            sys.excepthook(*exc)
        assert hook.count == 1
        assert w.isVisible() and w.ctx.session.values["fast_relief"] == 4
    finally:
        hook.uninstall()


def test_huge_and_binary_session_files_are_refused_quickly(tmp_path):
    import time
    from decisionaid.session import SessionError
    big = tmp_path / "big.json"
    big.write_bytes(b"{" + b" " * (50 * 1024 * 1024))
    binary = tmp_path / "bin.json"
    binary.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(100_000)))
    for p in (big, binary):
        t = time.perf_counter()
        with pytest.raises(SessionError):
            Session.load(p)
        assert time.perf_counter() - t < 1.0
