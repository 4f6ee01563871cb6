from app.common.text import normalize_for_search, persian_sort_key, to_latin_digits, to_persian_digits


def test_arabic_and_persian_letters_are_one_for_search():
    assert normalize_for_search("علي كريمي") == normalize_for_search("علی کریمی")
    assert normalize_for_search("بین‌الملل") == normalize_for_search("بین الملل")
    assert normalize_for_search("۱۴۰۵") == "1405" == normalize_for_search("١٤٠٥")
    assert normalize_for_search("  Anna   SCHMIDT ") == "anna schmidt"
    assert normalize_for_search(None) == ""


def test_digits_both_ways():
    assert to_persian_digits("1405/09/03") == "۱۴۰۵/۰۹/۰۳"
    assert to_latin_digits("۱۴۰۵/۰۹/۰۳") == "1405/09/03"


def test_persian_dictionary_order():
    names = ["Müller", "یزدانی", "کریمی", "گلی", "پارسا", "احمدی", "بهرامی", "چمران", "ژاله", "زارع"]
    assert sorted(names, key=persian_sort_key) == [
        "احمدی",
        "بهرامی",
        "پارسا",
        "چمران",
        "زارع",
        "ژاله",
        "کریمی",
        "گلی",
        "یزدانی",
        "Müller",
    ]


def test_one_rule_for_codes_in_either_language():
    from app.common.text import code_for

    assert (
        code_for("V-1405-007", "fa") == "\u2066V-1405-007\u2069"
        and code_for("V-1405-007", "en") == "V-1405-007"
    )
    assert code_for("۱۴۰۵/۰۰۴۲/IVC", "fa") == "\u20661405/0042/IVC\u2069"  # Latin digits in a code
    assert code_for("7/1405", "fa") == "۷/۱۴۰۵" and code_for("۷/۱۴۰۵", "en") == "7/1405"  # digits only


def test_clean_line_removes_exactly_the_control_characters_and_surrogates():
    # The reference is Unicode's own category of every code point, not the regular expression.
    import unicodedata

    from app.common.text import clean_line

    every = [chr(c) for c in range(0x110000) if not 0x202A <= c <= 0x202E and not 0x2066 <= c <= 0x2069]
    removed = {ch for ch in every if clean_line(f"a{ch}b") == "ab"}
    assert removed == {ch for ch in every if unicodedata.category(ch) in ("Cc", "Cs")}
    assert clean_line("  \u2068علی\u2069\x00 \u202eRezaei\ud800 ") == "\u2068علی\u2069 Rezaei"
