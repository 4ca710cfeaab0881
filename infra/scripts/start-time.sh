#!/usr/bin/env bash
# How long the API takes from `java` to a healthy /health, and its first requests after that, plain and with
# the start-up cache of infra/scripts/api-jvm.sh, on the system's Java and on Java 25 where installed, on a
# database that already holds the schema and the demo tenants (run bench-api-vs-pgbench.sh once first, or
# point BENCH_DB at another platform database). Loopback only; bounded (START_RUNS starts of each kind, 5 by
# default, each stopped at once).
#
#   infra/scripts/start-time.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

source infra/scripts/bench-common.sh
source infra/scripts/api-jvm.sh
runs="${START_RUNS:-5}"
api_port="${BENCH_API_PORT:-18481}"
api="http://127.0.0.1:$api_port"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar="$work/platform-api.jar"
cp platform-api/target/platform-api.jar "$jar"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start with the Java in $api_java and the options given: prints "<ms to healthy> <ms of the first
# login> <ms of the first people page>", then stops it.
start_once() {
  local t0 t1 t2 t3 pid token
  t0=$(now_ms)
  PLATFORM_DB_URL="$db_url" PLATFORM_DB_USER="$user" PLATFORM_DB_PASSWORD="$PGPASSWORD" PLATFORM_API_PORT="$api_port" \
    PLATFORM_ANALYTICS_FIRST_REFRESH=24h PLATFORM_JWT_SECRET="start-time-only-secret-0123456789abcdef" \
    timeout 120 "$api_java" "$@" -jar "$jar" > "$work/api.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$api/health"; do
    kill -0 $pid 2>/dev/null || { tail -n 20 "$work/api.log"; exit 1; }
    sleep 0.02
  done
  t1=$(now_ms)
  token="$(demo_login "$api" admin)"
  t2=$(now_ms)
  curl -fs -o /dev/null "$api/api/people?limit=50" -H "Authorization: Bearer $token"
  t3=$(now_ms)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$((t1 - t0)) $((t2 - t1)) $((t3 - t2))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
report() { # label, then lines of "healthy login page"
  local rows; rows="$(cat)"
  printf '%-34s %8s ms %8s ms %8s ms\n' "$1" "$(cut -d' ' -f1 <<<"$rows" | median)" \
    "$(cut -d' ' -f2 <<<"$rows" | median)" "$(cut -d' ' -f3 <<<"$rows" | median)"
}

printf '\n%-34s %11s %11s %11s\n' "median of $runs starts" "to healthy" "1st login" "1st page"
# The system's Java and, where api-jvm.sh found a newer one, that one too: each plain, then with its cache.
for candidate in $(printf '%s\n' "$(command -v java)" "$api_java" | awk '!seen[$0]++'); do
  api_java="$candidate"
  release="$(api_java_release)"
  cache="$work/cache-$release"
  start_once "$(api_start_cache "$cache")" > /dev/null   # records the cache when it stops
  for _ in $(seq "$runs"); do start_once; done | report "Java $release, plain"
  for _ in $(seq "$runs"); do start_once "$(api_start_cache "$cache")"; done | report "Java $release, start-up cache"
done
