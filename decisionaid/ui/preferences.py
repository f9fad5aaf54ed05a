"""Preferences (QSettings): clinician and clinic, page size, language, large print, kiosk idle time and printer."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox,
                               QVBoxLayout, QLabel)

from .. import settings
from ..session import TEXT_LIMITS
from ..content import default_content_path, pack_files
from .i18n import language_name
from .widgets.choices import CheckBox


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)




class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("These settings are kept on this computer. Command-line options override them."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.clinician = QLineEdit(settings.get("clinician_name"))
        self.clinic = QLineEdit(settings.get("clinic_name"))
        self.clinician.setMaxLength(TEXT_LIMITS["clinician"])
        self.clinic.setMaxLength(TEXT_LIMITS["clinic"])
        self.page_size = QComboBox()
        for key, label in (("", tr("Follow the system (Letter in the US, A4 elsewhere)")), ("letter", tr("Letter")),
                           ("a4", tr("A4"))):
            self.page_size.addItem(label, key)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.get("page_size"))))
        self.language = QComboBox()
        self.language.addItem(tr("Follow the system"), "")
        for code in pack_files(default_content_path()):
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.large_print = CheckBox(tr("Large print summaries by default"))
        self.large_print.setChecked(settings.get("large_print"))
        self.idle = QSpinBox()
        self.idle.setRange(30, 1800)
        self.idle.setSuffix(tr(" seconds"))
        self.idle.setValue(settings.get("kiosk_idle_seconds"))
        self.printer = QComboBox()
        self.printer.setEditable(False)
        self.printer.addItem(tr("None (no print button at the kiosk)"), "")
        try:
            from PySide6.QtPrintSupport import QPrinterInfo
            names = QPrinterInfo.availablePrinterNames()
        except Exception:  # noqa: BLE001 - no print system: only "None"
            names = []
        saved = settings.get("kiosk_printer")
        if saved and saved not in names:
            names = [saved, *names]
        for n in names:
            self.printer.addItem(n, n)
        self.printer.setCurrentIndex(max(0, self.printer.findData(saved)))
        rows = [(tr("Clinician name"), self.clinician), (tr("Clinic name"), self.clinic),
                (tr("Default page size"), self.page_size), (tr("Default language"), self.language),
                ("", self.large_print), (tr("Kiosk idle time"), self.idle), (tr("Kiosk printer"), self.printer)]
        for label, w in rows:
            w.setAccessibleName(label or self.large_print.text())
            form.addRow(label, w)
        lay.addLayout(form)
        lay.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(640, 420)

    def accept(self) -> None:
        settings.put("clinician_name", self.clinician.text().strip())
        settings.put("clinic_name", self.clinic.text().strip())
        settings.put("page_size", self.page_size.currentData())
        settings.put("language", self.language.currentData())
        settings.put("large_print", self.large_print.isChecked())
        settings.put("kiosk_idle_seconds", self.idle.value())
        settings.put("kiosk_printer", self.printer.currentData())
        super().accept()
