"""meetings: kinds (seeded with the office's defaults), meetings, participants, agenda, resolutions, actions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 12:38:49.337094
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# The office's kinds of meeting; more can be added in the Meetings tab. Codes are stable: the numbering
# registers ("meetings:<code>") and other registers (conference funding) refer to them.
DEFAULT_KINDS = [
    ("scholarship-council", "شورای بورس", "Scholarship council", "majority", 90, 1),
    ("adjunct-recruitment", "کمیته جذب اعضای هیئت علمی وابسته بین‌المللی",
     "International adjunct faculty recruitment committee", "majority", 60, 2),
    ("planning", "جلسه برنامه‌ریزی امور بین‌الملل", "International affairs planning meeting", "none", 60, 3),
    ("deputies-annual", "نشست سالانه معاونان بین‌الملل گروه‌ها و بیمارستان‌ها",
     "Annual meeting of the international deputies of departments and hospitals", "none", 180, 4),
    ("english-evaluation", "جلسه ارزیابی زبان انگلیسی برای ارتقای اعضای هیئت علمی",
     "English-language evaluation session for faculty promotion", "two_thirds", 60, 5),
    ("other", "سایر جلسات", "Other meetings", "none", 60, 6),
]


def upgrade() -> None:
    kinds = op.create_table('meeting_kinds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name_fa', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('quorum_rule', sa.String(length=12), nullable=False),
    sa.Column('quorum_count', sa.Integer(), nullable=False),
    sa.Column('default_minutes', sa.Integer(), nullable=False),
    sa.Column('default_location', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_kinds')),
    sa.UniqueConstraint('code', name=op.f('uq_meeting_kinds_code'))
    )
    op.bulk_insert(kinds, [
        {"code": code, "name_fa": fa, "name_en": en, "quorum_rule": rule, "quorum_count": 0, "default_minutes": minutes,
         "default_location": "", "position": position}
        for code, fa, en, rule, minutes, position in DEFAULT_KINDS
    ])
    op.create_table('meeting_kind_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['meeting_kinds.id'], name=op.f('fk_meeting_kind_members_kind_id_meeting_kinds')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_kind_members_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_kind_members')),
    sa.UniqueConstraint('kind_id', 'person_id', name='uq_meeting_kind_members_kind_person')
    )
    with op.batch_alter_table('meeting_kind_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_kind_members_kind_id'), ['kind_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_kind_members_person_id'), ['person_id'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('online_link', sa.String(length=300), nullable=False),
    sa.Column('mode', sa.String(length=12), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('postponed_from', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('search_key', sa.String(length=1000), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['people.id'], name=op.f('fk_meetings_chair_id_people')),
    sa.ForeignKeyConstraint(['kind_id'], ['meeting_kinds.id'], name=op.f('fk_meetings_kind_id_meeting_kinds')),
    sa.ForeignKeyConstraint(['secretary_id'], ['people.id'], name=op.f('fk_meetings_secretary_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('kind_id', 'year', 'sequence', name='uq_meetings_kind_year_sequence')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_kind_id'), ['kind_id'], unique=False)
        batch_op.create_index('ix_meetings_search', ['search_key', 'archived_at', 'kind_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_secretary_id'), ['secretary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_status'), ['status'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.Column('recurring', sa.Boolean(), nullable=False),
    sa.Column('linked_table', sa.String(length=60), nullable=False),
    sa.Column('linked_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['presenter_id'], ['people.id'], name=op.f('fk_agenda_items_presenter_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_items_link', ['linked_table', 'linked_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('standing', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_participants_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_participants_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participants')),
    sa.UniqueConstraint('meeting_id', 'person_id', name='uq_meeting_participants_meeting_person')
    )
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participants_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participants_person_id'), ['person_id'], unique=False)

    op.create_table('resolutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_resolutions_item_id_agenda_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolutions'))
    )
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolutions_item_id'), ['item_id'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('resolution_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('progress', sa.Text(), nullable=False),
    sa.Column('search_key', sa.String(length=1000), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_items_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_action_items_owner_id_people')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_action_items_resolution_id_resolutions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_items_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_resolution_id'), ['resolution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_items_status'))
        batch_op.drop_index(batch_op.f('ix_action_items_resolution_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_owner_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_due_on'))

    op.drop_table('action_items')
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolutions_item_id'))

    op.drop_table('resolutions')
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_participants_meeting_id'))

    op.drop_table('meeting_participants')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_meeting_id'))
        batch_op.drop_index('ix_agenda_items_link')

    op.drop_table('agenda_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_status'))
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_secretary_id'))
        batch_op.drop_index('ix_meetings_search')
        batch_op.drop_index(batch_op.f('ix_meetings_kind_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_chair_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('meeting_kind_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_kind_members_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_kind_members_kind_id'))

    op.drop_table('meeting_kind_members')
    op.drop_table('meeting_kinds')
