"""A record of every numbered ordinance kept beside its stored PDFs, outside the database.

Restoring a backup brings the database back to an earlier day, and with it the ordinances register:
numbers issued since then would be given again, and ordinances already signed and sent would vanish.
So each numbered ordinance also lives in a small JSON file next to its PDFs (written at issue and at
every change of its state), and `reconcile` puts back into the register whatever the database lost:
the numbers (so they are never given twice and none goes missing) and the states.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import paths
from app.services import audit, numbering
from db.models import Ordinance, OrdinanceKind, Person, Setting, Unit

FOLDER = "ordinances"
REGISTER = "ordinances"
STAMP_KEY = "ordinances/journal_stamp"
# The columns copied into the journal (ids of other records are kept by number or checked on return).
_COLUMNS = (
    "status",
    "year",
    "sequence",
    "number",
    "issued_on",
    "issued_at",
    "recipient_title_fa",
    "recipient_title_en",
    "recipient_name_fa",
    "recipient_name_en",
    "position_fa",
    "position_en",
    "term_start",
    "term_end",
    "body_fa",
    "body_en",
    "signatory_name_fa",
    "signatory_name_en",
    "signatory_title_fa",
    "signatory_title_en",
    "copies_to_fa",
    "copies_to_en",
    "ended_on",
    "end_reason",
    "pdf_fa",
    "pdf_en",
    "pdf_sha256_fa",
    "pdf_sha256_en",
    "search_key",
)
_KIND = (
    "code",
    "name_fa",
    "name_en",
    "effect",
    "unit_position",
    "position_fa",
    "position_en",
    "term_months",
    "body_fa",
    "body_en",
)
_DATES = {"issued_on", "term_start", "term_end", "ended_on"}


def folder() -> Path:
    return paths.documents_dir() / FOLDER


def stem(year: int, sequence: int) -> str:
    """The file name (without suffix) of a number's PDFs and journal entry: "1405/1405-00042"."""
    return f"{year}/{year}-{sequence:05d}"


def path(year: int, sequence: int) -> Path:
    return folder() / f"{stem(year, sequence)}.json"


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def entry(session: Session, ordinance: Ordinance) -> dict[str, Any]:
    """What the journal keeps of a numbered ordinance."""
    values = {name: _plain(getattr(ordinance, name)) for name in _COLUMNS}
    kind = session.get(OrdinanceKind, ordinance.kind_id)
    values["kind"] = {name: getattr(kind, name) for name in _KIND}
    values["kind_id"], values["person_id"], values["unit_id"] = (
        kind.id,
        ordinance.person_id,
        ordinance.unit_id,
    )
    # the draft it was issued from: a crash before the commit leaves that draft, which is this ordinance
    values["draft"] = {"id": ordinance.id, "created_at": _plain(ordinance.created_at)}
    unit = session.get(Unit, ordinance.unit_id) if ordinance.unit_id else None
    values["unit_name_fa"] = unit.name_fa if unit is not None else ""
    for link in ("previous_id", "ended_by_id"):
        other = session.get(Ordinance, getattr(ordinance, link)) if getattr(ordinance, link) else None
        values[link.replace("_id", "_number")] = other.number if other is not None else None
    return values


def _stamp_file() -> Path:
    return folder() / "stamp"


def file_stamp() -> int:
    """How many times the journal has been written (kept beside it, never going back)."""
    try:
        return int(_stamp_file().read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def _db_stamp(session: Session) -> int:
    row = session.get(Setting, STAMP_KEY)
    return int(json.loads(row.value)) if row is not None else 0


def _set_db_stamp(session: Session, value: int) -> None:
    row = session.get(Setting, STAMP_KEY)
    if row is None:
        session.add(Setting(key=STAMP_KEY, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def write(session: Session, ordinance: Ordinance) -> bytes | None:
    """Write the ordinance's journal entry; returns what it replaced (None if it is new).

    The journal's stamp goes up by one, in the file and (in this transaction) in the database: a
    database restored from a backup has an older stamp, which is how `out_of_step` knows."""
    from app.documents.output import write_atomic

    target = path(ordinance.year, ordinance.sequence)  # type: ignore[arg-type]
    old = target.read_bytes() if target.exists() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps(entry(session, ordinance), ensure_ascii=False, indent=1).encode())
    stamp = max(file_stamp(), _db_stamp(session)) + 1
    write_atomic(_stamp_file(), str(stamp).encode("ascii"))
    _set_db_stamp(session, stamp)
    return old


def put_back(target: Path, old: bytes | None) -> None:
    """Undo a `write` whose transaction failed."""
    from app.documents.output import write_atomic

    if old is None:
        target.unlink(missing_ok=True)
    else:
        write_atomic(target, old)


def _entries() -> list[tuple[int, int, Path]]:
    found = []
    base = folder()
    if not base.is_dir():
        return found
    for year_dir in base.iterdir():
        if not year_dir.is_dir() or not year_dir.name.isdigit():
            continue
        for item in year_dir.glob("*.json"):
            year, _, sequence = item.stem.partition("-")
            if year.isdigit() and sequence.isdigit():
                found.append((int(year), int(sequence), item))
    return sorted(found)


def out_of_step(session: Session) -> bool:
    """True when the journal has news the database lacks (a backup was restored, or a change failed)."""
    return file_stamp() > _db_stamp(session)


def _date(value: str | None) -> Any:
    return dt.date.fromisoformat(value) if value else None


def reconcile(session: Session) -> int:
    """Put back what the database lost of the journal: numbered ordinances and their states.

    Returns how many records were restored or changed. Runs inside the caller's write transaction.
    """
    changed = 0
    by_number: dict[str, Ordinance] = {}
    pending: list[tuple[Ordinance, dict[str, Any]]] = []
    for year, sequence, item in _entries():
        try:
            data = json.loads(item.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a damaged entry: its PDFs are still there, and the number below keeps it unused
        ordinance = session.execute(
            select(Ordinance).where(Ordinance.year == year, Ordinance.sequence == sequence)
        ).scalar_one_or_none()
        values = {name: data.get(name) for name in _COLUMNS}
        for name in _DATES:
            values[name] = _date(values[name])
        values["issued_at"] = dt.datetime.fromisoformat(values["issued_at"]) if values["issued_at"] else None
        if ordinance is None:
            ordinance = _draft_of(session, data)
        if ordinance is not None and ordinance.status == "draft":
            audit.apply(
                ordinance,
                {
                    **values,
                    "kind_id": _kind_id(session, data),
                    "person_id": _person_id(session, data),
                    "unit_id": _unit_id(session, data),
                },
            )
            session.flush()
            audit.record(session, "ordinances", ordinance.id, "recover", {"number": (None, ordinance.number)})
            changed += 1
        elif ordinance is None:
            ordinance = Ordinance(
                **values,
                kind_id=_kind_id(session, data),
                person_id=_person_id(session, data),
                unit_id=_unit_id(session, data),
            )
            session.add(ordinance)
            session.flush()
            audit.record(session, "ordinances", ordinance.id, "recover", {"number": (None, ordinance.number)})
            changed += 1
        else:
            state = {name: values[name] for name in ("status", "ended_on", "end_reason")}
            diff = audit.apply(ordinance, state)
            if diff:
                audit.record(session, "ordinances", ordinance.id, "recover", diff)
                changed += 1
        by_number[ordinance.number or ""] = ordinance
        pending.append((ordinance, data))
        numbering.note_given(session, REGISTER, year, sequence)
    _set_db_stamp(session, max(file_stamp(), _db_stamp(session)))
    for ordinance, data in pending:  # links by number, once every number is back
        for link in ("previous", "ended_by"):
            other = by_number.get(data.get(f"{link}_number") or "")
            if getattr(ordinance, f"{link}_id") != (other.id if other is not None else None):
                setattr(ordinance, f"{link}_id", other.id if other is not None else None)
    return changed


def _draft_of(session: Session, data: dict[str, Any]) -> Ordinance | None:
    """The draft an entry was issued from, if the database still holds it unissued (the issue's commit
    never happened): the same record, by id and time of creation."""
    draft = data.get("draft") or {}
    ordinance = session.get(Ordinance, draft.get("id") or 0)
    if ordinance is None or ordinance.status != "draft" or ordinance.number is not None:
        return None
    created = ordinance.created_at.isoformat() if ordinance.created_at else None
    return ordinance if created is not None and created == draft.get("created_at") else None


def _person_id(session: Session, data: dict[str, Any]) -> int | None:
    """The entry's person if the database still has them under that id and name (else none: the names
    printed on the ordinance are kept in the record itself)."""
    from app.services.directory import person_name

    person = session.get(Person, data.get("person_id") or 0)
    if person is None:
        return None
    names = {
        person_name("", person.first_name_fa, person.last_name_fa),
        person_name("", person.first_name_en, person.last_name_en),
    }
    return (
        person.id if {data.get("recipient_name_fa"), data.get("recipient_name_en")} & names - {""} else None
    )


def _unit_id(session: Session, data: dict[str, Any]) -> int | None:
    unit = session.get(Unit, data.get("unit_id") or 0)
    return unit.id if unit is not None and unit.name_fa == data.get("unit_name_fa") else None


def _kind_id(session: Session, data: dict[str, Any]) -> int:
    """The entry's kind, or (if the restored database lacks it) the kind made again, in the archive."""
    kind = session.get(OrdinanceKind, data.get("kind_id") or 0)
    if kind is not None and kind.name_fa == data["kind"]["name_fa"]:
        return kind.id
    same = (
        session.execute(select(OrdinanceKind).where(OrdinanceKind.name_fa == data["kind"]["name_fa"]))
        .scalars()
        .first()
    )
    if same is not None:
        return same.id
    from app.common.clock import utcnow

    kind = OrdinanceKind(**data["kind"], archived_at=utcnow())
    session.add(kind)
    session.flush()
    return kind.id
