#!/usr/bin/env bash
# Times `dbmirror pull` (both `java -jar dbmirror.jar` and the cli/target/dbmirror launcher, JVM start
# included), `pg_dump --schema-only` and SchemaCrawler on synthetic PostgreSQL schemas of 1,000 and
# 10,000 tables. Not part of the test suite.
#
#   ./mvnw -B -q install -pl annotations,schema -DskipTests && ./mvnw -B -q package -pl cli -DskipTests
#   cli/bench/pull-benchmark.sh [runs]          (default 5 runs each; the best wall time is reported;
#                                                SchemaCrawler runs once on 10,000 tables: it takes minutes)
#
# Needs PostgreSQL 15 server binaries and pg_dump 15 (Debian: postgresql-15, in /usr/lib/postgresql/15/bin).
# Starts its own server from cli/target/bench/pgdata on port 55432 and stops it at the end; the
# generated databases are kept there for the next run (delete the folder to start afresh).
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/cli/target/bench"
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
port=${BENCH_PORT:-55432}
jar="$root/cli/target/dbmirror.jar"
launcher="$root/cli/target/dbmirror"
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build the jar first: ./mvnw -B -q package -pl cli -DskipTests" >&2; exit 1; }

# initdb and pg_ctl refuse to run as root; a new user namespace makes them run as an unprivileged uid.
as_postgres() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

mkdir -p "$work"
if [ ! -d "$work/pgdata" ]; then
  as_postgres "$pgbin/initdb" -D "$work/pgdata" -U postgres -A trust -E UTF8 --locale=C >/dev/null
fi
as_postgres "$pgbin/pg_ctl" -D "$work/pgdata" -l "$work/postgres.log" -w \
  -o "-p $port -c listen_addresses=localhost -c unix_socket_directories='$work' -c max_locks_per_transaction=1024 -c fsync=off" start >/dev/null
trap 'as_postgres "$pgbin/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null' EXIT
psql() { "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres "$@"; }

# SchemaCrawler with its PostgreSQL plugin, from Maven Central, into target/ (never committed).
sc="$work/schemacrawler/lib"
if [ ! -d "$sc" ]; then
  "$root/mvnw" -B -q -f "$root/cli/bench/schemacrawler-pom.xml" dependency:copy-dependencies -DoutputDirectory="$sc"
fi

# N tables of 10 columns; each has a primary key, a unique, an index and a foreign key to an earlier table
# (t(i/10): a tree a few levels deep, as real schemas are, rather than one 10,000-long chain).
create_schema() {
  local db=$1 tables=$2
  if [ -n "$(psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then return; fi
  psql -d postgres -c "CREATE DATABASE $db"
  for ((from = 1; from <= tables; from += 500)); do
    psql -d "$db" -c "
      DO \$\$ BEGIN
        FOR i IN $from..LEAST($from + 499, $tables) LOOP
          EXECUTE format('CREATE TABLE t%s (id bigint PRIMARY KEY, parent_id bigint REFERENCES t%s (id),
              name text NOT NULL, code varchar(40) UNIQUE, amount numeric(12,2) DEFAULT 0, qty integer NOT NULL DEFAULT 1,
              active boolean, created_at timestamptz NOT NULL DEFAULT now(), ref uuid, data jsonb)', i, GREATEST(i / 10, 1));
          EXECUTE format('CREATE INDEX t%s_created_idx ON t%s (created_at, qty)', i, i);
        END LOOP;
      END \$\$"
  done
}

# Best wall time of $1 runs, in seconds.
best_of() {
  local best="" count=$1
  shift
  for ((r = 0; r < count; r++)); do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || (( $(echo "$elapsed < $best" | bc) )); then best=$elapsed; fi
  done
  printf '%.2f' "$best"
}

ratio() { printf '%.1f×' "$(echo "$1 / $2" | bc -l)"; }

echo "| tables | dbmirror pull, launcher | dbmirror pull, java -jar | pg_dump --schema-only | SchemaCrawler (standard) | pg_dump / launcher | SchemaCrawler / launcher | pg_dump / java -jar | SchemaCrawler / java -jar |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for tables in 1000 10000; do
  db="bench_$tables"
  create_schema "$db" "$tables"
  url="jdbc:postgresql://localhost:$port/$db"
  fast=$(best_of "$runs" "$launcher" pull --quiet --url "$url" --user postgres --mirror "$work/$db.json")
  plain=$(best_of "$runs" java -jar "$jar" pull --quiet --url "$url" --user postgres --mirror "$work/$db.json")
  dump=$(best_of "$runs" "$pgbin/pg_dump" --schema-only -h localhost -p "$port" -U postgres -d "$db" -f "$work/$db.sql")
  crawler=$(best_of "$([ "$tables" -gt 1000 ] && echo 1 || echo "$runs")" java -Xss16m -cp "$sc/*" schemacrawler.Main --server=postgresql --host=localhost --port="$port" \
    --database="$db" --user=postgres --password= --info-level=standard --command=schema \
    --output-format=text --output-file="$work/$db.schemacrawler.txt")
  echo "| $tables | $fast s | $plain s | $dump s | $crawler s | $(ratio "$dump" "$fast") | $(ratio "$crawler" "$fast") | $(ratio "$dump" "$plain") | $(ratio "$crawler" "$plain") |"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
