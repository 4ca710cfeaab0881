-- One GET /api/people?limit=50 as the API sends it (TenantScope.readInOneTrip with PersonRepository.page): the
-- tenant's binding and the page's statement in one round trip, which PostgreSQL runs as one implicit transaction
-- ended by the one Sync; pgbench's pipeline mode sends them the same way. Variables come from
-- infra/scripts/bench-api-vs-pgbench.sh (pgbench -D), sent as bound parameters with -M prepared, as the API does.
\startpipeline
SELECT set_config('app.tenant_id', :tenant, true), set_config('plan_cache_mode', 'force_generic_plan', true), set_config('transaction_read_only', 'on', true);
SELECT p.tenant_id, p.id, p.email, p.display_name, p.department, p.location, p.job_title, p.level, p.manager_id, m.display_name AS manager_name, p.hired_on, p.left_on, p.status, p.language, p.time_zone FROM people p LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id WHERE p.tenant_id = :tenant AND (lower(p.display_name), p.id) > (lower(''), :after_id) ORDER BY lower(p.display_name), p.id LIMIT :limit;
\endpipeline
