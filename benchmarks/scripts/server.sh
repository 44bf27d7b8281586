#!/usr/bin/env bash
# Part "server" of benchmarks/run: Kafo's WAR on Payara Micro, with the run command's heap bound, under the
# load of org.kafo.bench.load.LoadMain (the ping without and with a token, a framework, its indicators, the
# country's, the cockpit and plan pages signed in, the adoption of a plan): a closed loop at a fixed
# concurrency, an open loop at fixed shares of its throughput, and wrk on the same requests; on its default
# H2 database with the demonstration data, then (shorter) on PostgreSQL.
# Writes $RESULTS/server.md. Needs BENCH_JAVA (JDK 21+), BENCH_JAR, RESULTS; KAFO_TEST_PG_* for the second run;
# wrk (Debian's package, installed when missing).
# Knobs: KAFO_BENCH_CONNECTIONS (10), KAFO_BENCH_WARMUP (10 s), KAFO_BENCH_DURATION (15 s), KAFO_BENCH_RUNS (3),
# KAFO_BENCH_OPEN (0.5,0.8: the open loop's shares of the closed loop's throughput; none to skip),
# KAFO_BENCH_OPEN_RUNS (1 per share), KAFO_BENCH_WRK_RUNS (as KAFO_BENCH_RUNS; 0 to skip wrk),
# KAFO_HEAP (512m, the run command's), KAFO_BENCH_SERVER_PORT (8291), KAFO_BENCH_PG_DURATION (8 s, 0 to skip PostgreSQL).
# About 20 minutes on 2 quiet cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BENCH_JAVA:?}" "${BENCH_JAR:?}" "${RESULTS:?}"

PORT=${KAFO_BENCH_SERVER_PORT:-8291}
CONNECTIONS=${KAFO_BENCH_CONNECTIONS:-10}
WARMUP=${KAFO_BENCH_WARMUP:-10}
DURATION=${KAFO_BENCH_DURATION:-15}
RUNS=${KAFO_BENCH_RUNS:-3}
PG_DURATION=${KAFO_BENCH_PG_DURATION:-8}
OPEN=${KAFO_BENCH_OPEN:-0.5,0.8}
OPEN_RUNS=${KAFO_BENCH_OPEN_RUNS:-1}
WRK_RUNS=${KAFO_BENCH_WRK_RUNS:-$RUNS}
HEAP=${KAFO_HEAP:-512m}
SCENARIOS=ping,ping-token,read,indicators,country,cockpit,plan,write
WAR=server-war/target/kafo.war
PAYARA=server-war/target/payara-micro.jar
PREBOOT=server-war/src/main/payara/preboot-loopback.asadmin
OUT=$RESULTS/server.md
WORK=$(mktemp -d /tmp/kafo-bench-server.XXXXXX)
# The administrator's password and the load's account's: new for every run.
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

# The cross-check's wrk: Debian's, installed when missing.
WRK=
if [ "$WRK_RUNS" -gt 0 ]; then
  if ! command -v wrk > /dev/null; then
    echo "Installing wrk from Debian's packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
  fi
  WRK=$(command -v wrk)
fi

# A bounded start (reliability/payara.sh): a start that hangs is dumped, killed and started again.
. reliability/payara.sh
server_pid=
stop_server() { payara_stop; server_pid=; }
trap 'stop_server; rm -rf "$WORK"' EXIT

# start_server NAME [-Dname=value...]: a fresh data directory, the demonstration data written at start.
start_server() {
  local name=$1; shift
  mkdir -p "$WORK/$name"
  local started=$SECONDS
  if payara_start "$WORK/$name/server.log" "http://127.0.0.1:$PORT/api/ping" \
    -Xmx"$HEAP" -XX:FlightRecorderOptions:stackdepth=512 -Dkafo.data.dir="$WORK/$name/data" \
    -Dkafo.demo.password="$PASSWORD" -Dkafo.admin.password="$PASSWORD" "$@" \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nohazelcast --disablephonehome \
    --prebootcommandfile "$PREBOOT" --rootdir "$WORK/$name/payara"; then
    server_pid=$(payara_pid)
    echo "$name: the server answers after $((SECONDS - started)) s (pid $server_pid)"
    return 0
  fi
  echo "$name: the server did not start; its log:" >&2
  tail -n 40 "$WORK/$name/server.log" >&2
  exit 1
}

# The account the load signs in as: a commune officer of every commune of the demonstration data (read
# and adopt in all 20 frameworks), opened by the administrator before the load (untimed).
USER_NAME=bench.officer
open_account() {
  local api="http://127.0.0.1:$PORT/api" admin=(-s -u "admin:$PASSWORD" -H "Content-Type: application/json")
  curl "${admin[@]}" -o /dev/null -X POST "$api/users" \
    -d "{\"username\": \"$USER_NAME\", \"displayName\": \"Benchmark officer\", \"password\": \"$PASSWORD\"}"
  local token communes
  token=$(curl "${admin[@]}" -X POST "$api/auth/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  communes=$(curl -s -H "Authorization: Bearer $token" "$api/communes?size=100" | grep -oE '"id":"[0-9a-f-]{36}"' | cut -d'"' -f4)
  for commune in $communes; do
    curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" -X POST \
      "$api/users/$USER_NAME/grants" -d "{\"role\": \"COMMUNE_OFFICER\", \"commune\": \"$commune\"}"
  done
  echo "  $USER_NAME: commune officer in $(echo "$communes" | wc -w) communes"
}

# load NAME OUT [LoadMain options...]
load() {
  local name=$1 out=$2; shift 2
  "$BENCH_JAVA" -cp "$BENCH_JAR" org.kafo.bench.load.LoadMain --base "http://127.0.0.1:$PORT" \
    --connections "$CONNECTIONS" --user "$USER_NAME" --password "$PASSWORD" --server-pid "$server_pid" \
    --out "$out" --wrk "$WRK" --wrk-runs "$(( WRK_RUNS > 0 ? WRK_RUNS : 1 ))" "$@" | sed "s/^/  /"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

before=$(loadavg)
start_server h2
open_account
load h2 "$WORK/h2.md" --scenarios "$SCENARIOS" --warmup "$WARMUP" --duration "$DURATION" --runs "$RUNS" \
  --open "$OPEN" --open-runs "$OPEN_RUNS"
after=$(loadavg)
# A profile, after the measured runs (it is not in their figures): a flight recording during a short read and
# write load, summed up for the requests through the read's and the adoption's resource methods.
JCMD=$(dirname "$BENCH_JAVA")/jcmd
"$JCMD" "$server_pid" JFR.start name=bench settings=profile > /dev/null
WRK= load h2 "$WORK/profiled.md" --scenarios read,write --warmup 0 --duration 8 --runs 1 --open none > /dev/null
"$JCMD" "$server_pid" JFR.dump name=bench filename="$WORK/h2.jfr" > /dev/null
"$JCMD" "$server_pid" JFR.stop name=bench > /dev/null
for method in FrameworkResource.framework FrameworkResource.adopt; do
  "$BENCH_JAVA" -cp "$BENCH_JAR" org.kafo.bench.load.Profile "$WORK/h2.jfr" "org.kafo.server.resource.$method" 15 \
    > "$WORK/profile-$method.md"
done
stop_server

pg_section=""
if [ "$PG_DURATION" -gt 0 ] && [ -n "${KAFO_TEST_PG_URL:-}" ]; then
  start_server pg -Dkafo.db.url="$KAFO_TEST_PG_URL" -Dkafo.db.user="${KAFO_TEST_PG_USER:-postgres}" \
    -Dkafo.db.password="${KAFO_TEST_PG_PASSWORD:-unused}"
  open_account
  load pg "$WORK/pg.md" --scenarios ping,read,write --warmup 5 --duration "$PG_DURATION" --runs 1 \
    --open "$OPEN" --open-runs 1 --wrk-runs 1
  stop_server
  pg_section=yes
fi

{
  echo "What: Kafo's WAR (\`server-war/target/kafo.war\`) on Payara Micro 7 with JDK $("$BENCH_JAVA" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/'),"
  echo "\`-Xmx$HEAP\` (the README's run command's heap bound), \`--nohazelcast --disablephonehome\`, HTTP on 127.0.0.1:$PORT,"
  echo "its default H2 file database in a fresh \`kafo.data.dir\` with the demonstration data (PACT's 20 communes, 2 plan"
  echo "cycles each). The load comes from \`org.kafo.bench.load.LoadMain\` (in \`benchmarks.jar\`) on the same machine, over"
  echo "**$CONNECTIONS keep-alive HTTP/1.1 connections**, each with one request in flight, three ways per scenario:"
  echo
  echo "1. **closed loop** (each connection sends its next request when answered: the most the server answers): a"
  echo "   ${WARMUP} s warm-up, then $RUNS runs of ${DURATION} s; the throughput targets are ratios of these medians, met"
  echo "   when wrk's ratio meets them too (before the first scenario, every scenario but the write runs ${WARMUP} s"
  echo "   unrecorded, so that the first one measured is not the coldest);"
  echo "2. **open loop** at fixed rates, $(echo "$OPEN" | sed 's/,/ and /') of the scenario's closed-loop median (the connections"
  echo "   share one evenly spaced schedule; a request leaves at its intended time, or as soon as its connection is"
  echo "   free when the server is behind, and its latency counts from the intended time: no coordinated omission),"
  echo "   latencies in HdrHistogram; $OPEN_RUNS run(s) of ${DURATION} s per rate; the p99 < 50 ms targets are judged at the"
  echo "   highest rate, every run under 50 ms;"
  echo "3. **wrk** (Debian's $("${WRK:-true}" -v 2>&1 | head -n 1 | cut -d' ' -f1-2)), \`wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency\` with a Lua"
  echo "   script on the same requests and the same headers, $WRK_RUNS run(s) per scenario, beside the closed loop."
  echo
  echo "- **ping**: \`GET /api/ping\`, a bare JAX-RS resource answering \`pong\` (no database, no rules), without credentials;"
  echo "  **ping-token**: the same with the account's \`Authorization: Bearer\` token, on the same Payara."
  echo "- **read**: \`GET /api/frameworks/{id}\`; **indicators**: \`GET /api/frameworks/{id}/indicators\` (as of today); each"
  echo "  connection turning over the 20 frameworks. **country**: \`GET /api/indicators\`, the country's, added up by the database."
  echo "- **cockpit**: the web application's \`GET /frameworks/{id}\`, and **plan**: \`GET /plans/{id}\` (each framework's latest"
  echo "  plan), signed in as a browser is (\`POST /signin\` with the csrf cookie and field; the \`kafo_session\` cookie)."
  echo "- **write**: \`POST /api/frameworks/{id}/plans\`, adopting a plan (two actions, cost shares, PDESC entries)"
  echo "  through the whole rule book. The rules want each plan adopted at a held meeting with a quorum that"
  echo "  reviewed the previous plan, so the writes go in rounds: each connection owns two frameworks; untimed,"
  echo "  it convenes the next meeting of each (a day after the last), records every member's attendance, holds"
  echo "  it and reviews the plan in force (4 requests); when every connection is ready, all send their adoptions"
  echo "  (closed loop: at once; open loop: on the schedule from the round's start), each timed. Throughput ="
  echo "  adoptions / time spent in these adopting phases; the setup requests are neither timed nor counted. wrk"
  echo "  posts the rounds' prepared adoptions (one wrk process per round). An adoption counts when answered 201;"
  echo "  *refused* counts 409/422 answers, *errors* anything else."
  echo
  echo "The server's resident size (\`VmRSS\` of \`/proc/PID/status\`) is read after each scenario's three loads."
  echo
  echo "Command: \`benchmarks/run server\` (this part alone: \`BENCH_JAVA=... BENCH_JAR=benchmarks/target/benchmarks.jar"
  echo "RESULTS=benchmarks/target/results bash benchmarks/scripts/server.sh\` after the build; a short run:"
  echo "\`KAFO_BENCH_DURATION=5 KAFO_BENCH_WARMUP=3 KAFO_BENCH_RUNS=1 benchmarks/run server\`)."
  echo
  echo "### H2 (the default database)"
  echo
  cat "$WORK/h2.md"
  echo
  if [ -n "$pg_section" ]; then
    echo "### PostgreSQL (\`KAFO_DB_URL\` to the benchmarks' PostgreSQL on 127.0.0.1; one ${PG_DURATION} s run per scenario and way after 5 s)"
    echo
    cat "$WORK/pg.md"
    echo
  fi
  echo "### Profile (H2): where the time goes"
  echo
  echo "A flight recording (JFR, \`settings=profile\`) of the server during 8 s more of reads and writes after the"
  echo "measured runs (not in their figures): CPU samples of the requests through each resource method, then the"
  echo "waits JFR records when they last (locks, files, sockets; 10 ms and more) on those requests."
  echo
  echo "Reading a framework (\`GET /api/frameworks/{id}\`):"
  echo
  cat "$WORK/profile-FrameworkResource.framework.md"
  echo
  echo "Adopting a plan (\`POST /api/frameworks/{id}/plans\`):"
  echo
  cat "$WORK/profile-FrameworkResource.adopt.md"
  echo
  echo "Notes:"
  echo "- Load average (1, 5, 15 min) before the H2 load: $before; after: $after. The *whole machine* CPU column"
  echo "  counts every process: what exceeds load generator + server was taken by other work on the machine."
  echo "- Every request but the bare ping is signed in: a password is drawn for each run and given to the server as its"
  echo "  administrator's (\`-Dkafo.admin.password\`); before the load the administrator opens \`$USER_NAME\`, commune"
  echo "  officer in every commune, and the load generator sends that account's token (\`POST /api/auth/tokens\`) as"
  echo "  \`Authorization: Bearer\`, or for the pages its session cookie: each request also signs that token in (whom it"
  echo "  signs in, the account and its roles, is read from the database once and then remembered by the server for 30 s,"
  echo "  \`TokenIdentities\`), and asks the access policy."
} > "$OUT"
echo "wrote $OUT"
