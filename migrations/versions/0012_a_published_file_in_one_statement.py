"""A published file in one statement

A visitor's request for a published file was three round trips to PostgreSQL
(find the live site and act as its owner; read the live version's manifest; read
the content). app_published_file does it in one: the site live at a slug, the
live version's content key for a path, and the content unless it is the key the
visitor's cache already holds (a 304 then reads nothing). It is owned by the
tables' owner, like the functions of 0005, 0007 and 0009, and reads only what
publishing made public: the live version of an untrashed published site.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 01:20:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

FUNCTION = "app_published_file(text, text, text)"


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    # The owner role (in whose name the function runs) may read these whole (see 0005).
    op.execute("CREATE POLICY site_versions_owner_role ON site_versions FOR SELECT TO CURRENT_USER USING (true)")
    op.execute("CREATE POLICY file_contents_owner_role ON file_contents FOR SELECT TO CURRENT_USER USING (true)")
    op.execute(
        """
        CREATE FUNCTION app_published_file(wanted_slug text, wanted_path text, known_key text)
        RETURNS TABLE (content_key text, is_text boolean, compression varchar, data bytea)
        LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
        BEGIN
            -- PL/pgSQL, not SQL: its plan is kept for the connection, and planning
            -- took half of every call.
            RETURN QUERY
            SELECT v.files ->> wanted_path, c.is_text, c.compression,
                   CASE WHEN c.hash = known_key THEN NULL ELSE c.data END
            FROM generated_sites AS s
            JOIN site_versions AS v
              ON v.site_id = s.id AND v.user_id = s.user_id AND v.version_number = s.published_version
            LEFT JOIN file_contents AS c
              ON c.user_id = s.user_id AND c.hash = v.files ->> wanted_path
            WHERE s.slug = wanted_slug AND s.deleted_at IS NULL;
        END
        $$
        """
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {FUNCTION}")
    op.execute("DROP POLICY file_contents_owner_role ON file_contents")
    op.execute("DROP POLICY site_versions_owner_role ON site_versions")
