#!/usr/bin/env bash
# The persistence part of BENCHMARKS.md: generated frameworks written through persistence-jpa and by
# raw JDBC batches, on an H2 file database and on the PostgreSQL that benchmarks/run started
# (KAFO_TEST_PG_URL / _USER / _PASSWORD; skipped when unset). Writes $RESULTS/persistence.md.
# PERSISTENCE_FRAMEWORKS (default 2,000: the 10,000 take about five times as long, see the
# fragment) and PERSISTENCE_RUNS (default 3) size the run.
set -euo pipefail
"$BENCH_JAVA" -Xms1g -Xmx3g -cp "$BENCH_JAR" org.kafo.bench.persistence.PersistenceRun "$RESULTS" \
  "${PERSISTENCE_RUNS:-3}" "${PERSISTENCE_FRAMEWORKS:-2000}"
