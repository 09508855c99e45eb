"""Shared checks for exit-engine tests: run ``grenzen exits`` in-process, compare subsets."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from grenzen.cli.main import main


class Texts:
    """Expected: a list of texts where, for each fragment, some text contains it.

    With ``judgement=True`` the matching text must also start with "JUDGEMENT:".
    """

    def __init__(self, *fragments: str, judgement: bool = True) -> None:
        self.fragments = fragments
        self.judgement = judgement

    def check(self, actual: Any, path: str) -> None:
        assert isinstance(actual, list), f"{path}: expected a list of texts, got {actual!r}"
        for fragment in self.fragments:
            hits = [
                text
                for text in actual
                if isinstance(text, str)
                and fragment.lower() in text.lower()
                and (not self.judgement or text.startswith("JUDGEMENT:"))
            ]
            assert hits, f"{path}: no text containing {fragment!r} in {actual!r}"

    def __repr__(self) -> str:
        return f"Texts{self.fragments!r}"


class Ids:
    """Expected: a list of objects whose ``id`` values include all of these."""

    def __init__(self, *ids: str) -> None:
        self.ids = ids

    def check(self, actual: Any, path: str) -> None:
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        present = [item.get("id") for item in actual if isinstance(item, dict)]
        missing = [i for i in self.ids if i not in present]
        assert not missing, f"{path}: ids {missing!r} missing (present: {present!r})"

    def __repr__(self) -> str:
        return f"Ids{self.ids!r}"


_ABSENT = object()


def assert_subset(expected: Any, actual: Any, path: str = "$") -> None:
    """Every key/value in ``expected`` is in ``actual``; ``None`` also accepts a missing key."""
    if isinstance(expected, Texts | Ids):
        expected.check(actual, path)
    elif expected is None:
        assert actual is None or actual is _ABSENT, f"{path}: expected null/absent, got {actual!r}"
    elif actual is _ABSENT:
        raise AssertionError(f"{path}: missing, expected {expected!r}")
    elif isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert_subset(value, actual.get(key, _ABSENT), f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(actual) >= len(expected), (
            f"{path}: expected at least {len(expected)} items, got {len(actual)}: {actual!r}"
        )
        for index, value in enumerate(expected):
            assert_subset(value, actual[index], f"{path}[{index}]")
    elif isinstance(expected, float) and not isinstance(actual, bool):
        assert isinstance(actual, int | float), f"{path}: expected {expected!r}, got {actual!r}"
        assert math.isclose(actual, expected, abs_tol=0.005), (
            f"{path}: expected {expected!r}, got {actual!r}"
        )
    else:
        assert actual == expected, f"{path}: expected {expected!r}, got {actual!r}"


def run_exits(tmp_path: Path, capsys: pytest.CaptureFixture[str], contract: Any, today: str):
    path = tmp_path / "contract.json"
    path.write_text(json.dumps(contract), encoding="utf-8")
    code = main(["exits", "--contract", str(path), "--today", today, "--json", "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 0, f"exit status {code}; stderr: {captured.err}"
    return json.loads(captured.out)
