"""The steps of the walkthrough, in order: ``STEPS`` is the single list the window uses.

Each entry says what the step list needs without importing the step's module: its id, its title and whether
the session has answers for it. The page class (one module per step) is imported when the page is first built
(``Step.load()``), so start-up imports only the first step's module.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class Step:
    """One step: ``step_id``, ``title()``, ``has_answers(pack, session)`` and ``load()`` (the page class)."""

    __slots__ = ("step_id", "module", "class_name", "title_source", "_answered")

    def __init__(self, step_id: str, module: str, class_name: str, title: str,
                 answered: Callable[[object, object], bool] | None = None):
        self.step_id = step_id
        self.module = module
        self.class_name = class_name
        self.title_source = title           # English; marked for translation in context "Steps"
        self._answered = answered

    def title(self) -> str:
        return QCoreApplication.translate("Steps", self.title_source)

    def has_answers(self, pack, session) -> bool:
        return bool(self._answered(pack, session)) if self._answered is not None else False

    def load(self) -> type:
        """The page class (imports its module on first use)."""
        return getattr(import_module(f"{__name__}.{self.module}"), self.class_name)

    def __repr__(self) -> str:
        return f"Step({self.step_id!r})"


# ---- what counts as answered (shown as a check mark in the step list) ------------------------------------
def _situation(pack, session) -> bool:
    return any(v is not None for v in session.situation.values())


def _values(pack, session) -> bool:
    return any(v.id in session.values for v in pack.values)


def _knowledge(pack, session) -> bool:
    return any(k.id in session.knowledge for k in pack.knowledge)


def _leaning(pack, session) -> bool:
    from ...content.model import SURE_KEYS
    return bool(session.leaning) or any(k in session.sure for k in SURE_KEYS)


def _questions(pack, session) -> bool:
    return bool(session.questions or session.own_questions or session.clinician_notes.strip())


def _summary(pack, session) -> bool:
    return bool(session.patient_name or session.clinician or session.clinic)


STEPS: tuple[Step, ...] = (
    Step("welcome", "welcome", "WelcomePage", QT_TRANSLATE_NOOP("Steps", "Welcome")),
    Step("situation", "situation", "SituationPage", QT_TRANSLATE_NOOP("Steps", "Your situation"), _situation),
    Step("options", "options", "OptionsPage", QT_TRANSLATE_NOOP("Steps", "Your options")),
    Step("compare", "compare", "ComparePage", QT_TRANSLATE_NOOP("Steps", "Compare the options")),
    Step("benefits", "benefits", "BenefitsPage", QT_TRANSLATE_NOOP("Steps", "Benefits and risks")),
    Step("recovery", "recovery", "RecoveryPage", QT_TRANSLATE_NOOP("Steps", "Recovery")),
    Step("values", "values", "ValuesPage", QT_TRANSLATE_NOOP("Steps", "What matters to you"), _values),
    Step("knowledge", "knowledge", "KnowledgePage", QT_TRANSLATE_NOOP("Steps", "Check your understanding"),
         _knowledge),
    Step("leaning", "leaning", "LeaningPage", QT_TRANSLATE_NOOP("Steps", "Where you are leaning"), _leaning),
    Step("questions", "questions", "QuestionsPage", QT_TRANSLATE_NOOP("Steps", "Questions for your doctor"),
         _questions),
    Step("summary", "summary", "SummaryPage", QT_TRANSLATE_NOOP("Steps", "Summary"), _summary),
)
_BY_ID = {s.step_id: s for s in STEPS}


def step(step_id: str) -> Step:
    return _BY_ID[step_id]


def step_classes() -> tuple[type, ...]:
    """Every page class, in order (imports every page module: tests and tools, not start-up)."""
    return tuple(s.load() for s in STEPS)
