"""Case use cases (the coach builds on these)."""

from __future__ import annotations

from grenzen.domain.cases import CaseSummary
from grenzen.storage import cases_repo
from grenzen.storage.vault import Vault


def list_cases(vault: Vault, client_id: int | None = None) -> list[CaseSummary]:
    with vault.session() as session:
        return cases_repo.list_cases(session, client_id)
