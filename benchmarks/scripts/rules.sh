#!/usr/bin/env bash
# The rules part of BENCHMARKS.md: the catalogue over 10,000 generated frameworks, three ways (JMH).
# Called by benchmarks/run with BENCH_JAVA, BENCH_JAR and RESULTS set; writes $RESULTS/rules.md.
# RULES_FORKS, RULES_WARMUPS, RULES_ITERATIONS and RULES_SECONDS shorten a trial run.
set -euo pipefail
"$BENCH_JAVA" -cp "$BENCH_JAR" org.kafo.bench.rules.RulesRun "$RESULTS" \
  "${RULES_FORKS:-1}" "${RULES_WARMUPS:-3}" "${RULES_ITERATIONS:-5}" "${RULES_SECONDS:-2}"
