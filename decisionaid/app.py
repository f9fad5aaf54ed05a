"""Command line, QApplication and modes. The only module that creates the application object.

``python main.py``, ``python -m decisionaid`` and the ``decisionaid`` script all enter ``main()``.
Precedence wherever a value can come from several places: command line, then saved settings, then locale
defaults (docs/cli.md).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from . import APP_NAME, ORG_NAME, __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check-content", "screenshots", "summary", "note", "handoff", "set-kiosk-pin", "kiosk-check",
               "review-sheet", "review-record", "make-key", "sign-pack", "trust-key")


class CliError(Exception):
    """A failure reported as one line on stderr and a non-zero exit."""


# ---------------------------------------------------------------------------------------------------------
class _ShortParseFailed(Exception):
    pass


class _TopLevelParser(argparse.ArgumentParser):
    """The parser without sub-commands: it hands every error back (see parse_command_line)."""

    def error(self, message):
        raise _ShortParseFailed(message)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    p = (argparse.ArgumentParser if commands else _TopLevelParser)(
        prog="decisionaid",
        description="A decision aid for a painful spinal compression fracture: conservative care, "
                    "vertebroplasty or balloon kyphoplasty. With no sub-command it opens the app.",
    )
    p.add_argument("--version", action="version", version=f"decisionaid {__version__}")
    p.add_argument("--content", metavar="PATH",
                   help="a content pack file, or a folder of packs with one file per language "
                        "(default: the packs in resources/content)")
    p.add_argument("--lang", metavar="CODE", help="language of the content and the interface, e.g. en or es")
    p.add_argument("--kiosk", action="store_true", help="waiting-room kiosk mode (full screen, idle reset, "
                                                         "nothing written to disk)")
    p.add_argument("--allow-draft-content", action="store_true",
                   help="let kiosk mode show a signed pack that has no matching review record (demos and tests); "
                        "the DRAFT mark stays")
    p.add_argument("--idle-timeout", type=float, metavar="SECONDS",
                   help="kiosk idle time before the 'Are you still there?' prompt (default 120)")
    p.add_argument("--smoke", action="store_true",
                   help="start, load and validate the pack, show the first step, wait for its first paint, exit 0")
    if not commands:
        p.set_defaults(command=None)
        return p
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check-content", help="validate a content pack; prints each problem as "
                                             "'file: key.path: what is wrong'")
    c.add_argument("path", metavar="PATH")

    s = sub.add_parser("screenshots", help="render every step with the example session to PNG files")
    s.add_argument("out_dir", metavar="DIR")
    s.add_argument("--size", default="1280x800", metavar="WxH")
    s.add_argument("--kiosk", dest="shot_kiosk", action="store_true", help="render the kiosk steps")
    s.add_argument("--lang", dest="shot_lang", metavar="CODE")
    s.add_argument("--text-scale", type=float, default=1.0, metavar="N", help="1, 1.25, 1.5 or 2")
    s.add_argument("--theme", default="default", choices=("default", "high-contrast"))
    s.add_argument("--greyscale", action="store_true", help="render charts in greyscale")
    s.add_argument("--session", metavar="FILE", help="session to show (default docs/examples/session.json)")

    m = sub.add_parser("summary", help="write the take-home summary PDF for a saved session")
    m.add_argument("--session", required=True, metavar="SESSION.json")
    m.add_argument("--out", required=True, metavar="FILE.pdf")
    m.add_argument("--copy", choices=("patient", "record"), default="patient")
    m.add_argument("--large-print", action="store_true")
    m.add_argument("--page-size", choices=("letter", "a4"))
    m.add_argument("--greyscale", action="store_true")
    evidence = m.add_mutually_exclusive_group()
    evidence.add_argument("--full-evidence", dest="full_evidence", action="store_const", const=True,
                          help="add the full evidence after the summary (the record copy's default)")
    evidence.add_argument("--no-full-evidence", dest="full_evidence", action="store_const", const=False)
    m.add_argument("--html", action="store_true", help="write accessible HTML instead of PDF")
    m.add_argument("--content", dest="sub_content", metavar="PATH")

    n = sub.add_parser("note", help="print the plain-text visit note for a saved session")
    n.add_argument("--session", required=True, metavar="SESSION.json")
    n.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    n.add_argument("--content", dest="sub_content", metavar="PATH")

    h = sub.add_parser("handoff", help="print the kiosk hand-off code of a saved session, or write the session "
                                       "a code holds")
    which = h.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="SESSION.json", help="print this session's hand-off code")
    which.add_argument("--code", metavar="CODE", help="the hand-off code to restore (needs --out)")
    h.add_argument("--out", metavar="SESSION.json", help="with --code: where to write the session")
    h.add_argument("--include-sensitive", action="store_true",
                   help="with --session: put the answers to the pack's sensitive questions in the code")
    h.add_argument("--content", dest="sub_content", metavar="PATH")
    sub.add_parser("kiosk-check", help="list what on this machine would keep patient data (CUPS job files, "
                                       "/tmp on disk, unencrypted swap, no session bus, no screen lock), each "
                                       "with the setting to change; exit 1 when something is")

    k = sub.add_parser("set-kiosk-pin", help="set the staff PIN that unlocks kiosk mode (asked twice)")
    k.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (for scripts)")
    k.add_argument("--system", action="store_true",
                   help="store it in the system trust file (/etc/decisionaid/kiosk.toml; run as root)")

    rs = sub.add_parser("review-sheet", help="list every patient-facing statement and figure of a pack for a "
                                             "clinician's review (PDF or CSV, by the file's suffix)")
    rs.add_argument("pack", metavar="PACK")
    rs.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")

    rr = sub.add_parser("review-record", help="record a clinician's review of a pack's exact bytes (a "
                                              "<pack>.review.json file beside the pack)")
    rr.add_argument("pack", metavar="PACK")
    rr.add_argument("--reviewer", required=True, metavar="NAME")
    rr.add_argument("--role", required=True, metavar="ROLE", help="e.g. 'consultant spine surgeon'")
    rr.add_argument("--scope", required=True, metavar="all|LIST",
                    help="'all', or a comma-separated list of: welcome, situation, options, compare, evidence, "
                         "recovery, values, knowledge, leaning, questions, next-steps, glossary, references")
    rr.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day the review was done")
    rr.add_argument("--records-dir", metavar="DIR",
                    help="write the record there instead of beside the pack (default: the records folder the "
                         "system trust file names, else beside the pack)")

    mk = sub.add_parser("make-key", help="make an Ed25519 key pair for signing packs: KEY (private, keep it "
                                         "off the kiosk) and KEY.pub")
    mk.add_argument("key", metavar="KEY")
    mk.add_argument("--comment", default="", metavar="TEXT", help="a name for the key, e.g. who holds it")

    sp = sub.add_parser("sign-pack", help="sign a pack and its review record (writes <pack>.sig beside it)")
    sp.add_argument("pack", metavar="PACK")
    sp.add_argument("--key", required=True, metavar="KEY", help="the private key file from make-key")

    tk = sub.add_parser("trust-key", help="trust a public key to sign the packs this computer shows")
    tk.add_argument("pubkey", metavar="PUBKEY", help="a KEY.pub file, or the key line itself")
    tk.add_argument("--name", default="", metavar="TEXT", help="who holds the key (default: its comment)")
    tk.add_argument("--system", action="store_true",
                    help="record it in the system trust file (/etc/decisionaid/kiosk.toml; run as root)")
    return p


_FLAGS = {"--smoke", "--kiosk", "--allow-draft-content"}
_WITH_VALUE = {"--content", "--lang", "--idle-timeout"}


def _only_start_options(argv: list[str]) -> bool:
    """Whether the command line holds nothing but the app's own start options, spelt out in full."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _FLAGS or (arg.partition("=")[0] in _WITH_VALUE and "=" in arg):
            i += 1
        elif arg in _WITH_VALUE and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2
        else:
            return False
    return True


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``. Starting the app needs none of the five sub-command parsers, and building them costs
    about 4 ms of every start-up, so a command line of start options only is parsed without them; anything
    else (a sub-command, help, an abbreviation, an error) goes to the full parser, which gives the same result
    and the same messages as always."""
    if _only_start_options(argv):
        try:
            return build_parser(commands=False).parse_args(argv)
        except _ShortParseFailed:
            pass
    return build_parser().parse_args(argv)


# ---------------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_command_line(argv)
    try:
        if args.command == "check-content":
            return cmd_check_content(args.path)
        if args.command == "kiosk-check":
            from .kiosk_check import report, run_checks
            findings = run_checks()
            sys.stdout.write(report(findings))
            return EXIT_OK if all(f.ok for f in findings) else EXIT_FAIL
        if args.command is not None:
            _ensure_offscreen_if_headless()
            if args.command == "screenshots":
                return cmd_screenshots(args)
            if args.command == "summary":
                return cmd_summary(args)
            if args.command == "note":
                return cmd_note(args)
            if args.command == "handoff":
                return cmd_handoff(args)
            if args.command == "set-kiosk-pin":
                return cmd_set_kiosk_pin(args)
            from . import governance
            return governance.run(args)
        if args.smoke:
            _ensure_offscreen_if_headless()
        elif not _has_display():
            print("No display found: the app needs a screen. Without one, use the offscreen sub-commands "
                  "'decisionaid screenshots DIR', 'decisionaid summary ...', 'decisionaid note ...' or "
                  "'decisionaid check-content PATH' (or run under xvfb-run).", file=sys.stderr)
            return EXIT_USAGE
        return run_gui(args)
    except CliError as exc:
        print(f"decisionaid: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and platform != "xcb":
        return True          # offscreen, wayland, eglfs ... : Qt was told where to draw
    if sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and platform != "xcb":
            return True
        display = os.environ.get("DISPLAY")
        # an X server that is not running would make Qt abort (SIGABRT) instead of failing cleanly
        return bool(display) and x_server_answers(display)
    return True


def x_server_answers(display: str, timeout: float = 0.5) -> bool:
    """Whether something accepts connections at the X display ``display`` (":0", "unix:1.0", "host:10").
    Only the socket is tried, never the X protocol, so this takes well under a millisecond locally."""
    import re
    import socket
    m = re.fullmatch(r"(?:(?P<host>[^:/]*)/)?(?P<name>[^:]*):(?P<num>\d+)(?:\.\d+)?", display.strip())
    if not m:
        return True          # a form we do not know (launchd path, ...): let Qt decide
    host, num = m.group("name"), int(m.group("num"))
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{num}"
        for address in ("\0" + path, path):          # Linux abstract socket first, then the file
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(timeout)
                try:
                    s.connect(address)
                    return True
                except OSError:
                    continue
        if host == "unix":
            return False
        host = "localhost"
    try:
        with socket.create_connection((host, 6000 + num), timeout=timeout):
            return True
    except OSError:
        return False


def _ensure_offscreen_if_headless() -> None:
    if not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# ---------------------------------------------------------------------------------------------------------
def load_content(path: str | None, lang: str | None):
    """Load and validate the pack, or raise CliError with the first problem."""
    from .content import ContentError, default_content_path, load_pack
    from .trust import records_dir
    try:
        return load_pack(path or default_content_path(), language=lang, records_dir=records_dir())
    except ContentError as exc:
        raise CliError(exc.problems[0] + (f" (and {len(exc.problems) - 1} more problems; run "
                                          "'decisionaid check-content')" if len(exc.problems) > 1 else ""))


def cmd_check_content(path: str) -> int:
    """Validate a pack file, or every pack in a folder plus their match with the English original."""
    from .content import ContentError, load_pack, pack_files
    from .content.pairs import check_translations
    targets = list(pack_files(path).values()) if Path(path).is_dir() else [Path(path)]
    if not targets:
        print(f"{Path(path).name}: no content pack (*.<lang>.toml) in this folder")
        return EXIT_FAIL
    problems: list[str] = []
    packs = []
    for target in targets:
        try:
            packs.append(load_pack(target))
        except ContentError as exc:
            problems += exc.problems
    if Path(path).is_dir():
        problems += check_translations(path)
    if problems:
        for line in problems:
            print(line)
        return EXIT_FAIL
    for pack in packs:
        _print_summary(pack)
    return EXIT_OK


def _print_summary(pack) -> None:
    from .content.review import reviewed_line
    rows = sum(len(o.rows) for o in pack.outcomes)
    status = reviewed_line(pack.review) if pack.review else "draft: no review record for these bytes"
    if pack.review and not pack.review.complete:
        status += "; partial, so still a draft"
    print(f"{Path(pack.path).name}: valid ({pack.metadata.pack_id} {pack.metadata.version}, "
          f"{pack.metadata.language}, {status}): {len(pack.options)} options, "
          f"{len(pack.outcomes)} outcomes ({rows} evidence rows), {len(pack.sources)} sources")


def load_session_file(path: str, pack=None):
    from .session import Session, SessionError
    try:
        return Session.load(path)
    except SessionError as exc:
        raise CliError(f"{Path(path).name}: {exc}")


def example_session_path() -> Path:
    from .paths import resource
    return resource("examples", "session.json")


def session_bus(environ=os.environ) -> str:
    """The desktop session's D-Bus address, or "" when there is none: ``DBUS_SESSION_BUS_ADDRESS``, else the
    per-user bus socket ``$XDG_RUNTIME_DIR/bus`` that libdbus also looks for."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return "" if address.startswith("disabled:") else address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime:
        import stat
        try:
            if stat.S_ISSOCK(os.stat(os.path.join(runtime, "bus")).st_mode):
                return f"unix:path={os.path.join(runtime, 'bus')}"
        except OSError:
            pass
    return ""


def no_bus_of_our_own(environ=os.environ) -> bool:
    """With no session bus, libdbus (which Qt loads for accessibility and more) "autolaunches" one: it runs
    dbus-launch, which writes ~/.dbus/session-bus/... and leaves a dbus-daemon running after the app exits.
    The app starts no bus: where there is none it sets ``DBUS_SESSION_BUS_ADDRESS=disabled:``, an address
    libdbus cannot connect to and so never autolaunches for (a screen reader then has no bus either;
    ``decisionaid kiosk-check`` says so). Returns whether it did. Call before the QApplication exists."""
    if not sys.platform.startswith("linux") or session_bus(environ):
        return False
    environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    return True


def make_qapp(argv=None, gui: bool = True):
    """The one QApplication of the process (QGuiApplication is not enough for widgets)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        from .fontcache import use_prebuilt
        no_bus_of_our_own()
        use_prebuilt()          # matplotlib reads the font cache built at install time, writes none
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    register_fonts(app)
    return app


def register_fonts(app) -> None:
    """Ship one font family so screens, screenshots and PDFs look the same on every machine."""
    if getattr(register_fonts, "done", False):
        return
    from PySide6.QtGui import QFont, QFontDatabase
    from .paths import resource
    folder = resource("fonts")
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".ttf")):
        QFontDatabase.addApplicationFont(str(folder / name))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(11)
    app.setFont(font)
    register_fonts.done = True


def cmd_summary(args) -> int:
    pack = load_content(args.sub_content or args.content, args.lang)
    session = load_session_file(args.session)
    app = make_qapp(gui=False)
    from .ui.i18n import install_language      # the same words and dates as the app's own Print / Export
    install_language(app, pack.metadata.language)
    from .report import ReportError, ReportOptions, write_html, write_pdf
    from .settings import page_size_default
    from .trust import TrustError, pack_signature
    try:
        signed = pack_signature(pack).valid
    except (TrustError, OSError):
        signed = False
    from PySide6.QtCore import QCoreApplication
    opts = ReportOptions(copy=args.copy, large_print=args.large_print,
                         page_size=args.page_size or page_size_default(), greyscale=args.greyscale,
                         full_evidence=args.full_evidence,
                         app_version=__version__,
                         content_note="" if signed else QCoreApplication.translate("Clinician", "Unsigned content"))
    try:
        (write_html if args.html else write_pdf)(pack, session, args.out, opts)
    except ReportError as exc:
        raise CliError(str(exc))
    return EXIT_OK


def cmd_note(args) -> int:
    pack = load_content(args.sub_content or args.content, args.lang)
    session = load_session_file(args.session)
    from .note import visit_note
    text = visit_note(pack, session)
    if args.out:
        from .session import atomic_write
        try:
            atomic_write(Path(args.out), text.encode("utf-8"))
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_handoff(args) -> int:
    if args.code is not None and not args.out:
        print("decisionaid handoff: --code needs --out SESSION.json (where to write the session)", file=sys.stderr)
        return EXIT_USAGE
    pack = load_content(args.sub_content or args.content, args.lang)
    from .handoff import HandoffError, decode, encode
    if args.session:
        session = load_session_file(args.session)
        if session.pack_id and session.pack_id != pack.metadata.pack_id:
            raise CliError(f"{Path(args.session).name}: saved with a different decision aid ({session.pack_id})")
        try:
            enc = encode(pack, session, include_sensitive=args.include_sensitive or None)
        except HandoffError as exc:
            raise CliError(str(exc))
        print(enc.code)
        return EXIT_OK
    try:
        session = decode(pack, args.code)
    except HandoffError as exc:
        raise CliError(str(exc))
    from .compat import stamp
    stamp(pack, session)
    try:
        session.save(args.out)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}")
    return EXIT_OK


def cmd_set_kiosk_pin(args) -> int:
    from .kiosk_pin import set_pin_interactive
    make_qapp(gui=False)
    return set_pin_interactive(from_stdin=args.pin_stdin, system=args.system)


def cmd_screenshots(args) -> int:
    try:
        w, h = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise CliError(f"--size must look like 1280x800, not '{args.size}'")
    lang = args.shot_lang or args.lang
    pack = load_content(args.content, lang)
    session_path = args.session or example_session_path()
    session = load_session_file(str(session_path))
    app = make_qapp()
    from .ui.screenshots import render_all
    from .ui.style import apply_style
    files = render_all(app, pack, session, Path(args.out_dir), (w, h), kiosk=args.shot_kiosk,
                       text_scale=args.text_scale, theme=args.theme, greyscale=args.greyscale,
                       apply_style=apply_style)
    print(f"wrote {len(files)} screenshots to {args.out_dir}")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------------
def run_gui(args) -> int:
    # Start-up makes about 27,000 objects that live as long as the app (modules, the pack, the window). The
    # cyclic garbage collector would walk them some 50 times while they are made (about 13 ms), and again in
    # every full collection and at exit. So collection waits until start-up is done, and then they are frozen:
    # left out of every later collection. (The little cyclic garbage start-up leaves is frozen with them.)
    gc.disable()
    try:
        started = _start_gui(args)
    finally:
        gc.freeze()
        gc.enable()
    if isinstance(started, int):
        return started
    app, window = started           # the window lives as long as the event loop runs
    return app.exec()


def _start_gui(args):
    """(application, its window shown and ready to run), or an exit code."""
    app = make_qapp()
    from . import settings
    from .content import ContentError, default_content_path, load_pack, pack_files
    from .ui.i18n import choose_language, install_language
    from .ui.style import apply_style
    root = Path(args.content) if args.content else default_content_path()
    available = pack_files(root) if root.is_dir() else {}
    lang = choose_language(args.lang, settings.get("language"), available) if available else args.lang
    from .content.pack_cache import PackCache
    from .trust import records_dir
    cache = PackCache(write=not args.kiosk)         # kiosk mode writes nothing to disk
    try:
        # clinician: the entry's sha256 sums are checked after the first paint (hashlib costs ~9 ms)
        pack = load_pack(root, language=lang, cache=cache, records_dir=records_dir(), check_later=not args.kiosk)
    except ContentError as exc:
        if args.smoke:
            print(f"decisionaid: {exc.problems[0]}", file=sys.stderr)
            return EXIT_FAIL
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          "The content pack could not be loaded, so the app will not show any of it.")
        box.setDetailedText("\n".join(exc.problems))
        box.setInformativeText(exc.problems[0])
        box.exec()
        return EXIT_FAIL

    install_language(app, pack.metadata.language)
    from .ui.context import AppContext
    mode = "kiosk" if args.kiosk else "clinician"
    ctx = AppContext(pack, mode=mode)
    ctx.content_root = str(root)
    apply_style(app, ctx)
    if args.kiosk:
        from .ui.kiosk import start_kiosk
        window = start_kiosk(app, ctx, args)
        if window is None:
            return EXIT_FAIL
    else:
        from .ui.clinician import start_clinician
        window = start_clinician(app, ctx, args)
    from PySide6.QtCore import QTimer

    from .ui.errors import ExceptionHook
    ExceptionHook(mode, window).install()
    if os.environ.get("DECISIONAID_TRACE_STEPS"):     # for the real-window test: step numbers only, no answers
        window.step_changed.connect(lambda i: print(f"step {i + 1}", flush=True))
        if os.environ.get("DECISIONAID_TRACE_STEPS") == "focus":
            app.focusChanged.connect(lambda old, new: print(f"focus {type(new).__name__}", flush=True))
    if args.smoke:
        if args.kiosk:
            window.unlocked = True          # a kiosk refuses to close (and so to quit) until staff unlock it
        window.first_paint.connect(lambda: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(10000, lambda: app.exit(EXIT_FAIL))   # never hang a benchmark
    else:
        window.first_paint.connect(lambda: after_first_paint(window))
        window.first_paint.connect(lambda: QTimer.singleShot(0, lambda: _check_cached_pack(ctx, cache, root)))
    # and at the latest as the app quits (--smoke quits at its first paint): the new entry is written then
    app.aboutToQuit.connect(lambda: _check_cached_pack(ctx, cache, root, reload=False))
    return app, window


def _check_cached_pack(ctx, cache, root, reload: bool = True) -> None:
    """After the first paint: the pack taken from the cache had the sha256 sums recorded, or it is loaded and
    validated in full and shown instead (``content.pack_cache``)."""
    if not reload:                      # quitting: only write an entry still to be written
        cache.write_later()
        return
    if cache.check(ctx.pack.path):
        return
    from .content import ContentError, load_pack
    from .trust import records_dir
    try:
        ctx.replace_pack(load_pack(root, language=ctx.pack.metadata.language, cache=cache,
                                   records_dir=records_dir()))
    except ContentError as exc:         # the file changed into a bad pack since start-up: keep what is shown
        import logging
        logging.getLogger(__name__).warning("content pack changed and is not valid: %s", exc.problems[0])


def after_first_paint(window, delay_ms: int = 200):
    """What the app does once its first step is on screen, while the person reads: build the other steps (one
    per event-loop turn), import matplotlib. Returns a function that lists the background threads started so
    far (none now: the summary needs no pictures drawn ahead; benchmarks and tests still call it)."""
    from PySide6.QtCore import QTimer
    threads: list = []

    def charts_ahead():
        preload_charts()
        preload_summary()
        QTimer.singleShot(0, window.prepare_step_charts)
    # the Welcome step's dates, worded with Babel (kept off the start-up path)
    QTimer.singleShot(delay_ms, lambda: getattr(window.pages[0], "fill_dates", lambda: None)())
    if not window.ctx.kiosk:            # kiosk mode checked the signature before it showed anything
        QTimer.singleShot(delay_ms, window.ctx.signature_status)
    QTimer.singleShot(delay_ms, window.prebuild_pages)
    QTimer.singleShot(delay_ms + 200, charts_ahead)
    return lambda: list(threads)


def preload_summary() -> None:
    """Load typst, its fonts and the summary's template after start-up (no patient data), so the first export
    is quick."""
    try:
        from .report.render import warm_up
        warm_up()
    except Exception:  # pragma: no cover - the export then loads them itself and reports any problem
        pass


def preload_charts() -> None:
    """Import matplotlib (the figure and its Agg renderer) after start-up so the first chart step is quick."""
    try:
        import matplotlib.figure  # noqa: F401
        from matplotlib.backends import backend_agg  # noqa: F401
    except ImportError:  # pragma: no cover - charts then load on first use and report there
        pass
