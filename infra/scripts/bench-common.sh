# Sourced by bench-api-vs-pgbench.sh, profile-api.sh and start-time.sh: the benchmark database, the API on it
# and the demo logins.
# BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD, BENCH_DB (default 127.0.0.1:5432,
# postgres, platform_bench).
host="${BENCH_PG_HOST:-127.0.0.1}"
port="${BENCH_PG_PORT:-5432}"
user="${BENCH_PG_USER:-postgres}"
db="${BENCH_DB:-platform_bench}"
export PGPASSWORD="${BENCH_PG_PASSWORD:-}"
db_url="jdbc:postgresql://$host:$port/$db"

# demo_login <api base url> <who>: the access token of who@acme.example
demo_login() {
  curl -fs -X POST "$1/api/auth/login" -H 'content-type: application/json' \
    -d "{\"tenant\":\"acme\",\"email\":\"$2@acme.example\",\"password\":\"demo-password-1\"}" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

psql_() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -Atq "$@"; }

# bench_start_api <port> <log file> [JVM options...]: starts the built API jar on the Java of api-jvm.sh (source it
# first) against the benchmark database, creating the database and seeding the demo tenants on first use, waits
# until /health answers and sets api_pid; the caller stops it. The API stops by itself after 15 minutes. With
# BENCH_API_CPUS set (a taskset list such as 1 or 2-3) the API runs on those CPUs only, and sizes itself for them.
bench_start_api() {
  local api_port="$1" log="$2"
  shift 2
  local jar=platform-api/target/platform-api.jar
  [[ -f $jar ]] || { echo "Build the API first: mvn -pl platform-api -am package -DskipTests"; exit 2; }
  psql_ -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql_ -d postgres -c "CREATE DATABASE $db"
  echo "Starting the API on http://127.0.0.1:$api_port (database $db, Java $(api_java_release))..."
  PLATFORM_DB_URL="$db_url" PLATFORM_DB_USER="$user" PLATFORM_DB_PASSWORD="$PGPASSWORD" \
    PLATFORM_DEMO=true PLATFORM_API_PORT="$api_port" PLATFORM_ANALYTICS_FIRST_REFRESH=24h \
    PLATFORM_JWT_SECRET="bench-only-secret-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" \
    timeout 900 ${BENCH_API_CPUS:+taskset -c "$BENCH_API_CPUS"} "$api_java" "$@" -jar "$jar" > "$log" 2>&1 &
  api_pid=$!
  for _ in $(seq 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$api_port/health" && break
    kill -0 $api_pid 2>/dev/null || { tail -n 30 "$log"; exit 1; }
    sleep 0.5
  done
  # Fresh demo rows need statistics before any plan is fair; autovacuum would gather them within a minute.
  psql_ -d "$db" -c "ANALYZE"
}
