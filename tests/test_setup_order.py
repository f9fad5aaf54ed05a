"""Base classes build only after every __init__ has run: a page's build() and a window mode's page_created()
see what the subclass set up in its own __init__ (no hasattr/getattr guards needed)."""
from __future__ import annotations

from decisionaid.ui.context import AppContext
from decisionaid.ui.main_window import MainWindow
from decisionaid.ui.pages.base import StepPage


class _Page(StepPage):
    step_id = "welcome"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.made_in_init = ["set up"]
        self.builds = 0

    def build(self) -> None:
        self.builds += 1
        self.seen = list(self.made_in_init)      # AttributeError if build() ran inside StepPage.__init__


def test_a_page_is_built_after_its_own_init(qtbot, mini_pack):
    ctx = AppContext(mini_pack, mode="clinician")
    page = _Page(ctx)
    qtbot.addWidget(page)
    assert page.seen == ["set up"] and page.builds == 1
    ctx.replace_pack(mini_pack)         # a pack change rebuilds once more
    assert page.builds == 2


class _Window(MainWindow):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.wired: list[str] = []      # the mode's part that page_created() uses

    def page_created(self, page) -> None:
        self.wired.append(page.step_id)


def test_a_window_builds_its_first_page_after_the_mode_is_set_up(qtbot, mini_pack):
    w = _Window(AppContext(mini_pack, mode="clinician"))
    qtbot.addWidget(w)
    assert w.wired == ["welcome"]               # the first step was built after _Window.__init__ finished
    assert w.current_index == 0 and w.stack.currentWidget() is w.scrolls[0]
    w.go_to(2)
    assert w.wired == ["welcome", w.steps[2].step_id]
