"""Interface language: Qt translators (our .qm plus Qt's own qtbase for standard dialogs), the default locale,
and switching the content pack at run time while keeping every answer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_installed: list[QTranslator] = []


def install_language(app, lang: str) -> bool:
    """Install translators for ``lang`` (replacing earlier ones). English needs none. Returns whether our own
    catalogue was found for a non-English language."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _route_chart_words()
    if lang == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(str(I18N_DIR / f"decisionaid_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


def current_language() -> str:
    return QLocale().name().split("_")[0]


def switch_language(window, lang: str) -> None:
    """Load the pack for ``lang`` from the same folder, install translators, rebuild every visible string."""
    from ..content import load_pack
    ctx = window.ctx
    root = Path(ctx.content_root)
    if root.is_file():
        root = root.parent
    pack = load_pack(root, language=lang)
    install_language(QCoreApplication.instance(), pack.metadata.language)
    ctx.replace_pack(pack)
    window.retranslate()


def choose_language(cli_lang: str | None, saved: str, available) -> str:
    """Command line, then saved setting, then the system locale when a pack exists for it, else English."""
    for lang in (cli_lang, saved, QLocale.system().name().split("_")[0]):
        if lang and lang in available:
            return lang
    return "en" if "en" in available or not available else next(iter(available))


def _route_chart_words() -> None:
    """The charts layer has no Qt: hand it Qt's translation lookup for its interface words."""
    from .. import charts
    setter = getattr(charts, "set_translator", None)
    if setter is not None:
        setter(lambda text: QCoreApplication.translate("Charts", text))
