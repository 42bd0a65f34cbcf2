#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on 127.0.0.1 for the integration tests, as a plain process.
# Usage: postgres.sh start|stop STATE_DIR PORT
# The server stops by itself when the Maven build that started it ends, even if the build is killed.
set -euo pipefail
action=$1 state=$2 port=$3

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server is not installed. Install it (Debian: apt-get install postgresql)," >&2
  echo "or leave the PostgreSQL run out with: mvn verify -Dit.postgres.skip=true" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$state"
    data=$(mktemp -d /tmp/dp-it-postgres.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    echo "$data" > "$state/datadir"
    as_postgres "$bin/initdb" -D "$data/pgdata" -U dp --auth=trust -E UTF8 --no-sync > "$state/initdb.log"
    as_postgres "$bin/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start
    # Watchdog: stop the server when the build that started it is gone.
    build_pid=$PPID
    nohup bash -c "while kill -0 $build_pid 2>/dev/null; do sleep 5; done; \
      $( [ "$(id -u)" = 0 ] && echo 'runuser -u postgres --' ) $bin/pg_ctl -D $data/pgdata -m immediate stop >/dev/null 2>&1; rm -rf $data" \
      >/dev/null 2>&1 &
    echo "PostgreSQL test server on 127.0.0.1:$port"
    ;;
  stop)
    [ -f "$state/datadir" ] || exit 0
    data=$(cat "$state/datadir")
    as_postgres "$bin/pg_ctl" -D "$data/pgdata" -m fast -w stop || true
    rm -rf "$data" "$state/datadir"
    ;;
  *)
    echo "usage: postgres.sh start|stop STATE_DIR PORT" >&2
    exit 2
    ;;
esac
