#!/usr/bin/env bash
# Where the API's CPU goes on one read under load. Starts the API on the benchmark database as
# bench-api-vs-pgbench.sh does, warms it up with wrk, samples it with async-profiler for PROFILE_SECONDS of the
# same load (CPU time, with the kernel's frames where the machine lets perf events see them), writes a flame
# graph and prints where the samples fell, by part of the stack. Loopback only; bounded (about two and a half
# minutes); stops the API it starts.
#
#   infra/scripts/profile-api.sh                                    # the people page of 50, as the demo admin
#   PROFILE_WHO=mentee PROFILE_PATH=/api/me/notifications infra/scripts/profile-api.sh
#
# Needs what bench-api-vs-pgbench.sh needs but pgbench, and Maven: async-profiler comes from Maven Central
# (tools.profiler:async-profiler) into platform-api/target/profiler, where the flame graph (profile.html, open
# it in a browser) and the collapsed stacks (profile.collapsed) are written. Settings: PROFILE_PATH, PROFILE_WHO
# (a demo login: admin, manager, mentor, mentee, leader), PROFILE_WARMUP (75 s), PROFILE_SECONDS (30 s),
# PROFILE_CONNECTIONS (16), PROFILE_EVENT (cpu; itimer where perf events are refused), BENCH_API_PORT, and
# the benchmark database's settings (bench-common.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

source infra/scripts/bench-common.sh
source infra/scripts/api-jvm.sh
path="${PROFILE_PATH:-/api/people?limit=50}"
who="${PROFILE_WHO:-admin}"
connections="${PROFILE_CONNECTIONS:-16}"
api_port="${BENCH_API_PORT:-18482}"
api="http://127.0.0.1:$api_port"
out=platform-api/target/profiler
jcmd="$(dirname "$(command -v "$api_java")")/jcmd"

for tool in wrk psql curl mvn unzip "$api_java" "$jcmd"; do
  command -v "$tool" >/dev/null || { echo "Needs $tool on the PATH."; exit 2; }
done
case "$(uname -m)" in
  x86_64) platform=linux-x64 ;;
  aarch64) platform=linux-arm64 ;;
  *) echo "async-profiler has no library for $(uname -m)."; exit 2 ;;
esac
mkdir -p "$out"
if [[ ! -f $out/libasyncProfiler.so ]]; then
  mvn -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:${PROFILER_VERSION:-4.1}" -DoutputDirectory="$out"
  unzip -o -q -j "$out"/async-profiler-*.jar "$platform/libasyncProfiler.so" -d "$out"
fi
profiler="$(cd "$out" && pwd)/libasyncProfiler.so"

api_pid=""
trap 'kill $api_pid 2>/dev/null || true; wait $api_pid 2>/dev/null || true' EXIT
bench_start_api "$api_port" "$out/api.log"
java_pid="$(pgrep -P "$api_pid")"   # bench_start_api runs java under timeout
token="$(demo_login "$api" "$who")"
load() { wrk -t2 -c"$connections" -d"$1s" --latency -H "Authorization: Bearer $token" "$api$path"; }
# async-profiler's own commands, given to the JVM it was loaded into (quoted whole, or jcmd splits them at "=")
profiler_do() { "$jcmd" "$java_pid" JVMTI.agent_load "$profiler" "\"$1\"" > /dev/null; }

echo "Warming up on $path as $who for ${PROFILE_WARMUP:-75} s (the JIT compiles for most of a minute)..."
load "${PROFILE_WARMUP:-75}" | awk '/Requests\/sec/ {print "  warm-up: " $2 " requests/s"}'
profiler_do "start,event=${PROFILE_EVENT:-cpu},interval=1ms"
load "${PROFILE_SECONDS:-30}" | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print "  profiled: " rps " requests/s, p99 " p99}'
profiler_do "dump,file=$(pwd)/$out/profile.collapsed,collapsed"
profiler_do "stop,file=$(pwd)/$out/profile.html"

# Each sample goes to the first part whose frames its stack holds, in this order (the driver's socket reads sit
# below the platform's code, which sits below the HTTP handling).
awk '
  BEGIN {
    n = split("PostgreSQL driver, its socket and the kernel under it|connection pool and transactions|" \
              "JSON writing|security filter and token check|the platform'"'"'s own code|" \
              "HTTP: Netty, routing, other filters|JIT compilers|garbage collection|other", part, "|")
    pattern[1] = "org/postgresql"; pattern[2] = "com/zaxxer|io/micronaut/transaction|io/micronaut/data/connection"
    pattern[3] = "io/micronaut/serde|com/fasterxml/jackson"; pattern[4] = "io/micronaut/security"
    pattern[5] = "com/mentorplatform"; pattern[6] = "io/netty|io/micronaut/http|io/micronaut/web"
    pattern[7] = "CompileBroker|C2Compiler|Compilation::"; pattern[8] = "G1|GCTaskThread|ConcurrentGCThread"
  }
  {
    count = $NF; stack = $0; sub(/ [0-9]+$/, "", stack); total += count
    frames = split(stack, frame, ";"); self[frame[frames]] += count
    for (i = 1; i < n; i++) if (stack ~ pattern[i]) break
    samples[i] += count
  }
  END {
    printf "\nWhere the API'"'"'s CPU samples fell (%d samples; flame graph: '"$out"'/profile.html)\n", total
    for (i = 1; i <= n; i++) printf "  %5.1f %%  %s\n", 100 * samples[i] / total, part[i]
    print "\nBusiest frames (self time):"; fflush()
    for (f in self) printf "  %5.1f %%  %s\n", 100 * self[f] / total, f | "sort -rn | head -n 12"
  }' "$out/profile.collapsed"
