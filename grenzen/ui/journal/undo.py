"""Undoable journal edits: each save and each delete is one step on the shared undo stack.

Commands go through the services only. ``redo`` runs when the command is pushed, so a
failed first write marks the command obsolete and the stack drops it again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from grenzen.domain.incidents import Incident, InvalidIncident
from grenzen.domain.journal_changes import IncidentChanges
from grenzen.services import journal
from grenzen.storage.errors import InvalidInput, VaultError
from grenzen.ui.session import VaultSession

EXPECTED_ERRORS = (VaultError, InvalidInput, InvalidIncident)
EDIT_COMMAND_ID = 0x6A01  # edits of one field of one incident merge while the user types

# The fields an editor can change, as named in IncidentChanges and Incident.
EDITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(IncidentChanges))


def _value(incident: Incident, name: str) -> Any:
    return incident.client if name == "client" else getattr(incident, name)


def changes_between(old: Incident, new: Incident) -> IncidentChanges:
    """The changes that turn ``new`` back into ``old`` (every editable field that differs)."""
    values = {
        name: _value(old, name)
        for name in EDITABLE_FIELDS
        if _value(old, name) != _value(new, name)
    }
    return IncidentChanges(**values)


class EditIncidentCommand(QUndoCommand):
    """Save some fields of one incident; undo writes the previous values back."""

    def __init__(
        self,
        session: VaultSession,
        before: Incident,
        changes: IncidentChanges,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Journal", "Edit incident"))
        self._session = session
        self._incident_id = before.id
        self._before = before
        self._changes = changes
        self._fields = frozenset(changes.changed())
        self._undo_changes: IncidentChanges | None = None
        self._on_error = on_error
        self.result: Incident | None = None

    @property
    def incident_id(self) -> int:
        return self._incident_id

    @property
    def fields(self) -> frozenset[str]:
        return self._fields

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def redo(self) -> None:
        try:
            self.result = journal.update_incident(
                self._session.vault, self._incident_id, self._changes
            )
        except EXPECTED_ERRORS as exc:  # shown by the editor; the stack drops this command
            self.setObsolete(True)
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        self._undo_changes = changes_between(self._before, self.result)
        self._session.notify("incidents")

    def undo(self) -> None:
        if self._undo_changes is None or not self._session.is_unlocked:
            return
        try:
            journal.update_incident(self._session.vault, self._incident_id, self._undo_changes)
        except EXPECTED_ERRORS as exc:
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        self._session.notify("incidents")

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same field of the same incident stays one undo step."""
        if not isinstance(other, EditIncidentCommand) or other.result is None:
            return False
        if other.incident_id != self._incident_id or other.fields != self._fields:
            return False
        self._changes = other._changes
        self.result = other.result
        self._undo_changes = changes_between(self._before, other.result)
        return True


class DeleteIncidentCommand(QUndoCommand):
    """Delete an incident; undo restores it under the same id."""

    def __init__(
        self,
        session: VaultSession,
        incident_id: int,
        on_restored: Callable[[int], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Journal", "Delete incident"))
        self._session = session
        self._incident_id = incident_id
        self._deleted: Incident | None = None
        self._on_restored = on_restored
        self._on_error = on_error

    @property
    def incident_id(self) -> int:
        return self._incident_id

    def redo(self) -> None:
        try:
            self._deleted = journal.delete_incident(self._session.vault, self._incident_id)
        except EXPECTED_ERRORS as exc:
            self.setObsolete(True)
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        self._session.notify("incidents")

    def undo(self) -> None:
        if self._deleted is None or not self._session.is_unlocked:
            return
        try:
            restored = journal.restore_incident(self._session.vault, self._deleted)
        except EXPECTED_ERRORS as exc:
            if self._on_error is None:
                raise
            self._on_error(exc)
            return
        self._session.notify("incidents")
        if self._on_restored is not None:
            self._on_restored(restored)
