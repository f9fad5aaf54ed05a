"""Shared state of one running app: the pack, the session, the mode and the display settings.

Pages read ``ctx.pack`` and write ``ctx.session`` (always through ``ctx``, never a cached reference), so a
kiosk reset is just ``ctx.replace_session(ctx.session.fresh())`` followed by every page's ``refresh()``.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ..content import Clock, Pack
from ..session import Session


KIOSK_TEXT_SCALE = 1.25       # the kiosk starts (and starts again after a reset) at 125 % text


class AppContext(QObject):
    session_changed = Signal()    # an answer was written
    session_replaced = Signal()   # a whole new session (reset, open)
    pack_replaced = Signal()      # another pack (language switch)
    display_changed = Signal()    # text scale or theme

    def __init__(self, pack: Pack, session: Session | None = None, mode: str = "clinician",
                 clock: Clock | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pack = pack
        self.mode = mode
        self.clock = clock or Clock()
        self.session = session or Session.for_pack(pack, mode=mode, today=self.clock.today())
        self.text_scale = KIOSK_TEXT_SCALE if mode == "kiosk" else 1.0
        self.theme = "default"
        self.greyscale = False
        self.dirty = False
        self.content_root = pack.path          # file or folder the pack came from (language switching)
        self.allow_draft = False                # kiosk: --allow-draft-content
        self.require_signed = False             # kiosk started by start_kiosk: every pack shown must be signed
        self.trust = None                       # trust.Trust, read when first needed
        self._signature = None                  # (pack, SignatureStatus) once checked

    def signature_status(self):
        """The content signature status of the current pack (``content.signing.SignatureStatus``), checked on
        first use: after the first paint in clinician mode, before anything is shown in kiosk mode. None when
        the trust settings cannot be read."""
        if self._signature is None or self._signature[0] is not self.pack:
            from ..trust import TrustError, load_trust, pack_signature
            try:
                if self.trust is None:
                    self.trust = load_trust()
                status = pack_signature(self.pack, self.trust)
            except (TrustError, OSError):
                status = None
            self._signature = (self.pack, status)
        return self._signature[1]

    @property
    def kiosk(self) -> bool:
        return self.mode == "kiosk"

    def mark_changed(self) -> None:
        self.dirty = True
        self.session_changed.emit()

    def replace_session(self, session: Session) -> None:
        self.session = session
        self.dirty = False
        self.session_replaced.emit()

    def replace_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.session.language = pack.metadata.language
        self.session.pack_version = pack.metadata.version
        self.pack_replaced.emit()

    def set_display(self, text_scale: float | None = None, theme: str | None = None) -> None:
        if text_scale is not None:
            self.text_scale = text_scale
        if theme is not None:
            self.theme = theme
        self.display_changed.emit()

    def render_settings(self, **kw):
        """Chart settings matching the screen (imported lazily: charts pull in matplotlib)."""
        from ..charts import RenderSettings
        base = RenderSettings(text_scale=self.text_scale, theme=self.theme, greyscale=self.greyscale)
        return replace(base, **kw) if kw else base
