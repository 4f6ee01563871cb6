"""Countries the office deals with: ISO 3166-1 alpha-2 code -> (English name, Persian name)."""

from __future__ import annotations

COUNTRIES: dict[str, tuple[str, str]] = {
    "AE": ("United Arab Emirates", "امارات متحده عربی"),
    "AF": ("Afghanistan", "افغانستان"),
    "AM": ("Armenia", "ارمنستان"),
    "AT": ("Austria", "اتریش"),
    "AU": ("Australia", "استرالیا"),
    "AZ": ("Azerbaijan", "جمهوری آذربایجان"),
    "BE": ("Belgium", "بلژیک"),
    "BR": ("Brazil", "برزیل"),
    "BY": ("Belarus", "بلاروس"),
    "CA": ("Canada", "کانادا"),
    "CH": ("Switzerland", "سوئیس"),
    "CN": ("China", "چین"),
    "CZ": ("Czechia", "چک"),
    "DE": ("Germany", "آلمان"),
    "DK": ("Denmark", "دانمارک"),
    "EG": ("Egypt", "مصر"),
    "ES": ("Spain", "اسپانیا"),
    "FI": ("Finland", "فنلاند"),
    "FR": ("France", "فرانسه"),
    "GB": ("United Kingdom", "بریتانیا"),
    "GE": ("Georgia", "گرجستان"),
    "GR": ("Greece", "یونان"),
    "HU": ("Hungary", "مجارستان"),
    "ID": ("Indonesia", "اندونزی"),
    "IE": ("Ireland", "ایرلند"),
    "IN": ("India", "هند"),
    "IQ": ("Iraq", "عراق"),
    "IR": ("Iran", "ایران"),
    "IT": ("Italy", "ایتالیا"),
    "JP": ("Japan", "ژاپن"),
    "KG": ("Kyrgyzstan", "قرقیزستان"),
    "KR": ("South Korea", "کره جنوبی"),
    "KZ": ("Kazakhstan", "قزاقستان"),
    "LB": ("Lebanon", "لبنان"),
    "MY": ("Malaysia", "مالزی"),
    "NL": ("Netherlands", "هلند"),
    "NO": ("Norway", "نروژ"),
    "OM": ("Oman", "عمان"),
    "PK": ("Pakistan", "پاکستان"),
    "PL": ("Poland", "لهستان"),
    "PT": ("Portugal", "پرتغال"),
    "QA": ("Qatar", "قطر"),
    "RU": ("Russia", "روسیه"),
    "SE": ("Sweden", "سوئد"),
    "SG": ("Singapore", "سنگاپور"),
    "SY": ("Syria", "سوریه"),
    "TH": ("Thailand", "تایلند"),
    "TJ": ("Tajikistan", "تاجیکستان"),
    "TM": ("Turkmenistan", "ترکمنستان"),
    "TR": ("Türkiye", "ترکیه"),
    "UA": ("Ukraine", "اوکراین"),
    "US": ("United States", "ایالات متحده آمریکا"),
    "UZ": ("Uzbekistan", "ازبکستان"),
}


def country_name(code: str, lang: str) -> str:
    names = COUNTRIES.get((code or "").upper())
    if not names:
        return code or ""
    return names[1] if lang == "fa" else names[0]
