#!/usr/bin/env bash
# Backs up the platform database and proves the backup restores: pg_dump -Fc, pg_restore into a fresh
# database on the same server, then the row count of every table compared between the two.
# Exits 0 when every count matches, 1 on any difference or failure.
#
# Usage: infra/scripts/backup-restore.sh [database]        (default: mentoring)
# Connection: the usual libpq variables PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD.
# The user must be a superuser or have BYPASSRLS: every tenant table forces row-level security, and
# pg_dump refuses to dump (rather than silently dump nothing) as a role the policies apply to.
# Knobs: PG_BIN (/usr/lib/postgresql/15/bin), BACKUP_DIR (a temporary directory; the dump is kept there
# when set), KEEP_RESTORE=1 keeps the restored database.
# Restoring onto another server: create the role platform_app there first (roles are not in a dump):
#   CREATE ROLE platform_app NOLOGIN;   then pg_restore -d <new database> <dump>.
# The source should be quiet (or a replica) for counts to match exactly: rows written after pg_dump's
# snapshot are in the source but not in the backup.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
source_db="${1:-mentoring}"
restore_db="${source_db}_restore_$(date +%Y%m%d%H%M%S)"
for tool in pg_dump pg_restore psql; do
  [[ -x "$PG_BIN/$tool" ]] || { echo "No $tool in $PG_BIN (set PG_BIN)"; exit 1; }
done

if [[ -n "${BACKUP_DIR:-}" ]]; then mkdir -p "$BACKUP_DIR"; dir="$BACKUP_DIR"; else dir="$(mktemp -d)"; fi
dump="$dir/$source_db-$(date +%Y%m%d%H%M%S).dump"
psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  [[ "${KEEP_RESTORE:-}" == 1 ]] || psql -d postgres -c "DROP DATABASE IF EXISTS \"$restore_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  [[ -n "${BACKUP_DIR:-}" ]] || rm -rf "$dir"
}
trap cleanup EXIT

# Exact counts of every table, one "table count" line each, sorted. row_security off makes a role that
# the policies would filter fail loudly instead of counting zero rows.
counts() {
  local query
  query="$(psql -d "$1" -At -c "SELECT coalesce(string_agg(format('SELECT %L, count(*) FROM %I.%I',
            schemaname || '.' || tablename, schemaname, tablename), ' UNION ALL '), 'SELECT NULL, NULL WHERE false')
          FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")"
  psql -d "$1" -At -F ' ' -c "SET row_security = off" -c "$query" | sort
}

started=$(date +%s)
"$PG_BIN/pg_dump" -Fc -d "$source_db" -f "$dump"
echo "dumped $source_db to $dump ($(du -h "$dump" | cut -f1)) in $(( $(date +%s) - started )) s"

psql -d postgres -c "CREATE DATABASE \"$restore_db\"" >/dev/null
started=$(date +%s)
"$PG_BIN/pg_restore" --exit-on-error -d "$restore_db" "$dump"
echo "restored into $restore_db in $(( $(date +%s) - started )) s"

counts "$source_db" > "$dir/source.counts"
counts "$restore_db" > "$dir/restored.counts"
tables=$(wc -l < "$dir/source.counts")
rows=$(awk '{s += $2} END {print s + 0}' "$dir/source.counts")
if diff -u --label "$source_db" --label "$restore_db" "$dir/source.counts" "$dir/restored.counts"; then
  echo "row counts match: $tables tables, $rows rows"
else
  echo "ROW COUNTS DIFFER between $source_db and the restored copy (above)"
  exit 1
fi
