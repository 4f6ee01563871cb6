"""How the directory addresses people: the words before a name in a letter («سرکار خانم دکتر», "Dr.",
"Ms"), the recipient's name and the English greeting, and a title as typed sorted into the person's fields
(the English and Persian titles and the form of address), with the checks of those fields."""

from __future__ import annotations

import re
from typing import Any

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError


def person_name(title: str, first: str, last: str) -> str:
    return " ".join(part for part in (title, first, last) if part)


# how a letter addresses a person, by their form of address (ADDRESS_FORMS) and language
ADDRESS_WORDS = {"fa": {"mr": "جناب آقای", "ms": "سرکار خانم"}, "en": {"mr": "Mr", "ms": "Ms"}}


def address_title(person: Any, lang: str) -> str:
    """What comes before a person's name in a letter: «سرکار خانم دکتر», «جناب آقای»; "Dr.", "Ms".

    In English an academic title replaces Mr or Ms ("Dr. Maryam Ahmadi", "Ms Maryam Ahmadi"); in Persian
    the form of address comes first, then the title («سرکار خانم دکتر مریم احمدی»).
    """
    form = ADDRESS_WORDS[lang].get(person.address_form or "", "")
    if lang == "fa":
        return " ".join(part for part in (form, person.title_fa or persian_title(person.title)) if part)
    return person.title or form


# a Persian title left empty follows the English one
PERSIAN_TITLES = (("prof", "پروفسور"), ("dr", "دکتر"))


def persian_title(english: str) -> str:
    """The Persian of an English academic title: "Dr." → دکتر, "Prof. Dr." → پروفسور دکتر; else ""."""
    words = [w.lower() for w in re.split(r"[\s.]+", english) if w]
    return " ".join(fa for key, fa in PERSIAN_TITLES for w in words if w.startswith(key))


def addressed_name(person: Any, lang: str) -> str:
    """A person's name as a letter's recipient block opens: «سرکار خانم دکتر مریم احمدی», "Dr. Maryam
    Ahmadi". A Persian letter to someone with a Latin name only writes it in Latin, after the Persian
    words when there are any (English title otherwise)."""
    fa_name = person_name("", person.first_name_fa, person.last_name_fa)
    en_name = person_name("", person.first_name_en, person.last_name_en)
    if lang == "fa":
        if person.last_name_fa or not en_name:
            return person_name(address_title(person, "fa"), fa_name, "")
        prefix = address_title(person, "fa") or address_title(person, "en")
        return person_name(prefix, en_name, "")
    return person_name(address_title(person, "en"), en_name or fa_name, "")


def salutation_name(person: Any) -> str:
    """Who an English letter greets: "Dr. Ahmadi", "Ms Ahmadi", else the whole name ("Maryam Ahmadi")."""
    title = address_title(person, "en")
    if title and person.last_name_en:
        return f"{title} {person.last_name_en}"
    return person_name("", person.first_name_en, person.last_name_en)


_PERSIAN = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_FORM_WORDS = re.compile(r"^(mr|mrs|ms|miss|sir|madam)\b\.?|^(جناب|آقای|سرکار|خانم)(\s|$)", re.IGNORECASE)


_FORMS_EN = {"mr": "mr", "mrs": "ms", "ms": "ms", "miss": "ms", "sir": "mr", "madam": "ms"}
_FORMS_FA = (("جناب آقای", "mr"), ("جناب", "mr"), ("آقای", "mr"), ("سرکار خانم", "ms"), ("خانم", "ms"))
_ENGLISH_TITLES = (("پروفسور", "Prof."), ("استاد", "Prof."), ("دکتر", "Dr."))


def sorted_title(typed: str) -> dict[str, str]:
    """One title as typed (in a sheet's cell, in either script) sorted into the person's fields: the English
    and Persian titles and the form of address. "Mrs." → ms; «جناب آقای دکتر» → mr, دکتر, Dr.; "Prof." →
    Prof., پروفسور. (Migration 0013_address carries old titles over by the same rule.)"""
    text, form = " ".join(typed.split()), ""
    if _PERSIAN.search(text):
        for words, code in _FORMS_FA:
            if text.startswith(words):
                form, text = code, text[len(words) :].strip()
                break
        english = " ".join(en for fa, en in _ENGLISH_TITLES if fa in text)
        return {"title": english[:40], "title_fa": text[:40], "address_form": form}
    first = re.match(r"([A-Za-z]+)\.?\s*", text)
    if first and first.group(1).lower() in _FORMS_EN:
        form, text = _FORMS_EN[first.group(1).lower()], text[first.end() :]
    return {"title": text[:40], "title_fa": persian_title(text)[:40], "address_form": form}


def _check_title(name: str, title: str) -> None:
    """A title is academic (Dr., Prof.; دکتر, پروفسور), in its field's script; Mr or Ms is the form of
    address, chosen apart."""
    if _FORM_WORDS.match(title):
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "Choose Mr or Ms under Form of address; the title is for Dr., Prof. and the like."
            ),
        )
    if name == "title" and _PERSIAN.search(title):
        raise ValidationError(
            name, QT_TRANSLATE_NOOP("errors", "Write the English title in Latin script, e.g. Dr. or Prof.")
        )
    if name == "title_fa" and _LATIN.search(title):
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP("errors", "Write the Persian title in Persian script, e.g. دکتر or پروفسور."),
        )
