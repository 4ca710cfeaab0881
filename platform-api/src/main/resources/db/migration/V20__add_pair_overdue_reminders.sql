-- A pair overdue against its cohort's check-in cadence is reminded once per overdue spell: a spell is known by
-- the last held check-in it runs from ('-infinity' before the first one), so a new check-in starts a new spell
-- and replicas reminding at the same time insert the same key once.
CREATE TABLE pair_overdue_reminders (
    tenant_id     uuid        NOT NULL,
    pair_id       uuid        NOT NULL,
    overdue_since timestamptz NOT NULL,
    reminded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, pair_id, overdue_since),
    FOREIGN KEY (tenant_id, pair_id) REFERENCES pairs (tenant_id, id)
);

SELECT apply_tenant_isolation('pair_overdue_reminders');

GRANT SELECT, INSERT, DELETE ON pair_overdue_reminders TO platform_app;

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('PAIR_ACTIVE', 'PAIR_ENDED', 'PAIR_OVERDUE', 'MILESTONE_REACHED', 'MILESTONE_ENDORSED',
                    'MILESTONE_SENT_BACK', 'SPONSORSHIP_FLAGGED'));
