"""The records of one Jalali year that the annual report counts, each as an Item: the trace shown with the
figure (name, unit, dates, why it counts), the groups it falls in (country, kind, unit) and its month.

A record belongs to the Jalali year of its own day, in local time: a meeting at 1405/12/29 23:30 is
1405's, one at 1406/01/01 00:30 is 1406's. Archived records are left out everywhere.
"""

from __future__ import annotations

from sqlalchemy import select

from app.common.text import digits_for
from app.documents.report_data import Trace
from app.services.reports.definitions import RATIOS
from app.services.reports.indicators import IndicatorRecords
from app.services.reports.meeting_records import MeetingRecords
from app.services.reports.visit_records import VisitRecords
from app.services.reports.year_base import (  # noqa: F401 (also re-exported here, the old path)
    _PERSON,
    _VISIT,
    HELD,
    ISSUED_ORDINANCE,
    VISIT_KINDS,
    Item,
)
from db.models import (
    Letter,
    Ordinance,
    OrdinanceKind,
    Unit,
)


class Year(VisitRecords, MeetingRecords, IndicatorRecords):
    """The items of one Jalali year, in one language, by figure key."""

    def gather(self) -> Year:
        self._units.update({u.id: u for u in self.session.execute(select(Unit)).scalars()})
        self._visits()
        self._agreements()
        self._funding()
        self._meetings()
        self._actions()
        self._ordinances()
        self._letters()
        self._indicators()
        for ratio, (_part, whole) in RATIOS.items():  # a share's records: those it is a share of
            self.items[ratio] = list(self.items[whole])
        self.items["exchange_inbound"] = list(self.items["guests"])  # the year's guests, as exchange inbound
        return self

    def _ordinances(self) -> None:
        rows = self.session.execute(
            select(Ordinance, OrdinanceKind)
            .join(OrdinanceKind)
            .where(
                Ordinance.issued_on.between(self.first, self.last),
                Ordinance.status.in_(ISSUED_ORDINANCE),
                Ordinance.archived_at.is_(None),
            )
            .order_by(Ordinance.issued_on, Ordinance.id)
        ).all()
        for ordinance, kind in rows:
            kind_name = kind.name_fa if self.lang == "fa" else (kind.name_en or kind.name_fa)
            who = (
                (ordinance.recipient_name_fa or ordinance.recipient_name_en)
                if self.lang == "fa"
                else (ordinance.recipient_name_en or ordinance.recipient_name_fa)
            )
            self.add(
                "ordinances",
                Item(
                    Trace(
                        "ordinances",
                        ordinance.id,
                        digits_for(ordinance.number or "", self.lang),
                        who,
                        self.unit(ordinance.unit_id) if ordinance.unit_id else kind_name,
                        self.day(ordinance.issued_on),
                        self.t(f"issued: {kind_name}", f"صادر شد: {kind_name}"),
                    ),
                    {"kind": kind_name},
                    self.month(ordinance.issued_on),
                ),
            )

    def _letters(self) -> None:
        letters = (
            self.session.execute(
                select(Letter)
                .where(
                    Letter.issued_on.between(self.first, self.last),
                    Letter.status == "issued",
                    Letter.archived_at.is_(None),
                )
                .order_by(Letter.issued_on, Letter.id)
            )
            .scalars()
            .all()
        )
        for letter in letters:
            self.add(
                "letters",
                Item(
                    Trace(
                        "letters",
                        letter.id,
                        digits_for(letter.number or "", self.lang),
                        letter.subject,
                        letter.recipient.split("\n")[0][:80],
                        self.day(letter.issued_on),
                        self.t("issued", "صادر شد"),
                    ),
                    {},
                    self.month(letter.issued_on),
                ),
            )

    def positions(self, holdings: list) -> None:  # type: ignore[type-arg]
        """Deputy positions filled or vacant on the year's reading day (from
        app.services.ordinances.holders)."""
        for h in holdings:
            key = "positions_vacant" if h.vacant else "positions_filled"
            why = (
                self.t(f"vacant on {self.day(self.cut)}", f"خالی در {self.day(self.cut)}")
                if h.vacant
                else self.t(f"held on {self.day(self.cut)}", f"دارای متصدی در {self.day(self.cut)}")
            )
            self.add(
                key,
                Item(
                    Trace(
                        "units",
                        h.unit_id,
                        digits_for(h.number or "", self.lang),
                        h.holder(self.lang) or "—",
                        h.unit(self.lang),
                        self.span(h.since, h.until) if h.since else "—",
                        why,
                    )
                ),
            )
