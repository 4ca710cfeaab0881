-- A lease for background work: the API process working a matching run or a people import renews
-- heartbeat_at every few seconds. A QUEUED or RUNNING row whose heartbeat is older than a few beats
-- belongs to a process that stopped, so any replica may mark it FAILED; one still beating is left alone.
-- Rows written before this migration have no heartbeat: their start time stands in for it.
-- The columns are added without a default first so existing rows stay NULL (not "just beaten"), then
-- new rows get now(). Row-level security is unchanged: the policies cover every column.
ALTER TABLE matching_runs ADD COLUMN heartbeat_at timestamptz;
ALTER TABLE matching_runs ALTER COLUMN heartbeat_at SET DEFAULT now();
ALTER TABLE people_imports ADD COLUMN heartbeat_at timestamptz;
ALTER TABLE people_imports ALTER COLUMN heartbeat_at SET DEFAULT now();

-- The recovery pass looks only at unfinished work of a tenant: a few rows, whatever the history.
CREATE INDEX matching_runs_unfinished ON matching_runs (tenant_id, id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX people_imports_unfinished ON people_imports (tenant_id, id) WHERE status = 'RUNNING';
