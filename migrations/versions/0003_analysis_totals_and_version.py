"""analyses keep their totals in a column and a version for compare-and-set updates

Revision ID: 0003_totals_version
Revises: 5c1e0f2a7b31
Create Date: 2026-12-01 23:10:00

"""
import json

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0003_totals_version'
down_revision = '5c1e0f2a7b31'
branch_labels = None
depends_on = None

# Backfill in slices so a large table is never held in memory at once.
BATCH = 200


def _backfill_totals():
    """Copy each stored result's totals into the new column."""
    connection = op.get_bind()
    analyses = sa.table(
        'analyses',
        sa.column('id', sa.String),
        sa.column('result', sa.JSON),
        sa.column('totals', sa.JSON),
    )
    last_id = ''
    while True:
        rows = connection.execute(
            sa.select(analyses.c.id, analyses.c.result)
            .where(analyses.c.id > last_id)
            .order_by(analyses.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        for analysis_id, result in rows:
            if isinstance(result, str):  # some drivers hand JSON back as text
                result = json.loads(result)
            connection.execute(
                analyses.update()
                .where(analyses.c.id == analysis_id)
                .values(totals=(result or {}).get('totals') or {})
            )
        last_id = rows[-1][0]


def upgrade():
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totals', sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column('version', sa.Integer(), server_default='1', nullable=False)
        )
    _backfill_totals()
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.alter_column('totals', existing_type=sa.JSON(), nullable=False)


def downgrade():
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('totals')
