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


def normalize_for_search(text: str | None) -> str:
    """One form for comparing what a user typed with what is stored.

    Case-folded, Arabic and Persian letter variants unified, ZWNJ and runs of spaces made one space,
    Persian and Arabic digits made Latin, diacritics dropped. Used both for search keys and for uniqueness.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _STRIP.sub("", text).translate(_FOLD).translate(_TO_LATIN)
    return _SPACES.sub(" ", text).strip().casefold()


def clean_line(text: str | None) -> str:
    """A single-line field as a user meant it: surrounding spaces trimmed, control characters and unpaired
    surrogates (from a broken clipboard; they cannot be stored) removed."""
    if text is None:
        return ""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs")).strip()


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
