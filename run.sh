#!/usr/bin/env bash
# Builds the platform and starts the API and the console with demo data, then waits.
# Ctrl-C stops both. Ports: PLATFORM_API_PORT (8080), PLATFORM_UI_PORT (8081).
# Data (embedded PostgreSQL, logs, a generated signing key) lives in .platform-data/.
set -euo pipefail
cd "$(dirname "$0")"

api_port="${PLATFORM_API_PORT:-8080}"
ui_port="${PLATFORM_UI_PORT:-8081}"
data_dir="${PLATFORM_DATA_DIR:-$PWD/.platform-data}"
mkdir -p "$data_dir/logs"

echo "Building (mvn -DskipTests package)..."
mvn -q -B -DskipTests package

# One signing key per installation, so access tokens survive restarts of the API.
if [[ -z "${PLATFORM_JWT_SECRET:-}" ]]; then
  [[ -s "$data_dir/jwt-secret" ]] || head -c 48 /dev/urandom | base64 | tr -d '\n' > "$data_dir/jwt-secret"
  PLATFORM_JWT_SECRET="$(cat "$data_dir/jwt-secret")"
fi

pids=()
stop_all() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_all EXIT INT TERM

wait_for() { # name url log seconds
  for _ in $(seq "$4"); do
    curl -fsS -o /dev/null "$2" 2>/dev/null && return 0
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then
      echo "The $1 stopped while starting; the end of $3:"; tail -n 30 "$3"; exit 1
    fi
    sleep 1
  done
  echo "The $1 did not answer at $2 within $4 s; see $3"; exit 1
}

# The API's start-up cache (infra/scripts/api-jvm.sh): the JVM maps what an earlier run loaded instead of
# reading and linking it from the jar again. A cache fits one jar exactly (its size and time), so the jar
# runs from a copy that is replaced only when the build changed what is in it (every build stamps new times
# on the same classes), and the first run on a new jar records the cache when it stops.
source infra/scripts/api-jvm.sh
api_jar="$data_dir/platform-api.jar"
api_cache="$data_dir/platform-api"
jar_contents() { # the names and CRCs of a jar's entries (unzip), else its bytes
  if command -v unzip > /dev/null; then unzip -v "$1" | awk '$7 ~ /^[0-9a-f]{8}$/ {print $7, $8}' | sort | cksum; else cksum < "$1"; fi
}
if [[ ! -f $api_jar || "$(jar_contents platform-api/target/platform-api.jar)" != "$(jar_contents "$api_jar")" ]]; then
  cp platform-api/target/platform-api.jar "$api_jar"
  rm -f "$api_cache.jsa" "$api_cache.aot"
fi

echo "Starting the API on port $api_port..."
PLATFORM_DEMO="${PLATFORM_DEMO:-true}" PLATFORM_API_PORT="$api_port" PLATFORM_DATA_DIR="$data_dir" \
  PLATFORM_JWT_SECRET="$PLATFORM_JWT_SECRET" \
  PLATFORM_PUBLIC_API_URL="${PLATFORM_PUBLIC_API_URL:-http://localhost:$api_port}" \
  PLATFORM_CONSOLE_URL="${PLATFORM_CONSOLE_URL:-http://localhost:$ui_port}" \
  "$api_java" "$(api_start_cache "$api_cache")" -jar "$api_jar" > "$data_dir/logs/api.log" 2>&1 &
pids+=($!)
wait_for API "http://localhost:$api_port/health" "$data_dir/logs/api.log" 180
grep -m1 "Database:" "$data_dir/logs/api.log" || true

echo "Starting the console on port $ui_port..."
PLATFORM_UI_PORT="$ui_port" PLATFORM_API_URL="http://localhost:$api_port" \
  java -jar platform-ui/target/platform-ui.jar > "$data_dir/logs/console.log" 2>&1 &
pids+=($!)
wait_for console "http://localhost:$ui_port/" "$data_dir/logs/console.log" 120

cat <<BANNER

  Mentoring platform is running.

  Console   http://localhost:$ui_port/
  API       http://localhost:$api_port/api   (OpenAPI: http://localhost:$api_port/openapi.yml,
                                              browsable: http://localhost:$api_port/openapi/ui)
  Health    http://localhost:$api_port/health   Metrics: http://localhost:$api_port/prometheus
  Logs      $data_dir/logs/

  Demo logins (password demo-password-1):
    tenant acme      admin@acme.example     (tenant admin + programme manager)
                     mentor@acme.example    mentee@acme.example    (a pair: Kemi Osei mentors Tara Tanaka)
                     leader@acme.example    manager@acme.example   (programme manager, not an admin)
                     new-mentor@acme.example  new-mentee@acme.example  (in "Autumn 2027", to match)
    tenant globex    admin@globex.example   (tenant admin + programme manager)
                     mentor@globex.example  mentee@globex.example  leader@globex.example
                     manager@globex.example
    tenant platform  operator@platform.example (platform operator)

  Press Ctrl-C to stop.
BANNER
wait
