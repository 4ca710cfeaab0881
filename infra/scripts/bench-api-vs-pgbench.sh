#!/usr/bin/env bash
# The API's throughput on two tenant-scoped reads against pgbench running the same SQL (the statements of
# one request, infra/bench/*.sql) on the same database in the same run, and the API's latency at 16
# connections. Loopback only; bounded (about 8 minutes); stops the API it starts.
#
#   infra/scripts/bench-api-vs-pgbench.sh
#
# Needs wrk, pgbench, psql and curl (Debian: apt-get install wrk postgresql-client), the built API jar
# (mvn -pl platform-api -am package -DskipTests) and a PostgreSQL to own a database `platform_bench`
# (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD; default 127.0.0.1:5432 as postgres).
# The first run seeds the demo tenants into it (about a minute); later runs reuse them.
# Each read is measured in BENCH_ROUNDS (3) rounds of BENCH_SECONDS (20) for the API, then as long for pgbench,
# after BENCH_WARMUP (90) seconds of warm-up; the ratio printed is the median of the rounds' ratios, so a minute in
# which the machine ran slower moves one round, not the result. BENCH_CONNECTIONS (16), BENCH_JAVA_OPTS for the
# API's JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."

source infra/scripts/bench-common.sh
source infra/scripts/api-jvm.sh   # the API runs on the Java ./run.sh would choose
seconds="${BENCH_SECONDS:-20}"
rounds="${BENCH_ROUNDS:-3}"
connections="${BENCH_CONNECTIONS:-16}"
api_port="${BENCH_API_PORT:-18480}"
api="http://127.0.0.1:$api_port"
work="$(mktemp -d)"

for tool in wrk pgbench psql curl "$api_java"; do
  command -v "$tool" >/dev/null || { echo "Needs $tool on the PATH."; exit 2; }
done
api_pid=""
trap 'kill $api_pid 2>/dev/null || true; wait $api_pid 2>/dev/null || true; rm -rf "$work"' EXIT
bench_start_api "$api_port" "$work/api.log" ${BENCH_JAVA_OPTS:-}

json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
admin_token="$(demo_login "$api" admin)"
mentee_token="$(demo_login "$api" mentee)"
tenant="$(curl -fs "$api/api/me" -H "Authorization: Bearer $mentee_token" | json_field tenantId)"
mentee="$(curl -fs "$api/api/me" -H "Authorization: Bearer $mentee_token" | json_field id)"
roadmap="$(curl -fs "$api/api/roadmaps" -H "Authorization: Bearer $mentee_token" | json_field id)"

# wrk's figures: requests/s, p50, p99 (ms), and fails on any non-2xx answer.
api_run() { # token path seconds
  local out
  out="$(wrk -t2 -c"$connections" -d"$3s" --latency -H "Authorization: Bearer $1" "$api$2")"
  if grep -q 'Non-2xx' <<<"$out"; then echo "$out" >&2; echo "The API answered errors." >&2; exit 1; fi
  awk '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2}
       function ms(v){ if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; return v*1000 }
       END { printf "%.0f %.1f %.1f\n", rps, ms(p50), ms(p99) }' <<<"$out"
}
pgbench_run() { # script seconds
  PGOPTIONS='-c role=platform_app' pgbench -h "$host" -p "$port" -U "$user" -n -M prepared -c"$connections" -j2 \
    -T"$2" -D tenant="$tenant" -D roadmap="$roadmap" -D mentee="$mentee" \
    -D after_id=00000000-0000-0000-0000-000000000000 -D limit=51 -f "infra/bench/$1" "$db" 2>&1 \
    | awk '/^tps/{printf "%.0f\n", $3}'
}

# median of the numbers on stdin
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

printf '\n%-22s %-22s %-22s %-24s %7s %7s\n' "read ($connections conn.)" "API req/s by round" "pgbench tx/s by round" \
  "ratio by round" "median" "API p99"
for scenario in "people page of 50|$admin_token|/api/people?limit=50|people-page.sql" \
                "one roadmap|$mentee_token|/api/roadmaps/$roadmap|roadmap-read.sql"; do
  IFS='|' read -r name token path script <<<"$scenario"
  # Warm-up: on 2 cores under this load the JIT keeps compiling for about 50 s (jstat -compiler: compile time
  # stops growing only then), taking a core from the API; measuring earlier times the compiler, not the API.
  api_run "$token" "$path" "${BENCH_WARMUP:-90}" > /dev/null
  pgbench_run "$script" 5 > /dev/null
  rps_all=() tps_all=() ratio_all=() p99_all=()
  for _ in $(seq "$rounds"); do
    read -r rps _ p99 <<<"$(api_run "$token" "$path" "$seconds")"
    tps="$(pgbench_run "$script" "$seconds")"
    rps_all+=("$rps") tps_all+=("$tps") p99_all+=("$p99")
    ratio_all+=("$(awk "BEGIN{printf \"%.2f\", $rps/$tps}")")
  done
  printf '%-22s %-22s %-22s %-24s %7s %4s ms\n' "$name" "${rps_all[*]}" "${tps_all[*]}" "${ratio_all[*]}" \
    "$(printf '%s\n' "${ratio_all[@]}" | median)" "$(printf '%s\n' "${p99_all[@]}" | sort -g | tail -n 1)"
done
echo "(API p99: the highest of the rounds.)"
