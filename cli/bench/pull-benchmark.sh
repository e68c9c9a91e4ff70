#!/usr/bin/env bash
# Times `dbmirror pull` (both `java -jar dbmirror.jar` and the cli/target/dbmirror launcher, JVM start
# included), `pg_dump --schema-only` and SchemaCrawler on synthetic PostgreSQL schemas of 1,000 and
# 10,000 tables. Not part of the test suite.
#
#   ./mvnw -B -q package -pl cli -am -DskipTests
#   cli/bench/pull-benchmark.sh [rounds]        (default 21; the median and the best wall time are reported;
#                                                SchemaCrawler runs once on 10,000 tables: it takes minutes;
#                                                0 only creates the databases and fetches SchemaCrawler)
#
# Needs PostgreSQL 15 server binaries and pg_dump 15 (Debian: postgresql-15, in /usr/lib/postgresql/15/bin).
# Starts its own server from cli/target/bench/pgdata on port 55432 (cli/bench/postgres.sh) and stops it at
# the end; the generated databases are kept there for the next run (delete the folder to start afresh).
set -euo pipefail

runs=${1:-21}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/cli/target/bench"
jar="$root/cli/target/dbmirror.jar"
launcher="$root/cli/target/dbmirror"
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build the jar first: ./mvnw -B -q package -pl cli -DskipTests" >&2; exit 1; }

# shellcheck source=postgres.sh
. "$root/cli/bench/postgres.sh"
start_postgres

# SchemaCrawler with its PostgreSQL plugin, from Maven Central, into target/ (never committed).
sc="$work/schemacrawler/lib"
if [ ! -d "$sc" ]; then
  "$root/mvnw" -B -q -f "$root/cli/bench/schemacrawler-pom.xml" dependency:copy-dependencies -DoutputDirectory="$sc"
fi

# N tables of 10 columns; each has a primary key, a unique, an index and a foreign key to an earlier table
# (t(i/10): a tree a few levels deep, as real schemas are, rather than one 10,000-long chain).
create_schema() {
  local db=$1 tables=$2
  if database_exists "$db"; then return; fi
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

# Wall time of one run of a command, in seconds.
time_once() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# The median and the best of the times given, as "median (best)" in seconds.
summary() {
  printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END {
    m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%.2f (%.2f)", m, t[1] }'
}

median() { summary "$@" | cut -d' ' -f1; }

ratio() { printf '%.1f×' "$(echo "$1 / $2" | bc -l)"; }

for tables in 1000 10000; do create_schema "bench_$tables" "$tables"; done
if ((runs == 0)); then exit 0; fi

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Median (best) of $runs rounds; in each round the launcher, java -jar and pg_dump run one after the other."
echo
echo "| tables | dbmirror pull, launcher | dbmirror pull, java -jar | pg_dump --schema-only | SchemaCrawler (standard) | pg_dump / launcher | SchemaCrawler / launcher | pg_dump / java -jar | SchemaCrawler / java -jar |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for tables in 1000 10000; do
  db="bench_$tables"
  url="jdbc:postgresql://localhost:$port/$db"
  fast=() plain=() dump=() crawler=()
  # alternating, so that the machine's slow and fast spells fall on all three alike
  for ((r = 0; r < runs; r++)); do
    fast+=("$(time_once "$launcher" pull --quiet --url "$url" --user postgres --mirror "$work/$db.json")")
    plain+=("$(time_once java -jar "$jar" pull --quiet --url "$url" --user postgres --mirror "$work/$db.json")")
    dump+=("$(time_once "$pgbin/pg_dump" --schema-only -h localhost -p "$port" -U postgres -d "$db" -f "$work/$db.sql")")
  done
  # SchemaCrawler takes minutes on 10,000 tables: once there
  for ((r = 0; r < ($tables > 1000 ? 1 : runs); r++)); do
    crawler+=("$(time_once java -Xss16m -cp "$sc/*" schemacrawler.Main --server=postgresql --host=localhost --port="$port" \
      --database="$db" --user=postgres --password= --info-level=standard --command=schema \
      --output-format=text --output-file="$work/$db.schemacrawler.txt")")
  done
  f=$(median "${fast[@]}") p=$(median "${plain[@]}") d=$(median "${dump[@]}") c=$(median "${crawler[@]}")
  echo "| $tables | $(summary "${fast[@]}") s | $(summary "${plain[@]}") s | $(summary "${dump[@]}") s | $(summary "${crawler[@]}") s |" \
    "$(ratio "$d" "$f") | $(ratio "$c" "$f") | $(ratio "$d" "$p") | $(ratio "$c" "$p") |"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
