"""Imports whose task was lost: housekeeping finds them across users.

An import still queued or running long after it was made lost its task (a
worker died mid-import, or the queue was down when it was made): housekeeping
marks it failed, and nothing of it was stored. Row Level Security shows the
app's role one user's imports at a time, so app_stale_imports, owned by the
tables' owner, returns the ids of every user's (ids only, never an upload).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 00:30:00.000000

"""

from alembic import op


# revision identifiers, used by Alembic.
revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    # The function runs as the owner, whom FORCE binds too: the owner may read the rows.
    op.execute(
        "CREATE POLICY site_imports_owner_role ON site_imports FOR SELECT TO CURRENT_USER USING (true)"
    )
    op.execute(
        """
        CREATE FUNCTION app_stale_imports(made_before timestamptz)
        RETURNS TABLE (import_id uuid, user_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
            SELECT i.id, i.user_id FROM site_imports AS i
            WHERE i.status IN ('queued', 'running') AND i.created_at < made_before
        $$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION app_stale_imports(timestamptz) FROM PUBLIC")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION app_stale_imports(timestamptz)")
        op.execute("DROP POLICY site_imports_owner_role ON site_imports")
