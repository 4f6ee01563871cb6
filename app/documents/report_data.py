"""The annual report's figures as plain data, in one language: what the services gather, what the PDF, the
workbook and the Reports page show. Every figure carries the year's value, the year before's, and the
records behind the year's value (its traces), so that a figure can be checked name by name."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Trace:
    """One record behind a figure: which register, which record, and why it counts."""

    # "visits", "people", "agreements", "funding", "meetings", "actions", "ordinances", "letters", "units"
    register: str
    record_id: int
    reference: str  # the record's number or reference ("V-1405-012", "7/1405"); "" when it has none
    name: str  # a person's name or the record's title
    unit: str  # the unit (department, host unit, partner) it belongs to
    dates: str  # its dates as shown to people
    why: str  # why it counts in this figure
    amount: int | None = None  # what it adds to a summed figure: rials approved or paid, days hosted


@dataclass(frozen=True)
class Figure:
    """A counted (or summed, when `money`) figure of the year and of the year before."""

    key: str
    label: str
    this_year: int
    last_year: int
    definition: str = ""
    money: bool = False
    traces: tuple[Trace, ...] = ()  # the records behind this year's value
    percent: bool = False  # a share, in tenths of a percent (556 is 55.6%)


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    this_year: int
    last_year: int


@dataclass(frozen=True)
class Breakdown:
    """A figure split by country, kind, unit...: one row per value, the largest first."""

    key: str
    title: str
    heading: str  # the label column's heading ("Country")
    rows: tuple[BreakdownRow, ...]
    money: bool = False


@dataclass(frozen=True)
class BarChart:
    """Bars of the year (and lighter ones of the year before) per label."""

    key: str
    title: str
    labels: tuple[str, ...]
    this_year: tuple[int, ...]
    last_year: tuple[int, ...]
    money: bool = False


@dataclass(frozen=True)
class LineChart:
    """One value per month of the Jalali year, this year's line and the year before's."""

    key: str
    title: str
    months: tuple[str, ...]  # 12 month names
    this_year: tuple[int, ...]
    last_year: tuple[int, ...]


@dataclass(frozen=True)
class ReportSection:
    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    charts: tuple[BarChart | LineChart, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()


@dataclass(frozen=True)
class AnnualReport:
    """The year in figures, in `lang`; `year_label` and `last_label` name the two years compared."""

    lang: str
    year: int
    title: str
    subtitle: str
    date_text: str  # when it was made
    year_label: str
    last_label: str
    sections: tuple[ReportSection, ...] = field(default_factory=tuple)
    signatory_name: str = ""
    signatory_title: str = ""

    def figure(self, key: str) -> Figure:
        """The figure named `key`, in whichever section it is."""
        for section in self.sections:
            for figure in section.figures:
                if figure.key == key:
                    return figure
        raise KeyError(key)

    def breakdown(self, key: str) -> Breakdown:
        for section in self.sections:
            for breakdown in section.breakdowns:
                if breakdown.key == key:
                    return breakdown
        raise KeyError(key)

    def chart(self, key: str) -> BarChart | LineChart:
        for section in self.sections:
            for chart in section.charts:
                if chart.key == key:
                    return chart
        raise KeyError(key)
