# Sourced by .ci/run and benchmarks/run: installs PostgreSQL from Debian's packages if missing,
# starts a throw-away cluster on 127.0.0.1:$PG_PORT (stopped and removed when the shell exits)
# with an empty database $PG_DB, and exports KAFO_TEST_PG_URL / _USER / _PASSWORD for it.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  echo "Installing PostgreSQL from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(pg_bin)
PG_PORT=${PG_PORT:-55432}
PG_DB=${PG_DB:-kafo_test}
PG_DATA=$(mktemp -d /tmp/kafo-pg.XXXXXX)
chown postgres: "$PG_DATA"
as_postgres() { runuser -u postgres -- "$@"; }
as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA" start >/dev/null
stop_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DATA"; }
trap stop_pg EXIT
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"

export KAFO_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
export KAFO_TEST_PG_USER=postgres
export KAFO_TEST_PG_PASSWORD=
