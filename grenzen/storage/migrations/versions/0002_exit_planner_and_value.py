"""Exit planner and client value: letter drafts, dream-client profile, zero-based answers.

Also gives clients a postal address for letters, deliverables the order the user entered
them in, and incidents two indexes: by client and
the day the user learned of them (the § 626 window of the exit planner), and by day, client
and level (the client value table counts from the index alone).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incidents_client_learned", ["client_id", "learned_on"], unique=False
        )
        batch_op.create_index(
            "ix_incidents_occurred_client_level",
            ["occurred_on", "client_id", "level"],
            unique=False,
        )

    op.create_table(
        "letter_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_letter_drafts_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_drafts")),
        sa.UniqueConstraint("client_id", "kind", "lang", name="uq_letter_drafts_client_kind_lang"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("letter_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_drafts_client_id"), ["client_id"], unique=False)

    op.create_table(
        "dream_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=True),
        sa.Column("threshold", sa.Float(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "measure IS NULL OR measure IN "
            "('min_rate', 'max_days_late', 'max_incidents', 'min_energy')",
            name=op.f("ck_dream_criteria_measure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dream_criteria")),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "dream_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("matches", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_dream_matches_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["dream_criteria.id"],
            name=op.f("fk_dream_matches_criterion_id_dream_criteria"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dream_matches")),
        sa.UniqueConstraint("client_id", "criterion_id", name="uq_dream_matches_client_criterion"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("dream_matches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dream_matches_criterion_id"), ["criterion_id"], unique=False
        )

    op.create_table(
        "zero_based_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "answer IN ('yes', 'no', 'unsure')", name=op.f("ck_zero_based_answers_answer")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_zero_based_answers_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zero_based_answers")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("zero_based_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_zero_based_answers_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("zero_based_answers")
    op.drop_table("dream_matches")
    op.drop_table("dream_criteria")
    op.drop_table("letter_drafts")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_occurred_client_level")
        batch_op.drop_index("ix_incidents_client_learned")
    with op.batch_alter_table("deliverables", schema=None) as batch_op:
        batch_op.drop_column("position")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("address")
