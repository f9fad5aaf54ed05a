"""Text widgets shared by the step pages: headings, paragraphs with tappable glossary terms, notices.

Every string shown here is HTML-escaped before glossary links are added, so pack or user text can never
inject markup or load a resource.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..style import set_heading_level

_last_pattern: tuple = (None, None)      # (glossary, its pattern): every paragraph of a pack uses the same one


def escape(text: str) -> str:
    """``html.escape(text)``: the same five replacements, without importing ``html`` at start-up (its table of
    named entities costs about 3 ms, and nothing shown before the first paint needs it)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def _unescape(text: str) -> str:
    """The inverse of ``escape`` (what ``html.unescape`` gives for text that ``escape`` made)."""
    return (text.replace("&#x27;", "'").replace("&quot;", '"').replace("&gt;", ">").replace("&lt;", "<")
            .replace("&amp;", "&"))


def glossary_pattern(pack):
    """One regex matching any glossary term or alias as a whole word, longest first; None if no glossary."""
    global _last_pattern
    if _last_pattern[0] is pack.glossary:
        return _last_pattern[1]
    pattern = _glossary_pattern(pack)
    _last_pattern = (pack.glossary, pattern)
    return pattern


def _glossary_pattern(pack):
    words = []
    for g in pack.glossary:
        words.append(g.term)
        words.extend(g.aliases)
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(escape(w)) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


def find_term(pack, word: str):
    w = word.lower()
    for g in pack.glossary:
        if g.term.lower() == w or w in (a.lower() for a in g.aliases):
            return g
    return None


def linkify(text: str, pack, used: list | None = None, shown: list | None = None) -> str:
    """Escape ``text`` and turn the first mention of each glossary term into a link ``glossary:<term>``.

    ``used`` gets each linked glossary entry, ``shown`` the words as the text says them ("fake procedure" for
    the entry "sham procedure"): a patient is offered the words they just read, not the technical term."""
    escaped = escape(text).replace("\n", "<br>")
    pat = glossary_pattern(pack) if pack is not None else None
    if pat is None:
        return escaped
    seen: set[str] = set()

    def sub(mt):
        g = find_term(pack, _unescape(mt.group(1)))
        if g is None or g.term in seen:
            return mt.group(1)
        seen.add(g.term)
        if used is not None:
            used.append(g)
        if shown is not None:
            shown.append(_unescape(mt.group(1)))
        return f'<a href="glossary:{escape(g.term)}">{mt.group(1)}</a>'

    return pat.sub(sub, escaped)


class Paragraph(QWidget):
    """A wrapped paragraph with its glossary terms.

    Under the text, each term the paragraph mentions is a real control that opens its definition: in kiosk mode a
    large button ("What is “fake procedure”?"), otherwise a link-styled button exposed to assistive technology
    as a link (role Link, with a focus ring). The words in the text are also links for the mouse, but not a Tab
    stop of their own: a label's inner links cannot show focus or be reported as links."""

    term_opened = Signal(str)

    def __init__(self, text: str, pack=None, kiosk: bool = False, parent=None, rich_prefix: str = ""):
        super().__init__(parent)
        self._pack = pack
        self.text = text
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8 if kiosk else 2)
        used: list = []
        shown: list = []
        rich = linkify(text, pack, used, shown)
        if kiosk:   # touch screens: terms become real buttons below, the text itself has no tiny links
            rich = escape(text).replace("\n", "<br>")
        self.label = QLabel(rich_prefix + rich)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        if used and not kiosk:
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        else:
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.linkActivated.connect(self._open)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.label.setAccessibleName(text)          # whole: a screen reader reads the paragraph to its end
        lay.addWidget(self.label)
        self.term_buttons: list[QPushButton] = []
        if used:
            from PySide6.QtGui import QAccessible
            from ..accessibility import set_role
            from .flow import FlowLayout
            host = QWidget()
            host.setObjectName("glossaryTerms")
            row = FlowLayout(host, 8 if kiosk else 4, 8 if kiosk else 2)        # wraps on narrow screens
            for g, words in zip(used, shown):
                if words[:1].isupper() and words[1:2].islower():     # "Osteoporosis" -> "osteoporosis"; "MRI" stays
                    words = words[0].lower() + words[1:]
                b = QPushButton(self.tr("What is “{words}”?").format(words=words))
                b.setAccessibleName(self.tr("Explain {words}").format(words=words))
                b.setProperty("glossaryTerm", g.term)
                if kiosk:
                    b.setMinimumSize(48, 48)
                else:
                    b.setObjectName("glossaryLink")      # styled as a link, with the app's focus ring
                    b.setCursor(Qt.CursorShape.PointingHandCursor)
                    b.setAutoDefault(False)
                    set_role(b, QAccessible.Role.Link)
                b.clicked.connect(lambda _=False, t=g.term: self._open("glossary:" + t))
                row.addWidget(b)
                self.term_buttons.append(b)
            lay.addWidget(host)

    def hide_terms(self, terms: set) -> None:
        """Hide the buttons of terms offered already higher up the page (kiosk: one button per term a page)."""
        for b in self.term_buttons:
            if b.property("glossaryTerm") in terms:
                b.hide()
        if self.term_buttons and all(b.isHidden() for b in self.term_buttons):
            self.term_buttons[0].parentWidget().hide()

    def _open(self, href: str) -> None:
        if not href.startswith("glossary:") or self._pack is None:
            return
        g = find_term(self._pack, href[len("glossary:"):])
        if g is None:
            return
        self.term_opened.emit(g.term)
        from .definition import DefinitionDialog      # dialogs are not needed to show the first step
        DefinitionDialog(g, self.window()).exec()


def offer_each_term_once(root: QWidget) -> None:
    """A glossary term gets one "What is ...?" button (or link) on a page, under its first mention."""
    offered: set = set()
    for p in root.findChildren(Paragraph):
        p.hide_terms(offered)
        offered.update(b.property("glossaryTerm") for b in p.term_buttons)


def heading(text: str, level: int = 1) -> QLabel:
    lab = QLabel(escape(text))
    lab.setObjectName(f"heading{level}")
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText)
    set_heading_level(lab, level)            # bold and larger, following the text size
    lab.setAccessibleName(text)
    return lab


class Notice(QFrame):
    """A boxed message: kind is "info", "draft", "tell" (calm: a point to tell the care team), "warning" (a
    warning sign after a procedure) or "emergency" (red: get help now). Never colour alone: it has a bold
    word in front ("Warning:", "Please tell your care team:")."""

    def __init__(self, text: str, kind: str = "info", title: str = "", parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"notice-{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.label = QLabel((f"<b>{escape(title)}</b> " if title else "") + escape(text).replace("\n", "<br>"))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.setAccessibleName((title + " " + text).strip())
        self.setProperty("noticeKind", kind)


def clear_layout(layout) -> None:
    """Remove and delete every item of a layout (used when a page rebuilds for another pack)."""
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
