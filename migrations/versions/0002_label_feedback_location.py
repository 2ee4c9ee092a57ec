"""label feedback keeps a corrected location (remote | on_site)

Revision ID: 5c1e0f2a7b31
Revises: a3ab3daee988
Create Date: 2026-12-01 22:45:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c1e0f2a7b31'
down_revision = 'a3ab3daee988'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('label_feedback', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location', sa.String(length=20), nullable=True))


def downgrade():
    with op.batch_alter_table('label_feedback', schema=None) as batch_op:
        batch_op.drop_column('location')
