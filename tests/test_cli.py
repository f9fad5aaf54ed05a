"""The command line: one program three ways, sub-commands that run without a window, clear one-line failures."""
from __future__ import annotations

import os
import subprocess
import time
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE_SESSION, ROOT

from decisionaid import __version__
from decisionaid.app import main


def run(*args, env=None, timeout=120, input_text=None):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if env:
        e.update(env)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=e, capture_output=True, text=True,
                          timeout=timeout, input=input_text)


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("--content", "--lang", "--kiosk", "check-content", "screenshots", "summary", "note"):
        assert word in out


def test_three_entry_points_are_the_same_program():
    a = run("main.py", "--version").stdout
    b = run("-m", "decisionaid", "--version").stdout
    script = Path(sys.executable).parent / "decisionaid"
    c = subprocess.run([str(script), "--version"], capture_output=True, text=True).stdout
    assert a == b == c and __version__ in a


def test_smoke_starts_paints_and_exits_zero():
    r = run("main.py", "--smoke")
    assert r.returncode == 0, r.stderr


def test_kiosk_smoke_starts_paints_and_exits_zero(tmp_path):
    """A kiosk refuses to close until staff unlock it; its smoke run still quits after the first paint."""
    from signing_helpers import signed_copy
    pack = signed_copy(tmp_path, ROOT / "resources" / "content" / "vcf-augmentation.en.toml", review=False)
    r = run("main.py", "set-kiosk-pin", "--pin-stdin", input_text="482913\n")
    assert r.returncode == 0, r.stderr
    t = time.monotonic()
    r = run("main.py", "--smoke", "--kiosk", "--allow-draft-content", "--content", str(pack))
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - t < 8                      # not the 10-second safety timeout


def test_smoke_refuses_a_broken_pack_in_one_line(tmp_path):
    bad = tmp_path / "bad.en.toml"
    bad.write_text("format_version = 1\n[metadata\n")
    r = run("main.py", "--smoke", "--content", str(bad))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "bad.en.toml" in r.stderr and "Traceback" not in r.stderr


def test_no_display_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0
    assert "No display" in r.stderr and "screenshots" in r.stderr


def test_screenshots_one_png_per_step(tmp_path):
    r = run("-m", "decisionaid", "screenshots", str(tmp_path), "--size", "1024x768", timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert len(names) == 12             # every step, then clinician mode's At a glance view
    assert names[0] == "01-welcome.png" and names[-2] == "11-summary.png" and names[-1] == "12-glance.png"
    from PySide6.QtGui import QImage
    img = QImage(str(tmp_path / names[4]))
    assert (img.width(), img.height()) == (1024, 768)


def test_screenshots_bad_size_is_one_line():
    r = run("-m", "decisionaid", "screenshots", "/tmp/x", "--size", "big")
    assert r.returncode == 1 and "--size" in r.stderr and "Traceback" not in r.stderr


def test_summary_command_writes_a_pdf(tmp_path):
    out = tmp_path / "s.pdf"
    assert main(["summary", "--session", str(EXAMPLE_SESSION), "--out", str(out), "--page-size", "a4"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_summary_command_full_evidence_flags(tmp_path):
    """The patient copy leaves the full evidence out unless asked; a record copy has it unless told not to."""
    import io

    from pypdf import PdfReader

    def text(*extra):
        out = tmp_path / "s.pdf"
        assert main(["summary", "--session", str(EXAMPLE_SESSION), "--out", str(out), *extra]) == 0
        return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "The full evidence" not in text()
    assert "The full evidence" in text("--full-evidence")
    assert "The full evidence" in text("--copy", "record")
    assert "The full evidence" not in text("--copy", "record", "--no-full-evidence")


MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")


def test_summary_command_in_spanish_has_spanish_headings_and_dates(tmp_path):
    """The command installs the same translator as the app, and writes dates in the pack's language."""
    import datetime as dt
    import json

    from pypdf import PdfReader
    out = tmp_path / "es.pdf"
    r = run("-m", "decisionaid", "summary", "--content", "resources/content/vcf-augmentation.es.toml",
            "--session", str(EXAMPLE_SESSION), "--out", str(out), timeout=240)
    assert r.returncode == 0, r.stderr
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(out)).pages)
    text = " ".join(text.split())
    d = dt.date.fromisoformat(json.loads(EXAMPLE_SESSION.read_text(encoding="utf-8"))["date"])
    for words in ("El resumen de su decisión", "Fecha de la conversación", "Código de traspaso",
                  f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"):
        assert words in text, words
    for english in ("Your decision summary", "Date of discussion", "Patient copy", "Page 1 of",
                    d.strftime("%B") if d.month != 5 else "__"):
        assert english not in text, english


def test_summary_command_fails_cleanly(tmp_path, capsys):
    out = tmp_path / "missing" / "s.pdf"
    assert main(["summary", "--session", str(EXAMPLE_SESSION), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("decisionaid: ") and err.count("\n") == 1
    assert not out.exists() and not out.parent.exists()


def test_set_kiosk_pin_from_stdin(tmp_path, monkeypatch, capsys):
    import io
    from decisionaid import settings
    from decisionaid.kiosk_pin import verify_pin
    monkeypatch.setattr(sys, "stdin", io.StringIO("13579\n13579\n"))
    assert main(["set-kiosk-pin", "--pin-stdin"]) == 0
    stored = settings.get("kiosk_pin_hash")
    assert verify_pin("13579", stored) and "13579" not in stored
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n12\n"))
    assert main(["set-kiosk-pin", "--pin-stdin"]) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234\n4321\n"))
    assert main(["set-kiosk-pin", "--pin-stdin"]) == 1
    assert settings.get("kiosk_pin_hash") == stored


def test_kiosk_refuses_to_start_without_pin():
    r = run("main.py", "--kiosk", "--allow-draft-content", env={"DECISIONAID_SETTINGS_DIR": "/nonexistent-dir-x"})
    assert r.returncode == 1 and "PIN" in r.stderr


def test_page_size_precedence(qapp):
    from PySide6.QtCore import QLocale
    from decisionaid import settings
    assert settings.page_size_default(QLocale("en_US")) == "letter"
    assert settings.page_size_default(QLocale("es_MX")) == "a4"
    assert settings.page_size_default(QLocale("en_GB")) == "a4"
    settings.put("page_size", "a4")
    assert settings.page_size_default(QLocale("en_US")) == "a4"      # saved setting beats the locale


# start options alone are parsed without the sub-command parsers (start-up); the result is always the same
@pytest.mark.parametrize("argv", [
    [], ["--smoke"], ["--kiosk", "--allow-draft-content", "--idle-timeout", "30"], ["--content=x", "--lang", "es"],
    ["--content", "note"], ["--content", "x", "--smoke", "--lang=es"], ["--lang", "es", "note", "--session", "s"],
    ["--idle-timeout", "abc"], ["--idle-timeout"], ["--smo"], ["--smoke", "extra"], ["--content", "-x"],
    ["--lang", "es", "--lang", "en"], ["--content="], ["-h"], ["--help"], ["--version"], ["check-content", "p"],
])
def test_short_parse_gives_the_full_parsers_result(argv, capsys):
    from decisionaid.app import build_parser, parse_command_line

    def outcome(parse):
        try:
            result = vars(parse())
        except SystemExit as exc:
            result = ("exit", exc.code)
        out = capsys.readouterr()
        return result, out.out, out.err

    assert outcome(lambda: parse_command_line(argv)) == outcome(lambda: build_parser().parse_args(argv))


def test_only_start_options_are_parsed_short():
    from decisionaid.app import _only_start_options
    assert _only_start_options(["--smoke", "--content", "x", "--lang=es", "--kiosk", "--allow-draft-content"])
    assert not _only_start_options(["--content", "x", "note"])
    assert not _only_start_options(["--smo"]) and not _only_start_options(["-h"])
    assert not _only_start_options(["--content"]) and not _only_start_options(["--lang", "--smoke"])


def _dead_display() -> str:
    """An X display nothing serves: above the numbers test X servers take (Xvfb -displayfd counts up from 0,
    tests/xserver.py), random so that a server started meanwhile is unlikely to be on it, and its TCP port
    (6000 + N) still in the X range."""
    import random
    while True:
        n = random.randrange(400, 1000)
        if not any(os.path.exists(p) for p in (f"/tmp/.X11-unix/X{n}", f"/tmp/.X{n}-lock")):
            return f":{n}"


def test_summary_works_offscreen_when_display_names_a_dead_x_server(tmp_path):
    """DISPLAY set to an X server that is not running: the offscreen sub-commands still work (Qt's xcb plugin
    would abort the process with SIGABRT), and the app itself says there is no display."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = _dead_display()
    out = tmp_path / "s.pdf"
    r = subprocess.run([sys.executable, "-m", "decisionaid", "summary", "--session", str(EXAMPLE_SESSION),
                        "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert out.read_bytes().startswith(b"%PDF")
    r = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "No display" in r.stderr, r.stderr[-2000:]


def test_x_server_answers_only_where_one_listens(tmp_path):
    import socket
    from decisionaid.app import x_server_answers
    assert not x_server_answers(_dead_display())
    assert not x_server_answers("unix" + _dead_display())
    with socket.socket() as srv:                      # something listening on TCP 6000+N counts
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        port = srv.getsockname()[1]
        if port > 6000:
            assert x_server_answers(f"127.0.0.1:{port - 6000}")
