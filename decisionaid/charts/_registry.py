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
    draw: str                  # "module:function" in this package: draw(sheet, pack) (matplotlib); no session:
    #                            a chart shows the evidence, the same for every person (so its caches need none)
    title: Callable            # (pack) -> its title, translated
    describe: Callable         # (chart_id, pack) -> plain sentences with the chart's content (text alternative)
    table: Callable            # (chart_id, pack) -> (header, rows): the same content as a table
    kind: str = ""             # for a comparison chart, which questions it shows ("benefit", "harm")
    param: str = ""            # for a chart of a family ("recovery:<option id>"): the part after the colon

    def draw_fn(self):
        module, name = self.draw.split(":")
        fn = getattr(import_module(f".{module}", __package__), name)
        if not self.param:
            return fn
        param = self.param
        return lambda sheet, pack: fn(sheet, pack, param)


REGISTRY: dict[str, Chart] = {c.id: c for c in (
    Chart("pain_relief", "_compare:draw_benefits", lambda pack: ui("benefit_title"), D.count_description,
          D.count_table, "benefit"),
    Chart("complications", "_compare:draw_harms", lambda pack: ui("harm_title"), D.count_description,
          D.count_table, "harm"),
    Chart("recovery", "_recovery:draw", lambda pack: ui("recovery_title"), D.recovery_description,
          D.recovery_table),
)}
CHARTS: tuple[str, ...] = tuple(REGISTRY)


# Families of charts, one per option: "recovery:<option id>" is one option's recovery timeline on a straight axis
# of plain phases (the kiosk shows one option at a time).
FAMILIES: dict[str, Callable[[str], Chart]] = {
    D.ONE_OPTION_PREFIX: lambda option: Chart(
        D.ONE_OPTION_PREFIX + option, "_recovery:draw_one",
        lambda pack: ui("recovery_one_title").format(option=pack.option(option).name),
        D.recovery_description, D.recovery_table, param=option),
}


def chart(chart_id: str) -> Chart:
    if chart_id in REGISTRY:
        return REGISTRY[chart_id]
    for prefix, make in FAMILIES.items():
        if chart_id.startswith(prefix) and len(chart_id) > len(prefix):
            return make(chart_id[len(prefix):])
    raise KeyError(f"unknown chart {chart_id!r}; charts are {', '.join(REGISTRY)}")
