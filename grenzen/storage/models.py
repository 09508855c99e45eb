"""SQLAlchemy 2 typed models. Only the storage package sees these; the rest sees DTOs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC, returns aware datetimes; refuses naive ones so no local time slips in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Client(Timestamps, Base):
    __tablename__ = "clients"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # Postal address for letters (several lines), added in schema 0002.
    address: Mapped[str | None] = mapped_column(Text)

    people: Mapped[list[Person]] = relationship(back_populates="client")


class Person(Timestamps, Base):
    __tablename__ = "people"
    __table_args__ = (
        UniqueConstraint("client_id", "name", name="uq_people_client_name"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship(back_populates="people")


class Contract(Timestamps, Base):
    """The terms of contracts.md §7, plus what the value and letters need."""

    __tablename__ = "contracts"
    __table_args__ = (
        CheckConstraint("type IN ('service', 'work')", name="type"),
        CheckConstraint(
            "fee_unit IS NULL OR fee_unit IN "
            "('hour', 'day', 'week', 'month', 'quarter', 'year', 'fixed')",
            name="fee_unit",
        ),
        CheckConstraint(
            "notice_unit IS NULL OR notice_unit IN ('days', 'weeks', 'months')", name="notice_unit"
        ),
        CheckConstraint(
            "notice_to IS NULL OR notice_to IN ('any_day', 'month_end', 'quarter_end', 'term_end')",
            name="notice_to",
        ),
        CheckConstraint("progress IS NULL OR (progress >= 0 AND progress <= 1)", name="progress"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(2), default="DE", server_default="DE")
    state: Mapped[str | None] = mapped_column(String(2))
    start: Mapped[dt.date] = mapped_column(Date)
    fee_unit: Mapped[str | None] = mapped_column(String(10))
    fee_amount: Mapped[float | None] = mapped_column(Float)
    payment_interval: Mapped[str | None] = mapped_column(String(20))
    term_months: Mapped[int | None] = mapped_column(Integer)
    renewal_months: Mapped[int | None] = mapped_column(Integer)
    notice_amount: Mapped[int | None] = mapped_column(Integer)
    notice_unit: Mapped[str | None] = mapped_column(String(10))
    notice_to: Mapped[str | None] = mapped_column(String(12))
    notice_form: Mapped[str | None] = mapped_column(String(10))
    known_on: Mapped[dt.date | None] = mapped_column(Date)
    higher_services_trust: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_total: Mapped[float | None] = mapped_column(Float)
    progress: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)

    deliverables: Mapped[list[Deliverable]] = relationship(
        back_populates="contract",
        cascade="all, delete-orphan",
        order_by="(Deliverable.position, Deliverable.id)",
    )


class Deliverable(Timestamps, Base):
    __tablename__ = "deliverables"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    # The order the user entered them in (schema 0002).
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    contract: Mapped[Contract] = relationship(back_populates="deliverables")


class Case(Timestamps, Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(
            "stage IN ('calm_down', 'clarify', 'set_boundaries', 'escalate', 'move_on')",
            name="stage",
        ),
        CheckConstraint("outcome IS NULL OR outcome IN ('settled', 'moved_on')", name="outcome"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    stage: Mapped[str] = mapped_column(String(20), default="calm_down")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # When each stage was marked done: {"calm_down": "2026-11-29T10:00:00+00:00", …}
    stage_done: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(10))


class Incident(Timestamps, Base):
    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint("level IN ('factual', 'relationship', 'both')", name="level"),
        CheckConstraint("severity BETWEEN 1 AND 5", name="severity"),
        CheckConstraint(
            "intensity_before IS NULL OR intensity_before BETWEEN 0 AND 10",
            name="intensity_before",
        ),
        CheckConstraint(
            "intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10", name="intensity_after"
        ),
        CheckConstraint("learned_on >= occurred_on", name="learned_after_occurred"),
        Index("ix_incidents_occurred", "occurred_on", "id"),
        Index("ix_incidents_client_occurred", "client_id", "occurred_on", "id"),
        # The exit planner's § 626 evidence: a client's incidents learned of since a day.
        Index("ix_incidents_client_learned", "client_id", "learned_on"),
        # Client value: incidents per client in a period, counted from the index alone.
        Index("ix_incidents_occurred_client_level", "occurred_on", "client_id", "level"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    learned_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(20))
    quote: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(20), default="relationship")
    severity: Mapped[int] = mapped_column(Integer, default=3)
    feeling_before: Mapped[str | None] = mapped_column(String(200))
    intensity_before: Mapped[int | None] = mapped_column(Integer)
    feeling_after: Mapped[str | None] = mapped_column(String(200))
    intensity_after: Mapped[int | None] = mapped_column(Integer)
    factual_action_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)

    client: Mapped[Client] = relationship()
    person: Mapped[Person | None] = relationship()


class EnergyCheckin(Timestamps, Base):
    __tablename__ = "energy_checkins"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 10", name="level"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    level: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)


class Compliment(Timestamps, Base):
    __tablename__ = "compliments"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    from_whom: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )


class ValueEntry(Timestamps, Base):
    """One invoice (amount in cents, so sums are exact) and the hours behind it."""

    __tablename__ = "value_entries"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_positive"),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_positive"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    hours: Mapped[float | None] = mapped_column(Float)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    paid_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class LetterDraft(Timestamps, Base):
    """A letter the user edited, kept so closing the editor never loses a word."""

    __tablename__ = "letter_drafts"
    __table_args__ = (
        UniqueConstraint("client_id", "kind", "lang", name="uq_letter_drafts_client_kind_lang"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    lang: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)


class DreamCriterion(Timestamps, Base):
    """One written line of the dream-client profile; optionally measured from the figures."""

    __tablename__ = "dream_criteria"
    __table_args__ = (
        CheckConstraint(
            "measure IS NULL OR measure IN "
            "('min_rate', 'max_days_late', 'max_incidents', 'min_energy')",
            name="measure",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str | None] = mapped_column(String(20))
    threshold: Mapped[float | None] = mapped_column(Float)


class DreamMatch(Base):
    """The user's own tick (True) or cross (False) for a client against a written criterion."""

    __tablename__ = "dream_matches"
    __table_args__ = (
        UniqueConstraint("client_id", "criterion_id", name="uq_dream_matches_client_criterion"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("dream_criteria.id", ondelete="CASCADE"), index=True
    )
    matches: Mapped[bool] = mapped_column(Boolean)


class ZeroBasedAnswer(Timestamps, Base):
    """ "Would I sign this contract again today?" — each answer kept, so the history shows."""

    __tablename__ = "zero_based_answers"
    __table_args__ = (
        CheckConstraint("answer IN ('yes', 'no', 'unsure')", name="answer"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Settings that belong to the vault (not the device): they travel with backups."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
