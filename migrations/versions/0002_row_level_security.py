"""Row Level Security on PostgreSQL

Every owned table gets RLS enabled and forced, with one policy: a row is
visible and writable only when its owner equals the transaction's
`app.user_id` setting (set by the app, see webapp/ownership.py). With no
setting, nothing is visible.

Logging in must find a user by email before anyone is signed in: the
function app_login_lookup, owned by the tables' owner, returns the id and
password hash for one email, and nothing else.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Table -> the column naming its owner. Kept here, not imported, so this
# migration stays as it was written when the models change.
OWNED_TABLES = {
    "users": "id",
    "conversations": "user_id",
    "messages": "user_id",
    "project_snapshots": "user_id",
    "generated_sites": "user_id",
    "site_versions": "user_id",
    "file_contents": "user_id",
}

CURRENT_USER_ID = "nullif(current_setting('app.user_id', true), '')::uuid"


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in OWNED_TABLES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        # FORCE: the policies bind the tables' owner too, not only other roles.
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY {table}_owner ON {table} "
            f"USING ({column} = {CURRENT_USER_ID}) "
            f"WITH CHECK ({column} = {CURRENT_USER_ID})"
        )
    # The owner role (which runs migrations and maintenance commands, and in
    # whose name app_login_lookup runs) may read the users table whole.
    op.execute("CREATE POLICY users_owner_role ON users FOR SELECT TO CURRENT_USER USING (true)")
    op.execute(
        """
        CREATE FUNCTION app_login_lookup(email_address text)
        RETURNS TABLE (id uuid, password_hash varchar)
        LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
            SELECT u.id, u.password_hash FROM users AS u
            WHERE u.email = lower(email_address)
        $$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION app_login_lookup(text) FROM PUBLIC")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION app_login_lookup(text)")
    op.execute("DROP POLICY users_owner_role ON users")
    for table in OWNED_TABLES:
        op.execute(f"DROP POLICY {table}_owner ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
