"""Large contents in a bucket

A file content's packed bytes may live in an S3-compatible bucket instead of the
row (S3_BUCKET, S3_MIN_BYTES): `location` says where ('db' or 's3'), and `data`
is there exactly when the location is 'db'. Every existing content is in the
database. SQLite cannot add a CHECK in place, so the table is copied there
(batch mode; env.py keeps foreign keys off meanwhile). The Row Level Security
policies (0002, 0012) are on user_id and stay as they are.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26 07:30:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

LOCATION_KNOWN = "ck_file_contents_location_known"
DATA_WHERE_IT_LIVES = "ck_file_contents_data_where_it_lives"


def upgrade():
    with op.batch_alter_table("file_contents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.String(length=8), server_default="db", nullable=False))
        batch_op.alter_column("data", existing_type=sa.LargeBinary(), nullable=True)
        batch_op.create_check_constraint(op.f(LOCATION_KNOWN), "location IN ('db', 's3')")
        batch_op.create_check_constraint(op.f(DATA_WHERE_IT_LIVES), "(location = 'db') = (data IS NOT NULL)")


def downgrade():
    # Contents in the bucket have no bytes here to go back to: refuse rather than lose them.
    in_bucket = op.get_bind().execute(sa.text("SELECT count(*) FROM file_contents WHERE location <> 'db'")).scalar()
    if in_bucket:
        raise RuntimeError(f"{in_bucket} file content(s) live in the bucket; bring them back before downgrading")
    with op.batch_alter_table("file_contents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(DATA_WHERE_IT_LIVES), type_="check")
        batch_op.drop_constraint(op.f(LOCATION_KNOWN), type_="check")
        batch_op.alter_column("data", existing_type=sa.LargeBinary(), nullable=False)
        batch_op.drop_column("location")
