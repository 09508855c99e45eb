"""Printing: JSON for scripts, short readable text for people."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from grenzen.domain.incidents import Incident

HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[1;7m", "\x1b[0m"


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def highlight_marks() -> tuple[str, str]:
    return (HIGHLIGHT_ON, HIGHLIGHT_OFF) if use_color() else ("[", "]")


def incident_json(incident: Incident) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": incident.id,
        "client": incident.client,
        "client_id": incident.client_id,
        "person": incident.person,
        "person_id": incident.person_id,
        "occurred_on": incident.occurred_on.isoformat(),
        "learned_on": incident.learned_on.isoformat(),
        "channel": incident.channel.value if incident.channel else None,
        "quote": incident.quote,
        "text": incident.text,
        "level": incident.level.value,
        "severity": incident.severity,
        "feeling_before": incident.feeling_before,
        "intensity_before": incident.intensity_before,
        "feeling_after": incident.feeling_after,
        "intensity_after": incident.intensity_after,
        "factual_action_needed": incident.factual_action_needed,
        "notes": incident.notes,
        "tags": list(incident.tags),
        "case_id": incident.case_id,
        "created_at": incident.created_at.isoformat(),
        "updated_at": incident.updated_at.isoformat(),
    }
    if incident.snippet is not None:
        data["snippet"] = incident.snippet
    return data


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def incident_line(incident: Incident, *, text: str | None = None) -> str:
    who = incident.client + (f" / {incident.person}" if incident.person else "")
    return (
        f"{incident.id:>6}  {incident.occurred_on.isoformat()}  {_short(who, 28):<28}  "
        f"{incident.level.value:<12}  {incident.severity}  "
        f"{text if text is not None else _short(incident.text, 60)}"
    )


def incident_details(incident: Incident) -> str:
    rows = [
        ("id", str(incident.id)),
        ("client", incident.client),
        ("person", incident.person),
        ("occurred on", incident.occurred_on.isoformat()),
        ("learned on", incident.learned_on.isoformat()),
        ("channel", incident.channel.value if incident.channel else None),
        ("level", incident.level.value),
        ("severity", f"{incident.severity} / 5"),
        ("quote", f"“{incident.quote}”" if incident.quote else None),
        ("text", incident.text),
        ("feeling before", _feeling(incident.feeling_before, incident.intensity_before)),
        ("feeling after", _feeling(incident.feeling_after, incident.intensity_after)),
        ("factual action", "needed now" if incident.factual_action_needed else None),
        ("notes", incident.notes),
        ("tags", ", ".join(incident.tags) or None),
        ("case", str(incident.case_id) if incident.case_id else None),
        ("recorded", incident.created_at.isoformat(timespec="seconds")),
    ]
    return "\n".join(f"{label + ':':<16}{value}" for label, value in rows if value)


def _feeling(feeling: str | None, intensity: int | None) -> str | None:
    if feeling is None and intensity is None:
        return None
    parts = [feeling or ""] + ([f"({intensity}/10)"] if intensity is not None else [])
    return " ".join(p for p in parts if p)
