"""One module per step of the walkthrough, in order. ``STEP_CLASSES`` is the single list the window uses."""
from __future__ import annotations


def step_classes():
    from .welcome import WelcomePage
    from .situation import SituationPage
    from .options import OptionsPage
    from .compare import ComparePage
    from .benefits import BenefitsPage
    from .recovery import RecoveryPage
    from .values import ValuesPage
    from .knowledge import KnowledgePage
    from .leaning import LeaningPage
    from .questions import QuestionsPage
    from .summary import SummaryPage
    return (WelcomePage, SituationPage, OptionsPage, ComparePage, BenefitsPage, RecoveryPage, ValuesPage,
            KnowledgePage, LeaningPage, QuestionsPage, SummaryPage)
