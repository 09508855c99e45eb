"""Export, import and backup as the File menu runs them, on real encrypted vaults."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from grenzen.domain.incidents import IncidentDraft
from grenzen.services.journal import list_incidents, log_incident
from grenzen.storage.vault import Vault
from grenzen.ui import transfer_dialogs
from grenzen.ui.session import VaultSession
from grenzen.ui.transfer_dialogs import (
    NoticeDialog,
    backup_vault,
    export_vault,
    import_into_vault,
)

PASSPHRASE = "ruhig bleiben 2026"  # the template vault's (tests/conftest.py)
TEXT = "Er sagte, die Größe sei Müll."


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def other_session(tmp_path: Path, qapp) -> Iterator[VaultSession]:
    """A second, empty vault to import into."""
    vault, _code = Vault.create(tmp_path / "other-vault", "another passphrase")
    other = VaultSession()
    other.open(vault)
    yield other
    other.lock()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """show_error is modal; collect what it would have said instead."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        transfer_dialogs, "show_error", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


def box(parent: QWidget, name: str) -> NoticeDialog:
    """The open note of that name (a closed one may wait for its deferred delete)."""
    [found] = [b for b in parent.findChildren(NoticeDialog, name) if b.isVisible()]
    return found


def test_export_then_import_into_another_vault(
    qtbot, parent, session, other_session, tmp_path, errors
):
    log_incident(session.vault, IncidentDraft(client="Müller GmbH", text=TEXT))
    path = tmp_path / "out" / "export.json"
    path.parent.mkdir()

    summary = export_vault(parent, session, path=path, confirm=False)
    assert summary is not None
    assert summary.counts["incidents"] == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8"))["incidents"][0]["description"] == TEXT
    done = box(parent, "exportSummaryBox")
    assert str(path) in done.text()
    assert "1 incident" in done.text()
    assert "not encrypted" in done.text()
    done.close()

    changed: list[str] = []
    other_session.changed.connect(changed.append)
    report = import_into_vault(parent, other_session, path=path)
    assert report is not None
    assert report.imported["incidents"] == 1
    assert report.imported["clients"] == 1
    assert "incidents" in changed
    assert "clients" in changed
    [incident] = list_incidents(other_session.vault).incidents
    assert incident.text == TEXT
    summary_box = box(parent, "importSummaryBox")
    assert "1 incident" in summary_box.text()
    assert summary_box.detailedText() == ""
    summary_box.close()

    again = import_into_vault(parent, other_session, path=path)
    assert again is not None
    assert again.imported["incidents"] == 0
    second = box(parent, "importSummaryBox")
    assert "Nothing new was added" in second.text()
    assert "skipped" in second.text()
    assert "Müller GmbH" in second.detailedText()
    assert list_incidents(other_session.vault).total == 1
    assert errors == []


def test_a_file_that_is_no_export_changes_nothing(qtbot, parent, session, tmp_path, errors):
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    assert import_into_vault(parent, session, path=path) is None
    [(title, text)] = errors
    assert title == "Import did not work"
    assert text.startswith("Nothing was changed in your vault.")
    assert "not a Grenzen or jrnl export" in text

    assert import_into_vault(parent, session, path=tmp_path / "missing.json") is None
    assert "not found" in errors[1][1]


def test_a_jrnl_journal_is_imported(qtbot, parent, session, tmp_path, errors):
    path = tmp_path / "jrnl.json"
    entry = {"title": "Call", "body": "Rude again.", "date": "2026-03-02", "tags": ["@Acme"]}
    path.write_text(json.dumps({"entries": [entry]}), encoding="utf-8")
    report = import_into_vault(parent, session, path=path)
    assert report is not None
    assert report.format == "jrnl"
    assert "jrnl journal" in box(parent, "importSummaryBox").text()
    assert errors == []


def test_backup_can_be_restored(qtbot, parent, session, tmp_path, errors):
    log_incident(session.vault, IncidentDraft(client="Müller GmbH", text=TEXT))
    target = tmp_path / "backups" / "mine.grenzen-backup"
    written = backup_vault(parent, session, path=target)
    assert written == target.resolve()
    assert target.is_file()
    assert TEXT.encode() not in target.read_bytes()
    assert "encrypted" in box(parent, "backupDoneBox").text()
    with Vault.restore(tmp_path / "restored", target, PASSPHRASE) as restored:
        [incident] = list_incidents(restored).incidents
        assert incident.text == TEXT
    assert errors == []


def test_file_dialogs_suggest_names_and_add_the_suffix(
    qtbot, parent, session, tmp_path, monkeypatch, errors
):
    asked: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):
        asked.append(Path(suggested).name)
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(transfer_dialogs.QFileDialog, "getSaveFileName", save_dialog)
    written = backup_vault(parent, session)
    assert written is not None
    assert written.name == "chosen.grenzen-backup"
    assert asked[0].startswith("grenzen-backup-")
    assert asked[0].endswith(".grenzen-backup")

    export_vault(parent, session, confirm=False)
    assert (tmp_path / "chosen.json").is_file()
    assert asked[1].startswith("grenzen-export-")


def test_cancelled_dialogs_do_nothing(qtbot, parent, session, tmp_path, monkeypatch, errors):
    monkeypatch.setattr(
        transfer_dialogs.QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", "")
    )
    monkeypatch.setattr(
        transfer_dialogs.QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", "")
    )
    assert backup_vault(parent, session) is None
    assert export_vault(parent, session, confirm=False) is None
    assert import_into_vault(parent, session) is None
    assert parent.findChildren(QDialog) == []


def _answer_confirmation(button_name: str | None) -> None:
    """Click a button of the modal confirmation once it is up (exec() blocks the test)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, answer)
            return
        assert dialog.objectName() == "confirmExportBox"
        assert "NOT encrypted" in dialog.findChild(QLabel, "noticeText").text()
        if button_name is None:
            dialog.reject()
        else:
            dialog.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, answer)


def test_export_asks_first_and_cancel_writes_nothing(qtbot, parent, session, tmp_path, errors):
    path = tmp_path / "export.json"
    _answer_confirmation(None)
    assert export_vault(parent, session, path=path) is None
    assert not path.exists()

    _answer_confirmation("exportUnencryptedButton")
    assert export_vault(parent, session, path=path) is not None
    assert path.is_file()


def test_a_locked_session_is_left_alone(qtbot, parent, session, tmp_path, errors):
    session.lock()
    assert export_vault(parent, session, path=tmp_path / "x.json", confirm=False) is None
    assert backup_vault(parent, session, path=tmp_path / "x.grenzen-backup") is None
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 client", "3 clients", "2 invoices", "1 letter draft"]),
        ("de", ["1 Kunde", "3 Kunden", "2 Rechnungen", "1 Briefentwurf"]),
    ],
)
def test_counts_use_real_plural_forms(qapp, language: str, expected: list[str]) -> None:
    from grenzen.ui.i18n import install_language
    from grenzen.ui.transfer_dialogs import count_lines

    install_language(language)
    try:
        one = count_lines({"clients": 1, "value_entries": 2, "letter_drafts": 1})
        many = count_lines({"clients": 3})
    finally:
        install_language("en")
    assert [one[0], many[0], one[1], one[2]] == expected
