#!/usr/bin/env bash
# PostgreSQL and Redis for the scale-out tests (issue 12): installs both from
# Debian's packages when missing, then starts a throwaway PostgreSQL cluster
# and a Redis without persistence, each on a free loopback port.
#
#   bash scripts/ci-services.sh          start (or reuse what still answers), print the exports
#   bash scripts/ci-services.sh stop     stop both and remove their directory
#
#   source "${LEERBORD_SERVICES_DIR:-/tmp/leerbord-services}/env"   # in the shell that runs the tests
#
# Everything lives in $LEERBORD_SERVICES_DIR (default: $TMPDIR/leerbord-services):
# the cluster, both logs, and `env` with `export TEST_DATABASE_URL=…` and
# `export TEST_REDIS_URL=…`. stdout carries only those two lines, progress goes
# to stderr, so `eval "$(bash scripts/ci-services.sh)"` works too.
set -euo pipefail

DIR="${LEERBORD_SERVICES_DIR:-${TMPDIR:-/tmp}/leerbord-services}"
MARKER="$DIR/.leerbord-services"
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

log() { echo "[ci-services] $*" >&2; }

# Debian keeps the server binaries out of PATH, one directory per major version.
pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

install_missing() {
  local pkgs=()
  pg_bindir >/dev/null || pkgs+=(postgresql)
  command -v redis-server >/dev/null || pkgs+=(redis-server)
  command -v redis-cli >/dev/null || pkgs+=(redis-tools)
  [ "${#pkgs[@]}" -eq 0 ] && return 0
  log "installing ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
}

# PostgreSQL refuses to run as root: as root, run it as the `postgres` user the
# package creates. From inside $DIR, because that user may not be allowed into
# the caller's working directory.
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd "$DIR" && runuser -u postgres -- "$@"); else (cd "$DIR" && "$@"); fi
}

# A port nothing listens on right now (a refused connect); the start-up retries
# cover the moment between choosing it and binding it.
free_port() {
  local p
  for p in $(shuf -i 20000-60999 -n 100); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  log "no free port found"
  return 1
}

pid_is() { # pid_is PIDFILE NAME: the pid in PIDFILE is alive and runs NAME
  [ -f "$1" ] || return 1
  local pid
  pid=$(cat "$1")
  [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && grep -q "$2" "/proc/$pid/comm"
}

prepare_dir() {
  if [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ] && [ ! -f "$MARKER" ]; then
    log "$DIR exists and is not ours; set LEERBORD_SERVICES_DIR to another directory"
    exit 1
  fi
  mkdir -p "$DIR"
  touch "$MARKER"
  # The postgres user must be able to reach its cluster inside.
  chmod 755 "$DIR"
}

PG_PORT=""
start_postgres() {
  local bin port attempt
  bin=$(pg_bindir)
  if [ -f "$DIR/pg.port" ] && [ -d "$DIR/postgres/data" ] &&
    as_pg "$bin/pg_ctl" -D "$DIR/postgres/data" status >/dev/null 2>&1 &&
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$(cat "$DIR/pg.port")"; then
    PG_PORT=$(cat "$DIR/pg.port")
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return 0
  fi
  # What is left of an earlier cluster (a reboot, a killed run) is thrown away.
  if [ -d "$DIR/postgres/data" ]; then
    as_pg "$bin/pg_ctl" -D "$DIR/postgres/data" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR/postgres" "$DIR/pg.port"
  mkdir -p "$DIR/postgres"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR/postgres"; fi
  # Trust on loopback only (listen_addresses below): a test cluster without passwords.
  as_pg "$bin/initdb" -D "$DIR/postgres/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  for attempt in 1 2 3; do
    port=$(free_port)
    # fsync off: the cluster is thrown away, and the crash tests kill the app,
    # not the database. No Unix socket: nothing here needs one.
    if as_pg "$bin/pg_ctl" -D "$DIR/postgres/data" -l "$DIR/postgres/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      echo "$port" >"$DIR/pg.port"
      PG_PORT=$port
      log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
      return 0
    fi
    log "PostgreSQL did not start on port $port (attempt $attempt)"
  done
  log "PostgreSQL failed to start; its log:"
  cat "$DIR/postgres/server.log" >&2 || true
  exit 1
}

REDIS_PORT=""
start_redis() {
  local port attempt i
  if [ -f "$DIR/redis.port" ] && pid_is "$DIR/redis.pid" redis &&
    [ "$(redis-cli -h 127.0.0.1 -p "$(cat "$DIR/redis.port")" ping 2>/dev/null)" = PONG ]; then
    REDIS_PORT=$(cat "$DIR/redis.port")
    log "Redis already running on 127.0.0.1:$REDIS_PORT"
    return 0
  fi
  if pid_is "$DIR/redis.pid" redis; then kill "$(cat "$DIR/redis.pid")" || true; fi
  rm -f "$DIR/redis.pid" "$DIR/redis.port"
  for attempt in 1 2 3; do
    port=$(free_port)
    # No RDB snapshots, no AOF: test data only lives as long as the server.
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" --dir "$DIR" >/dev/null
    for i in $(seq 1 50); do
      if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; then
        echo "$port" >"$DIR/redis.port"
        REDIS_PORT=$port
        log "Redis $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') on 127.0.0.1:$port"
        return 0
      fi
      sleep 0.1
    done
    log "Redis did not start on port $port (attempt $attempt)"
  done
  log "Redis failed to start; its log:"
  cat "$DIR/redis.log" >&2 || true
  exit 1
}

stop_all() {
  if [ ! -f "$MARKER" ]; then
    log "nothing to stop in $DIR"
    return 0
  fi
  local bin
  if [ -d "$DIR/postgres/data" ] && bin=$(pg_bindir); then
    as_pg "$bin/pg_ctl" -D "$DIR/postgres/data" stop -m fast >/dev/null 2>&1 || true
  fi
  if pid_is "$DIR/redis.pid" redis; then
    local pid i
    pid=$(cat "$DIR/redis.pid")
    kill "$pid" || true
    for i in $(seq 1 50); do
      [ -e "/proc/$pid" ] || break
      sleep 0.1
    done
  fi
  rm -rf "$DIR"
  log "stopped; removed $DIR"
}

case "${1:-start}" in
  start)
    install_missing
    prepare_dir
    start_postgres
    start_redis
    {
      echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
      echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
    } >"$DIR/env"
    cat "$DIR/env"
    ;;
  stop) stop_all ;;
  *)
    log "usage: $0 [start|stop]"
    exit 2
    ;;
esac
