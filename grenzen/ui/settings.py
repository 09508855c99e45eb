"""Settings of this device (not of the vault), with typed keys and defaults.

Stored with QSettings, unencrypted: so never anything the user wrote (not even a client's
name), only choices like language, theme and times.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QLocale, QSettings

SCHEMA_VERSION = 1


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


LANGUAGES = ("de", "en")


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    default: object


LANGUAGE = Key("ui/language", "")  # "" = follow the system
THEME = Key("ui/theme", Theme.SYSTEM.value)
AUTOLOCK_MINUTES = Key("security/autolock_minutes", 10)
COOLING_OFF_HOURS = Key("coach/cooling_off_hours", 24)
VAULT_DIR = Key("vault/folder", "")
REMEMBERED_VAULT = Key("security/remembered_vault_id", "")


def system_language() -> str:
    """German if the system speaks German, otherwise English (the app's default rule)."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


class DeviceSettings:
    """Typed access to QSettings; tests pass their own QSettings on a temp file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()
        if self._store.value("schema_version") is None:
            self._store.setValue("schema_version", SCHEMA_VERSION)

    def _get_int(self, key: Key, low: int, high: int) -> int:
        raw = self._store.value(key.name, key.default)
        try:
            value = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return int(key.default)  # type: ignore[call-overload]
        return max(low, min(high, value))

    def _get_str(self, key: Key) -> str:
        value = self._store.value(key.name, key.default)
        return value if isinstance(value, str) else str(key.default)

    def _set(self, key: Key, value: object) -> None:
        self._store.setValue(key.name, value)
        self._store.sync()

    @property
    def language(self) -> str:
        chosen = self._get_str(LANGUAGE)
        return chosen if chosen in LANGUAGES else system_language()

    @property
    def language_choice(self) -> str:
        """What the user picked: "de", "en" or "" (system)."""
        chosen = self._get_str(LANGUAGE)
        return chosen if chosen in LANGUAGES else ""

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        self._set(LANGUAGE, value if value in LANGUAGES else "")

    @property
    def theme(self) -> Theme:
        try:
            return Theme(self._get_str(THEME))
        except ValueError:
            return Theme.SYSTEM

    @theme.setter
    def theme(self, value: Theme) -> None:
        self._set(THEME, Theme(value).value)

    @property
    def autolock_minutes(self) -> int:
        return self._get_int(AUTOLOCK_MINUTES, 1, 240)

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._set(AUTOLOCK_MINUTES, max(1, min(240, int(value))))

    @property
    def cooling_off_hours(self) -> int:
        return self._get_int(COOLING_OFF_HOURS, 0, 168)

    @cooling_off_hours.setter
    def cooling_off_hours(self, value: int) -> None:
        self._set(COOLING_OFF_HOURS, max(0, min(168, int(value))))

    @property
    def vault_dir(self) -> str:
        return self._get_str(VAULT_DIR)

    @vault_dir.setter
    def vault_dir(self, value: str) -> None:
        self._set(VAULT_DIR, value)

    @property
    def remembered_vault_id(self) -> str:
        return self._get_str(REMEMBERED_VAULT)

    @remembered_vault_id.setter
    def remembered_vault_id(self, value: str) -> None:
        self._set(REMEMBERED_VAULT, value)
