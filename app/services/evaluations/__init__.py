"""English-language evaluations for faculty promotion (ارزیابی زبان انگلیسی برای ارتقای اعضای هیئت علمی).

A session is a meeting of the kind "english-evaluation". Its candidates are faculty members of the
directory, one evaluation each (the panel starts as the meeting's chair, secretary and members). The panel
scores each criterion (configurable: code, names, maximum, order) and decides the outcome: passed, failed or
deferred. A passed or failed evaluation gets its certificate through the outgoing letters register: a
numbered letter per language whose stored PDF is the certificate; once issued the result is locked, unless
the letter is voided (its number is never given again).

Modules: common (what they share), criteria, candidates (sessions and their candidates), results (the
panel's result), views (the rows and one evaluation as shown), certificates (the texts, the data and the
issued letter).
"""

from app.services.evaluations.candidates import (
    SessionRow,
    add_candidates,
    list_sessions,
    remove_candidate,
)
from app.services.evaluations.certificates import certificate_data, certificate_pdf, issue_certificate
from app.services.evaluations.common import LANGS, MAX_SCORE, PANEL_ROLES, SESSION_KIND, TABLE
from app.services.evaluations.criteria import (
    Criterion,
    list_criteria,
    save_criterion,
    set_criterion_archived,
)
from app.services.evaluations.results import record_result
from app.services.evaluations.views import (
    EvaluationRow,
    EvaluationView,
    ScoreView,
    get_evaluation,
    list_evaluations,
    outcome_word,
    person_history,
)

__all__ = [
    "Criterion",
    "EvaluationRow",
    "EvaluationView",
    "LANGS",
    "MAX_SCORE",
    "PANEL_ROLES",
    "SESSION_KIND",
    "ScoreView",
    "SessionRow",
    "TABLE",
    "add_candidates",
    "certificate_data",
    "certificate_pdf",
    "get_evaluation",
    "issue_certificate",
    "list_criteria",
    "list_evaluations",
    "list_sessions",
    "outcome_word",
    "person_history",
    "record_result",
    "remove_candidate",
    "save_criterion",
    "set_criterion_archived",
]
