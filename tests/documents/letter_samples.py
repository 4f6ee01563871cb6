"""Realistic sample letters (a visa-support invitation in Persian and in English) for tests and benchmarks.

`python tests/documents/letter_samples.py OUTDIR` writes both as PDF and renders their first pages to PNG
with pdftoppm (how resources/images/sample-letter-*.png are made).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.documents.frame import Letterhead
from app.documents.letters import LetterData, write_letter_pdf

BODY_FA = (
    "احتراماً، به استحضار می‌رساند پروفسور John Smith، استاد گروه جراحی دانشگاه Oxford، به دعوت این معاونت "
    "برای یک دوره فرصت مطالعاتی کوتاه‌مدت (از ۱۴۰۵/۰۹/۰۳ تا ۱۴۰۵/۰۹/۱۷) به دانشکده پزشکی سفر خواهند کرد. "
    "ایشان با پرواز IR 721 در تاریخ ۱۴۰۵/۰۹/۰۳ ساعت ۰۵:۳۰ وارد فرودگاه بین‌المللی امام خمینی (ره) می‌شوند.\n"
    "هزینه‌های اقامت و رفت‌وآمد داخلی ایشان (شامل هتل، ایاب و ذهاب و پذیرایی) بر عهده این دانشکده است و "
    "برنامه علمی بازدید شامل سخنرانی در کنگره سالانه جراحی، بازدید از بیمارستان‌های آموزشی و نشست با "
    "اعضای هیئت علمی گروه‌های آموزشی خواهد بود.\n"
    "خواهشمند است دستور فرمایید نسبت به صدور روادید ورود ایشان اقدام لازم صورت پذیرد. "
    "برای هرگونه هماهنگی می‌توانید با نشانی ایمیل ivc-office@example.ac.ir یا شماره ۰۲۱-۸۸۹۹۰۰۱۱ تماس بگیرید."
)

BODY_EN = (
    "On behalf of the Faculty of Medicine, I am pleased to invite you to visit our faculty as a visiting "
    "professor from 24 November to 8 December 2026 (3 to 17 Azar 1405). During your stay you will give "
    "a keynote lecture at the annual surgery congress, visit our teaching hospitals and meet the faculty "
    "members of the Department of Surgery.\n"
    "Your host will be Dr. Maryam Ahmadi (دکتر مریم احمدی), head of the Department of Surgery, who will "
    "meet you at Imam Khomeini International Airport on arrival of flight IR 721 at 05:30.\n"
    "The faculty will cover your accommodation, local transport and meals. This letter is issued to "
    "support your application for an entry visa at the Embassy of the Islamic Republic of Iran in London. "
    "Should you need any further information, please contact our office at ivc-office@example.ac.ir."
)


def sample_letterhead(logo_path: str | None = None) -> Letterhead:
    """The faculty's letterhead as the settings would hold it."""
    return Letterhead(
        university_fa="دانشگاه علوم پزشکی نمونه",
        university_en="Sample University of Medical Sciences",
        faculty_fa="دانشکده پزشکی",
        faculty_en="Faculty of Medicine",
        office_fa="معاونت بین‌الملل",
        office_en="Office of the International Vice-Chancellor",
        logo_path=logo_path,
        invocation_fa="بسمه تعالی",
        address_fa="تهران، خیابان انقلاب، پلاک ۱۲۳، ساختمان معاونت بین‌الملل، کدپستی ۱۴۱۷۶۱۳۱۵۱",
        address_en="International Affairs Building, 123 Enghelab St., Tehran 1417613151, Iran",
        phone="021-88990011",
        email="ivc-office@example.ac.ir",
        website="www.example.ac.ir",
    )


def sample_letter_fa(**changes: object) -> LetterData:
    """A Persian visa-support letter to the Consular Department about a foreign professor's visit."""
    letter = LetterData(
        lang="fa",
        number="1405/0042/IVC",
        date_text="۱۴۰۵/۰۸/۲۰",
        attachments_text="ندارد",
        recipient="جناب آقای دکتر محمدرضا کریمی\nمدیرکل محترم امور کنسولی وزارت امور خارجه",
        subject="درخواست صدور روادید برای پروفسور John Smith (دانشگاه Oxford)",
        salutation="با سلام و احترام،",
        body=BODY_FA,
        closing="با سپاس",
        signatory_name="دکتر علی رضایی",
        signatory_title="معاون بین‌الملل دانشکده پزشکی",
        copies_to=["معاونت آموزشی دانشکده جهت اطلاع", "گروه جراحی عمومی جهت هماهنگی برنامه", "دفتر بایگانی"],
    )
    return dataclasses.replace(letter, **changes)  # type: ignore[arg-type]


def sample_letter_en(**changes: object) -> LetterData:
    """The English invitation to the same professor, with the host's Persian name inside."""
    letter = LetterData(
        lang="en",
        number="1405/0043/IVC",
        date_text="11 November 2026",
        date_text_alt="20 Aban 1405",
        attachments_text="Programme of the visit (2 pages)",
        recipient="Professor John Smith\nNuffield Department of Surgical Sciences\nUniversity of Oxford\n"
        "John Radcliffe Hospital, Oxford OX3 9DU, United Kingdom",
        subject="Invitation to visit the Faculty of Medicine as a visiting professor",
        salutation="Dear Professor Smith,",
        body=BODY_EN,
        closing="Sincerely,",
        signatory_name="Dr. Ali Rezaei (دکتر علی رضایی)",
        signatory_title="International Vice-Chancellor, Faculty of Medicine",
        copies_to=["Department of Surgery", "Consular Department, Ministry of Foreign Affairs"],
    )
    return dataclasses.replace(letter, **changes)  # type: ignore[arg-type]


def make_logo(path: Path) -> Path:
    """A stand-in faculty logo (an emblem in two colours, transparent background) as a PNG."""
    from PIL import Image, ImageDraw  # Pillow comes with ReportLab

    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), outline=(20, 70, 130, 255), width=12)
    draw.ellipse((44, 44, 196, 196), fill=(20, 70, 130, 255))
    draw.rectangle((108, 66, 132, 174), fill=(255, 255, 255, 255))
    draw.rectangle((66, 108, 174, 132), fill=(255, 255, 255, 255))
    image.save(path)
    return path


def render_samples(outdir: Path) -> list[Path]:
    """Write both sample letters as PDF into `outdir` and their pages as PNG (pdftoppm -r 80)."""
    outdir.mkdir(parents=True, exist_ok=True)
    head = sample_letterhead(str(make_logo(outdir / "logo.png")))
    pngs: list[Path] = []
    for name, letter in (("sample-letter-fa", sample_letter_fa()), ("sample-letter-en", sample_letter_en())):
        pdf = outdir / f"{name}.pdf"
        write_letter_pdf(letter, head, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(outdir / name)], check=True)
        pngs += sorted(outdir.glob(f"{name}*.png"))
    return pngs


if __name__ == "__main__":
    for png in render_samples(Path(sys.argv[1] if len(sys.argv) > 1 else "sample-letters")):
        print(png)
