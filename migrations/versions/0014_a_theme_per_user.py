"""A theme per user

Each user may choose the app's colours: light or dark, kept on the account; NULL
(every existing user) follows the system's preference.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26 04:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("theme", sa.String(length=10), nullable=True))
        batch_op.create_check_constraint(op.f("ck_users_theme_known"), "theme IN ('light', 'dark')")


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_users_theme_known"), type_="check")
        batch_op.drop_column("theme")
