"""Interface language: Qt translators (our .qm plus Qt's own qtbase for standard dialogs), the default locale,
and switching the content pack at run time while keeping every answer."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator

from ..paths import resource

_installed: list[QTranslator] = []


def install_language(app, lang: str) -> bool:
    """Install translators for ``lang`` (replacing earlier ones). English needs none. Returns whether our own
    catalogue was found for a non-English language."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _route_wording(lang)
    _route_chart_words()
    if lang == SOURCE_LANGUAGE:
        return True
    ours = QTranslator(app)
    found = ours.load(str(resource("i18n", f"decisionaid_{lang}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


SOURCE_LANGUAGE = "en"          # the language of every string in the code; every other one is a catalogue
# Each catalogue translates this one entry into its own language's name, in that language ("Español").
_OWN_NAME = QT_TRANSLATE_NOOP("Language", "English")
_names: dict[str, str] = {}


def language_name(code: str) -> str:
    """A language's name in that language, for the language choosers: from its own catalogue
    (resources/i18n/decisionaid_<code>.qm, the entry "English" of context "Language"), else Qt's locale data,
    else the code. No language is named in code."""
    if code not in _names:
        name = ""
        if code == SOURCE_LANGUAGE:
            name = _OWN_NAME
        else:
            own = QTranslator()
            if own.load(str(resource("i18n", f"decisionaid_{code}.qm"))):
                name = own.translate("Language", _OWN_NAME) or ""
        if not name:
            name = QLocale(code).nativeLanguageName() if QLocale(code).language() != QLocale.Language.C else ""
        _names[code] = (name[:1].upper() + name[1:]) if name else code
    return _names[code]


def current_language() -> str:
    return QLocale().name().split("_")[0]


def switch_language(window, lang: str) -> None:
    """Load the pack for ``lang`` from the same folder, install translators, rebuild every visible string."""
    from ..content import load_pack
    ctx = window.ctx
    root = Path(ctx.content_root)
    if root.is_file():
        root = root.parent
    from ..trust import records_dir
    pack = load_pack(root, language=lang, records_dir=records_dir())
    if ctx.kiosk and ctx.require_signed:     # a kiosk shows a pack only when signed (and reviewed), as at start
        from .kiosk import check_kiosk_allowed
        previous = ctx.pack
        ctx.pack = pack
        try:
            reason = check_kiosk_allowed(pack, "-", ctx.allow_draft, ctx.clock, signature=ctx.signature_status())
        finally:
            ctx.pack = previous
        if reason:
            import sys

            from PySide6.QtWidgets import QMessageBox
            print(f"decisionaid: {reason}", file=sys.stderr)
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Kiosk", "Language"),
                              QCoreApplication.translate("Kiosk", "This language is not available here. Please "
                                                                  "ask at the front desk."), parent=window)
            box.open()
            window.language_refused = box
            return
    install_language(QCoreApplication.instance(), pack.metadata.language)
    ctx.replace_pack(pack)
    window.retranslate()
    # the page that asked (Welcome) was rebuilt: focus goes to its new language box, where it was, not to
    # wherever Qt put it when the old one was deleted
    page = window.pages[window.current_index]
    box = getattr(page, "language_box", None)
    if box is not None:
        def refocus() -> None:
            from shiboken6 import isValid
            if isValid(box) and box.isVisibleTo(window):
                box.setFocus(Qt.FocusReason.OtherFocusReason)
        refocus()
        QTimer.singleShot(0, refocus)       # again once the old widgets are deleted (deferred)


def choose_language(cli_lang: str | None, saved: str, available) -> str:
    """Command line, then saved setting, then the system locale when a pack exists for it, else English."""
    for lang in (cli_lang, saved, QLocale.system().name().split("_")[0]):
        if lang and lang in available:
            return lang
    return SOURCE_LANGUAGE if SOURCE_LANGUAGE in available or not available else next(iter(available))


_CHARTS = "decisionaid.charts"


def _qt_words(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _route_wording(lang: str) -> None:
    """The wording layer (present/: the report's words, evidence, dates) has no Qt: hand it Qt's lookup and
    the language. ``present.text`` is plain Python and small; Babel is imported only when a date is written."""
    from ..present import text
    text.set_translator(_qt_words)
    text.set_language(lang)


def _route_chart_words() -> None:
    """The charts layer has no Qt: hand it Qt's translation lookup for its interface words.

    The lookup is the same for every language (Qt's translators decide the words), so it is handed over once.
    Start-up draws no chart and does not import the charts package for this: when it is not imported yet, a
    one-off import watcher hands the lookup over the moment anything (a chart step, the report) imports it."""
    charts = sys.modules.get(_CHARTS)
    if charts is not None and hasattr(charts, "set_translator"):
        _give_chart_translator(charts)
    elif charts is None and not any(isinstance(f, _ChartsImportWatcher) for f in sys.meta_path):
        sys.meta_path.insert(0, _ChartsImportWatcher())


def _give_chart_translator(charts) -> None:
    setter = getattr(charts, "set_translator", None)
    if setter is not None:
        setter(_qt_words)


class _ChartsImportWatcher:
    """A meta-path finder for ``decisionaid.charts`` only: the other finders find the package as usual; once it
    has been executed, its translator is set and the watcher removes itself."""

    def find_spec(self, name, path=None, target=None):
        if name != _CHARTS:
            return None
        for finder in list(sys.meta_path):
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _RoutingLoader(spec.loader, self)
        return spec


class _RoutingLoader:
    def __init__(self, real, watcher: _ChartsImportWatcher):
        self.real, self.watcher = real, watcher

    def create_module(self, spec):
        return self.real.create_module(spec)

    def exec_module(self, module) -> None:
        module.__loader__ = module.__spec__.loader = self.real      # the package keeps its own loader
        self.real.exec_module(module)
        if self.watcher in sys.meta_path:
            sys.meta_path.remove(self.watcher)
        _give_chart_translator(module)
