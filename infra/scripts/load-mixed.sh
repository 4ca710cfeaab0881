#!/usr/bin/env bash
# A mixed load against a running API with the demo tenants (./run.sh, or the API jar with
# PLATFORM_DEMO=true): CONNECTIONS concurrent connections for DURATION, each request drawn at random from
#   logins 5 %, people pages 25 %, roadmap reads 20 %, check-in writes 10 %, check-in pages 10 %,
#   HR analytics (completion) 15 %, leader dashboard (participation) 15 %,
# spread over the acme and globex tenants. Reports throughput, errors (by status) and p50/p95/p99.
# Loopback only. Uses wrk (apt-get install -y wrk).
#
# Usage: infra/scripts/load-mixed.sh            Knobs: API_URL (http://127.0.0.1:8080), CONNECTIONS (200),
#        DURATION (60s, at most 60 s), THREADS (2), PASSWORD (demo-password-1)
set -euo pipefail

API_URL="${API_URL:-http://127.0.0.1:8080}"
CONNECTIONS="${CONNECTIONS:-200}"
DURATION="${DURATION:-60s}"
THREADS="${THREADS:-2}"
PASSWORD="${PASSWORD:-demo-password-1}"

case "$API_URL" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "API_URL must be on the loopback interface (http://127.0.0.1:PORT)"; exit 2 ;;
esac
seconds="${DURATION%s}"
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -le 60 ]] || { echo "DURATION must be 60s or less"; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }

login() { # tenant email -> access token
  curl -fsS -H 'Content-Type: application/json' "$API_URL/api/auth/login" \
    -d "{\"tenant\":\"$1\",\"email\":\"$2\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
first_id() { # token path -> the first "id" in the answer
  curl -fsS -H "Authorization: Bearer $1" "$API_URL$2" | grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4
}

lua="$(mktemp /tmp/load-mixed.XXXXXX.lua)"
trap 'rm -f "$lua"' EXIT
{
  echo "tenants = {"
  for tenant in acme globex; do
    admin="$(login "$tenant" "admin@$tenant.example")"
    mentor="$(login "$tenant" "mentor@$tenant.example")"
    mentee="$(login "$tenant" "mentee@$tenant.example")"
    leader="$(login "$tenant" "leader@$tenant.example")"
    pair="$(first_id "$mentor" /api/me/pairs)"
    roadmap="$(first_id "$mentee" /api/roadmaps)"
    [[ -n "$pair" && -n "$roadmap" ]] || { echo "No demo pair or roadmap in $tenant: is the API seeded with PLATFORM_DEMO=true?" >&2; exit 1; }
    echo "  {slug=\"$tenant\", admin=\"$admin\", mentor=\"$mentor\", mentee=\"$mentee\", leader=\"$leader\","
    echo "   pair=\"$pair\", roadmap=\"$roadmap\"},"
  done
  echo "}"
  echo "password = \"$PASSWORD\""
  cat <<'LUA'
local mix = {
  {5,  "login"}, {25, "people"}, {20, "roadmap"}, {10, "checkin_write"}, {10, "checkins"},
  {15, "analytics"}, {15, "leader"},
}
local n = 0

local function get(path, token)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

local function pick()
  local r = math.random(100)
  for _, entry in ipairs(mix) do
    r = r - entry[1]
    if r <= 0 then return entry[2] end
  end
  return "people"
end

function init(args)
  math.randomseed(os.time() + id * 7919)
  statuses = {}
end

function request()
  local t = tenants[math.random(#tenants)]
  local kind = pick()
  n = n + 1
  if kind == "login" then
    return wrk.format("POST", "/api/auth/login", {["Content-Type"] = "application/json"},
      string.format('{"tenant":"%s","email":"mentee@%s.example","password":"%s"}', t.slug, t.slug, password))
  elseif kind == "people" then
    return get("/api/people?limit=50", t.admin)
  elseif kind == "roadmap" then
    return get("/api/roadmaps/" .. t.roadmap, t.mentee)
  elseif kind == "checkin_write" then
    local day = 1 + n % 28
    return wrk.format("POST", "/api/pairs/" .. t.pair .. "/check-ins",
      {["Authorization"] = "Bearer " .. t.mentor, ["Content-Type"] = "application/json"},
      string.format('{"status":"SCHEDULED","occursAt":"2027-09-%02dT10:00:00Z","durationMinutes":30,"agenda":"Load test"}', day))
  elseif kind == "checkins" then
    return get("/api/pairs/" .. t.pair .. "/check-ins?limit=20", t.mentor)
  elseif kind == "analytics" then
    return get("/api/analytics/completion", t.admin)
  else
    return get("/api/leader/participation", t.leader)
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local byStatus = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      byStatus[status] = (byStatus[status] or 0) + count
    end
  end
  local e = summary.errors
  io.write(string.format("\nrequests: %d in %.1f s = %.0f req/s\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write("answers by status:")
  for status, count in pairs(byStatus) do io.write(string.format("  %d: %d", status, count)) end
  io.write(string.format("\nerrors: non-2xx/3xx %d, connect %d, read %d, write %d, timeout %d\n",
    e.status, e.connect, e.read, e.write, e.timeout))
end
LUA
} > "$lua"

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION against $API_URL (mixed: see the top of this script)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$lua" "$API_URL"
