-- Notifications also connect the mentor's and mentee's month of work: a milestone reached (to the
-- mentor), endorsed or sent back (to the mentee), and a sponsorship flag raised (to the mentee).
-- Only the kinds widen; the table, its grants and its row-level security stay as V5 made them.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('PAIR_ACTIVE', 'PAIR_ENDED', 'MILESTONE_REACHED', 'MILESTONE_ENDORSED', 'MILESTONE_SENT_BACK',
                    'SPONSORSHIP_FLAGGED'));
