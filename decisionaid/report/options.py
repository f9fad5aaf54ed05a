"""Options, errors and file names for the take-home summary. Plain Python: no Qt."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

COPIES = ("patient", "record")
PAGE_SIZES = ("letter", "a4")


class ReportError(Exception):
    """The summary could not be made or saved; the message is one plain line for the user."""


@dataclass(frozen=True)
class ReportOptions:
    copy: str = "patient"            # "patient" (default, no clinician notes) or "record" (adds clinician notes)
    large_print: bool = False         # body text 16 pt (normal: 12 pt)
    page_size: str = "letter"         # "letter" or "a4" (PDF only; a printer keeps the paper chosen in its dialog)
    greyscale: bool = False           # charts and accents in shades of grey
    app_version: str = ""
    today: _dt.date | None = None     # the "made on" date; None means today
    content_note: str = ""            # e.g. "Unsigned content": in the footer and "About this information"
    full_evidence: bool | None = None  # "Include the full evidence" (appendix); None: on for the record copy only

    def __post_init__(self) -> None:
        if self.copy not in COPIES:
            raise ValueError(f"copy must be one of {COPIES}, not {self.copy!r}")
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {PAGE_SIZES}, not {self.page_size!r}")

    @property
    def evidence(self) -> bool:
        """Whether the full evidence (every result, recovery, all references) follows the core."""
        return self.copy == "record" if self.full_evidence is None else bool(self.full_evidence)

    @property
    def made_on(self) -> _dt.date:
        return self.today or _dt.date.today()


def default_filename(today: _dt.date, ext: str = "pdf") -> str:
    """"decision-summary-2026-11-21.pdf". Never holds the patient's name (file names leak into lists)."""
    ext = ext.lstrip(".") or "pdf"
    return f"decision-summary-{today.isoformat()}.{ext}"
