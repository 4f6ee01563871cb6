"""Ordinance numbers, whatever a secretary does: issue, void, revoke, renew, back up and restore.

A number is never given twice and never lost: after any sequence of actions, each year's register
holds the numbers 1..n exactly once, each still on the ordinance it was first given to, and a voided
or revoked ordinance stays so, even when a backup taken before was restored meanwhile.
"""

import datetime as dt
import shutil
import uuid

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from app.services import backups, context, ordinances
from app.services.errors import StateError
from app.services.numbering import NumberDateError
from db.models import NumberSequence, Ordinance
from tests.services.ordinance_helpers import kind, setting_up

ISSUE_DAYS = (dt.date(2026, 3, 19), dt.date(2026, 9, 20), dt.date(2027, 4, 1))  # Jalali 1404, 1405, 1406


def test_numbers_are_never_repeated_nor_lost(template_db, tmp_path, monkeypatch):
    class Register(RuleBasedStateMachine):
        @initialize()
        def open_a_fresh_database(self):
            home = tmp_path / uuid.uuid4().hex
            home.mkdir()
            monkeypatch.setenv("IVC_DESK_HOME", str(home))
            shutil.copyfile(template_db, home / "ivc-desk.sqlite3")
            context.open_database(home / "ivc-desk.sqlite3")
            context.set_actor("tester")
            self.ids = setting_up()
            self.issued: dict[str, str] = {}  # number -> the token of the draft it was given to
            self.final: dict[str, str] = {}  # number -> "void" / "revoked": states that never change
            self.backups: list = []
            self.drafts = 0
            self.days: list[dt.date] = []  # the dates numbers were given with (never going back)

        def teardown(self):
            context.close_database()

        def _draft(self, code: str, person: str, unit: str) -> int:
            self.drafts += 1
            values = ordinances.new_draft_values(
                kind(code), self.ids[person], self.ids[unit], dt.date(2026, 9, 23)
            )
            return ordinances.save_draft({**values, "copies_to_en": f"token-{self.drafts}"})

        def _issue(self, draft: int, day: dt.date) -> None:
            latest = max((d for d in self.days), default=day)
            try:
                number = ordinances.issue_ordinance(draft, day, supersede=True)
            except NumberDateError:
                assert day < latest, "refused a date that is not before the latest number's"
                return
            assert day >= latest, f"{day} numbered after a number dated {latest}"
            self.days.append(day)
            assert number not in self.issued, f"{number} given twice"
            self.issued[number] = ordinances.get_ordinance(draft)["copies_to_en"]

        def _numbered(self, status: str = "") -> list[Ordinance]:
            with context.database().reading() as session:
                stmt = select(Ordinance).where(Ordinance.number.is_not(None))
                if status:
                    stmt = stmt.where(Ordinance.status == status)
                return list(session.execute(stmt.order_by(Ordinance.id)).scalars())

        @rule(
            code=st.sampled_from(["deputy", "committee", "appreciation"]),
            person=st.sampled_from(["rezaei", "karimi"]),
            unit=st.sampled_from(["anatomy", "sina"]),
            day=st.sampled_from(ISSUE_DAYS),
        )
        def issue(self, code, person, unit, day):
            self._issue(self._draft(code, person, unit), day)

        @precondition(lambda self: self._numbered("issued"))
        @rule(pick=st.integers(0, 50), reason=st.sampled_from(["wrong unit", "typing mistake"]))
        def void(self, pick, reason):
            candidates = self._numbered("issued")
            target = candidates[pick % len(candidates)]
            ordinances.void_ordinance(target.id, reason)
            self.final[target.number] = "void"

        @precondition(lambda self: self._numbered("issued"))
        @rule(pick=st.integers(0, 50))
        def revoke(self, pick):
            candidates = self._numbered("issued")
            target = candidates[pick % len(candidates)]
            ordinances.revoke_ordinance(target.id, "left the faculty", dt.date(2027, 1, 1))
            self.final[target.number] = "revoked"

        @precondition(lambda self: self._numbered("issued"))
        @rule(pick=st.integers(0, 50), day=st.sampled_from(ISSUE_DAYS))
        def renew(self, pick, day):
            candidates = self._numbered("issued")
            target = candidates[pick % len(candidates)]
            try:
                renewal = ordinances.renew_ordinance(target.id)
            except StateError:
                return  # not an appointment
            ordinances.save_draft(
                {**ordinances.get_ordinance(renewal), "copies_to_en": f"renewal-{renewal}"}, renewal
            )
            self._issue(renewal, day)

        @rule()
        def back_up(self):
            self.backups.append(backups.take_backup("manual"))

        @precondition(lambda self: any(path.exists() for path in self.backups))
        @rule(pick=st.integers(0, 10), then_issue=st.booleans())
        def restore(self, pick, then_issue):
            kept = [path for path in self.backups if path.exists()]  # older manual backups are rotated away
            backups.restore_backup(kept[pick % len(kept)])
            if then_issue:  # issuing puts back what the restore lost before taking a number
                self._issue(self._draft("appreciation", "karimi", "anatomy"), ISSUE_DAYS[1])
            else:  # as the Ordinances tab does when it opens
                ordinances.reconcile_register()

        @invariant()
        def every_number_once_on_its_own_ordinance(self):
            if not hasattr(self, "ids"):
                return
            rows = self._numbered()
            numbers = [o.number for o in rows]
            assert sorted(numbers) == sorted(self.issued), "a number was lost or appeared from nowhere"
            for o in rows:
                assert o.copies_to_en == self.issued[o.number], f"{o.number} moved to another ordinance"
                assert self.final.get(o.number, o.status) == o.status, f"{o.number} lost its state"
            by_year: dict[int, list[int]] = {}
            for o in rows:
                by_year.setdefault(o.year, []).append(o.sequence)
            with context.database().reading() as session:
                for year, sequences in by_year.items():
                    assert sorted(sequences) == list(range(1, len(sequences) + 1)), f"a gap in {year}"
                    assert session.get(NumberSequence, ("ordinances", year)).last_number == len(sequences)

    Register.TestCase.settings = settings(max_examples=25, stateful_step_count=16, deadline=None)
    Register.TestCase().runTest()


def test_a_restore_puts_back_the_numbers_and_states_it_lost(db, data_dir):
    ids = setting_up()
    first = ordinances.save_draft(ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"]))
    ordinances.issue_ordinance(first, dt.date(2026, 9, 20))
    copy = backups.take_backup("manual")
    ordinances.void_ordinance(first, "wrong department")
    second = ordinances.save_draft(ordinances.new_draft_values(kind("deputy"), ids["karimi"], ids["sina"]))
    ordinances.issue_ordinance(second, dt.date(2026, 9, 21))
    result = backups.restore_backup(copy)  # the restore itself puts back what the journal holds
    assert result.reregistered == {"ordinances": ["1405/0002/IVC-H"]}
    rows = {r.number: r for r in ordinances.list_ordinances().rows}
    assert (
        rows["1405/0001/IVC-H"].state == "void"
        and rows["1405/0002/IVC-H"].recipient_en == "Dr. Maryam Karimi"
    )
    recovered = rows["1405/0002/IVC-H"].id
    from app.services.ordinances.documents import ordinance_pdf

    assert b"%PDF" in ordinance_pdf(recovered, "fa")[:8]  # its stored PDFs are its own again
    assert ordinances.reconcile_register() == 0
