"""Qt-free text helpers: digits in both scripts and the normal form used for search and uniqueness."""

from __future__ import annotations

import re
import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

_TO_PERSIAN = str.maketrans(LATIN_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, LATIN_DIGITS * 2)

# Letters that a Persian reader takes for one and the same: Arabic yeh / alef maksura and Persian yeh,
# Arabic kaf and keheh, teh marbuta and heh, hamza-carrying alefs and plain alef.
_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
    }
)
# Arabic diacritics (harakat), tatweel and invisible joiners carry no meaning for search.
_STRIP = re.compile("[\u064b-\u065f\u0670\u0640\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[\s\u200c]+")


def to_persian_digits(text: str) -> str:
    """Latin and Arabic-Indic digits written as Persian digits."""
    return text.translate(_TO_PERSIAN)


def to_latin_digits(text: str) -> str:
    """Persian and Arabic-Indic digits written as Latin digits."""
    return text.translate(_TO_LATIN)


def digits_for(text: str, lang: str) -> str:
    """Digits of `text` in the script of `lang` ("fa" gives Persian digits, anything else Latin)."""
    return to_persian_digits(text) if lang == "fa" else to_latin_digits(text)


def code_for(code: str, lang: str) -> str:
    """A register's code or number in a document or message of `lang`, by one rule: a code with Latin letters
    (V-1405-007, FR-1404-0004, 1405/0042/IVC) keeps Latin digits and reads left to right as one unit, held
    apart in Persian text (an isolate); a number of digits only (a meeting's "7/1405") takes the language's
    digits."""
    code = code.strip()
    if not any("a" <= ch.lower() <= "z" for ch in code):
        return digits_for(code, lang)
    code = to_latin_digits(code)
    return f"\u2066{code}\u2069" if lang == "fa" else code


def normalize_for_search(text: str | None) -> str:
    """One form for comparing what a user typed with what is stored.

    Case-folded, Arabic and Persian letter variants unified, ZWNJ and runs of spaces made one space,
    Persian and Arabic digits made Latin, diacritics dropped (Arabic harakat and Latin accents alike). Used
    both for search keys and for uniqueness.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _STRIP.sub("", text).translate(_FOLD).translate(_TO_LATIN)
    if not text.isascii():  # accents of Latin letters ("Núñez" is found as "Nunez"), after the Persian folds
        text = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        )
    return _SPACES.sub(" ", text).strip().casefold()


# Embeddings and overrides (U+202A-U+202E): nothing a person types needs them, and an override turns
# whatever follows it around ("invoice\u202efdp.exe" reads "invoiceexe.pdf").
_EMBEDDINGS = re.compile("[\u202a-\u202e]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")
_ISOLATE_CLOSE = "\u2069"
_FIRST_STRONG_ISOLATE = "\u2068"


def balance_bidi(text: str) -> str:
    """`text` without embeddings and overrides, and with only the isolates (U+2066-U+2069) that are closed
    within it: a stray control can then change nothing outside the value it was typed in.

    Directional marks (LRM, RLM, ALM) stay: they only set the direction of the characters beside them.
    """
    if not _BIDI_CONTROLS.search(text):
        return text
    chars = list(_EMBEDDINGS.sub("", text))
    opened: list[int] = []
    for index, ch in enumerate(chars):
        if ch in _ISOLATE_OPEN:
            opened.append(index)
        elif ch == _ISOLATE_CLOSE:
            if opened:
                opened.pop()
            else:
                chars[index] = ""
    for index in opened:
        chars[index] = ""
    return "".join(chars)


def isolate(value: str) -> str:
    """A user's value ready to be set inside a document's sentence: held apart (a first-strong isolate), so
    that its direction neither takes from nor gives to the text around it."""
    value = balance_bidi(value)
    return f"{_FIRST_STRONG_ISOLATE}{value}{_ISOLATE_CLOSE}" if value else value


# Unicode's control characters (Cc: C0, DEL and C1) and surrogates (Cs), as one class: a sheet's ten
# thousand rows are cleaned cell by cell, and a regular expression does it without a call per character.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_line(text: str | None) -> str:
    """A single-line field as a user meant it: surrounding spaces trimmed; control characters, unpaired
    surrogates (from a broken clipboard; they cannot be stored) and stray bidi controls (`balance_bidi`)
    removed."""
    if text is None:
        return ""
    return balance_bidi(_CONTROLS.sub("", text)).strip()


# The Persian alphabet in dictionary order; Unicode's order differs (پ چ ژ گ ک ی come late).
_PERSIAN_ORDER = "اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_SORT_MAP = str.maketrans({letter: chr(0x0621 + rank) for rank, letter in enumerate(_PERSIAN_ORDER)})


_AFTER_PERSIAN = "\u0700"  # above every mapped letter: names in Latin script come after the Persian ones


def persian_sort_key(text: str | None) -> str:
    """A string whose code-point order is Persian dictionary order (for an indexed ORDER BY column);
    names written only in Latin script sort after the Persian ones, in their own order."""
    key = normalize_for_search(text)
    if key and not "\u0600" <= key[0] <= "\u06ff":
        return _AFTER_PERSIAN + key
    return key.translate(_SORT_MAP)
