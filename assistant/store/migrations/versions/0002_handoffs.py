"""Handoff tickets: a conversation handed to a work coach, from open to claimed to resolved.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNRESOLVED = sa.text("status != 'resolved'")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=True),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("locality", sa.String(), nullable=True),
        sa.Column("contact_preference", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(100), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("claimed_at", _utc(), nullable=True),
        sa.Column("resolved_at", _utc(), nullable=True),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.CheckConstraint("priority IN ('urgent', 'high', 'normal')", name="ck_handoffs_priority"),
        sa.CheckConstraint("status IN ('open', 'claimed', 'resolved')", name="ck_handoffs_status"),
        sa.CheckConstraint("contact_preference IN ('chat', 'phone', 'video', 'in_person')",
                           name="ck_handoffs_contact_preference"),
        sa.CheckConstraint("outcome IN ('resolved', 'handed_back')", name="ck_handoffs_outcome"),
        # SET NULL: a deleted conversation keeps its safeguarding record (see models.Handoff).
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="SET NULL",
                                name="fk_handoffs_conversation_id_conversations"),
        sa.PrimaryKeyConstraint("id", name="pk_handoffs"),
    )
    op.create_index("ix_handoffs_conversation_id", "handoffs", ["conversation_id"])
    op.create_index("uq_handoffs_unresolved_conversation", "handoffs", ["conversation_id"], unique=True,
                    sqlite_where=_UNRESOLVED, postgresql_where=_UNRESOLVED)
    op.create_index("ix_handoffs_queue", "handoffs", ["status", "priority", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_handoffs_queue", table_name="handoffs")
    op.drop_index("uq_handoffs_unresolved_conversation", table_name="handoffs")
    op.drop_index("ix_handoffs_conversation_id", table_name="handoffs")
    op.drop_table("handoffs")
