"""The one search: the typed text in words, each register's hits scored (the number itself, then a key
starting with what was typed, then the others) and the groups ranked."""

from __future__ import annotations

import dataclasses

from app.common.text import normalize_for_search
from app.services import context
from app.services.search.finders import _FINDERS
from app.services.search.hits import _NUMBER_WORD, _SEPARATORS, PER_REGISTER, REGISTERS, Group, Hit


def words_of(text: str) -> list[str]:
    """The folded words of `text`; a word with digits is split at its separators ("1405/0042" → 1405, 0042;
    "42" then also finds "0042")."""
    found: list[str] = []
    for word in normalize_for_search(text).split():
        if _NUMBER_WORD.search(word):
            found += [part for part in _SEPARATORS.split(word) if part]
        else:
            found.append(word)
    return found


def _number_form(text: str) -> str:
    """A typed number in one form: folded, its separators made "/", leading zeros of each group dropped."""
    parts = [
        p.lstrip("0") or "0" if p.isdigit() else p for p in _SEPARATORS.split(normalize_for_search(text)) if p
    ]
    return "/".join(parts)


def search(text: str, per_register: int = PER_REGISTER) -> list[Group]:
    """The registers that hold what `text` names, best group first, each group's best hits first."""
    words = words_of(text)
    if not words:
        return []
    typed = normalize_for_search(text)
    wanted_number = _number_form(text)
    groups = []
    with context.database().reading() as session:
        for register in REGISTERS:
            hits = _FINDERS[register](session, words)
            ranked = sorted(
                (_scored(h, typed, wanted_number) for h in hits), key=lambda h: (-h.score, h.record_id)
            )
            if ranked:
                groups.append(Group(register, ranked[:per_register]))
    groups.sort(key=lambda g: (-g.hits[0].score, REGISTERS.index(g.register)))
    return groups


def _scored(hit: Hit, typed: str, wanted_number: str) -> Hit:
    score = 1
    if hit.number and _number_form(hit.number) == wanted_number:
        score = 4
    else:
        for name in (hit.title_fa, hit.title_en):
            key = normalize_for_search(name)
            if key == typed:
                score = max(score, 3)
            elif key.startswith(typed) or any(w.startswith(typed) for w in key.split()):
                score = max(score, 2)
    return dataclasses.replace(hit, score=score)
