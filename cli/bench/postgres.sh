# Sourced by the CLI benchmarks: their own PostgreSQL 15 server on port BENCH_PORT (default 55432), with its
# data in $work/pgdata (created on the first run and kept, with its databases, for the next runs).
# Needs PostgreSQL 15's server binaries and pg_dump 15 (Debian: postgresql-15 and postgresql-client-15, in
# /usr/lib/postgresql/15/bin; PGBIN names another folder).
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
port=${BENCH_PORT:-55432}
[ -x "$pgbin/pg_ctl" ] || { echo "no PostgreSQL 15 server in $pgbin: install postgresql-15 or set PGBIN" >&2; exit 1; }

# initdb and pg_ctl refuse to run as root; a new user namespace makes them run as an unprivileged uid.
as_postgres() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

# Starts the server (initialising $work/pgdata first if needed) and stops it when the script exits.
start_postgres() {
  mkdir -p "$work"
  if [ ! -d "$work/pgdata" ]; then
    as_postgres "$pgbin/initdb" -D "$work/pgdata" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  fi
  as_postgres "$pgbin/pg_ctl" -D "$work/pgdata" -l "$work/postgres.log" -w \
    -o "-p $port -c listen_addresses=localhost -c unix_socket_directories='$work' -c max_locks_per_transaction=1024 -c fsync=off" start >/dev/null
  trap stop_postgres EXIT
}

stop_postgres() { as_postgres "$pgbin/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null; trap - EXIT; }

psql() { "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres "$@"; }

# True when database $1 exists.
database_exists() { [ -n "$(psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]; }
