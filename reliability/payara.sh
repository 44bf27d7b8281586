# Sourced by every script that starts Kafo's server or another WAR on Payara Micro (reliability/*,
# benchmarks/scripts/*): one bounded start for all of them. The start goes through
# server-war/src/main/launcher/BoundedStart.java, as the run command's does: when the server has not
# answered within KAFO_START_BOUND seconds (300), its thread dump goes to its log, it is killed and started
# again, at most KAFO_START_ATTEMPTS times (3).
#   payara_java                     sets PAYARA_JAVA: a JDK 21+ (JAVA_HOME's if new enough, else the newest
#                                   under /usr/lib/jvm); BENCH_JAVA or PAYARA_JAVA if set
#   payara_start LOG URL ARGS...    starts `java ARGS...` in the background (ARGS: JVM options, -jar
#                                   payara-micro.jar, its options), waits until URL answers 200; returns 1 if
#                                   it stopped or every start hung. Sets PAYARA_LAUNCHER (the launcher's pid).
#   payara_pid                      the server's pid (the JVM running Payara, not the launcher)
#   payara_stop                     SIGTERM to the launcher, which stops the server (killed after 60 s)
PAYARA_LAUNCHER_SOURCE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/server-war/src/main/launcher/BoundedStart.java"
PAYARA_LAUNCHER=

payara_java() {
  [ -n "${PAYARA_JAVA:-}" ] && return 0
  if [ -n "${BENCH_JAVA:-}" ]; then PAYARA_JAVA=$BENCH_JAVA; return 0; fi
  local candidate major
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    [ -x "$candidate" ] || continue
    major=$("$candidate" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9]+).*/\1/')
    if [ "$major" -ge 21 ] 2>/dev/null; then PAYARA_JAVA=$candidate; return 0; fi
  done
  echo "a JDK 21+ is needed (set JAVA_HOME)" >&2
  return 1
}

payara_start() {
  local log=$1 url=$2; shift 2
  payara_java || return 1
  : > "$log"
  "$PAYARA_JAVA" "$PAYARA_LAUNCHER_SOURCE" --ready "$url" --bound "${KAFO_START_BOUND:-300}" \
    --attempts "${KAFO_START_ATTEMPTS:-3}" --log "$log" --pid-file "$log.pid" -- "$@" < /dev/null &
  PAYARA_LAUNCHER=$!
  PAYARA_LOG=$log
  while kill -0 "$PAYARA_LAUNCHER" 2>/dev/null; do
    grep -q '^bounded-start: ready after' "$log" 2>/dev/null && return 0
    sleep 0.5
  done
  grep -q '^bounded-start: ready after' "$log" 2>/dev/null && return 0
  wait "$PAYARA_LAUNCHER" 2>/dev/null
  PAYARA_LAUNCHER=
  return 1
}

payara_pid() { cat "$PAYARA_LOG.pid"; }

# The seconds from the last launch to the first 200, as the launcher measured them.
payara_ready_seconds() { grep '^bounded-start: ready after' "$PAYARA_LOG" | tail -n 1 | sed -E 's/.*after ([0-9.]+) s.*/\1/'; }

payara_stop() {
  if [ -n "$PAYARA_LAUNCHER" ]; then
    kill "$PAYARA_LAUNCHER" 2>/dev/null || true
    wait "$PAYARA_LAUNCHER" 2>/dev/null || true
    PAYARA_LAUNCHER=
  fi
}

# kafo_server_args PORT DATA_DIR ROOT_DIR: sets KAFO_ARGS to the run command's JVM and Payara options for
# the built WAR (KAFO_WAR, server-war/target/kafo.war by default; the heap as the run command's, KAFO_HEAP
# to change it). System
# properties of the caller's go before them: payara_start LOG URL -Dname=value "${KAFO_ARGS[@]}".
kafo_server_args() {
  KAFO_ARGS=(-Xmx"${KAFO_HEAP:-512m}" -Dkafo.data.dir="$2" -jar server-war/target/payara-micro.jar
    --deploy "${KAFO_WAR:-server-war/target/kafo.war}" --contextroot / --port "$1" --nohazelcast --disablephonehome
    --prebootcommandfile server-war/src/main/payara/preboot-loopback.asadmin --rootdir "$3")
}
