#!/usr/bin/env bash
# Builds a tenant of 100,000 people with five years of mentoring history for the analytics' scale
# tests: 20 quarterly cohorts, ~10,000 pairs, ~63,000 milestones, ~245,000 check-ins, leavers at 13-14 %
# a year (README, "Benchmarks"). Logins: admin@<slug>.example and leader@<slug>.example, demo password.
#
#   infra/scripts/generate-scale-tenant.sh [--slug scale] [--people 100000] [--years 5]
#                                          [--cohorts-per-year 4] [--mentees 545] [--seed 1]
#
# Writes to PLATFORM_DB_URL (with PLATFORM_DB_USER, PLATFORM_DB_PASSWORD) when set; else to the embedded
# PostgreSQL of ./run.sh: through its running server when the API is up (the tenant then appears at once),
# else it starts that server itself (data in PLATFORM_DATA_DIR, default .platform-data).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=platform-api/target/platform-api.jar
if [[ ! -f "$jar" ]]; then
  echo "Building the API (mvn -DskipTests package)..."
  mvn -q -B -DskipTests package -pl platform-api -am
fi

port="${PLATFORM_EMBEDDED_DB_PORT:-54329}"
if [[ -z "${PLATFORM_DB_URL:-}" ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  # The API's embedded PostgreSQL is running and holds its data directory: write through it.
  export PLATFORM_DB_URL="jdbc:postgresql://127.0.0.1:$port/mentoring" PLATFORM_DB_USER=postgres
fi
export PLATFORM_DATA_DIR="${PLATFORM_DATA_DIR:-$PWD/.platform-data}"

exec java -Xmx1g -cp "$jar" com.mentorplatform.api.demo.ScaleTenant "$@"
