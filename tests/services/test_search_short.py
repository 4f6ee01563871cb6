"""The one search box with one or two letters typed: the start of a word of each register's key, through the
word index (SQLite) or a regular expression (the server), the equal words first, capped per register, with
the same folding as every other search."""

from __future__ import annotations

import datetime as dt

import pytest

from app.common.text import normalize_for_search
from app.services import context, directory, letters, search
from db import word_index
from db.models import Person


def found(text: str) -> dict[str, list[int]]:
    return {g.register: [h.record_id for h in g.hits] for g in search.search(text, per_register=40)}


def guest(first: str, last: str, **more: str) -> int:
    return directory.save_person(
        {"kind": "foreign_guest", "first_name_en": first, "last_name_en": last, "country": "ES", **more}
    )


@pytest.fixture
def people(db, frozen_clock):  # type: ignore[no-untyped-def]
    frozen_clock(dt.datetime(2026, 11, 30, 9, 0))
    ids = {
        "karimi_fa": directory.save_person(
            {"kind": "faculty", "first_name_fa": "مریم", "last_name_fa": "کریمی", "country": "IR"}
        ),
        "makarem": guest("Sara", "Makarem"),
        "nunez": guest("Ana", "Núñez"),
        "khan": guest("Omar", "Khan"),
    }
    return ids


def test_an_empty_database_finds_nothing(db):
    for typed in ("a", "ka", "م", "۴۲", "k a"):
        assert search.search(typed) == []
    with context.database().reading() as session:
        assert search.short_ids(session, Person, ["ka"]) == []


def test_short_words_are_found_at_the_start_of_a_word_only(people):
    assert people["makarem"] in found("ma")["people"]  # Makarem
    assert people["makarem"] not in found("ka").get("people", [])  # "ka" inside "Makarem" is not a start
    assert people["makarem"] in found("kar")["people"]  # three letters: anywhere, as before
    assert people["khan"] in found("kh")["people"]
    assert found("sa o").get("people", []) == []  # both words must start words of the same record
    assert found("sa ma")["people"] == [people["makarem"]]


def test_short_words_fold_as_every_search(people):
    assert people["karimi_fa"] in found("كر")["people"]  # Arabic kaf for the Persian one
    assert people["nunez"] in found("nú")["people"]  # an accent typed, none stored: the same
    assert people["nunez"] in found("NU")["people"]
    letter = letters.save_draft(
        {"lang": "fa", "recipient": "Karolinska", "subject": "دعوت‌نامه", "body": "متن"}
    )
    assert found("نا")["letters"] == [letter]  # the ZWNJ parts the words as a space does
    assert found("ني").get("letters", []) == []  # not a start of a word of the subject


def test_a_short_number_is_found_in_any_digits_and_with_zeros_before_it(people):
    letter = letters.save_draft({"lang": "en", "recipient": "Karolinska", "subject": "Visit", "body": "Text"})
    number = letters.issue_letter(letter)  # e.g. 1405/0001/IVC
    sequence = str(int(number.split("/")[1]))  # "1"
    for typed in (sequence, sequence.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))):
        assert found(typed)["letters"] == [letter], typed
    arabic = ("0" + sequence).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert found(arabic)["letters"] == [letter]
    assert word_index.forms("042") == ["42", "042", "0042", "00042", "000042"]


def test_an_equal_word_comes_first_and_each_register_is_capped(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 30, 9, 0))
    starting = [guest("Kaveh", f"Nasiri {n}") for n in range(60)]  # more than a register reads
    equal = directory.save_person({"kind": "foreign_guest", "last_name_en": "Ka", "country": "ES"})
    groups = search.search("ka")
    people = next(g for g in groups if g.register == "people")
    assert len(people.hits) == search.PER_REGISTER
    assert people.hits[0].record_id == equal and people.hits[0].score == 3  # the name is what was typed
    rest = [h.record_id for h in people.hits[1:]]
    assert rest == starting[: search.PER_REGISTER - 1]  # then the first ones by id
    assert all(h.score == 2 for h in people.hits[1:])
    assert len(search.search("ka", per_register=3)[0].hits) == 3


def test_the_index_follows_changes_and_leaves_archived_records_out(people):
    directory.save_person(
        {"kind": "foreign_guest", "first_name_en": "Omar", "last_name_en": "Zeller", "country": "ES"},
        people["khan"],
    )
    assert people["khan"] in found("ze")["people"]
    assert people["khan"] not in found("kh").get("people", [])
    directory.archive_person(people["makarem"])
    assert people["makarem"] not in found("ma").get("people", [])


def reference(keys: dict[int, str], typed: str) -> list[int]:
    """The rule by hand: the records whose folded key has, for each word typed, a word (letters, marks and
    digits) starting with it (a number also with zeros before it), by id."""
    wanted = [normalize_for_search(w) for w in typed.split()]

    def starts(key: str, word: str) -> bool:
        forms = word_index.forms(word)
        return any(token.startswith(form) for token in word_index.tokens(key) for form in forms)

    return sorted(i for i, key in keys.items() if all(starts(key, w) for w in wanted))


def test_the_short_path_gives_what_the_rule_gives_on_a_sample(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 30, 9, 0))
    names = [
        ("Ana", "Núñez"),
        ("Karl", "Al-Azhar"),
        ("Omar", "Ka"),
        ("Sara", "Makarem"),
        ("Ali", "O'Neil"),
        ("Ka", "Ka"),
        ("Zoe", "Kaplan-Smith"),
        ("Nils", "Ångström"),
    ]
    for first, last in names:
        guest(first, last)
    directory.save_person(
        {"kind": "faculty", "first_name_fa": "علي", "last_name_fa": "كاظمي", "country": "IR"}
    )
    with context.database().reading() as session:
        keys = {p.id: p.search_key for p in session.query(Person)}
    for typed in ("ka", "a", "n", "az", "sm", "an", "ne", "o", "کا", "عل", "ka a", "z", "s"):
        groups = {g.register: g.hits for g in search.search(typed, per_register=len(keys))}  # no cap
        assert sorted(h.record_id for h in groups.get("people", [])) == reference(keys, typed), typed
