"""How the funding screens word things: codes with their names, the rule findings as a short coloured
list, and one step of a request's history."""

from __future__ import annotations

import datetime as dt

from app.common.money import format_amount
from app.common.text import to_latin_digits
from app.services import funding
from app.services.errors import ValidationError
from app.ui import i18n
from app.ui.i18n import translate

RANKS = ("instructor", "assistant_professor", "associate_professor", "professor")


def names(codes: tuple[str, ...]) -> list[tuple[str, str]]:
    """Codes with their names in the interface's language."""
    return [(code, funding.name(code, i18n.language())) for code in codes]


def findings_html(findings: list[funding.Finding]) -> str:
    """Rule findings as a short list: blocking ones in red, warnings in amber."""
    if not findings:
        return "<span style='color:#1b6e20'>✓ " + translate("FundingEditor", "No rule is broken.") + "</span>"
    lines = []
    for finding in findings:
        colour = "#b3261e" if finding.blocking else "#8a5a00"
        mark = "✗" if finding.blocking else "!"
        text = finding.text(i18n.language()).replace("&", "&amp;").replace("<", "&lt;")
        lines.append(f"<p style='color:{colour}; margin:2px'>{mark} {text}</p>")
    return "".join(lines)


def history_line(step: funding.Transition) -> str:
    """One transition as the history shows it: when (local time), who, from → to, amount, note."""
    lang = i18n.language()
    local = step.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    when = f"{i18n.format_date(local.date())} {i18n.digits(local.strftime('%H:%M'))}"
    arrow = " ← " if lang == "fa" else " → "  # the way the line reads
    move = (
        funding.name(step.to_status, lang)
        if not step.from_status
        else funding.name(step.from_status, lang) + arrow + funding.name(step.to_status, lang)
    )
    parts = [when, step.actor, move]
    if step.amount_irr is not None:
        parts.append(format_amount(step.amount_irr, "IRR", lang))
    if step.note:
        parts.append(step.note)
    return " — ".join(parts)


def score_tenths(text: str) -> int | None:
    """A score as typed (6.5, ۶٫۵, 90) in tenths; None when nothing is typed."""
    typed = to_latin_digits(text.strip()).replace("٫", ".").replace("/", ".").replace(",", ".")
    if not typed:
        return None
    whole, _dot, tenth = typed.partition(".")
    if not whole.isdigit() or (tenth and (not tenth.isdigit() or len(tenth) > 1)):
        raise ValidationError(
            "language_score", translate("FundingEditor", "Enter the score as printed on the certificate.")
        )
    return int(whole) * 10 + int(tenth or 0)


def score_text(tenths: int | None) -> str:
    """A score in tenths as the interface shows it."""
    if tenths is None:
        return ""
    text = str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"
    return i18n.digits(text.replace(".", "٫") if i18n.language() == "fa" else text)
