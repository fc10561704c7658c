"""Stopped runs, errors for the operator, replaced answers and edited messages

A run may end as `stopped` (its user stopped it; nothing from it is saved). A
failed run keeps, beside its message in the user's words, the operator's
details (`error_detail`). Edit and Regenerate keep what they replace: a run
names the answer its reply replaces (`replaces_message_id`) and the message
its own message is an edited copy of (`edited_message_id`).

SQLite cannot change a CHECK constraint in place, so generation_runs is copied
into a new table there (alembic's batch mode). With foreign keys on, dropping
the old table would set the copy's retry_of_id to NULL (its self-reference
follows the name), so those links are put back afterwards; env.py now turns
foreign keys off while migrating, which keeps them anyway.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26 03:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

OLD_STATUSES = "status IN ('queued', 'running', 'succeeded', 'failed')"
NEW_STATUSES = "status IN ('queued', 'running', 'succeeded', 'failed', 'stopped')"
CHECK = "ck_generation_runs_status_allowed"
MESSAGE_LINKS = ("replaces_message_id", "edited_message_id")


def _change_runs(change) -> None:
    """Apply `change(batch_op)` to generation_runs: in place on PostgreSQL, by a copy on SQLite."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        with op.batch_alter_table("generation_runs") as batch_op:
            change(batch_op)
        return
    retries = bind.execute(
        sa.text("SELECT id, retry_of_id FROM generation_runs WHERE retry_of_id IS NOT NULL")
    ).all()
    with op.batch_alter_table("generation_runs", recreate="always") as batch_op:
        change(batch_op)
    for run_id, retry_of_id in retries:
        bind.execute(
            sa.text("UPDATE generation_runs SET retry_of_id = :retry_of_id WHERE id = :id"),
            {"id": run_id, "retry_of_id": retry_of_id},
        )


def upgrade():
    def change(batch_op):
        batch_op.add_column(sa.Column("error_detail", sa.Text(), nullable=True))
        for column in MESSAGE_LINKS:
            batch_op.add_column(sa.Column(column, sa.Uuid(), nullable=True))
            batch_op.create_foreign_key(
                op.f(f"fk_generation_runs_{column}_messages"), "messages", [column], ["id"], ondelete="SET NULL"
            )
            batch_op.create_index(op.f(f"ix_generation_runs_{column}"), [column], unique=False)
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint(op.f(CHECK), NEW_STATUSES)

    _change_runs(change)


def downgrade():
    # A stopped run reads as a failed one before this revision.
    op.execute(
        "UPDATE generation_runs SET status = 'failed', "
        "error = coalesce(error, 'You stopped this answer.') WHERE status = 'stopped'"
    )

    def change(batch_op):
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint(op.f(CHECK), OLD_STATUSES)
        for column in reversed(MESSAGE_LINKS):
            batch_op.drop_index(op.f(f"ix_generation_runs_{column}"))
            batch_op.drop_constraint(op.f(f"fk_generation_runs_{column}_messages"), type_="foreignkey")
            batch_op.drop_column(column)
        batch_op.drop_column("error_detail")

    _change_runs(change)
