"""The words a register's exported workbook writes for its codes: "Report filed", not `report_filed`.

A workbook is read by people (and by other offices' sheets), so kinds, statuses and languages go out as
the register's labels. The English labels are among the words the importer reads for these fields
(see imports.words). A code without a label is written as it is, never dropped.
"""

from __future__ import annotations

# field -> code -> (English, Persian)
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "person_kind": {
        "faculty": ("Faculty member", "عضو هیئت علمی"),
        "resident": ("Resident", "دستیار"),
        "phd_student": ("PhD student", "دانشجوی دکتری"),
        "msc_student": ("MSc student", "دانشجوی کارشناسی ارشد"),
        "student": ("Student", "دانشجو"),
        "staff": ("Staff member", "کارمند"),
        "foreign_guest": ("Foreign guest", "مهمان خارجی"),
    },
    "unit_kind": {
        "department": ("Department", "گروه آموزشی"),
        "hospital": ("Hospital", "بیمارستان"),
        "research_centre": ("Research centre", "مرکز تحقیقات"),
        "other": ("Other", "سایر"),
    },
    "agreement_status": {
        "draft": ("Draft", "پیش‌نویس"),
        "active": ("Active", "معتبر"),
        "expired": ("Expired", "منقضی شده"),
        "terminated": ("Terminated", "فسخ شده"),
    },
    "visit_status": {
        "proposed": ("Proposed", "پیشنهادی"),
        "approved": ("Approved", "تصویب شده"),
        "invited": ("Invited", "دعوت شده"),
        "confirmed": ("Confirmed", "قطعی"),
        "in_progress": ("In progress", "در حال انجام"),
        "completed": ("Completed", "انجام شده"),
        "report_filed": ("Report filed", "گزارش ثبت شد"),
        "cancelled": ("Cancelled", "لغو شده"),
    },
    "meeting_status": {
        "planned": ("Planned", "برنامه‌ریزی‌شده"),
        "invited": ("Invited", "دعوت‌شده"),
        "held": ("Held", "برگزارشده"),
        "approved": ("Minutes approved", "صورتجلسه تأییدشده"),
        "cancelled": ("Cancelled", "لغوشده"),
        "postponed": ("Postponed", "به تعویق افتاده"),
    },
    "letter_status": {
        "draft": ("Draft", "پیش‌نویس"),
        "issued": ("Issued", "صادرشده"),
        "void": ("Void", "باطل‌شده"),
    },
    "language": {"fa": ("Persian", "فارسی"), "en": ("English", "انگلیسی")},
}


def label(field: str, code: str | None, lang: str = "en") -> str:
    """The label of `code` in the register field `field`, in `lang`; the code itself when it has none."""
    if not code:
        return ""
    both = LABELS.get(field, {}).get(code)
    if both is None:
        return code
    return both[1] if lang == "fa" else both[0]
