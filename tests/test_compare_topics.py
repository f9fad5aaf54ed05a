"""The Compare step's issue-card buttons: one per topic, clinician mode only, each opening its topic's card."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from conftest import EXAMPLE_SESSION
from decisionaid.session import Session
from decisionaid.ui.issue_cards import topic_card_rows


def compare_page(w):
    i = [st.step_id for st in w.steps].index("compare")
    w.go_to(i)
    return w.pages[i]


def test_a_button_per_topic_opens_that_issue_card(make_window, real_pack):
    w = make_window(real_pack, session=Session.load(EXAMPLE_SESSION))
    page = compare_page(w)
    assert list(page.topic_buttons) == [t.id for t in real_pack.topics]
    for t in real_pack.topics:
        b = page.topic_buttons[t.id]
        assert b.isVisible() and b.text() == t.label and t.label in b.accessibleName()
        b.click()
        dlg = w.issue_cards_dialog
        assert dlg.isVisible() and dlg.current_topic == t.id
        assert dlg.topic_buttons[t.id].isChecked()
        texts = dlg.texts()
        for head, _cells in topic_card_rows(real_pack, t.id):
            assert head in texts
        dlg.close()
    # the menu still opens the first topic
    w.actions_by_name["issue_cards"].trigger()
    assert w.issue_cards_dialog.current_topic == real_pack.topics[0].id
    w.issue_cards_dialog.close()


def test_the_buttons_are_keyboard_reachable(make_window, real_pack):
    from PySide6.QtCore import Qt
    w = make_window(real_pack)
    page = compare_page(w)
    for b in page.topic_buttons.values():
        assert b.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("mode", ["kiosk"])
def test_no_issue_card_buttons_in_kiosk_mode(make_window, real_pack, mode):
    w = make_window(real_pack, mode=mode)
    page = compare_page(w)
    assert page.topic_buttons == {}
    assert not [b for b in page.findChildren(QPushButton) if b.objectName() == "compareTopicButton"]
