"""Initial schema: clients, people, contracts, cases, incidents with FTS5, energy, value.

The FTS statements are frozen here as text: a later change of the folding rules needs a
migration of its own, never an edit of this one.

Revision ID: 0001
Revises: -
Create Date: 2026-11-29 16:56:54.516290
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FTS_CREATE = (
    "CREATE VIEW incident_fts_source AS SELECT i.id AS id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(i.quote, '') || ' ' || i.description || ' ' || coalesce(i.notes, '') || ' ' || coalesce(i.tags, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS') AS spelled, replace(replace(coalesce(i.quote, '') || ' ' || i.description || ' ' || coalesce(i.notes, '') || ' ' || coalesce(i.tags, ''), 'ß', 'ss'), 'ẞ', 'SS') AS plain FROM incidents AS i",
    "CREATE VIRTUAL TABLE incident_fts USING fts5( spelled, plain, content='incident_fts_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN INSERT INTO incident_fts(rowid, spelled, plain) VALUES (new.id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(new.quote, '') || ' ' || new.description || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.tags, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'), replace(replace(coalesce(new.quote, '') || ' ' || new.description || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.tags, ''), 'ß', 'ss'), 'ẞ', 'SS')); END",
    "CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN INSERT INTO incident_fts(incident_fts, rowid, spelled, plain) VALUES ('delete', old.id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(old.quote, '') || ' ' || old.description || ' ' || coalesce(old.notes, '') || ' ' || coalesce(old.tags, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'), replace(replace(coalesce(old.quote, '') || ' ' || old.description || ' ' || coalesce(old.notes, '') || ' ' || coalesce(old.tags, ''), 'ß', 'ss'), 'ẞ', 'SS')); END",
    "CREATE TRIGGER incidents_fts_update AFTER UPDATE OF quote, description, notes, tags ON incidents BEGIN INSERT INTO incident_fts(incident_fts, rowid, spelled, plain) VALUES ('delete', old.id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(old.quote, '') || ' ' || old.description || ' ' || coalesce(old.notes, '') || ' ' || coalesce(old.tags, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'), replace(replace(coalesce(old.quote, '') || ' ' || old.description || ' ' || coalesce(old.notes, '') || ' ' || coalesce(old.tags, ''), 'ß', 'ss'), 'ẞ', 'SS')); INSERT INTO incident_fts(rowid, spelled, plain) VALUES (new.id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(new.quote, '') || ' ' || new.description || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.tags, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS'), replace(replace(coalesce(new.quote, '') || ' ' || new.description || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.tags, ''), 'ß', 'ss'), 'ẞ', 'SS')); END",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS incidents_fts_update",
    "DROP TRIGGER IF EXISTS incidents_fts_delete",
    "DROP TRIGGER IF EXISTS incidents_fts_insert",
    "DROP TABLE IF EXISTS incident_fts",
    "DROP VIEW IF EXISTS incident_fts_source",
)


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("name", name=op.f("uq_clients_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("stage_done", sa.JSON(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('settled', 'moved_on')", name=op.f("ck_cases_outcome")
        ),
        sa.CheckConstraint(
            "stage IN ('calm_down', 'clarify', 'set_boundaries', 'escalate', 'move_on')",
            name=op.f("ck_cases_stage"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_cases_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_client_id"), ["client_id"], unique=False)

    op.create_table(
        "compliments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("from_whom", sa.String(length=200), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_compliments_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliments")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("compliments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_compliments_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_compliments_received_on"), ["received_on"], unique=False
        )

    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=10), nullable=False),
        sa.Column("country", sa.String(length=2), server_default="DE", nullable=False),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("fee_unit", sa.String(length=10), nullable=True),
        sa.Column("fee_amount", sa.Float(), nullable=True),
        sa.Column("payment_interval", sa.String(length=20), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("renewal_months", sa.Integer(), nullable=True),
        sa.Column("notice_amount", sa.Integer(), nullable=True),
        sa.Column("notice_unit", sa.String(length=10), nullable=True),
        sa.Column("notice_to", sa.String(length=12), nullable=True),
        sa.Column("notice_form", sa.String(length=10), nullable=True),
        sa.Column("known_on", sa.Date(), nullable=True),
        sa.Column("higher_services_trust", sa.Boolean(), nullable=False),
        sa.Column("fee_total", sa.Float(), nullable=True),
        sa.Column("progress", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "fee_unit IS NULL OR fee_unit IN ('hour', 'day', 'week', 'month', 'quarter', 'year', 'fixed')",
            name=op.f("ck_contracts_fee_unit"),
        ),
        sa.CheckConstraint(
            "notice_to IS NULL OR notice_to IN ('any_day', 'month_end', 'quarter_end', 'term_end')",
            name=op.f("ck_contracts_notice_to"),
        ),
        sa.CheckConstraint(
            "notice_unit IS NULL OR notice_unit IN ('days', 'weeks', 'months')",
            name=op.f("ck_contracts_notice_unit"),
        ),
        sa.CheckConstraint("type IN ('service', 'work')", name=op.f("ck_contracts_type")),
        sa.CheckConstraint(
            "progress IS NULL OR (progress >= 0 AND progress <= 1)",
            name=op.f("ck_contracts_progress"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_contracts_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contracts_client_id"), ["client_id"], unique=False)

    op.create_table(
        "energy_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level BETWEEN 0 AND 10", name=op.f("ck_energy_checkins_level")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_energy_checkins_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_energy_checkins")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("energy_checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_energy_checkins_checked_on"), ["checked_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_energy_checkins_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_people_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("client_id", "name", name="uq_people_client_name"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "value_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_value_entries_amount_positive")),
        sa.CheckConstraint(
            "hours IS NULL OR hours >= 0", name=op.f("ck_value_entries_hours_positive")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_value_entries_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_entries")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("value_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_value_entries_client_id"), ["client_id"], unique=False)

    op.create_table(
        "deliverables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_deliverables_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverables")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deliverables_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("learned_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("feeling_before", sa.String(length=200), nullable=True),
        sa.Column("intensity_before", sa.Integer(), nullable=True),
        sa.Column("feeling_after", sa.String(length=200), nullable=True),
        sa.Column("intensity_after", sa.Integer(), nullable=True),
        sa.Column("factual_action_needed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "level IN ('factual', 'relationship', 'both')", name=op.f("ck_incidents_level")
        ),
        sa.CheckConstraint(
            "intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10",
            name=op.f("ck_incidents_intensity_after"),
        ),
        sa.CheckConstraint(
            "intensity_before IS NULL OR intensity_before BETWEEN 0 AND 10",
            name=op.f("ck_incidents_intensity_before"),
        ),
        sa.CheckConstraint(
            "learned_on >= occurred_on", name=op.f("ck_incidents_learned_after_occurred")
        ),
        sa.CheckConstraint("severity BETWEEN 1 AND 5", name=op.f("ck_incidents_severity")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_incidents_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_incidents_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_incidents_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_incidents_client_occurred", ["client_id", "occurred_on", "id"], unique=False
        )
        batch_op.create_index("ix_incidents_occurred", ["occurred_on", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_person_id"), ["person_id"], unique=False)
    for statement in FTS_CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_person_id"))
        batch_op.drop_index("ix_incidents_occurred")
        batch_op.drop_index("ix_incidents_client_occurred")
        batch_op.drop_index(batch_op.f("ix_incidents_case_id"))

    op.drop_table("incidents")
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliverables_contract_id"))

    op.drop_table("deliverables")
    with op.batch_alter_table("value_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_value_entries_client_id"))

    op.drop_table("value_entries")
    op.drop_table("people")
    with op.batch_alter_table("energy_checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_energy_checkins_client_id"))
        batch_op.drop_index(batch_op.f("ix_energy_checkins_checked_on"))

    op.drop_table("energy_checkins")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contracts_client_id"))

    op.drop_table("contracts")
    with op.batch_alter_table("compliments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_compliments_received_on"))
        batch_op.drop_index(batch_op.f("ix_compliments_client_id"))

    op.drop_table("compliments")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_client_id"))

    op.drop_table("cases")
    op.drop_table("settings")
    op.drop_table("clients")
