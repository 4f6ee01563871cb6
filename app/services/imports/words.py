"""The words office sheets use for kinds, ranks, statuses, titles and countries, in Persian and English."""

from __future__ import annotations

import functools
import re

from app.common.countries import COUNTRIES
from app.services.errors import InLanguages
from app.services.imports.values import fold

PERSON_KINDS = {
    "faculty": ("هیئت علمی", "هیات علمی", "عضو هیئت علمی", "عضو هیات علمی", "faculty member", "academic"),
    "resident": ("دستیار", "دستیار تخصصی", "رزیدنت", "resident"),
    "phd_student": ("دانشجوی دکتری", "دانشجوی دکترا", "دکتری", "phd", "phd student"),
    "msc_student": (
        "دانشجوی کارشناسی ارشد",
        "دانشجوی ارشد",
        "کارشناسی ارشد",
        "msc",
        "msc student",
        "master student",
    ),
    "student": ("دانشجو", "دانشجوی کارشناسی", "student"),
    "staff": ("کارمند", "کارشناس", "staff member", "employee"),
    "foreign_guest": ("مهمان خارجی", "مهمان", "guest", "foreign guest", "visitor"),
}
ACADEMIC_RANKS = {
    "instructor": ("مربی", "lecturer"),
    "assistant_professor": ("استادیار", "assistant professor", "asst prof", "assist prof"),
    "associate_professor": ("دانشیار", "associate professor", "assoc prof"),
    "professor": ("استاد", "استاد تمام", "full professor", "prof"),
}
UNIT_KINDS = {
    "department": ("گروه", "گروه آموزشی", "dept", "department"),
    "hospital": ("بیمارستان", "hospital"),
    "research_centre": ("مرکز تحقیقات", "پژوهشکده", "research center", "research centre"),
    "other": ("سایر", "دیگر", "other"),
}
AGREEMENT_STATUSES = {
    "draft": ("پیش نویس", "در دست تهیه", "در حال تهیه", "draft"),
    "active": ("فعال", "معتبر", "در حال اجرا", "جاری", "active", "valid", "in force", "signed"),
    "expired": ("منقضی", "منقضی شده", "پایان یافته", "به پایان رسیده", "تمام شده", "expired", "ended"),
    "terminated": (
        "لغو",
        "لغو شد",
        "لغو شده",
        "فسخ",
        "فسخ شد",
        "فسخ شده",
        "terminated",
        "cancelled",
        "canceled",
    ),
}

# Titles written before a name; kept in the person's title, left out when names are compared.
TITLES = (
    "دکتر",
    "پروفسور",
    "مهندس",
    "آقای",
    "خانم",
    "جناب",
    "سرکار",
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "eng",
    "sir",
)
_TITLE_KEYS = {fold(t) for t in TITLES}

COUNTRY_ALIASES = {
    "US": ("usa", "u s a", "america", "آمریکا", "امریکا", "united states of america"),
    "GB": ("uk", "u k", "england", "great britain", "انگلستان", "انگلیس", "بریتانیا"),
    "TR": ("turkey", "turkiye"),
    "KR": ("korea", "کره"),
    "AE": ("uae", "امارات"),
    "NL": ("holland", "هلند"),
    "RU": ("russia", "روسیه"),
    "DE": ("deutschland",),
}


def split_title(name: str) -> tuple[str, str]:
    """("Dr. Ali Rezaei") -> ("Dr.", "Ali Rezaei"): leading titles taken off a name."""
    words = name.split()
    titles: list[str] = []
    while len(words) > 1 and fold(words[0]) in _TITLE_KEYS:
        titles.append(words.pop(0))
    return " ".join(titles), " ".join(words)


def name_key(*parts: str) -> str:
    """A person's name for comparison: titles, accents, dots, hyphens and spaces left out."""
    _title, rest = split_title(" ".join(p for p in parts if p))
    return re.sub(r"\s+", "", fold(rest))


_COUNTRIES: dict[str, str] = {}


def country_code(written: str) -> str | None:
    """An ISO code from a country's name in Persian or English (or the code itself); None when unknown."""
    if not _COUNTRIES:
        for code, (en, fa) in COUNTRIES.items():
            for word in (code, en, fa, *COUNTRY_ALIASES.get(code, ())):
                _COUNTRIES[fold(word)] = code
    return _COUNTRIES.get(fold(written))


_UNIT_PREFIXES = ("گروه آموزشی ", "گروه ", "department of ", "dept of ")


@functools.lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """A unit's name for matching: search-folded, spaces made one, a leading «گروه» left out."""
    key = fold(name)
    for prefix in _UNIT_PREFIXES:
        if key.startswith(fold(prefix) + " "):
            key = key[len(fold(prefix)) + 1 :]
            break
    return key.replace(" ", "")


def unit_kind_of(name: str) -> str:
    """The kind a unit's name says it is ("بیمارستان امام" is a hospital); a department otherwise."""
    key = fold(name)
    for kind in ("hospital", "research_centre"):
        if any(key.startswith(fold(w)) for w in UNIT_KINDS[kind]):
            return kind
    return "department"


def allowed(words: dict[str, tuple[str, ...]]) -> InLanguages:
    """The allowed values as a person reads them, in the message's language and without the stored codes:
    "Faculty member, Resident, …" in English, «عضو هیئت علمی، دستیار، …» in Persian."""
    labels = [_label(code, names) for code, names in words.items()]
    return InLanguages(", ".join(en for en, _fa in labels), "، ".join(fa for _en, fa in labels))


def _label(code: str, names: tuple[str, ...]) -> tuple[str, str]:
    """A code's label in English and Persian: the register's own (as its exports write it), else the
    table's first word in each script."""
    from app.services.export_labels import LABELS
    from app.services.funding.names import NAMES

    for labels in (*LABELS.values(), NAMES):
        if code in labels:
            return labels[code]
    persian = next((n for n in names if any("\u0600" <= ch <= "\u06ff" for ch in n)), "")
    latin = next((n for n in names if n.isascii()), code.replace("_", " "))
    latin = latin[:1].upper() + latin[1:]
    return latin, persian or latin
