-- The bell tells a participant a survey waits (V19 made the surveys; V20 last listed the kinds).
-- Only the kinds widen; the table, its grants and its row-level security stay as they were.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('PAIR_ACTIVE', 'PAIR_ENDED', 'PAIR_OVERDUE', 'MILESTONE_REACHED', 'MILESTONE_ENDORSED',
                    'MILESTONE_SENT_BACK', 'SPONSORSHIP_FLAGGED', 'SURVEY_DUE'));
