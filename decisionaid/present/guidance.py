"""What expert groups say: the pack's guideline and payer summaries, worded once for every output."""
from __future__ import annotations

from dataclasses import dataclass

from .text import t


@dataclass(frozen=True)
class GuidanceView:
    id: str
    body: str          # "AAOS"
    year: int
    heading: str       # "AAOS (2010): Treatment of osteoporotic spinal compression fractures"
    short: str         # one line, for short views (summary, at a glance)
    summary: str       # the full summary
    markers: str       # "[19]"
    source_ids: tuple[str, ...]

    @property
    def line(self) -> str:
        """"AAOS, 2010: <short> [19]": one line each, for short views."""
        text = t("{body}, {year}: {short}").format(body=self.body, year=self.year, short=self.short)
        return f"{text} {self.markers}".strip()


def guidance(pack) -> tuple[GuidanceView, ...]:
    """Every expert-group summary, in pack order."""
    return tuple(
        GuidanceView(g.id, g.body, g.year,
                     t("{body} ({year}): {title}").format(body=g.body, year=g.year, title=g.title),
                     g.short, g.summary, pack.markers(g.sources), g.sources)
        for g in pack.guidance)


TRANSLATABLE = ("{body}, {year}: {short}", "{body} ({year}): {title}")
