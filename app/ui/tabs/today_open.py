"""Open one record of any register where Today and the search box point: its editor, or for an issued
letter or ordinance (locked) its stored document. Returns True when something may have changed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.modal import run_modal


def _editor(parent: QWidget, register: str, record_id: int, action_id: int | None) -> QDialog | None:
    if register == "people":
        from app.ui.tabs.directory.people import PersonDialog

        return PersonDialog(parent, record_id)
    if register == "units":
        from app.ui.tabs.directory.units import UnitDialog

        return UnitDialog(parent, record_id)
    if register == "partners":
        from app.ui.tabs.directory.partners import InstitutionDialog

        return InstitutionDialog(parent, record_id)
    if register == "agreements":
        from app.ui.tabs.directory.partners import AgreementDialog

        return AgreementDialog(parent, record_id)
    if register == "meetings":
        from app.ui.tabs.meetings.editor import MeetingEditor

        editor = MeetingEditor(parent, record_id)
        if action_id is not None:  # an action item: its meeting, on the Actions page, the action chosen
            from app.ui.tabs.meetings.words import select_id

            editor.pages.setCurrentWidget(editor.actions)
            select_id(editor.actions.view, action_id)
            editor.actions.view.setFocus()
        return editor
    if register == "visits":
        from app.ui.tabs.visits.editor import VisitDialog

        return VisitDialog(parent, record_id)
    if register == "funding":
        from app.ui.tabs.funding.editor import RequestDialog

        return RequestDialog(parent, record_id)
    if register == "adjuncts":
        from app.ui.tabs.faculty.candidate import CandidateDialog

        return CandidateDialog(parent, record_id)
    if register == "evaluations":
        from app.ui.tabs.faculty.evaluation_dialogs import ResultDialog

        return ResultDialog(parent, record_id)
    if register == "programmes":
        from app.ui.tabs.faculty.programme_dialogs import ProgrammeDialog

        return ProgrammeDialog(parent, record_id)
    if register == "letters":
        from app.services import letters
        from app.ui.tabs.letters.compose import LetterDialog

        return LetterDialog(parent, record_id) if letters.get_letter(record_id)["status"] == "draft" else None
    if register == "ordinances":
        from app.services import ordinances
        from app.ui.tabs.ordinances.editor import OrdinanceDialog

        return (
            OrdinanceDialog(parent, record_id)
            if ordinances.get_ordinance(record_id)["status"] == "draft"
            else None
        )
    return None


def _document(parent: QWidget, register: str, record_id: int) -> None:
    from app.ui.printing import open_pdf

    if register == "letters":
        from app.services import letters

        open_pdf(parent, letters.letter_pdf(record_id), f"letter-{record_id}")
    elif register == "ordinances":
        from app.services import ordinances

        lang = i18n.language()
        open_pdf(parent, ordinances.ordinance_pdf(record_id, lang), f"ordinance-{record_id}-{lang}")


def open_record(parent: QWidget, register: str, record_id: int, action_id: int | None = None) -> bool:
    """Open the record (modal; the caller refreshes afterwards when True is returned)."""
    from PySide6.QtWidgets import QMessageBox

    try:
        editor = _editor(parent, register, record_id, action_id)
        if editor is None:
            _document(parent, register, record_id)
            return False
    except ServiceError as error:  # e.g. the record was archived or removed meanwhile
        QMessageBox.warning(parent, i18n.translate("Today", "IVC Desk"), i18n.error_text(error))
        return True
    run_modal(editor)
    return True
