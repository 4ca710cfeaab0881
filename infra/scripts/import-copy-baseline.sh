#!/usr/bin/env bash
# The floor an import of the benchmark file is compared with: psql \copy of the same CSV into a bare
# table of text columns (no checks, keys, indexes, history or audit), timed on the same PostgreSQL.
# Run the import benchmark first (README, "Benchmarks"); it writes the file this reads.
set -euo pipefail
FILE=${1:-platform-api/target/import-benchmark-100k.csv}
DB_URL=${2:-postgresql://postgres@127.0.0.1:5432/postgres}
[ -f "$FILE" ] || { echo "No $FILE: run the import benchmark first (see README, Benchmarks)." >&2; exit 1; }
psql "$DB_URL" -q -v ON_ERROR_STOP=1 <<SQL
DROP TABLE IF EXISTS people_bare;
CREATE TABLE people_bare (email text, display_name text, department text, location text, job_title text,
    level text, manager_email text, hired_on text, left_on text, language text, time_zone text);
\timing on
\copy people_bare FROM '$FILE' WITH (FORMAT csv, HEADER true)
\timing off
SELECT count(*) AS rows_copied FROM people_bare;
DROP TABLE people_bare;
SQL
