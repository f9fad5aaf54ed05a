"""The charts, one entry each. A new chart is one module (its draw function) and one entry in ``REGISTRY``:
building, the PNG cache, the title, the text alternative, the table and the chart widget all look it up here.

Plain Python (no matplotlib, no Qt): a chart's module is imported only when the chart is first drawn.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from . import _describe as D
from ._text import ui


@dataclass(frozen=True)
class Chart:
    id: str
    draw: str                  # "module:function" in this package: draw(sheet, pack, session) (matplotlib)
    title: Callable            # (pack) -> its title, translated
    describe: Callable         # (chart_id, pack) -> plain sentences with the chart's content (text alternative)
    table: Callable            # (chart_id, pack) -> (header, rows): the same content as a table
    kind: str = ""             # for a comparison chart, which questions it shows ("benefit", "harm")

    def draw_fn(self):
        module, name = self.draw.split(":")
        return getattr(import_module(f".{module}", __package__), name)


REGISTRY: dict[str, Chart] = {c.id: c for c in (
    Chart("pain_relief", "_compare:draw_benefits", lambda pack: ui("benefit_title"), D.count_description,
          D.count_table, "benefit"),
    Chart("complications", "_compare:draw_harms", lambda pack: ui("harm_title"), D.count_description,
          D.count_table, "harm"),
    Chart("recovery", "_recovery:draw", lambda pack: ui("recovery_title"), D.recovery_description,
          D.recovery_table),
)}
CHARTS: tuple[str, ...] = tuple(REGISTRY)


def chart(chart_id: str) -> Chart:
    try:
        return REGISTRY[chart_id]
    except KeyError:
        raise KeyError(f"unknown chart {chart_id!r}; charts are {', '.join(REGISTRY)}") from None
