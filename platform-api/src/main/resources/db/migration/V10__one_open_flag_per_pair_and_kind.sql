-- The service refuses a second open flag of the same kind for a pair (409 "already-flagged"); two requests
-- racing past that check are stopped here, and the loser gets the generic 409 conflict.
CREATE UNIQUE INDEX sponsorship_flags_one_open_per_kind ON sponsorship_flags (tenant_id, pair_id, kind)
    WHERE withdrawn_at IS NULL;
