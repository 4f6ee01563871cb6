"""Sample ordinances: the international deputies of every department and hospital over several years,
with renewals, revocations, committee memberships, appreciations and a few voided numbers.

Everything goes through the real service (numbers, stored PDFs, journal), in date order, so the
sample register is what years of use would leave behind.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from app.common import dates
from app.services import context, numbering, ordinances
from app.services.demo_names import WOMEN as _WOMEN
from db.models import Person, Unit

_Event = tuple[dt.date, int, Callable[[], None]]
_AHEAD = dt.timedelta(days=7)  # appointments are issued a week before their term starts


def _cycle_starts(today: dt.date) -> list[dt.date]:
    """The starts (1 Mehr) of the last three two-year terms, the latest on or before today."""
    year = dates.jalali_year(today)
    latest = dates.from_jalali(year, 7, 1)
    if latest > today:
        latest = dates.from_jalali(year - 1, 7, 1)
    first = dates.jalali_year(latest) - 4
    return [dates.from_jalali(first + 2 * n, 7, 1) for n in range(3)]


@numbering.sample_history()
def add_ordinances(size: int, seed: int = 1405) -> dict[str, int]:
    """Fill the register with sample ordinances (at most about `size`); returns what was made."""
    rng = random.Random(seed)
    today = dates.today()
    kinds = {k.code: k.id for k in ordinances.list_kinds()}
    with context.database().reading() as session:
        units = list(
            session.execute(
                select(Unit.id, Unit.kind).where(Unit.kind.in_(("department", "hospital"))).order_by(Unit.id)
            ).all()
        )
        faculty = list(
            session.execute(select(Person.id, Person.unit_id).where(Person.kind == "faculty")).all()
        )
    if not units or not faculty:
        return {"ordinances": 0}
    by_unit: dict[int, list[int]] = {}
    for person_id, unit_id in faculty:
        by_unit.setdefault(unit_id, []).append(person_id)
    everyone = [p for p, _ in faculty]
    events: list[_Event] = []
    made = {"ordinances": 0, "void": 0, "revoked": 0, "renewals": 0}
    starts = _cycle_starts(today)
    order = 0

    def person_for(unit_id: int) -> int:
        return rng.choice(by_unit.get(unit_id) or everyone)

    def add(day: dt.date, action: Callable[[], None]) -> None:
        nonlocal order
        order += 1
        events.append((day, order, action))

    for unit_id, _kind in units:
        holder = person_for(unit_id)
        state: dict[str, int] = {}
        plan = rng.random()

        def appoint(
            start: dt.date, person: int, key: str = "current", state: dict = state, unit_id: int = unit_id
        ) -> None:
            values = ordinances.new_draft_values(kinds["deputy"], person, unit_id, start)
            first_name = ordinances.recipient_for(person)["recipient_name_fa"].split(" ")[0]
            values["recipient_title_fa"] = "سرکار خانم دکتر" if first_name in _WOMEN else "جناب آقای دکتر"
            values["copies_to_fa"] = "ریاست محترم دانشکده\nمدیر محترم گروه / رئیس بیمارستان"
            values["copies_to_en"] = "Dean of the School of Medicine\nHead of the department / hospital"
            draft = ordinances.save_draft(values)
            ordinances.issue_ordinance(draft, start - _AHEAD, supersede=True)
            state[key] = draft
            made["ordinances"] += 1

        def renew(start: dt.date, state: dict = state) -> None:
            if "current" not in state or ordinances.get_ordinance(state["current"])["status"] != "issued":
                return
            renewal = ordinances.renew_ordinance(state["current"])
            ordinances.issue_ordinance(renewal, start - _AHEAD)
            state["current"] = renewal
            made["ordinances"] += 1
            made["renewals"] += 1

        def revoke(day: dt.date, state: dict = state) -> None:
            current = ordinances.get_ordinance(state["current"])
            values = ordinances.new_draft_values(
                kinds["revocation"], current["person_id"], current["unit_id"], day
            )
            values.update(
                {
                    name: current[name]
                    for name in ("position_fa", "position_en", "recipient_title_fa", "recipient_title_en")
                }
            )
            values["previous_id"] = state["current"]
            ordinances.issue_ordinance(ordinances.save_draft(values), day)
            made["ordinances"] += 1
            made["revoked"] += 1

        add(starts[0], lambda appoint=appoint, holder=holder: appoint(starts[0], holder))
        if plan < 0.15:  # revoked half-way, someone else appointed for the rest of the term
            middle = starts[0] + dt.timedelta(days=rng.randrange(200, 500))
            add(middle + _AHEAD, lambda revoke=revoke, middle=middle: revoke(middle))
            other = person_for(unit_id)
            add(
                middle + dt.timedelta(days=14),
                lambda a=appoint, m=middle, o=other: a(m + dt.timedelta(days=14), o),
            )
            again = middle + dt.timedelta(days=14 + 730)  # the replacement's term renewed as it ends
            if again < today:
                add(again, lambda renew=renew, again=again: renew(again))
        elif plan < 0.3:  # the term ran out: the position is vacant now
            pass
        elif plan < 0.45:  # a new deputy at the second term, renewed since
            newcomer = person_for(unit_id)
            add(starts[1], lambda a=appoint, p=newcomer: a(starts[1], p))
            add(starts[2], lambda renew=renew: renew(starts[2]))
        elif plan < 0.55:  # appointed late in the last term: it ends within weeks
            late = today - dt.timedelta(days=730 - rng.randrange(15, 55))
            add(starts[1], lambda renew=renew: renew(starts[1]))
            newcomer = person_for(unit_id)
            add(late, lambda a=appoint, late=late, p=newcomer: a(late, p))
        else:  # renewed term after term
            add(starts[1], lambda renew=renew: renew(starts[1]))
            add(starts[2], lambda renew=renew: renew(starts[2]))

    # Committee memberships, appreciations and numbers given by mistake, spread over the years.
    for n in range(max(4, len(units) // 3)):
        day = starts[0] + dt.timedelta(days=rng.randrange(20, (today - starts[0]).days - 10))
        code = "committee" if n % 2 else "appreciation"

        def other(day: dt.date = day, code: str = code, n: int = n) -> None:
            values = ordinances.new_draft_values(kinds[code], rng.choice(everyone), None, day)
            draft = ordinances.save_draft(values)
            ordinances.issue_ordinance(draft, day)
            made["ordinances"] += 1
            if n % 5 == 0:
                ordinances.void_ordinance(draft, "شماره به اشتباه صادر شد؛ حکم با شماره جدید صادر می‌شود.")
                made["void"] += 1

        add(day + _AHEAD, other)
    for _day, _n, action in sorted(events, key=lambda e: (e[0], e[1])):
        if made["ordinances"] >= size:
            break
        action()
    return made
