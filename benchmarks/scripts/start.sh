#!/usr/bin/env bash
# Part "start" of benchmarks/run: launch to first HTTP 200 of Kafo's WAR against an empty WAR (one JAX-RS
# resource) on the same Payara Micro with the same flags, measured by org.kafo.bench.start.StartMain.
# Writes $RESULTS/start.md. Needs BENCH_JAVA (JDK 21+), BENCH_JAR, RESULTS.
# Knobs: KAFO_BENCH_EMPTY_RUNS (5), KAFO_BENCH_RESTART_RUNS (5), KAFO_BENCH_FIRST_RUNS (2).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BENCH_JAVA:?}" "${BENCH_JAR:?}" "${RESULTS:?}"

PORT=8292
EMPTY_RUNS=${KAFO_BENCH_EMPTY_RUNS:-5}
RESTART_RUNS=${KAFO_BENCH_RESTART_RUNS:-5}
FIRST_RUNS=${KAFO_BENCH_FIRST_RUNS:-2}
OUT=$RESULTS/start.md
WORK=$(mktemp -d /tmp/kafo-bench-start.XXXXXX)
# StartMain stops every server it starts, also when it fails; this removes the data, runtimes and logs.
trap 'rm -rf "$WORK"' EXIT

before=$(cut -d' ' -f1-3 /proc/loadavg)
"$BENCH_JAVA" -cp "$BENCH_JAR" org.kafo.bench.start.StartMain --java "$BENCH_JAVA" \
  --payara server-war/target/payara-micro.jar --kafo server-war/target/kafo.war \
  --preboot server-war/src/main/payara/preboot-loopback.asadmin --port "$PORT" --work "$WORK" \
  --empty-runs "$EMPTY_RUNS" --restart-runs "$RESTART_RUNS" --first-runs "$FIRST_RUNS" \
  --demo-password "$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" --out "$WORK/start.md" | sed "s/^/  /"
after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "What: the time from launching \`java -jar payara-micro.jar --deploy WAR\` (Payara Micro 7, JDK"
  echo "$("$BENCH_JAVA" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/'), \`--nohazelcast --disablephonehome\`, HTTP bound to 127.0.0.1:$PORT by the preboot command file,"
  echo "a fresh \`--rootdir\` per start) to the first HTTP 200 on \`GET /api/ping\`, asked every 20 ms, for"
  echo "Kafo's WAR and for an empty WAR (a JAX-RS application with that one resource, no library, no CDI bean, no data"
  echo "source: \`org.kafo.bench.start.empty\`, written by StartMain). Kafo first starts $FIRST_RUNS times on new H2"
  echo "databases (writing the demonstration data: PACT's 20 communes, 2 plan cycles), then restarts $RESTART_RUNS times"
  echo "on the last of them, alternating with $EMPTY_RUNS starts of the empty WAR. The target compares the restart,"
  echo "Kafo's usual start; each server is stopped (SIGTERM) before the next."
  echo
  echo "Command: \`benchmarks/run start\`."
  echo
  cat "$WORK/start.md"
  echo
  echo "Notes:"
  echo "- Load average (1, 5, 15 min) before: $before; after: $after (other work on the machine slows every start alike"
  echo "  only if it stays the same throughout; the starts alternate to spread it)."
} > "$OUT"
echo "wrote $OUT"
