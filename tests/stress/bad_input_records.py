"""The records the bad-input tests vary, one field at a time: people, units, partners, agreements, letters,
settings, and files to attach."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.stress.bad_input import (
    ANYTHING,
    DATA_IDS,
    DATES,
    TEXTISH,
    WRONG_TYPE,
    Existing,
    data_for,
    field,
)

PERSON = {
    "kind": "foreign_guest",
    "title": "Prof.",
    "first_name_en": "Anna",
    "last_name_en": "Schmidt",
    "email": "anna@charite.de",
    "country": "DE",
    "nationality": "DE",
    "passport_number": "C01X23456",
}


PERSON_DATA = data_for(
    PERSON,
    {
        **{
            name: field()
            for name in (
                "title",
                "first_name_en",
                "last_name_en",
                "first_name_fa",
                "last_name_fa",
                "position",
                "affiliation",
                "passport_number",
            )
        },
        "kind": field("faculty", "staff", "foreign_guest"),
        "academic_rank": field("professor", ""),
        "email": field("a@b.org", "a@b"),
        "phone": field("+98 21 1234 5678", "۰۲۱ ۱۲۳۴"),
        "country": field("IR", "de", "XX"),
        "nationality": field("IR", "XX"),
        "notes": field("line\nline", "x" * 5001),
        "unit_id": DATA_IDS,
        "institution_id": DATA_IDS,
    },
)


UNIT_DATA = data_for(
    {"kind": "department", "name_fa": "گروه", "name_en": "Dept"},
    {"kind": field("department", "hospital", "other"), "name_fa": field("گروه جراحی"), "name_en": field()},
)


INSTITUTION_DATA = data_for(
    {"name_en": "Charité", "country": "DE"},
    {
        "name_en": field("Sorbonne"),
        "name_fa": field(),
        "country": field("FR", "XX"),
        "city": field(),
        "website": field("www.ki.se", "javascript:alert(1)"),
    },
)


AGREEMENT_DATA = data_for(
    {
        "institution_id": Existing(0),
        "title": "MoU",
        "status": "active",
        "signed_on": dt.date(2024, 1, 1),
        "valid_until": dt.date(2029, 1, 1),
    },
    {
        "institution_id": DATA_IDS,
        "title": field("Exchange"),
        "signed_on": DATES,
        "valid_until": DATES,
        "scope": field(),
        "status": field("draft", "active", "expired", "terminated"),
    },
)


LETTER = {"lang": "fa", "recipient": "جناب آقای دکتر Müller", "subject": "دعوت‌نامه", "body": "با سلام"}


LETTER_DATA = data_for(
    LETTER,
    {
        **{
            name: field()
            for name in (
                "recipient",
                "subject",
                "salutation",
                "closing",
                "attachments_text",
                "signatory_name",
                "signatory_title",
            )
        },
        "lang": field("fa", "en", "de"),
        "body": field("x" * 20_001, "Dear colleague"),
        "recipient_person_id": DATA_IDS,
        "linked_table": field("", "agreements", "meetings", "people; DROP"),
        "linked_id": DATA_IDS,
        "copies_to": st.one_of(ANYTHING, st.lists(ANYTHING, max_size=4)),
    },
)


NUMBER_FORMATS = st.one_of(
    st.sampled_from(
        [
            "{year}/{seq:04d}/IVC",
            "{seq}",
            "{seq:03d}-{year}",
            "{year}/IVC",
            "{seq:x}",
            "{seq!r}",
            "{{seq}}",
            "{seq}{year}{seq}",
            "{seq:>10}",
            "{seq:s}",
            "{seq:c}",
            "{seq:,}",
            "{seq:%}",
            "{seq:.2f}",
            "{}",
            "{0}",
            "{seq",
            "seq}",
            "{seq:{year}}",
            "{__import__}",
            "{seq}{other}",
            "{seq}{year.real.x}",
            "{seq}{year[0]}",
            "{seq:99999999999}",
            "{seq:0999d}",
        ]
    ),
    st.text(alphabet=st.sampled_from(list("{}seqyar:!0dsr/IVC-% .[]9")), max_size=20),
)


KNOWN_SETTINGS = [
    "address_en",
    "address_fa",
    "email",
    "faculty_en",
    "faculty_fa",
    "invocation_fa",
    "office_en",
    "office_fa",
    "phone",
    "setup_done",
    "signatory_name_en",
    "signatory_name_fa",
    "signatory_title_en",
    "signatory_title_fa",
    "university_en",
    "university_fa",
    "website",
]


SETTINGS_DATA = st.tuples(
    st.dictionaries(
        st.one_of(st.sampled_from([*KNOWN_SETTINGS, "logo"]), st.text(max_size=10)), ANYTHING, max_size=4
    ),
    st.one_of(st.none(), NUMBER_FORMATS, ANYTHING),
).map(lambda t: t[0] if t[1] is None else {**t[0], "letter_number_format": t[1]})


class InFolder:
    """A path in the test's folder, as str or Path (resolved in the test)."""

    def __init__(self, name: str, as_text: bool) -> None:
        self.name, self.as_text = name, as_text

    def __repr__(self) -> str:
        return f"InFolder({self.name!r}, {self.as_text})"


FILE_NAMES = [
    "scan.pdf",
    "نامه.docx",
    "no suffix",
    "x" * 200 + ".txt",
    "\u202etxt.exe",
    "empty",
    "missing.pdf",
    ".",
    "..",
    "",
    "sub/../scan.pdf",
    "scan.pdf/",
]


SOURCES = st.one_of(
    st.builds(InFolder, st.sampled_from(FILE_NAMES), st.booleans()),
    st.sampled_from(
        [
            "",
            ".",
            "..",
            "/",
            "~",
            "/dev/null",
            "/proc/self/status",
            "x" * 100_000,
            "\u202e",
            "a\nb",
            "CON",
            "*.pdf",
            "/etc/shadow",
            "file:///etc/passwd",
        ]
    ),
    TEXTISH,
    WRONG_TYPE,
)
