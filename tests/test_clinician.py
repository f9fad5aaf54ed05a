"""Clinician mode: save and resume, damaged and other-version files, visit note, preferences, quit prompt,
recent files, shortcuts, review banner."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from conftest import EXAMPLE_SESSION
from decisionaid import settings
from decisionaid.content import Clock
from decisionaid.note import visit_note
from decisionaid.session import Session


def shown_answers(window) -> list:
    """What every page shows, as (page, widget kind, text, state) rows."""
    rows = []
    for page in window.pages:
        page.refresh()
        for b in page.findChildren(QAbstractButton):
            if b.isCheckable():
                rows.append((page.step_id, b.text(), b.isChecked()))
        for e in page.findChildren(QLineEdit):
            rows.append((page.step_id, "line", e.text()))
        for e in page.findChildren(QPlainTextEdit):
            rows.append((page.step_id, "plain", e.toPlainText()))
    return sorted(rows, key=repr)


def test_save_close_reopen_is_identical(make_window, real_pack, tmp_path):
    session = Session.load(EXAMPLE_SESSION)
    w = make_window(real_pack, session=session)
    before_screen = shown_answers(w)
    w.ctx.mark_changed()
    path = tmp_path / "visit.json"
    w.ask_save_path = lambda *a: str(path)
    assert w.save()
    assert not w.ctx.dirty and path.exists()
    saved = json.loads(path.read_text(encoding="utf-8"))
    answers = {k: v for k, v in w.ctx.session.to_dict().items() if k != "content_hashes"}
    w.close()

    w2 = make_window(real_pack)
    assert w2.open_session(str(path))
    assert w2.ctx.session.to_dict() == saved
    assert {k: v for k, v in saved.items() if k != "content_hashes"} == answers
    assert shown_answers(w2) == before_screen
    assert w2.last_notice == ""       # same pack version: no notice


def test_save_failure_keeps_the_session(make_window, real_pack, tmp_path):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    before = w.ctx.session.to_dict()
    w.ask_save_path = lambda *a: str(tmp_path / "missing-folder" / "x.json")
    assert not w.save_as()
    assert "could not be saved" in w.last_notice
    assert w.ctx.session.to_dict() == before
    assert not (tmp_path / "missing-folder").exists()


@pytest.mark.parametrize("content, message", [
    ("{ this is not json", "damaged or incomplete"),
    (json.dumps({"format": "decisionaid-session", "format_version": 99}), "newer version"),
])
def test_damaged_and_newer_files_are_refused_clearly(make_window, real_pack, tmp_path, content, message):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    before = w.ctx.session.to_dict()
    p = tmp_path / "bad.json"
    p.write_text(content)
    w.ctx.dirty = False
    assert not w.open_session(str(p))
    assert message in w.last_notice
    assert w.ctx.session.to_dict() == before


def test_other_pack_version_opens_with_a_notice_naming_changed_items(make_window, real_pack, tmp_path):
    # saved with content version 0.0.9, where one value statement read differently and one item has gone
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    path = tmp_path / "old.json"
    w.ask_save_path = lambda *a: str(path)
    assert w.save_as()
    data = json.loads(path.read_text())
    data["pack_version"] = "0.0.9"
    data["content_hashes"]["values:fast_relief"] = "0000000000000000"
    data["values"]["an_old_value"] = 3
    path.write_text(json.dumps(data))
    w2 = make_window(real_pack)
    assert w2.open_session(str(path))
    assert "values:fast_relief" in w2.last_notice
    assert "values:an_old_value" in w2.last_notice
    assert "0.0.9" in w2.last_notice
    assert w2.ctx.session.values["fast_relief"] == 4


def test_visit_note_for_the_example_session(real_pack):
    note = visit_note(real_pack, Session.load(EXAMPLE_SESSION))
    lines = note.splitlines()
    assert lines[0] == "SHARED DECISION-MAKING NOTE"
    assert "Date: 2026-11-21" in lines
    assert any(line.startswith("Options discussed: Conservative care") for line in lines)
    assert "vcf-augmentation version 0.1.0" in note and "DRAFT" in note
    assert "Knowledge check: 4 correct of 5 answered (7 questions)" in lines
    assert "Patient is not sure yet which option to choose." in lines
    assert any(line.startswith("SURE: 3 of 4 yes") for line in lines)
    # the decision in clinical words (metadata.clinical_decision), not the patient's sentence
    decision = " ".join(line.strip() for line in note.split("Decision: ", 1)[1].split("Options discussed")[0]
                        .splitlines())
    assert decision == real_pack.metadata.clinical_decision
    assert "You have a painful break" not in note
    assert "Kiosk hand-off: not used" in lines
    assert "Patient's top values:" in lines
    assert "- Getting pain relief as fast as possible (very important)" in lines
    assert "- What is likely to happen if I do not have a procedure?" in lines
    assert "WARNING SIGN" in note          # blood thinners
    assert "- Can my daughter drive me home if I have the procedure?" in lines
    assert "On apixaban" in note
    assert "Jane Example" not in note       # the note names no patient
    assert note.isascii() or all(ord(c) < 0x2500 for c in note)
    assert max(len(line) for line in lines) <= 78


def test_visit_note_leaning_sure_knowledge_and_hand_off_wording(real_pack, mini_pack):
    s = Session.for_pack(real_pack)
    s.leaning = "kyphoplasty"
    s.sure = {"sure_of_best": True, "know_benefits_risks": False}
    note = visit_note(real_pack, s)
    assert "Patient is leaning towards balloon kyphoplasty." in note.splitlines()
    assert "SURE: not completed (2 of 4 answered)" in note
    assert "Knowledge check: not answered (7 questions)" in note
    s.sure = dict.fromkeys(("sure_of_best", "know_benefits_risks", "clear_values", "enough_support"), True)
    s.knowledge = {k.id: k.answer for k in real_pack.knowledge}
    s.handoff_used = True
    note = visit_note(real_pack, s)
    assert "SURE: 4 of 4 yes" in note.splitlines()
    assert "Knowledge check: 7 correct of 7 answered (7 questions)" in note.splitlines()
    assert "Kiosk hand-off: used" in note
    assert "did not share answers to the sensitive questions" in " ".join(note.split())
    s.handoff_sensitive = True
    assert "did not share" not in " ".join(visit_note(real_pack, s).split())
    s.leaning = ""
    assert "Patient has not stated a leaning." in visit_note(real_pack, s)
    # a pack without clinical_decision falls back to its decision sentence
    from dataclasses import replace
    plain = replace(mini_pack, metadata=replace(mini_pack.metadata, clinical_decision=""))
    assert "Decision: Choose between option A and option B." in visit_note(plain, Session.for_pack(plain))


def test_visit_note_in_spanish_takes_the_spanish_clinical_decision():
    from conftest import REAL_PACK_DIR
    from decisionaid.content import load_pack
    es = load_pack(REAL_PACK_DIR / "vcf-augmentation.es.toml")
    note = visit_note(es, Session.load(EXAMPLE_SESSION))
    assert "Decision: Tratamiento de una fractura vertebral" in note
    assert "Patient is not sure yet" in note


def test_copy_visit_note_puts_it_on_the_clipboard(make_window, real_pack):
    from PySide6.QtGui import QGuiApplication
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    text = w.copy_visit_note()
    assert QGuiApplication.clipboard().text() == text
    assert "SURE: 3 of 4 yes" in text


def test_note_command_line(real_pack, tmp_path, capsys):
    from decisionaid.app import main
    assert main(["note", "--session", str(EXAMPLE_SESSION)]) == 0
    assert "SHARED DECISION-MAKING NOTE" in capsys.readouterr().out
    out = tmp_path / "note.txt"
    assert main(["note", "--session", str(EXAMPLE_SESSION), "--out", str(out)]) == 0
    assert out.read_text().startswith("SHARED DECISION-MAKING NOTE")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert main(["note", "--session", str(bad)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_preferences_persist(make_window, real_pack, qtbot):
    from decisionaid.ui.preferences import PreferencesDialog
    w = make_window(real_pack)
    dlg = PreferencesDialog(w)
    dlg.clinician.setText("Dr. Sam Rivera")
    dlg.clinic.setText("Riverside Spine Clinic")
    dlg.page_size.setCurrentIndex(dlg.page_size.findData("a4"))
    dlg.large_print.setChecked(True)
    dlg.idle.setValue(180)
    dlg.accept()
    # a new settings object (as after a restart) reads the same values
    assert settings.get("clinician_name") == "Dr. Sam Rivera"
    assert settings.get("clinic_name") == "Riverside Spine Clinic"
    assert settings.get("page_size") == "a4"
    assert settings.get("large_print") is True
    assert settings.get("kiosk_idle_seconds") == 180
    again = PreferencesDialog(w)
    assert again.clinician.text() == "Dr. Sam Rivera" and again.idle.value() == 180
    w2 = make_window(real_pack)
    assert w2.ctx.session.clinician == "Dr. Sam Rivera"
    assert w2.report_options().page_size == "a4" and w2.report_options().large_print


def test_quit_with_unsaved_changes_prompts(make_window, real_pack):
    w = make_window(real_pack)
    asked = []
    w.ask_unsaved = lambda: asked.append(1) or "cancel"
    w.ctx.session.values["fast_relief"] = 4
    w.ctx.mark_changed()
    assert w.close() is False and w.isVisible() and asked == [1]
    w.ask_unsaved = lambda: asked.append(2) or "discard"
    assert w.close() is True and asked == [1, 2]


def test_quit_without_changes_does_not_prompt(make_window, real_pack):
    w = make_window(real_pack)
    w.ask_unsaved = lambda: pytest.fail("no prompt expected")
    assert w.close()


def test_recent_list_never_shows_a_patient_name(make_window, real_pack, tmp_path):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    names = ["visit-1.json", "Jane Example follow-up.json"]
    for n in names:
        w.ask_save_path = lambda *a, n=n: str(tmp_path / n)
        assert w.save_as()
    labels = w.recent_labels()
    assert len(labels) == 2
    assert all("Jane" not in label and "Example" not in label for label in labels)
    assert "visit-1.json" in labels


def test_default_file_names_never_hold_the_patient_name(make_window, real_pack):
    from decisionaid.report import default_filename
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    seen = []
    w.ask_save_path = lambda title, default, flt: seen.append(default) or ""
    w.save_as()
    w.export_pdf()
    assert seen == ["decision-discussion-2026-11-21.json", default_filename(w.ctx.clock.today())]
    assert all("Jane" not in s for s in seen)


def test_keyboard_shortcuts_are_listed_and_standard(make_window, real_pack):
    w = make_window(real_pack)
    rows = dict(w.shortcut_rows())
    for name in ("Save discussion", "Open discussion…", "Export PDF…", "Print…", "Full screen", "Preferences…",
                 "Issue cards…", "Quit"):
        assert name in rows, name
    assert rows["Export PDF…"] == "Ctrl+E" and rows["Print…"] == "Ctrl+P" and rows["Full screen"] == "F11"
    assert rows["Save discussion"] == "Ctrl+S" and rows["Open discussion…"] == "Ctrl+O"
    dlg = w.show_shortcuts()
    assert dlg.isVisible()
    dlg.close()


def test_f11_toggles_full_screen(make_window, real_pack, qtbot):
    w = make_window(real_pack)
    w.actions_by_name["fullscreen"].trigger()
    assert w.isFullScreen()
    w.actions_by_name["fullscreen"].trigger()
    assert not w.isFullScreen()


def test_review_banner_after_next_review_date(make_window, real_pack):
    due = real_pack.metadata.next_review
    late = make_window(real_pack, clock=Clock(due + dt.timedelta(days=1)))
    assert any(b.kind == "warning" for b in late.banners)
    on_time = make_window(real_pack, clock=Clock(due))
    assert not any(b.kind == "warning" for b in on_time.banners)


def test_step_list_is_clickable_in_clinician_mode(make_window, real_pack):
    w = make_window(real_pack)
    w.step_list.setCurrentRow(6)
    assert w.current_index == 6


def test_draft_banner_only_for_draft_packs(make_window, real_pack):
    assert any(b.kind == "draft" for b in make_window(real_pack).banners)
    import datetime as dt

    from decisionaid.content.model import Review, ReviewRecord
    from decisionaid.content.review import GROUPS
    record = ReviewRecord(file="r.review.json", pack_sha256=real_pack.sha256, groups=GROUPS,
                          reviews=(Review("Dr A", "surgeon", GROUPS, dt.date(2026, 12, 1)),))
    reviewed = replace(real_pack, review=record)            # only a matching review record lifts the mark
    assert not any(b.kind == "draft" for b in make_window(reviewed).banners)


def test_issue_cards_show_every_option_with_benefits_step_numbers(make_window, real_pack):
    from decisionaid.ui.issue_cards import IssueCardsDialog
    from decisionaid.present.evidence import topic_rows
    w = make_window(real_pack)
    dlg = w.open_issue_cards()
    assert isinstance(dlg, IssueCardsDialog)
    topics = [t.id for t in real_pack.topics]
    assert {"pain_relief", "risks", "recovery", "new_fractures", "cost", "daily_life"} <= set(topics)
    for tid in topics:
        dlg.topic_buttons[tid].click()
        texts = " ".join(dlg.texts())
        for o in real_pack.options:
            assert o.name in texts
        for c in real_pack.comparison:
            if c.topic == tid:
                assert c.question in texts
                assert all(a in texts for _, a in c.answers)
        for r in topic_rows(real_pack, tid):       # each result whole: every group with its own figure
            if r.difference_only:
                assert r.comparison in texts, (tid, r.id)
            for a in r.arms if not r.difference_only else ():
                assert f"{a.label}: {a.figure}" in texts, (tid, r.id, a.key)
            if r.difference is not None:
                assert r.difference.text in texts
    dlg.close()


def test_export_pdf_and_html_from_the_window(make_window, real_pack, tmp_path):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    before = w.ctx.session.to_dict()
    w.ask_save_path = lambda *a: str(tmp_path / "summary")
    assert w.export_pdf()
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert w.export_html()
    assert "<h1" in (tmp_path / "summary.html").read_text(encoding="utf-8")
    w.ask_save_path = lambda *a: str(tmp_path / "no-such-folder" / "s.pdf")
    assert not w.export_pdf()
    assert "Your answers are kept" in w.last_notice
    assert not (tmp_path / "no-such-folder").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.html", "summary.pdf"]
    assert w.ctx.session.to_dict() == before


def test_after_the_first_paint_the_steps_are_built_and_matplotlib_imported(make_window, mini_pack, qtbot,
                                                                          monkeypatch, tmp_path):
    """After its first paint the app builds every step, imports matplotlib and loads typst (no patient data);
    the summary needs no pictures drawn ahead (typst draws the key comparisons itself), so an export draws no
    chart at all."""
    import sys

    from decisionaid.app import after_first_paint
    from decisionaid.charts import _layout
    from decisionaid.report import write_pdf
    w = make_window(mini_pack)
    after_first_paint(w, delay_ms=0)
    qtbot.waitUntil(lambda: "matplotlib.figure" in sys.modules
                    and all(w.pages.is_built(i) for i in range(len(w.steps))), timeout=60000)
    from decisionaid.report import render
    qtbot.waitUntil(lambda: bool(render._COMPILER), timeout=60000)     # typst, fonts and template loaded
    drawn = []
    real_build = _layout.build                        # every chart is laid out here (build_chart)
    monkeypatch.setattr(_layout, "build", lambda *a: drawn.append(a[1]) or real_build(*a))
    write_pdf(mini_pack, w.ctx.session, tmp_path / "a.pdf", w.report_options())
    assert drawn == [] and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
