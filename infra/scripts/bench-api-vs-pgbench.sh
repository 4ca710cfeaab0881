#!/usr/bin/env bash
# The API's throughput on two tenant-scoped reads against pgbench running the same SQL (the statements of
# one request, infra/bench/*.sql) on the same database in the same run, and the API's latency at 16
# connections. Loopback only; bounded (about 16 minutes); stops the API it starts.
#
#   infra/scripts/bench-api-vs-pgbench.sh
#
# It measures in two layouts of the machine's CPUs (BENCH_LAYOUTS, default "split shared"):
# - split: PostgreSQL on the first half of the CPUs, the API, wrk and pgbench's client on the other half, as
#   when the database has a server of its own. pgbench then shows what PostgreSQL can serve on its CPUs, and the
#   ratio says how much of that the API delivers. Needs PostgreSQL on this machine and the right to set its
#   processes' CPU affinity (root, or the postgres user); their affinity is put back when the script ends.
# - shared: everything on all CPUs. The API's CPU then comes out of PostgreSQL's, so the ratio says how the
#   API's cost per request compares with PostgreSQL's own for the same read.
# Beside the ratio it prints where the CPU went (from /proc): the API process's CPU per request, and the whole
# machine's busy time per API request and per pgbench transaction.
#
# Needs wrk, pgbench, psql, curl and taskset (Debian: apt-get install wrk postgresql-client util-linux), the
# built API jar (mvn -pl platform-api -am package -DskipTests) and a PostgreSQL to own a database
# `platform_bench` (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD; default 127.0.0.1:5432 as
# postgres). The first run seeds the demo tenants into it (about a minute); later runs reuse them.
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

for tool in wrk pgbench psql curl taskset "$api_java"; do
  command -v "$tool" >/dev/null || { echo "Needs $tool on the PATH."; exit 2; }
done

# The split layout: PostgreSQL's server process and every backend it forks on db_cpus, the rest on app_cpus.
cpus="$(nproc)"
cpu_range() { if (( $1 == $2 )); then echo "$1"; else echo "$1-$2"; fi; }
db_cpus="$(cpu_range 0 $(( cpus / 2 - 1 )))" app_cpus="$(cpu_range $(( cpus / 2 )) $(( cpus - 1 )))"
postmaster="" postmaster_cpus=""
pin_postgres() { # cpu list
  local pid
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do taskset -a -p -c "$1" "$pid" > /dev/null; done
}
api_pid=""
cleanup() {
  kill $api_pid 2>/dev/null || true; wait $api_pid 2>/dev/null || true
  [[ -z $postmaster_cpus ]] || pin_postgres "$postmaster_cpus" || true
  rm -rf "$work"
}
trap cleanup EXIT

json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
# median of the numbers on stdin
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# CPU time in clock ticks: the whole machine's busy time, and one process's (user + system).
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
tick_us="$(( 1000000 / $(getconf CLK_TCK) ))"
# per_unit <ticks> <per second>: microseconds of CPU for each of the second's requests or transactions
per_unit() { awk "BEGIN{printf \"%.0f\", $1 * $tick_us / ($2 * $seconds)}"; }

# measure <layout>: starts the API as the layout wants it, prints one line a read, stops the API.
measure() {
  local pin=()
  BENCH_API_CPUS=""
  if [[ $1 == split ]]; then pin=(taskset -c "$app_cpus"); BENCH_API_CPUS="$app_cpus"; fi
  bench_start_api "$api_port" "$work/api.log" ${BENCH_JAVA_OPTS:-} > /dev/null
  local java_pid
  java_pid="$(pgrep -P "$api_pid")"   # bench_start_api runs java under timeout

  local admin_token mentee_token tenant mentee roadmap
  admin_token="$(demo_login "$api" admin)"
  mentee_token="$(demo_login "$api" mentee)"
  tenant="$(curl -fs "$api/api/me" -H "Authorization: Bearer $mentee_token" | json_field tenantId)"
  mentee="$(curl -fs "$api/api/me" -H "Authorization: Bearer $mentee_token" | json_field id)"
  roadmap="$(curl -fs "$api/api/roadmaps" -H "Authorization: Bearer $mentee_token" | json_field id)"

  # wrk's figures: requests/s, p50, p99 (ms), and fails on any non-2xx answer.
  api_run() { # token path seconds
    local out
    out="$("${pin[@]}" wrk -t2 -c"$connections" -d"$3s" --latency -H "Authorization: Bearer $1" "$api$2")"
    if grep -q 'Non-2xx' <<<"$out"; then echo "$out" >&2; echo "The API answered errors." >&2; exit 1; fi
    awk '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2}
         function ms(v){ if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; return v*1000 }
         END { printf "%.0f %.1f %.1f\n", rps, ms(p50), ms(p99) }' <<<"$out"
  }
  pgbench_run() { # script seconds
    PGOPTIONS='-c role=platform_app' "${pin[@]}" pgbench -h "$host" -p "$port" -U "$user" -n -M prepared \
      -c"$connections" -j2 -T"$2" -D tenant="$tenant" -D roadmap="$roadmap" -D mentee="$mentee" \
      -D after_id=00000000-0000-0000-0000-000000000000 -D limit=51 -f "infra/bench/$1" "$db" 2>&1 \
      | awk '/^tps/{printf "%.0f\n", $3}'
  }

  local scenario name token path script rps p99 tps
  for scenario in "people page of 50|$admin_token|/api/people?limit=50|people-page.sql" \
                  "one roadmap|$mentee_token|/api/roadmaps/$roadmap|roadmap-read.sql"; do
    IFS='|' read -r name token path script <<<"$scenario"
    # Warm-up: on 2 cores under this load the JIT keeps compiling for about 50 s (jstat -compiler: compile time
    # stops growing only then), taking a core from the API; measuring earlier times the compiler, not the API.
    api_run "$token" "$path" "${BENCH_WARMUP:-90}" > /dev/null
    pgbench_run "$script" 5 > /dev/null
    local rps_all=() tps_all=() ratio_all=() p99_all=() api_cpu=() api_run_cpu=() pgbench_run_cpu=()
    local busy0 java0
    for _ in $(seq "$rounds"); do
      busy0="$(machine_ticks)" java0="$(process_ticks "$java_pid")"
      read -r rps _ p99 <<<"$(api_run "$token" "$path" "$seconds")"
      [[ -n $rps ]] || exit 1
      api_cpu+=("$(per_unit "$(( $(process_ticks "$java_pid") - java0 ))" "$rps")")
      api_run_cpu+=("$(per_unit "$(( $(machine_ticks) - busy0 ))" "$rps")")
      busy0="$(machine_ticks)"
      tps="$(pgbench_run "$script" "$seconds")"
      pgbench_run_cpu+=("$(per_unit "$(( $(machine_ticks) - busy0 ))" "$tps")")
      rps_all+=("$rps") tps_all+=("$tps") p99_all+=("$p99")
      ratio_all+=("$(awk "BEGIN{printf \"%.2f\", $rps/$tps}")")
    done
    printf '%-8s %-18s %-17s %-17s %-16s %6s %5s ms %9s %9s %9s\n' "$1" "$name" "${rps_all[*]}" \
      "${tps_all[*]}" "${ratio_all[*]}" "$(printf '%s\n' "${ratio_all[@]}" | median)" \
      "$(printf '%s\n' "${p99_all[@]}" | sort -g | tail -n 1)" "$(printf '%s\n' "${api_cpu[@]}" | median)" \
      "$(printf '%s\n' "${api_run_cpu[@]}" | median)" "$(printf '%s\n' "${pgbench_run_cpu[@]}" | median)"
  done
  kill $api_pid; wait $api_pid 2>/dev/null || true; api_pid=""
}

layouts="${BENCH_LAYOUTS:-split shared}"
if [[ $layouts == *split* ]]; then
  # The server's process id is the first line of postmaster.pid in its data directory.
  data_dir="$(psql_ -d "$db" -c "SELECT current_setting('data_directory')" 2>/dev/null || true)"
  postmaster="$(head -n 1 "$data_dir/postmaster.pid" 2>/dev/null || true)"
  postmaster_cpus="$(taskset -p -c "${postmaster:-0}" 2>/dev/null | sed 's/.*: //' || true)"
  if (( cpus < 2 )) || [[ -z $postmaster_cpus ]] || ! pin_postgres "$db_cpus" 2>/dev/null; then
    echo "The split layout needs 2 CPUs and PostgreSQL's processes on this machine, with the right to set their"
    echo "CPU affinity; measuring the shared layout only."
    postmaster_cpus="" layouts="shared"
  else
    echo "Split layout: PostgreSQL on CPUs $db_cpus; the API, wrk and pgbench on CPUs $app_cpus."
  fi
fi

printf '\n%-8s %-18s %-17s %-17s %-16s %6s %8s %9s %9s %9s\n' "layout" "read ($connections conn.)" \
  "API req/s" "pgbench tx/s" "ratio" "median" "API p99" "API CPU" "all CPU" "all CPU"
printf '%-8s %-18s %-17s %-17s %-16s %6s %8s %9s %9s %9s\n' "" "" "by round" "by round" "by round" "" \
  "(worst)" "µs/req" "µs/req" "µs/tx"
for layout in $layouts; do
  [[ $layout == split && -n $postmaster_cpus ]] && pin_postgres "$db_cpus"
  [[ $layout == shared && -n $postmaster_cpus ]] && pin_postgres "$postmaster_cpus"
  measure "$layout"
done
echo "(API p99: the highest of the rounds. CPU: medians of the rounds, from /proc; API CPU is the API's process, all"
echo " CPU the whole machine's busy time during the API's rounds (per request) and pgbench's (per transaction).)"
