"""How the funding screens word things: codes with their names, the rule findings as a short coloured
list, and one step of a request's history."""

from __future__ import annotations

import datetime as dt

from app.common.money import format_amount
from app.services import funding
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
