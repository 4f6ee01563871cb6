"""Who may sign the office's documents: the vice-chancellor and, say, a deputy who signs in their absence.

The first signatory is the institution's own (the settings' signatory_name_fa / _en and titles, as the
welcome dialog asks for them) and is every document's default; the others are kept in the setting
"other_signatories". A letter or an ordinance is issued only with a signatory, copied into it, so a
reprint keeps the name it was signed with whatever the settings say later.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from app.services import audit, context, settings, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import Setting

OTHERS_KEY = "other_signatories"
FIELDS = ("name_fa", "name_en", "title_fa", "title_en")
MAX_SIGNATORIES = 12
NAME_MAX = 200


@dataclass(frozen=True)
class Signatory:
    name_fa: str = ""
    name_en: str = ""
    title_fa: str = ""
    title_en: str = ""

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" else self.name_en

    def title(self, lang: str) -> str:
        return self.title_fa if lang == "fa" else self.title_en

    def label(self, lang: str) -> str:
        """ "Name — position" in `lang`, falling back on the other language's name."""
        other = "en" if lang == "fa" else "fa"
        name = self.name(lang) or self.name(other)
        title = self.title(lang) or self.title(other)
        return f"{name} — {title}" if title else name


class SignatoryError(ValidationError):
    """A signatory of the list is refused: `row` (from 0) says which one, `field` which of its fields."""

    def __init__(self, row: int, field: str, message: str, **params: object) -> None:
        super().__init__(field, message, **params)
        self.row = row


def list_signatories() -> list[Signatory]:
    """The signatories in order; the first is the default. Only those with a name are listed."""
    with context.database().reading() as session:
        return _list_in(session)


def _list_in(session: Any) -> list[Signatory]:
    s = settings.load_in(session)
    first = Signatory(
        s["signatory_name_fa"], s["signatory_name_en"], s["signatory_title_fa"], s["signatory_title_en"]
    )
    row = session.get(Setting, OTHERS_KEY)
    others = [
        Signatory(**{f: str(entry.get(f, "")) for f in FIELDS})
        for entry in (json.loads(row.value) if row else [])
    ]
    return [sig for sig in (first, *others) if sig.name_fa or sig.name_en]


def clean_signatories(rows: list[dict[str, Any]]) -> list[Signatory]:
    """Each signatory needs a name, and a position in each language it has a name in."""
    if len(rows) > MAX_SIGNATORIES:
        raise SignatoryError(
            MAX_SIGNATORIES,
            "name_fa",
            QT_TRANSLATE_NOOP("errors", "At most {limit} signatories, please."),
            limit=MAX_SIGNATORIES,
        )
    out: list[Signatory] = []
    for n, data in enumerate(rows):
        try:
            values = {f: validate.text(data, f, max_len=NAME_MAX) for f in FIELDS}
        except ValidationError as error:
            raise SignatoryError(n, error.field, error.message, **error.params) from None
        if not values["name_fa"] and not values["name_en"]:
            raise SignatoryError(
                n,
                "name_fa",
                QT_TRANSLATE_NOOP("errors", "Write the signatory's name (in Persian, English or both)."),
            )
        for lang in ("fa", "en"):
            if values[f"name_{lang}"] and not values[f"title_{lang}"]:
                raise SignatoryError(
                    n,
                    f"title_{lang}",
                    QT_TRANSLATE_NOOP("errors", "Write the signatory's position in this language too."),
                )
        signatory = Signatory(**values)
        if signatory in out:
            raise SignatoryError(
                n, "name_fa", QT_TRANSLATE_NOOP("errors", "This signatory is already in the list.")
            )
        out.append(signatory)
    return out


def save_signatories(rows: list[dict[str, Any]]) -> None:
    """Replace the list (the first becomes the default); nothing is saved if one of them is refused."""
    clean = clean_signatories(rows)
    first = clean[0] if clean else Signatory()
    settings.save(
        {
            "signatory_name_fa": first.name_fa,
            "signatory_name_en": first.name_en,
            "signatory_title_fa": first.title_fa,
            "signatory_title_en": first.title_en,
        }
    )
    others = [asdict(s) for s in clean[1:]]
    with context.database().writing() as session:
        row = session.get(Setting, OTHERS_KEY)
        old = json.loads(row.value) if row else []
        if old == others:
            return
        if row is None:
            session.add(Setting(key=OTHERS_KEY, value=json.dumps(others, ensure_ascii=False)))
        else:
            row.value = json.dumps(others, ensure_ascii=False)
        audit.record(session, "settings", None, "update", {OTHERS_KEY: (old, others)})


def default_signatory(session: Any, langs: tuple[str, ...]) -> Signatory:
    """The first signatory with a name and position in every language of `langs`, or a refusal in words."""
    for signatory in _list_in(session):
        if all(signatory.name(lang) and signatory.title(lang) for lang in langs):
            return signatory
    raise ValidationError(
        "signatory_name",
        QT_TRANSLATE_NOOP(
            "errors",
            "A document is issued only with a signatory: choose who signs it, or add a signatory "
            "(with a name and position in the document's language) in Settings › Signatories.",
        ),
    )


def require_signatory(name: str, title: str, field: str = "signatory_name") -> None:
    """Refuse to issue a document whose signatory has no name or no position."""
    if not name.strip():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "A document is issued only with a signatory: choose who signs it, or add a signatory "
                "(with a name and position in the document's language) in Settings › Signatories.",
            ),
        )
    if not title.strip():
        raise ValidationError(
            field.replace("_name", "_title"),
            QT_TRANSLATE_NOOP("errors", "Write the signatory's position: it is printed under the name."),
        )
