"""The paper an official document is printed on: A4, or A5 for letters (the Iranian standard allows both).

A paper gives the page's size, its margins and how much the letterhead and the text are scaled from the
A4 layout: on A5 the frame (letterhead, rules, footer) is set at four fifths of its A4 size and the
letter's text a little larger than that, so that it still reads at arm's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4 as _A4
from reportlab.lib.pagesizes import A5 as _A5
from reportlab.lib.units import cm


@dataclass(frozen=True)
class Paper:
    """A page size with the A4 layout scaled to it."""

    name: str  # "a4", "a5": what the settings and the command line call it
    width: float
    height: float
    margin: float
    frame_scale: float  # the letterhead, rules and footer, against A4
    text_scale: float  # a letter's type and spacing, against A4

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    def down(self, points: float) -> float:
        """The height `points` (measured from the top of an A4 page) below this page's top edge."""
        return self.height - points * self.frame_scale

    def up(self, points: float) -> float:
        """The height `points` (measured from the bottom of an A4 page) above this page's bottom edge."""
        return points * self.frame_scale

    @property
    def first_top(self) -> float:
        return self.down(124)  # where text starts under the full letterhead

    @property
    def next_top(self) -> float:
        return self.down(74)  # ... and under the continuation header

    @property
    def bottom(self) -> float:
        return self.up(74)  # text stops above the footer


A4 = Paper("a4", _A4[0], _A4[1], 2 * cm, 1.0, 1.0)
A5 = Paper("a5", _A5[0], _A5[1], 1.5 * cm, 0.8, 0.87)
PAPERS = {paper.name: paper for paper in (A4, A5)}
NAMES = tuple(PAPERS)


def paper_for(name: str) -> Paper:
    """The paper called `name` ("a4" or "a5", in any case); ValueError for any other."""
    try:
        return PAPERS[name.strip().lower()]
    except KeyError:
        raise ValueError(f"The paper must be one of {NAMES}, not {name!r}") from None
