#!/usr/bin/env bash
# Restarts PostgreSQL under a steady stream of writes and reports what the clients saw.
#
# Starts a scratch PostgreSQL 15 cluster on a free loopback port (as the `postgres` OS user), runs the
# packaged API on it with the demo tenants, and writes journal entries over HTTP one after another,
# recording every answer. After WARM_SECONDS it stops PostgreSQL (fast mode), waits DOWN_SECONDS,
# starts it again and keeps writing for AFTER_SECONDS. Then it reports:
#   - the answers while the database was down, by status and content type (want: 503 problem+json),
#     the slowest of them, and any 5xx other than 503; the write in flight when PostgreSQL stops belongs
#     to the outage too (a 2xx or a 503 problem+json), not to the minutes before it;
#   - the time from the database being back to the first 2xx (target <= 10 s);
#   - writes acknowledged with 2xx whose row is missing from the database (target 0).
# Exits 1 when a target is missed. Everything is bound to 127.0.0.1 and removed at the end.
#
# Usage: infra/scripts/db-restart-fault.sh   (build first: mvn -B -o -q -pl platform-api -am package -DskipTests)
# Knobs: WARM_SECONDS (10) DOWN_SECONDS (5) AFTER_SECONDS (20) PG_BIN (/usr/lib/postgresql/15/bin)
#        API_JAR (platform-api/target/platform-api.jar) KEEP_DIR=1 keeps the scratch directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
API_JAR="${API_JAR:-platform-api/target/platform-api.jar}"
WARM_SECONDS="${WARM_SECONDS:-10}"
DOWN_SECONDS="${DOWN_SECONDS:-5}"
AFTER_SECONDS="${AFTER_SECONDS:-20}"
REQUEST_TIMEOUT=15

[[ -x "$PG_BIN/pg_ctl" ]] || { echo "No PostgreSQL binaries at $PG_BIN (set PG_BIN)"; exit 2; }
[[ -f "$API_JAR" ]] || { echo "No API jar at $API_JAR: mvn -B -o -q -pl platform-api -am package -DskipTests"; exit 2; }
id postgres >/dev/null 2>&1 || { echo "Needs a 'postgres' OS user to run the scratch cluster as"; exit 2; }

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "No free port found" >&2; return 1
}
now_ms() { date +%s%3N; }

work="$(mktemp -d /tmp/db-restart-fault.XXXXXX)"
chmod 755 "$work"
mkdir "$work/pg" && chown postgres: "$work/pg"
pg_port="$(free_port)"
api_port="$(free_port)"
api_pid=""
as_pg() { runuser -u postgres -- "$@"; }
pg_ctl() { as_pg "$PG_BIN/pg_ctl" -D "$work/pg/data" "$@"; }

cleanup() {
  [[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
  pg_ctl stop -m immediate >/dev/null 2>&1 || true
  if [[ "${KEEP_DIR:-}" == 1 ]]; then echo "Scratch directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "Scratch PostgreSQL on 127.0.0.1:$pg_port, API on 127.0.0.1:$api_port, files in $work"
as_pg "$PG_BIN/initdb" -D "$work/pg/data" -U postgres -A trust >/dev/null
start_pg() {
  pg_ctl -w -t 30 -l "$work/pg/server.log" \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pg" start >/dev/null
}
start_pg
as_pg "$PG_BIN/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE mentoring" >/dev/null

PLATFORM_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/mentoring" PLATFORM_DB_USER=postgres \
  PLATFORM_API_PORT="$api_port" PLATFORM_DEMO=true \
  PLATFORM_JWT_SECRET="fault-test-secret-$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')" \
  timeout 600 java -Xmx768m -jar "$API_JAR" > "$work/api.log" 2>&1 &
api_pid=$!
for i in $(seq 240); do
  curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health" 2>/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || { echo "The API stopped while starting:"; tail -n 30 "$work/api.log"; exit 1; }
  [[ $i == 240 ]] && { echo "The API did not start within 240 s"; exit 1; }
  sleep 1
done
echo "API up (demo tenants seeded)"

token="$(curl -fsS -H 'Content-Type: application/json' "http://127.0.0.1:$api_port/api/auth/login" \
  -d '{"tenant":"acme","email":"mentee@acme.example","password":"demo-password-1"}' \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')" || { echo "Demo login failed; see $work/api.log"; exit 1; }

# One writer, one request at a time: each line is start_ms end_ms status content_type id.
writes="$work/writes.txt"
: > "$writes"
writer() {
  local n=0 out start end status ctype id
  while [[ ! -e "$work/stop" ]]; do
    n=$((n + 1))
    start="$(now_ms)"
    out="$(curl -sS -o "$work/body" -w '%{http_code} %{content_type}' --max-time "$REQUEST_TIMEOUT" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      "http://127.0.0.1:$api_port/api/journal" \
      -d "{\"entryOn\":\"$(date -u +%F)\",\"title\":\"Fault entry $n\",\"body\":\"Written during the restart test.\"}" \
      2>/dev/null || echo "000 none")"
    end="$(now_ms)"
    status="${out%% *}"; ctype="${out#* }"; ctype="${ctype%%;*}"
    id=-
    if [[ "$status" == 2* ]]; then id="$(sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/' "$work/body")"
    elif [[ ! -e "$work/example.$status" ]]; then cp "$work/body" "$work/example.$status" 2>/dev/null || true; fi
    echo "$start $end $status ${ctype:-none} $id" >> "$writes"
  done
}
writer &
writer_pid=$!

sleep "$WARM_SECONDS"
down_at="$(now_ms)"
pg_ctl stop -m fast >/dev/null
echo "PostgreSQL stopped"
sleep 1
health_down="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$api_port/health" || true)"
sleep "$((DOWN_SECONDS > 1 ? DOWN_SECONDS - 1 : 0))"
start_pg
up_at="$(now_ms)"
echo "PostgreSQL started again"
sleep "$AFTER_SECONDS"
health_after="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$api_port/health" || true)"
touch "$work/stop"
wait "$writer_pid" || true

# Acknowledged ids against the table, read as the owner (row-level security does not apply to it).
awk '$5 != "-" {print $5}' "$writes" | sort > "$work/acked.txt"
as_pg "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$pg_port" -U postgres -d mentoring \
  -c "SELECT id FROM journal_entries WHERE title LIKE 'Fault entry %'" | sort > "$work/stored.txt"
missing="$(comm -23 "$work/acked.txt" "$work/stored.txt" | wc -l)"

report="$(awk -v down="$down_at" -v up="$up_at" '
  { n++; s[n] = $1; e[n] = $2; st[n] = $3; ct[n] = $4
    if ($3 ~ /^2/) { acked++; if ($1 >= up && first == "") first = $2 - up } }
  END {
    for (i = 1; i <= n; i++) {
      dur = e[i] - s[i]; if (dur > slowest_all) slowest_all = dur
      if (s[i] >= down && s[i] < up) {
        during++; by[st[i] " " ct[i]]++; if (dur > slowest) slowest = dur
        if (!(st[i] == "503" && ct[i] == "application/problem+json")) bad++
      } else if (s[i] < down && e[i] >= down) {
        # in flight when PostgreSQL stopped: a 2xx, or the same 503 problem+json as during the outage
        if (st[i] !~ /^2/ && !(st[i] == "503" && ct[i] == "application/problem+json")) bad++
      } else if (s[i] < down || e[i] > up + first) {
        if (st[i] !~ /^2/) other++
      }
    }
    printf "requests: %d, acknowledged (2xx): %d\n", n, acked
    printf "started while the database was down (%d ms): %d\n", up - down, during
    for (k in by) printf "  status %-36s %d\n", k, by[k]
    printf "slowest answer while down: %d ms; slowest overall: %d ms\n", slowest, slowest_all
    printf "answers while down other than 503 problem+json: %d\n", bad + 0
    printf "non-2xx before the outage or after recovery: %d\n", other + 0
    printf "database back -> first 2xx: %s ms\n", first == "" ? "never" : first
    print (bad + 0) " " (first == "" ? 999999 : first) " " (slowest + 0) " " (other + 0) > "/dev/stderr"
  }' "$writes" 2> "$work/verdict")"
echo
echo "$report"
echo "health while down: HTTP $health_down; after: HTTP $health_after"
echo "acknowledged writes missing from the database: $missing"
for example in "$work"/example.*; do
  [[ -e "$example" ]] && echo "a ${example##*.} answer: $(head -c 300 "$example")"
done
echo "(raw answers: $writes; API log: $work/api.log; KEEP_DIR=1 keeps them)"

read -r bad first slowest other < "$work/verdict"
fail=0
[[ "$bad" == 0 ]] || { echo "FAIL: answers other than 503 while the database was down"; fail=1; }
(( first <= 10000 )) || { echo "FAIL: the first 2xx came more than 10 s after the database returned"; fail=1; }
(( slowest <= 5000 )) || { echo "FAIL: an answer took more than 5 s while the database was down"; fail=1; }
[[ "$other" == 0 ]] || { echo "FAIL: errors outside the outage"; fail=1; }
[[ "$missing" == 0 ]] || { echo "FAIL: acknowledged writes are missing"; fail=1; }
[[ "$health_down" == 503 ]] || { echo "FAIL: /health did not report DOWN (503) while the database was down"; fail=1; }
[[ "$fail" == 0 ]] && echo "PASS"
exit "$fail"
