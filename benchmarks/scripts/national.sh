#!/usr/bin/env bash
# National scale: 815 synthetic communes × 40 quarterly plan cycles generated into the PostgreSQL
# database benchmarks/run started, then the indicators of the whole country and one commune's page
# timed in a JVM of 512 MB (in-process) and through the reference server (Payara Micro, -Xmx512m,
# over HTTP). Writes $RESULTS/national.md.
# Options by environment: KAFO_BENCH_NATIONAL_PORT (8281), KAFO_BENCH_NATIONAL_COMMUNES (815),
# KAFO_BENCH_NATIONAL_CYCLES (40). The server starts with a random administrator password; signed in
# as the administrator (untimed), the script creates an account that is a partner / observer in every
# commune, and the timed calls are that account's, with a bearer token.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BENCH_JAVA:?}" "${BENCH_JAR:?}" "${RESULTS:?}" "${KAFO_TEST_PG_URL:?}"
port=${KAFO_BENCH_NATIONAL_PORT:-8281}
communes=${KAFO_BENCH_NATIONAL_COMMUNES:-815}
cycles=${KAFO_BENCH_NATIONAL_CYCLES:-40}
logs=$RESULTS/national-logs
mkdir -p "$logs"
db=(--url "$KAFO_TEST_PG_URL" --user "${KAFO_TEST_PG_USER:-}" --password "${KAFO_TEST_PG_PASSWORD:-}")

echo "national: generating $communes communes × $cycles cycles"
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
generated=$("$BENCH_JAVA" -Xmx512m -cp "$BENCH_JAR" org.kafo.bench.national.Generate "${db[@]}" \
  --communes "$communes" --cycles "$cycles" 2>"$logs/generate.log" | tail -n 1)
echo "national: $generated"
figure() { sed -E "s/.*(^| )$1=([^ ]*).*/\2/" <<<"$generated"; }
pg="postgresql://${KAFO_TEST_PG_URL#jdbc:postgresql://}"
count() { "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" "$pg" -U "${KAFO_TEST_PG_USER:-postgres}" \
  -Atc "SELECT COUNT(*) FROM $1" 2>/dev/null || echo "?"; }

echo "national: in-process"
inprocess=$("$BENCH_JAVA" -Xmx512m -cp "$BENCH_JAR" org.kafo.bench.national.InProcess "${db[@]}" --runs 10 \
  --cap-seconds 60 2>"$logs/inprocess.log")

echo "national: the server on 127.0.0.1:$port"
data_dir=$(mktemp -d /tmp/kafo-national.XXXXXX)
admin_password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
reader=observer
reader_password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
# A bounded start (reliability/payara.sh): a start that hangs is dumped, killed and started again.
. reliability/payara.sh
stop_server() { payara_stop; rm -rf "$data_dir"; }
trap stop_server EXIT
if ! KAFO_DB_URL=$KAFO_TEST_PG_URL KAFO_DB_USER=${KAFO_TEST_PG_USER:-} KAFO_DB_PASSWORD=${KAFO_TEST_PG_PASSWORD:-} \
  payara_start "$logs/payara.log" "http://127.0.0.1:$port/health/ready" \
  -Xmx512m -Dkafo.demo-data=false -Dkafo.admin.password="$admin_password" -Dkafo.data.dir="$data_dir" -Dkafo.base-url="http://127.0.0.1:$port" \
  -jar server-war/target/payara-micro.jar --deploy server-war/target/kafo.war --contextroot / --port "$port" \
  --nohazelcast --disablephonehome --prebootcommandfile server-war/src/main/payara/preboot-loopback.asadmin; then
  echo "the server did not start, see $logs/payara.log" >&2; exit 1
fi
server=$(payara_pid)

# Untimed set-up: the administrator creates the reading account and makes it a partner / observer in
# every commune (one grant per commune), all with the administrator's bearer token.
api="http://127.0.0.1:$port/api"
admin_token=$(curl -fsS -X POST -u "admin:$admin_password" "$api/auth/tokens" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/')
as_admin() { curl -fsS -o /dev/null -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' "$@"; }
as_admin -X POST "$api/users" \
  -d "{\"username\":\"$reader\",\"displayName\":\"Observateur national\",\"password\":\"$reader_password\"}"
setup_started=$(date +%s)
granted=0
for commune in $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" "$pg" -U "${KAFO_TEST_PG_USER:-postgres}" \
    -Atc "SELECT id FROM commune ORDER BY code"); do
  as_admin -X POST "$api/users/$reader/grants" -d "{\"role\":\"PARTNER_OBSERVER\",\"commune\":\"$commune\"}"
  granted=$((granted + 1))
done
setup_s=$(( $(date +%s) - setup_started ))
echo "national: $granted grants given to $reader in ${setup_s} s"

http=$("$BENCH_JAVA" -cp "$BENCH_JAR" org.kafo.bench.national.HttpBench --base "http://127.0.0.1:$port" \
  --user "$reader" --password "$reader_password" --country-warmup 3 --country-runs 10 --page-warmup 50 --page-runs 300 2>"$logs/http.log")
server_rss=$(ps -o rss= -p "$server" | awk '{printf "%d", $1 / 1024}')
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server
trap - EXIT
elapsed=$(( $(date +%s) - started ))
# column 3 of a row of the table is its median, column 4 its p99 (ms)
cell() { awk -F'|' -v row="$1" -v col="$2" 'index($2, row) == 2 { gsub(/ /, "", $(col + 2)); print $(col + 2); exit }' <<<"$http"; }
country_median=$(cell "country over HTTP" 3)
page_p99=$(cell "commune page over HTTP" 4)
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v + 0 < t) ? "met" : "missed" }'; }
country_verdict="target $(verdict "$country_median" 1000)"
page_verdict="target $(verdict "$page_p99" 50)"
cores=$(nproc)
if awk -v l="${load_before%% *}" -v m="${load_after%% *}" -v c="$cores" 'BEGIN { exit !(l > c || m > c) }'; then
  load_note="above the number of cores: other work competed for them and every figure above is slower than on a quiet machine"
else
  load_note="the machine was otherwise quiet"
fi

cat >"$RESULTS/national.md" <<MD
Data: \`Generate\` wrote $(figure communes) synthetic communes × $(figure cycles) quarterly cycles (seed $(figure seed))
into PostgreSQL: $(figure rows) rows, $(figure database_mb) MB — $(count framework) frameworks, $(count meeting) meetings,
$(count meeting_attendance) attendances, $(count action_plan) plans, $(count plan_action) actions,
$(count plan_action_cost_share) cost shares, $(count need) needs, $(count committee_obstacle) obstacles.
Writing took $(figure write_s) s, \`VACUUM ANALYZE\` $(figure analyse_s) s; then $(figure checked) sampled communes were read
back through \`JpaRepositories\` (identical states) and their indicators compared with the rule engine's
($(figure check_s) s). The whole part took ${elapsed} s.

| what (as of 2026-11-15; ms) | runs | min | median | p99 | max | notes |
|---|---|---|---|---|---|---|
$inprocess
$http

Targets: country < 1 s, page p99 < 50 ms, in a 512 MB heap (\`-Xmx512m\` for every JVM above; the server's
resident size at the end: ${server_rss} MB). Measured: the country over HTTP ${country_median} ms (median), ${country_verdict};
the page's p99 ${page_p99} ms, ${page_verdict}. Load average of the machine (1, 5, 15 min) when the part
started: ${load_before}; before the server stopped: ${load_after} (${cores} cores) — ${load_note}.

How the figures come about. Every HTTP call is made by an account that is a partner / observer in
every commune (${granted} grants, given by the administrator before the timings, in ${setup_s} s), with a
bearer token: whom it signs in (the account with its grants) is read once and remembered for 30 s. The country:
\`GET /api/indicators\` answers the database's sums
(\`TotalsQueries.sumOfCountry\`): the four statements that read the most rows (actions, needs with the
actions and plans that reach them, cost shares with the members' categories, attendances) add them up
across the country in the database and return one row (by category where the indicators are), with no
grouping by framework; the five others (establishment, plans ended, meetings held, committees,
obstacles) return a few numbers per framework that the adapter adds up, so that the framework list
and the once-per-framework counts stay exact; no aggregate is loaded. The page: the commune, its
frameworks and the framework's indicators are small reads by id; \`plans?inForce=true\` loads only the
plan not yet reviewed (\`ActionPlanRepository.findInForce\`), with its actions, cost shares, needs and notes.

Commands: \`benchmarks/run national\`, which runs
\`java -Xmx512m -cp benchmarks/target/benchmarks.jar org.kafo.bench.national.Generate --url … --communes $communes --cycles $cycles\`,
then \`… org.kafo.bench.national.InProcess --url … --runs 10 --cap-seconds 60\`, starts
\`java -Xmx512m -Dkafo.demo-data=false -Dkafo.admin.password=… -jar server-war/target/payara-micro.jar --deploy server-war/target/kafo.war --contextroot / --port $port --nohazelcast --disablephonehome --prebootcommandfile server-war/src/main/payara/preboot-loopback.asadmin\`
with \`KAFO_DB_URL\` on the generated database, gives the grants with \`curl\`, and runs
\`… org.kafo.bench.national.HttpBench --base http://127.0.0.1:$port --user observer --password … --country-runs 10 --page-warmup 50 --page-runs 300\`.
MD
echo "national: $RESULTS/national.md"
