"""Messy office sheets, made with openpyxl as an office's Excel would hold them: a merged title row, a
right-to-left sheet, a «ردیف» column, blank rows, Persian digits, Arabic ي/ك, double spaces, real date cells,
Excel serial numbers, formulas, and the mistakes the issue lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook


def _sheet(
    path: Path,
    title: str,
    headers: list[str],
    rows: list[list[object]],
    *,
    merged_title: str = "",
    blank_after: tuple[int, ...] = (),
    sheet_name: str = "Sheet1",
) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet_name
    ws.sheet_view.rightToLeft = True
    if merged_title:
        ws.append([merged_title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.append([])
    ws.append(headers)
    for index, row in enumerate(rows):
        ws.append(row)
        if index in blank_after:
            ws.append([])
    book.create_sheet("Notes").append(["This sheet is not the register"])
    book.save(path)
    return path


PEOPLE_HEADERS = ["ردیف", "نام و نام خانوادگی", "Full name", "نوع", "مرتبه علمی", "گروه", "ایمیل", "کشور"]


def people_sheet(path: Path) -> Path:
    """Rows (sheet row numbers start at 4, after the title, a blank row and the headers):
    4 Dr Rezaei (Arabic ي, double space, a unit with Arabic ي/ك), 5 Karimi, 7 Rezaei again in another
    spelling, 8 a delegation, 9 a formula in the name, 10 Müller (stored as Muller), 11 an unknown kind, 12
    Persian digits."""
    rows = [
        [
            1,
            "دکتر علي  رضايي",
            "Dr. Ali Rezaei",
            "عضو هیئت علمی",
            "دانشیار",
            "گروه  قلب",
            "ali@example.ir",
            "ایران",
        ],
        [2, "مريم كريمي", "Maryam Karimi", "هیات علمی", "استادیار", "قلب", "", "Iran"],
        [3, "علی رضایی", "Ali  Rezaei", "faculty", "", "", "", ""],
        [4, "هیئت دانشگاه آنکارا (۵ نفر)", "", "مهمان خارجی", "", "", "", "ترکیه"],
        [5, '=CONCATENATE("a","b")', "", "کارمند", "", "", "", ""],
        [6, "", "Prof. Jürgen  Müller", "foreign guest", "", "", "", "Germany"],
        [7, "سارا احمدی", "Sara Ahmadi", "فضانورد", "", "", "", ""],
        ["۸", "رضا كاظمي", "Reza Kazemi", "کارمند", "", "بیمارستان امام", "", "آلمان"],
    ]
    return _sheet(
        path,
        "people",
        PEOPLE_HEADERS,
        rows,
        merged_title="فهرست اعضای هیئت علمی و مهمانان ۱۴۰۳",
        blank_after=(1,),
    )


AGREEMENT_HEADERS = ["ردیف", "دانشگاه طرف تفاهم", "عنوان", "تاریخ امضا", "تاریخ پایان", "وضعیت"]


def agreements_sheet(path: Path) -> Path:
    """Rows from 4: Jalali text in Persian digits, a real date cell and an Excel serial with a status and its
    reason, an impossible Jalali date, an end before its start, an unknown status, an ISO date."""
    rows = [
        [1, "Ankara University", "تفاهم‌نامه پژوهشی", "۱۴۰۲/۰۳/۱۵", "1405/03/14", "فعال"],
        [2, "University of Milan", "Student exchange", dt.datetime(2023, 5, 1), 46000, "لغو شد - عدم تمدید"],
        [3, "Ankara University", "Joint school", "1403/12/31", "1404/12/29", "فعال"],
        [4, "Ankara University", "Faculty exchange", "1404/05/01", "1403/05/01", "فعال"],
        [5, "Ankara University", "Summer school", "1402/01/10", "1403/01/10", "معلق"],
        [6, "دانشگاه آنکارا", "Library access", "2024-03-20", "", "expired"],
    ]
    return _sheet(path, "agreements", AGREEMENT_HEADERS, rows, merged_title="تفاهم‌نامه‌ها")


VISIT_HEADERS = [
    "ردیف",
    "شماره",
    "نام مهمان",
    "دانشگاه",
    "کشور",
    "تاریخ ورود",
    "تاریخ خروج",
    "میزبان",
    "وضعیت",
    "هزینه (ریال)",
]


def visits_sheet(path: Path) -> Path:
    """Rows from 4: a professor with a real cost, a delegation with its head count and Persian-digit amount,
    two guests in one cell, a cancelled visit with its reason, a negative cost, a departure before arrival."""
    rows = [
        [
            1,
            "V/12",
            "Prof. Anna Rossi",
            "University of Milan",
            "ایتالیا",
            "1403/02/10",
            "1403/02/15",
            "گروه قلب",
            "انجام شد",
            "۱۲٬۵۰۰٬۰۰۰",
        ],
        [
            2,
            "V/13",
            "هیئت دانشگاه آنکارا (۶ نفر)",
            "Ankara University",
            "Turkey",
            "1403/07/01",
            "1403/07/03",
            "بیمارستان امام",
            "برگزار شد",
            "8,000,000",
        ],
        [
            3,
            "V/14",
            "Dr. John Smith، Dr. Mary Jones",
            "University of Leeds",
            "انگلستان",
            dt.datetime(2024, 11, 5),
            dt.datetime(2024, 11, 9),
            "",
            "در حال انجام",
            3500000,
        ],
        [
            4,
            "V/15",
            "Kenji Tanaka",
            "Kyoto University",
            "Japan",
            "1403/09/01",
            "1403/09/04",
            "",
            "لغو شد - عدم صدور روادید",
            "",
        ],
        [
            5,
            "V/16",
            "Li Wei",
            "Fudan University",
            "China",
            "1403/10/01",
            "1403/10/03",
            "",
            "انجام شد",
            "-۵۰۰٬۰۰۰",
        ],
        [
            6,
            "V/17",
            "Omar Haddad",
            "Cairo University",
            "Egypt",
            "1403/11/10",
            "1403/11/02",
            "",
            "انجام شد",
            "",
        ],
    ]
    return _sheet(path, "visits", VISIT_HEADERS, rows, merged_title="بازدیدهای مهمانان خارجی ۱۴۰۳")


FUNDING_HEADERS = [
    "ردیف",
    "نام متقاضی",
    "مرتبه علمی",
    "گروه",
    "همایش",
    "کشور",
    "تاریخ شروع",
    "تاریخ پایان",
    "مبلغ درخواستی",
    "وضعیت",
    "مبلغ مصوب",
    "مبلغ پرداختی",
    "تاریخ پرداخت",
]


def funding_sheet(path: Path) -> Path:
    """Rows from 4: a paid request, a rejection with its reason, an approval in Persian digits, a negative
    approved amount, a conference that ends before it starts, an unknown outcome."""
    rows = [
        [
            1,
            "دکتر علي رضايي",
            "دانشیار",
            "قلب",
            "ESC Congress",
            "France",
            "1402/06/03",
            "1402/06/07",
            "۲۵۰٬۰۰۰٬۰۰۰",
            "پرداخت شد",
            "200,000,000",
            200000000,
            "1402/07/15",
        ],
        [
            2,
            "مریم کریمی",
            "استادیار",
            "قلب",
            "ATS Conference",
            "USA",
            "1402/02/28",
            "1402/03/02",
            "180,000,000",
            "رد شد - سقف سالانه",
            "",
            "",
            "",
        ],
        [
            3,
            "رضا کاظمی",
            "استاد",
            "بیمارستان امام",
            "EHA Congress",
            "Spain",
            "1403/03/23",
            "1403/03/26",
            "۱۲۰٬۰۰۰٬۰۰۰",
            "تصویب شد",
            "۱۰۰٬۰۰۰٬۰۰۰",
            "",
            "",
        ],
        [
            4,
            "سارا احمدی",
            "مربی",
            "قلب",
            "ISN Congress",
            "Japan",
            "1403/01/20",
            "1403/01/24",
            "90,000,000",
            "تصویب شد",
            "-90,000,000",
            "",
            "",
        ],
        [
            5,
            "علی رضایی",
            "دانشیار",
            "قلب",
            "EuroPCR",
            "France",
            "1403/02/25",
            "1403/02/20",
            "70,000,000",
            "تصویب شد",
            "",
            "",
            "",
        ],
        [
            6,
            "علی رضایی",
            "دانشیار",
            "قلب",
            "TCT",
            "USA",
            "1403/08/01",
            "1403/08/04",
            "70,000,000",
            "در صف انتظار",
            "",
            "",
            "",
        ],
    ]
    return _sheet(path, "funding", FUNDING_HEADERS, rows, merged_title="درخواست‌های حمایت از شرکت در همایش‌ها")
