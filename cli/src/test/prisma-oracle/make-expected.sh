#!/usr/bin/env bash
# Makes the expected mirrors of the import-prisma tests from Prisma's own DDL (see README.md).
# Not run in CI: the tests compare import-prisma's output with the files this script committed.
#
#   cli/src/test/prisma-oracle/make-expected.sh [CASE...]   # default: every case of the corpus
#
# Needs: node and npm, Debian's PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin), and the
# CLI jar (./mvnw -B -q package -pl cli -am -DskipTests). Run as root it starts a throw-away server
# as the postgres user; set ORACLE_PGPORT to use a running server reachable as user postgres instead.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
corpus=${CORPUS:-$root/schema/src/test/resources/prisma/corpus}
jar=$root/cli/target/dbmirror.jar
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -f "$jar" ] || { echo "build the CLI first: ./mvnw -B -q package -pl cli -am -DskipTests" >&2; exit 1; }

cd "$here"
[ -d node_modules/prisma ] || npm ci --ignore-scripts
# Prisma 6 would download native engines without these; the WebAssembly engines inside the package are used
touch "$here/node_modules/.no-native-engine"
export PRISMA_QUERY_ENGINE_LIBRARY=$here/node_modules/.no-native-engine
export PRISMA_SCHEMA_ENGINE_BINARY=$here/node_modules/.no-native-engine
export CHECKPOINT_DISABLE=1
export TZ=UTC
export PGOPTIONS='-c client_min_messages=warning'

if [ -z "${ORACLE_PGPORT:-}" ]; then
  ORACLE_PGPORT=55439
  cluster=$(mktemp -d)
  chown postgres "$cluster"
  su postgres -s /bin/sh -c "$pgbin/initdb -D $cluster/data -U postgres -A trust --locale=C.UTF-8 -E UTF8 -c TimeZone=UTC" >/dev/null
  su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $cluster/data -w -l $cluster/log -o '-p $ORACLE_PGPORT -k $cluster -c listen_addresses=127.0.0.1' start" >/dev/null
  trap 'su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $cluster/data -m fast stop" >/dev/null; rm -rf "$cluster"' EXIT
fi
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$ORACLE_PGPORT" -U postgres "$@"; }

cases=("$@")
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(ls "$corpus")
for case in "${cases[@]}"; do
  dir=$corpus/$case
  schema=$dir/schema.prisma
  [ -f "$schema" ] || schema=$dir/schema
  db=oracle_${case//-/_}
  psql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  mkdir -p "$dir/expected"
  # 1. Prisma's DDL for the schema, from an empty database
  PG_URL=postgresql://postgres@127.0.0.1:$ORACLE_PGPORT/$db npx prisma migrate diff --from-empty \
      --to-schema-datamodel "$schema" --script | grep -v '^Loaded Prisma config' > "$dir/expected/migration.sql"
  psql -d "$db" -f "$dir/expected/migration.sql"
  # 2. views: Prisma writes no DDL for them; their SQL lives in views/<schema>/<name>.sql as prisma db pull keeps it
  if [ -d "$dir/views" ]; then
    find "$dir/views" -name '*.sql' | sort | while read -r view; do
      name=$(basename "$view" .sql)
      vschema=$(basename "$(dirname "$view")")
      psql -d "$db" -c "CREATE SCHEMA IF NOT EXISTS \"$vschema\"" -c "CREATE VIEW \"$vschema\".\"$name\" AS $(cat "$view")"
    done
  fi
  # 3. /// comments as database comments, read by Prisma's own schema parser
  node comments.js "$schema" > "$dir/expected/comments.sql"
  psql -d "$db" -f "$dir/expected/comments.sql" >/dev/null
  # 4. dbmirror's own pull of the schemas the datasource lists (public when it lists none)
  schemas=()
  while read -r s; do schemas+=(--schema "$s"); done < <(cat "$schema" $( [ -d "$schema" ] && find "$schema" -name '*.prisma') 2>/dev/null \
      | grep -o '^ *schemas *= *\[[^]]*\]' | grep -o '"[^"]*"' | tr -d '"')
  [ ${#schemas[@]} -gt 0 ] || schemas=(--schema public)
  java -Duser.timezone=UTC -jar "$jar" pull --url "jdbc:postgresql://127.0.0.1:$ORACLE_PGPORT/$db" --user postgres \
      "${schemas[@]}" --mirror "$dir/expected/tables.json" --quiet
  # a Prisma schema does not name the server version: the one difference the script writes in
  sed -i 's/^    "serverMajor": [0-9]*,$/    "serverMajor": null,/' "$dir/expected/tables.json"
  echo "$case: $(grep -c '"kind"' "$dir/expected/tables.json") relations"
done
