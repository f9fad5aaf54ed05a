"""Saved preferences (QSettings) and locale defaults.

Precedence wherever a value can come from several places: command line, then these saved settings, then
locale defaults. Tests point QSettings at an isolated folder (``DECISIONAID_SETTINGS_DIR``).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSettings

from . import APP_NAME, ORG_NAME

DEFAULTS = {
    "clinician_name": "",
    "clinic_name": "",
    "page_size": "",            # "" = follow the locale
    "language": "",             # "" = follow the locale
    "large_print": False,
    "kiosk_idle_seconds": 120,
    "kiosk_printer": "",
    "kiosk_pin_hash": "",
    "trusted_keys": [],         # public key lines trusted to sign packs (no system trust file)
    "recent_files": [],
    "text_scale": 1.0,
    "theme": "default",
}


def settings() -> QSettings:
    folder = os.environ.get("DECISIONAID_SETTINGS_DIR")
    if folder:
        return QSettings(os.path.join(folder, "decisionaid.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def get(key: str):
    default = DEFAULTS[key]
    val = settings().value(key, default)
    if isinstance(default, bool):
        return val in (True, "true", "1", 1)
    if isinstance(default, int) and not isinstance(default, bool):
        try:
            return int(val)
        except (TypeError, ValueError):
            return default
    if isinstance(default, float):
        try:
            return float(val)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if val in (None, ""):
            return []
        return [val] if isinstance(val, str) else list(val)
    return "" if val is None else str(val)


def put(key: str, value) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def page_size_default(locale: QLocale | None = None) -> str:
    """Saved setting, else Letter for the US (and Canada), A4 elsewhere."""
    saved = get("page_size")
    if saved in ("letter", "a4"):
        return saved
    loc = locale or QLocale()
    return "letter" if loc.territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "a4"
