-- Analytics counts HELD check-ins by when they happened (a period, the period before it, the weeks and
-- months of a chart) across every pair of a tenant; the per-pair index cannot serve a time range over all
-- pairs, so without this each report read every check-in the tenant ever had. pair_id is included so the
-- join to the pairs in scope needs no heap visit.
CREATE INDEX check_ins_held_by_time ON check_ins (tenant_id, occurs_at, pair_id) WHERE status = 'HELD';
