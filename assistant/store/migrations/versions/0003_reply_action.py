"""A reply's guardrail action, the helplines and the notice shown with it, so they survive a reload.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, so existing rows need no value: NULL means "not recorded" (older replies, user messages).
    op.add_column("messages", sa.Column("action", sa.String(32), nullable=True))
    op.add_column("messages", sa.Column("helplines", sa.JSON(), nullable=True))
    op.add_column("messages", sa.Column("notice", sa.Text(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would lose its CHECK constraint.
    op.drop_column("messages", "notice")
    op.drop_column("messages", "helplines")
    op.drop_column("messages", "action")
