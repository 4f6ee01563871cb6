"""The funding register's codes in both languages, for letters, annexes and reports printed in either
language whatever the interface's (the interface shows the same names)."""

from __future__ import annotations

from app.common.text import digits_for

NAMES: dict[str, tuple[str, str]] = {
    # kinds of request
    "conference": ("Conference", "همایش"),
    "sabbatical": ("Sabbatical", "فرصت مطالعاتی"),
    "mission": ("Educational mission", "مأموریت آموزشی"),
    "student_study": (
        "Student study opportunity or short course",
        "فرصت مطالعاتی یا دوره کوتاه‌مدت دانشجویی",
    ),
    "travel_plan": ("Travel plan", "طرح سفر علمی"),
    # language certificates
    "ielts": ("IELTS", "آیلتس"),
    "toefl_ibt": ("TOEFL iBT", "تافل iBT"),
    "msrt": ("MSRT", "MSRT (وزارت علوم)"),
    "mhle": ("MHLE", "MHLE (وزارت بهداشت)"),
    # applicant kinds
    "faculty": ("Faculty member", "عضو هیئت علمی"),
    "resident": ("Resident", "دستیار تخصصی"),
    "phd_student": ("PhD student", "دانشجوی دکتری"),
    "msc_student": ("MSc student", "دانشجوی کارشناسی ارشد"),
    # academic ranks
    "instructor": ("Instructor", "مربی"),
    "assistant_professor": ("Assistant professor", "استادیار"),
    "associate_professor": ("Associate professor", "دانشیار"),
    "professor": ("Professor", "استاد"),
    # presentation kinds
    "oral": ("Oral presentation", "ارائه شفاهی"),
    "poster": ("Poster", "پوستر"),
    "invited_talk": ("Invited talk", "سخنرانی دعوتی"),
    "workshop": ("Workshop", "کارگاه"),
    # requested lines
    "registration": ("Registration", "ثبت‌نام"),
    "airfare": ("Airfare", "بلیت هواپیما"),
    "accommodation": ("Accommodation", "اقامت"),
    "per_diem": ("Per diem", "فوق‌العاده روزانه"),
    "visa": ("Visa", "روادید"),
    "stipend": ("Stipend", "مقرری"),
    "tuition": ("Tuition or bench fee", "شهریه"),
    # statuses
    "draft": ("Draft", "پیش‌نویس"),
    "submitted": ("Submitted", "ارسال‌شده"),
    "on_agenda": ("On council agenda", "در دستور شورا"),
    "approved": ("Approved", "تصویب‌شده"),
    "partly_approved": ("Partly approved", "تصویب بخشی"),
    "rejected": ("Rejected", "ردشده"),
    "deferred": ("Deferred", "مسکوت‌مانده"),
    "paid": ("Paid", "پرداخت‌شده"),
    "report_received": ("Report received", "گزارش دریافت‌شده"),
    "closed": ("Closed", "بسته‌شده"),
    "withdrawn": ("Withdrawn", "انصراف"),
    # documents
    "acceptance_letter": ("Acceptance letter", "پذیرش مقاله"),
    "abstract": ("Abstract of the paper", "چکیده مقاله"),
    "registration_invoice": ("Registration invoice", "صورت‌حساب ثبت‌نام"),
    "cv": ("CV", "رزومه"),
    "supervisor_letter": ("Supervisor's letter", "نامه استاد راهنما"),
    "department_approval": ("Department's approval", "موافقت گروه آموزشی"),
    "passport_copy": ("Passport copy", "تصویر گذرنامه"),
    "attendance_certificate": ("Attendance certificate", "گواهی حضور"),
    "trip_report": ("Trip report", "گزارش سفر"),
    "host_acceptance": ("Host's acceptance letter", "پذیرش مؤسسه میزبان"),
    "research_plan": ("Research or study plan", "طرح پژوهشی یا برنامه مطالعاتی"),
    "language_certificate": ("Language certificate", "مدرک زبان"),
    "other": ("Other", "سایر"),
}


def name(code: str, lang: str) -> str:
    """The name of a code in `lang` ("fa" or "en"); unknown codes as they are."""
    pair = NAMES.get(code)
    return (pair[1] if lang == "fa" else pair[0]) if pair else code


def author_position(position: int, lang: str) -> str:
    """ "first author", "3rd author" / "نویسنده اول", "نویسنده ۳"."""
    if lang == "fa":
        words = {1: "اول", 2: "دوم", 3: "سوم", 4: "چهارم", 5: "پنجم"}
        return "نویسنده " + words.get(position, digits_for(str(position), "fa"))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(position if position < 20 else position % 10, "th")
    return "first author" if position == 1 else f"{position}{suffix} author"


def kind_with_article(code: str) -> str:
    """A kind of request in English as a sentence names it: "a sabbatical", "an educational mission"."""
    text = name(code, "en").lower()
    return ("an " if text[:1] in "aeiou" else "a ") + text
