"""Accessibility: contrast of every theme, accessible names on every control of every step in both modes and
both languages, keyboard reachability, and text scale."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
                               QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget, QTextEdit)

from decisionaid.ui.style import THEMES, style_sheet

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QListWidget,
               QTableWidget, QPlainTextEdit, QTextEdit)


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    rgb = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_theme_contrast(name):
    t = THEMES[name]
    text_pairs = {
        "text on window": (t.text, t.window), "muted text": (t.muted, t.window), "links": (t.accent, t.window),
        "selected step": (t.accent_text, t.accent), "text on buttons": (t.text, t.button),
        "draft notice": (t.draft_text, t.draft_bg), "info notice": (t.text, t.info_bg),
        "warning notice": (t.text, t.warning_bg), "emergency notice": (t.emergency_text, t.emergency_bg),
    }
    ui_pairs = {"borders": (t.border, t.window), "focus ring": (t.accent, t.window),
                "focus ring on accent": (t.focus_on_accent, t.accent),
                "focus ring on accent, window side": (t.focus_on_accent, t.window),
                "scroll bar handle": (t.border, t.window),
                "warning border": (t.warning_border, t.warning_bg),
                "tell-your-care-team border": (t.accent, t.info_bg)}
    low = {k: round(contrast(*v), 2) for k, v in text_pairs.items() if contrast(*v) < 4.5}
    low.update({k: round(contrast(*v), 2) for k, v in ui_pairs.items() if contrast(*v) < 3.0})
    assert not low


@pytest.mark.parametrize("name", sorted(THEMES))
def test_applied_style_sheet_uses_the_theme_colours(name, qapp):
    """The ratios above are computed from the colours the style sheet really applies."""
    t = THEMES[name]
    sheet = style_sheet(t, False)
    used = set(re.findall(r"#[0-9a-fA-F]{6}", sheet))
    theme_colours = {v for k, v in vars(t).items() if isinstance(v, str) and v.startswith("#")}
    assert used <= theme_colours


def test_kiosk_warning_overlay_contrast():
    from decisionaid.ui import kiosk
    import inspect
    src = inspect.getsource(kiosk.WarningOverlay)
    bg = re.search(r"background: (#[0-9a-fA-F]{6}); }", src).group(1)
    assert contrast("#ffffff", bg) >= 4.5


def interactive_children(parent) -> list:
    from PySide6.QtWidgets import QWidget
    from PySide6.QtWidgets import QScrollBar
    # scroll bars belong to their scroll area, which carries the name
    return [w for w in parent.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)]


def accessible_name(w) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface else ""


def controls(window):
    for i, page in enumerate(window.pages):
        window.go_to(i)
        for w in interactive_children(page):
            if w.isVisibleTo(window):
                yield page, w


def check_names(window) -> tuple[list[str], dict]:
    missing, names = [], {}
    for page, w in controls(window):
        name = accessible_name(w).strip()
        if not name or name == w.objectName() or re.fullmatch(r"[\W\d_]*", name) and not re.search(r"\d", name):
            missing.append(f"{page.step_id}: {type(w).__name__} {w.objectName()!r} text={getattr(w, 'text', lambda: '')()!r}")
        names[(page.step_id, type(w).__name__, len([k for k in names if k[0] == page.step_id]))] = name
    return missing, names


@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_every_check_box_and_radio_button_is_drawn_by_the_app_and_takes_the_whole_row(make_window, real_pack, mode):
    """The indicator style is given to each check box and radio button (not set app-wide, which would cost
    start-up time): every one on every step has the app's indicator size, takes a tap anywhere on its row,
    and (a check box) reports its whole row to a screen reader. A plain QCheckBox or QRadioButton fails here."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle
    from decisionaid.session import Session
    from conftest import EXAMPLE_SESSION
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION), mode=mode)
    wrong, seen = [], 0
    for page, c in controls(w):
        if not isinstance(c, (QCheckBox, QRadioButton)):
            continue
        seen += 1
        check = isinstance(c, QCheckBox)
        metric = QStyle.PixelMetric.PM_IndicatorWidth if check else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        size = c.style().pixelMetric(metric, None, c)
        try:
            far_right = c.hitButton(QPoint(c.width() - 3, c.height() // 2))
        except AttributeError:              # Qt's own class: its hit test is not reachable (and is not ours)
            far_right = False
        row = QAccessible.queryAccessibleInterface(c).rect() if check else None
        if (size != max(13, round(c.font().pointSizeF() * 1.4)) or not far_right
                or check and row.size() != c.size()):
            wrong.append(f"{page.step_id}: {type(c).__name__} {c.text() or c.accessibleName()!r}: indicator "
                         f"{size} px, tap at the right end {far_right}, accessible rectangle {row}")
    assert seen >= 10 and not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_every_control_has_a_human_readable_name(make_window, real_pack, mode):
    from decisionaid.session import Session
    from conftest import EXAMPLE_SESSION
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION), mode=mode)
    missing, _ = check_names(w)
    assert not missing, "\n".join(missing[:30])


def test_accessible_names_are_translated(make_window, qapp):
    from decisionaid.content import load_pack
    from decisionaid.ui.i18n import install_language
    from conftest import REAL_PACK_DIR
    en = load_pack(REAL_PACK_DIR, language="en")
    es = load_pack(REAL_PACK_DIR, language="es")
    w_en = make_window(en)
    missing_en, names_en = check_names(w_en)
    install_language(qapp, "es")
    try:
        w_es = make_window(es)
        missing_es, names_es = check_names(w_es)
    finally:
        install_language(qapp, "en")
    assert not missing_es, "\n".join(missing_es[:30])
    words = [n for n in names_en.values() if re.search(r"[A-Za-z]{4,}", n)]
    same = [n for k, n in names_es.items() if k in names_en and names_en[k] == n and n in words]
    # names made only of numbers, option ids or proper nouns may stay; prose must not
    assert len(same) <= max(3, len(words) // 20), same[:20]


def test_every_control_is_reachable_by_tab(make_window, real_pack, qtbot):
    from decisionaid.session import Session
    from conftest import EXAMPLE_SESSION
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    unreachable = []
    for i, page in enumerate(w.pages):
        w.go_to(i)
        wanted = {x for x in interactive_children(page)
                  if x.isVisibleTo(w) and x.isEnabled() and x.focusPolicy() & w.focusPolicy().TabFocus}
        if not wanted:
            continue
        seen = set()
        w.scrolls[i].setFocus()
        start = QApplication.focusWidget()
        for _ in range(len(wanted) * 3 + 40):
            qtbot.keyClick(QApplication.focusWidget() or w, "\t")
            fw = QApplication.focusWidget()
            seen.add(fw)
            if fw is start:
                break
        # radio buttons in one exclusive group are one tab stop (arrow keys move inside the group)
        groups = {}
        for x in wanted:
            g = getattr(x, "group", lambda: None)()
            if g is not None and x.autoExclusive():
                groups.setdefault(id(g), []).append(x)
        for x in wanted - seen:
            g = getattr(x, "group", lambda: None)()
            if g is not None and x.autoExclusive() and any(y in seen for y in groups.get(id(g), [])):
                continue
            if x.autoExclusive() if isinstance(x, QAbstractButton) else False:
                siblings = [y for y in x.parentWidget().findChildren(QAbstractButton) if y.autoExclusive()]
                if any(y in seen for y in siblings):
                    continue
            unreachable.append(f"{page.step_id}: {type(x).__name__} {accessible_name(x)[:40]!r}")
    assert not unreachable, "\n".join(unreachable[:30])


def test_focus_ring_is_in_the_style_sheet():
    for t in THEMES.values():
        sheet = style_sheet(t, False)
        assert f"border: {t.focus_width}px solid {t.accent}" in sheet
        assert t.focus_width >= 2


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_text_scale_applies_app_wide(make_window, real_pack, qapp, scale):
    """Body text, bold labels and headings follow the text size; the style sheet does not change with it (a
    new sheet would re-polish every widget)."""
    from decisionaid.ui.style import HEADING_FACTORS
    from decisionaid.ui.widgets.text import Paragraph
    w = make_window(real_pack)
    sheet = qapp.styleSheet()
    w.ctx.set_display(text_scale=scale)
    qapp.processEvents()                     # the new font reaches the widgets through posted events
    try:
        assert abs(qapp.font().pointSizeF() - 11.0 * scale) < 0.01
        assert qapp.styleSheet() == sheet
        page = w.pages[0]
        body = page.findChildren(Paragraph)[0].label
        assert abs(body.font().pointSizeF() - 11.0 * scale) < 0.01
        title = page.findChild(QLabel, "heading1")
        assert abs(title.font().pointSizeF() - 11.0 * scale * HEADING_FACTORS[1]) < 0.01 and title.font().bold()
    finally:
        w.ctx.set_display(text_scale=1.0)


def test_no_meaning_by_colour_alone_in_step_list(make_window, real_pack):
    from decisionaid.session import Session
    from conftest import EXAMPLE_SESSION
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    texts = [w.step_list.item(i).text() for i in range(w.step_list.count())]
    assert any("✓" in t for t in texts) and not all("✓" in t for t in texts)


def test_read_only_figures_show_a_focus_ring_when_tabbed_to(make_window, mini_pack, qtbot):
    """Labels keyboard users can tab to (compare cells, figures, times) are framed while they have focus."""
    from decisionaid.ui.widgets.cards import FocusBox
    w = make_window(mini_pack)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    w.go_to(next(i for i, s in enumerate(w.steps) if s.step_id == "compare"))
    boxes = [b for b in w.pages[w.current_index].findChildren(FocusBox) if b.isVisible()]
    assert len(boxes) >= 2
    first, second = boxes[0], boxes[1]
    first.label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.property("focused") is True, timeout=60_000)
    assert second.property("focused") is False
    second.label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: second.property("focused") is True, timeout=60_000)
    assert first.property("focused") is False


# ---- rendered contrast of control states (WCAG 1.4.11) -----------------------------------------------------
def _rgb_hex(image, x, y) -> str:
    c = image.pixelColor(x, y)
    return f"#{c.red():02x}{c.green():02x}{c.blue():02x}"


def _styled(qapp, theme_name):
    """Set the app style and sheet of ``theme_name``; returns a function that puts the previous ones back."""
    from decisionaid.ui.style import indicator_style
    style = indicator_style()
    before = (style.theme, qapp.styleSheet())
    style.theme = THEMES[theme_name]
    qapp.setStyleSheet(style_sheet(THEMES[theme_name], False))

    def restore():
        style.theme = before[0]
        qapp.setStyleSheet(before[1])
    return restore


def _control(kind):
    from decisionaid.ui.widgets.choices import CheckBox, RadioButton, WrapCheck, WrapRadio
    return {"check box": lambda: CheckBox("Would physical therapy help me?"),
            "radio button": lambda: RadioButton("Yes"),
            "wrapping check box": lambda: WrapCheck("When can I drive, lift things and go back to my usual activities?"),
            "wrapping radio button": lambda: WrapRadio("Not sure yet")}[kind]()


def _ring_contrast(image, rect, bg) -> float:
    """The outline's contrast with the background ``bg``: along each of the four half-axes from the centre of
    ``rect``, the strongest contrast in the outer part (the ring); the weakest of the four."""
    cx, cy = rect.center().x(), rect.center().y()
    half_w, half_h = rect.width() // 2, rect.height() // 2
    sides = []
    for dx, dy, half in ((1, 0, half_w), (-1, 0, half_w), (0, 1, half_h), (0, -1, half_h)):
        ring = range(max(1, int(half * 0.6)), half + 2)
        sides.append(max(contrast(_rgb_hex(image, cx + dx * k, cy + dy * k), bg) for k in ring))
    return min(sides)


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("kind", ["check box", "radio button", "wrapping check box", "wrapping radio button"])
def test_control_state_outlines_reach_3_to_1_as_rendered(qapp, qtbot, theme, kind):
    """Each control kind, checked and unchecked, focused and not, rendered offscreen: the indicator's outline
    has 3:1 against the background it sits on, checked and unchecked differ by 3:1 inside the indicator,
    and the focus ring differs by 3:1 from the same pixels unfocused."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionButton, QVBoxLayout, QWidget
    restore = _styled(qapp, theme)
    try:
        host = QWidget()
        lay = QVBoxLayout(host)
        other = QLineEdit()                  # somewhere for focus to go
        control = _control(kind)
        lay.addWidget(control)
        lay.addWidget(other)
        qtbot.addWidget(host)
        host.resize(520, 160)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=60_000)
        element = (QStyle.SubElement.SE_CheckBoxIndicator if "check" in kind
                   else QStyle.SubElement.SE_RadioButtonIndicator)
        shots = {}
        for checked in (False, True):
            for focused in (False, True):
                control.setChecked(checked)
                (control if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(lambda: control.hasFocus() is focused, timeout=60_000)
                qapp.processEvents()
                shots[checked, focused] = host.grab().toImage()
        opt = QStyleOptionButton()
        control.initStyleOption(opt)
        rect = control.style().subElementRect(element, opt, control).translated(control.pos())
        assert rect.width() >= 12 and rect.height() >= 12, rect
        bg_point = (rect.left() - 2, rect.center().y())
        low = {}
        for (checked, focused), image in shots.items():
            bg = _rgb_hex(image, *bg_point)
            ratio = _ring_contrast(image, rect, bg)
            if ratio < 3.0:
                low[f"outline checked={checked} focused={focused}"] = round(ratio, 2)
        inner = [(x, y) for x in range(rect.left() + rect.width() // 4, rect.right() - rect.width() // 4 + 1)
                 for y in range(rect.top() + rect.height() // 4, rect.bottom() - rect.height() // 4 + 1)]
        for focused in (False, True):
            ratio = max(contrast(_rgb_hex(shots[True, focused], *p), _rgb_hex(shots[False, focused], *p))
                        for p in inner)
            if ratio < 3.0:
                low[f"checked vs unchecked focused={focused}"] = round(ratio, 2)
        ring = (control.x() + 1, control.y() + control.height() // 2)
        for checked in (False, True):
            ratio = contrast(_rgb_hex(shots[checked, True], *ring), _rgb_hex(shots[checked, False], *ring))
            if ratio < 3.0:
                low[f"focus ring checked={checked}"] = round(ratio, 2)
        assert not low, low
    finally:
        restore()


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_checked_button_focus_ring_reaches_3_to_1_as_rendered(qapp, qtbot, theme):
    """A checked push button (text size 125 %) shows focus by 3:1 against its unfocused look and the window."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
    restore = _styled(qapp, theme)
    try:
        host = QWidget()
        lay = QVBoxLayout(host)
        button = QPushButton("125%")
        button.setCheckable(True)
        button.setChecked(True)
        other = QLineEdit()
        lay.addWidget(button)
        lay.addWidget(other)
        qtbot.addWidget(host)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=60_000)
        shots = {}
        for focused in (False, True):
            (button if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda: button.hasFocus() is focused, timeout=60_000)
            qapp.processEvents()
            shots[focused] = host.grab().toImage()
        y = button.y() + button.height() // 2
        t = THEMES[theme]
        worst = min(contrast(_rgb_hex(shots[True], button.x() + k, y), _rgb_hex(shots[False], button.x() + k, y))
                    for k in range(t.focus_width))
        assert worst >= 3.0
        assert contrast(_rgb_hex(shots[True], button.x() + 1, y), _rgb_hex(shots[True], button.x() - 2, y)) >= 3.0
    finally:
        restore()


def test_window_fits_and_works_on_800_by_600(make_window, real_pack, qapp):
    """The minimum size fits an 800 x 600 screen with a title bar; at 800 x 600 every step's Back and Next are
    inside the window, and so is the step's content width."""
    from PySide6.QtCore import QRect
    w = make_window(real_pack)
    assert w.minimumWidth() <= 800 and w.minimumHeight() <= 540
    w.resize(800, 600)
    qapp.processEvents()
    assert (w.width(), w.height()) == (800, 600)
    outside = []
    for i in range(len(w.steps)):
        w.go_to(i)
        qapp.processEvents()
        for b in (w.back_button, w.next_button):
            r = QRect(b.mapTo(w, b.rect().topLeft()), b.size())
            if not w.rect().contains(r):
                outside.append(f"{w.steps[i].step_id}: {b.objectName()} {r}")
        scroll = w.scrolls[i]
        if scroll.horizontalScrollBar().maximum() > 0:
            outside.append(f"{w.steps[i].step_id}: content {scroll.widget().width()} px wide in "
                           f"{scroll.viewport().width()} px")
    assert not outside, outside


def test_options_card_titles_are_not_cut_at_200_percent(make_window, real_pack, qapp):
    from PySide6.QtGui import QFontMetrics
    w = make_window(real_pack)
    w.ctx.set_display(text_scale=2.0)
    try:
        w.go_to(next(i for i, s in enumerate(w.steps) if s.step_id == "options"))
        for _ in range(3):
            qapp.processEvents()
        cut = []
        for lab in w.pages[w.current_index].findChildren(QLabel, "optionName"):
            fm = QFontMetrics(lab.font())
            room = lab.contentsRect().width()
            longest = max(lab.text().split(), key=fm.horizontalAdvance)
            if fm.horizontalAdvance(longest) > room:
                cut.append(f"{longest!r}: {fm.horizontalAdvance(longest)} px in {room} px")
        assert not cut, cut
    finally:
        w.ctx.set_display(text_scale=1.0)


@pytest.mark.parametrize("theme", ["default", "high-contrast"])
def test_step_list_is_not_cut_at_200_percent_on_the_kiosk_screen(make_window, real_pack, qapp, theme):
    """Seen in the 1920 x 1080 kiosk pictures at 200 % text: the 270 px step list cut "understanding" and its
    heading ("Step 8 of 11 — Check your understand"). The list now grows with the text size, up to a quarter of
    a wide window: every word of every item and of the heading fits, and every item's wrapped text fits its row."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    w = make_window(real_pack, mode="kiosk")
    w.resize(1920, 1080)
    w.ctx.set_display(text_scale=2.0, theme=theme)
    try:
        for _ in range(5):
            qapp.processEvents()
        cut = []
        for i in range(len(w.steps)):
            w.go_to(i)
            qapp.processEvents()
            fm = QFontMetrics(w.step_list.font())
            room = w.step_list.viewport().width() - 12
            for k in range(w.step_list.count()):
                item = w.step_list.item(k)
                text = item.text()
                longest = max(text.split(), key=fm.horizontalAdvance)
                if fm.horizontalAdvance(longest) > room:
                    cut.append(f"item {text!r}: {longest!r} in {room} px")
                need = fm.boundingRect(QRect(0, 0, room, 10000), int(Qt.TextFlag.TextWordWrap), text).height()
                if w.step_list.visualItemRect(item).height() < need:
                    cut.append(f"item {text!r}: {need} px tall in {w.step_list.visualItemRect(item).height()}")
            pl = w.progress_label
            pfm = QFontMetrics(pl.font())
            longest = max(pl.text().split(), key=pfm.horizontalAdvance)
            if pfm.horizontalAdvance(longest) > pl.contentsRect().width():
                cut.append(f"heading {pl.text()!r}: {longest!r}")
        assert not cut, sorted(set(cut))
        assert w.step_list.width() <= 1920 // 4
    finally:
        w.ctx.set_display(text_scale=1.0, theme="default")


def test_no_button_is_squeezed_below_its_text_at_200_percent(make_window, real_pack, qapp):
    """Seen in the 200 % kiosk pictures: the source markers under "What expert groups say" were squeezed to
    their 48 px minimum, so "[16]" showed as "16" with its brackets cut. Every button shown on every kiosk step,
    at 125 % and 200 % text, is at least as wide as its text needs."""
    from PySide6.QtWidgets import QPushButton
    w = make_window(real_pack, mode="kiosk")
    w.resize(1920, 1080)
    squeezed = []
    try:
        for scale in (1.25, 2.0):
            w.ctx.set_display(text_scale=scale)
            for i in range(len(w.steps)):
                w.go_to(i)
                for _ in range(3):
                    qapp.processEvents()
                w.pages[i].layout().activate()
                for b in w.pages[i].findChildren(QPushButton):
                    if b.isVisibleTo(w) and b.text() and b.width() < b.sizeHint().width() - 1:
                        squeezed.append(f"{scale}: {w.steps[i].step_id}: {b.text()!r} {b.width()} px, needs "
                                        f"{b.sizeHint().width()}")
        assert not squeezed, sorted(set(squeezed))[:20]
    finally:
        w.ctx.set_display(text_scale=1.0)


def test_the_stacked_compare_grid_is_the_same_table(make_window, real_pack, qapp):
    """At 200 % text in a 1024 px window the Compare grid is stacked (each question, then each option under it).
    It is still one table to a screen reader: role Table with the same rows, columns and cells (AT-SPI reads
    these through Qt's table interface, tests/test_atspi.py), each cell where it is drawn, one under the other."""
    w = make_window(real_pack)
    w.resize(1024, 768)
    i = next(i for i, s in enumerate(w.steps) if s.step_id == "compare")
    w.go_to(i)
    grid = w.pages[i].grid
    table = grid.table
    iface = QAccessible.queryAccessibleInterface(table)
    side_by_side = [iface.child(k).text(QAccessible.Text.Name) for k in range(iface.childCount())]
    w.ctx.set_display(text_scale=2.0)
    try:
        for _ in range(5):
            qapp.processEvents()
        assert grid.stacked and table.isVisible()
        iface = QAccessible.queryAccessibleInterface(table)
        assert iface.role() == QAccessible.Role.Table and iface.text(QAccessible.Text.Name)
        stacked = [iface.child(k).text(QAccessible.Text.Name) for k in range(iface.childCount())]
        assert stacked == side_by_side and "Will it ease my pain?" in stacked
        row = real_pack.comparison[0]
        rects = []
        for opt in real_pack.options:        # each answer cell's rectangle is where its label is drawn
            k = stacked.index(row.answer(opt.id))
            r = iface.child(k).rect()
            lab = grid.cells[(row.id, opt.id)]
            top_left = lab.mapToGlobal(lab.rect().topLeft())
            assert r.contains(top_left), (opt.id, r, top_left)
            rects.append(r)
        assert len({r.x() for r in rects}) == 1 and [r.y() for r in rects] == sorted(r.y() for r in rects)
    finally:
        w.ctx.set_display(text_scale=1.0)


CONTROL_ROLES = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
                 QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
                 QAccessible.Role.Slider, QAccessible.Role.List, QAccessible.Role.Table, QAccessible.Role.Link,
                 QAccessible.Role.ScrollBar, QAccessible.Role.PageTab, QAccessible.Role.ButtonMenu}


def _tree(iface, depth=0):
    if iface is None or not iface.isValid() or depth > 40:
        return
    yield iface
    for k in range(iface.childCount()):
        yield from _tree(iface.child(k), depth + 1)


def test_accessibility_tree_of_every_step(make_window, real_pack, qapp, qtbot):
    """Walked through QAccessibleInterface (what the AT-SPI bridge exports), every step: no unnamed control,
    charts are images with descriptions, the Compare grid is a table, paragraphs are named whole, "Show as
    table" is a button, and a step change focuses the step's named heading and names the step in the title."""
    from decisionaid.session import Session
    from decisionaid.ui.widgets.chart_view import ChartView
    from decisionaid.ui.widgets.text import Paragraph
    from conftest import EXAMPLE_SESSION
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    w.activateWindow()
    unnamed, problems, roles = [], [], {}
    for i, page in enumerate(w.pages):
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
        w.scrolls[max(i - 1, 0)].setFocus()
        w.go_to(i)
        for _ in range(20):
            qapp.processEvents()
        title = w.steps[i].title()
        if title not in w.windowTitle():
            problems.append(f"{page.step_id}: title {w.windowTitle()!r}")
        focus = QApplication.focusWidget()
        if focus is not page.title_label or accessible_name(focus) != title:
            problems.append(f"{page.step_id}: focus on {type(focus).__name__} {accessible_name(focus)!r}")
        for iface in _tree(QAccessible.queryAccessibleInterface(w)):
            if iface.state().invisible:
                continue
            role = iface.role()
            roles.setdefault(role, 0)
            roles[role] += 1
            if role in CONTROL_ROLES and not iface.text(QAccessible.Text.Name).strip():
                obj = iface.object()
                unnamed.append(f"{page.step_id}: {role.name} {type(obj).__name__} {obj.objectName()!r}")
        for p in page.findChildren(Paragraph):
            if not accessible_name(p.label).rstrip().endswith(p.text.rstrip()[-30:]):
                problems.append(f"{page.step_id}: paragraph name cut: {accessible_name(p.label)[-40:]!r}")
        for view in page.findChildren(ChartView):
            if not view.isVisible():
                continue
            vi = QAccessible.queryAccessibleInterface(view)
            if vi.role() != QAccessible.Role.Graphic or not vi.text(QAccessible.Text.Description):
                problems.append(f"{page.step_id}: chart {vi.role().name} without description")
            if QAccessible.queryAccessibleInterface(view.toggle_button).role() != QAccessible.Role.Button:
                problems.append(f"{page.step_id}: Show as table is not a button")
        if page.step_id == "compare":
            grid = page.findChild(QWidget_, "compareGrid")
            if QAccessible.queryAccessibleInterface(grid).role() != QAccessible.Role.Table:
                problems.append("compare: grid is not a table")
    assert not unnamed, "\n".join(unnamed[:30])
    assert not problems, "\n".join(problems[:30])
    assert roles.get(QAccessible.Role.Graphic, 0) >= 2


from PySide6.QtWidgets import QWidget as QWidget_  # noqa: E402


def test_glossary_links_are_links_with_a_visible_focus(make_window, real_pack, qapp, qtbot, monkeypatch):
    """Issue 19: the glossary links were plain labels to a screen reader, and each paragraph with links was a Tab
    stop that highlighted nothing. Now each term is a control with the role Link (and a Press action), named by
    the words of the text, whose focus ring is drawn in the accent colour; the paragraph itself is no Tab stop."""
    from PySide6.QtGui import QAccessibleActionInterface
    from decisionaid.ui.style import THEMES
    from decisionaid.ui.widgets import definition
    from decisionaid.ui.widgets.text import Paragraph
    opened = []
    monkeypatch.setattr(definition.DefinitionDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    w = make_window(real_pack)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    accent = THEMES["default"].accent
    links = 0
    for i, page in enumerate(w.pages):
        w.go_to(i)
        for _ in range(5):
            qapp.processEvents()
        roles = [iface.role() for iface in _tree(QAccessible.queryAccessibleInterface(page))
                 if not iface.state().invisible]
        for p in page.findChildren(Paragraph):
            assert not p.label.focusPolicy() & Qt.FocusPolicy.TabFocus, page.step_id
            for b in p.term_buttons:
                if not b.isVisibleTo(w):
                    continue
                iface = QAccessible.queryAccessibleInterface(b)
                assert iface.role() == QAccessible.Role.Link, (page.step_id, b.text())
                assert b.text().strip("?").split("“")[-1].rstrip("”") in iface.text(QAccessible.Text.Name)
                assert QAccessibleActionInterface.pressAction() in iface.actionInterface().actionNames()
                links += 1
        assert roles.count(QAccessible.Role.Link) == sum(
            b.isVisibleTo(w) for p in page.findChildren(Paragraph) for b in p.term_buttons), page.step_id
    assert links >= 10
    # one link, as drawn: no ring before focus, an accent ring with focus; Press opens the definition
    w.go_to(0)
    b = next(b for p in w.pages[0].findChildren(Paragraph) for b in p.term_buttons if b.isVisibleTo(w))
    w.pages[0].title_label.setFocus()
    qapp.processEvents()
    before = b.grab().toImage()
    b.setFocus(Qt.FocusReason.TabFocusReason)
    qapp.processEvents()
    assert QAccessible.queryAccessibleInterface(b).state().focused
    after = b.grab().toImage()

    def edge(img):
        return {img.pixelColor(x, 1).name() for x in range(2, img.width() - 2)}

    assert accent not in edge(before) and accent in edge(after)
    QAccessible.queryAccessibleInterface(b).actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert opened and opened[0] == b.property("glossaryTerm")



@pytest.mark.parametrize("mode", ["clinician", "kiosk"])
def test_no_step_takes_the_focus_from_the_window(make_window, real_pack, qapp, qtbot, mode):
    """A widget shown before it has a parent is a window of its own for a moment and takes the focus from the
    main window (a screen reader then follows it, and keyboard focus is lost). Every step keeps the window active."""
    w = make_window(real_pack, mode=mode)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    lost = []
    for i, page in enumerate(w.pages):
        w.go_to(i)
        for _ in range(3):
            qapp.processEvents()
        if QApplication.activeWindow() is not w:
            lost.append(page.step_id)
            w.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=60_000)
    assert lost == []
