# Sourced by bench-api-vs-pgbench.sh and start-time.sh: the benchmark database and the demo logins.
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
