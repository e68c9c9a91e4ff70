#!/usr/bin/env bash
# Times `dbmirror docs` through the cli/target/dbmirror launcher (JVM start included) on the mirror of real
# schemas: Zabbix 6.0's (173 tables) and LedgerSMB 1.6's (164 tables, 4 views), loaded into one PostgreSQL
# database as the schemas `zabbix` and `ledgersmb` and pulled once. Not part of the test suite.
#
#   ./mvnw -B -q package -pl cli -am -DskipTests
#   cli/bench/docs-benchmark.sh [rounds]     (default 21)
#
# Each round runs `docs` twice: into an empty folder (every page and script written) and again into the
# same folder (every file compared, only _index.md rewritten). Prints the median and best wall and CPU
# (user + system) time of each, and the load average before and after.
#
# The schemas come from Debian's packages zabbix-server-pgsql (schema.sql.gz) and ledgersmb
# (sql/Pg-database.sql), fetched with `apt-get download` and unpacked with dpkg-deb into
# cli/target/bench/real-schemas (never committed). Elsewhere, put the two .deb files there by hand.
# The server is that of cli/bench/postgres.sh; the database bench_docs is kept for the next runs.
set -euo pipefail

rounds=${1:-21}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/cli/target/bench"
launcher="$root/cli/target/dbmirror"
[ -x "$launcher" ] || { echo "build the CLI first: ./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 1; }

packages="$work/real-schemas"
mkdir -p "$packages"
for package in zabbix-server-pgsql ledgersmb; do
  if ! ls "$packages/${package}_"*.deb >/dev/null 2>&1; then
    (cd "$packages" && apt-get download "$package" >/dev/null 2>&1) \
      || { echo "could not fetch the Debian package $package; put its .deb file into $packages" >&2; exit 1; }
  fi
  deb=$(ls "$packages/${package}_"*.deb | head -1)
  [ -d "$packages/$package" ] || dpkg-deb -x "$deb" "$packages/$package"
  echo "$package $(dpkg-deb -f "$deb" Version)"
done

# shellcheck source=postgres.sh
. "$root/cli/bench/postgres.sh"
start_postgres
db=bench_docs
if ! database_exists "$db"; then
  psql -d postgres -c "CREATE DATABASE $db"
  psql -d "$db" -c "CREATE SCHEMA zabbix; CREATE SCHEMA ledgersmb"
  zcat "$packages/zabbix-server-pgsql/usr/share/zabbix-server-pgsql/schema.sql.gz" \
    | PGOPTIONS="-c search_path=zabbix" psql -d "$db" >/dev/null
  PGOPTIONS="-c search_path=ledgersmb" psql -d "$db" -f "$packages/ledgersmb/usr/share/ledgersmb/sql/Pg-database.sql" >/dev/null
fi
mirror="$work/$db.json"
"$launcher" pull --quiet --url "jdbc:postgresql://localhost:$port/$db" --user postgres \
  --schema zabbix --schema ledgersmb --mirror "$mirror"
stop_postgres  # docs reads only the mirror; an idle server is one process fewer on the machine

out="$work/docs-out"
# Sets wall and cpu (seconds) of one run of the launcher with the arguments given.
time_docs() {
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$launcher" "$@" >/dev/null
  read -r wall user system < "$work/time"
  cpu=$(echo "$user + $system" | bc)
}
# "median (best)" of the times given.
summary() {
  printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END {
    m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%.2f (%.2f)", m, t[1] }'
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
fresh_walls=() fresh_cpus=() again_walls=() again_cpus=()
for ((r = 0; r < rounds; r++)); do
  rm -rf "$out"
  time_docs docs --quiet --mirror "$mirror" --out "$out"
  fresh_walls+=("$wall") fresh_cpus+=("$cpu")
  time_docs docs --quiet --mirror "$mirror" --out "$out"
  again_walls+=("$wall") again_cpus+=("$cpu")
done
relations=$(grep -c '"kind"' "$mirror")
echo "docs of $relations relations ($(ls "$out" | wc -l) files, $(du -sk "$out" | cut -f1) KiB; mirror $(wc -c < "$mirror") bytes), $rounds rounds, median (best) s:"
echo "| run | wall | CPU |"
echo "|---|---:|---:|"
echo "| into an empty folder | $(summary "${fresh_walls[@]}") | $(summary "${fresh_cpus[@]}") |"
echo "| again, nothing changed | $(summary "${again_walls[@]}") | $(summary "${again_cpus[@]}") |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
