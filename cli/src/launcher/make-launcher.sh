#!/bin/sh
# Build step after the shaded jar: makes the archive that lets the launcher start fast, and puts the
# launcher next to the jar as target/dbmirror.
#  - JDK 25 and later: an ahead-of-time cache, target/dbmirror.aot (classes loaded and linked, method
#    profiles), recorded from a pull of a real PostgreSQL database: the tests' embedded server, run by
#    TrainingDatabase from the test classes.
#  - Older JDKs: a class-data sharing archive, target/dbmirror.jsa, of the classes that typical runs
#    load (that same pull, a failed connection, a pull through DatabaseMetaData, a diff, an import of
#    the sample's Prisma schema, docs and context of the pulled mirror).
# Making the archive is an optimisation: if it fails, the build goes on and the launcher runs without.
# Usage: make-launcher.sh JAVA TARGET_DIR LAUNCHER_SOURCE TEST_CLASSPATH
set -eu
java=$1 target=$2 launcher=$3 test_classpath=$4
work="$target/cds"
rm -rf "$work" "$target/dbmirror.jsa" "$target/dbmirror.aot"
mkdir -p "$work"

# runs dbmirror with the JVM options given first; a run may fail (no server to reach): what matters
# is what it loaded
run() {
  DBMIRROR_PASSWORD=training "$java" "$@" >>"$work/training.log" 2>&1 || true
}
pull_from_postgres() {
  run -cp "$test_classpath" dev.dbmirror.cli.support.TrainingDatabase \
    "$java" "$@" -jar "$target/dbmirror.jar" pull --url '{url}' --user postgres --mirror "$work/postgres.json"
}

if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  pull_from_postgres -XX:AOTCacheOutput="$target/dbmirror.aot"
else
  pull_from_postgres -XX:DumpLoadedClassList="$work/postgres.classes"
  run -XX:DumpLoadedClassList="$work/refused.classes" -jar "$target/dbmirror.jar" \
    pull --url jdbc:postgresql://127.0.0.1:1/training --user training --mirror "$work/training.json"
  run -XX:DumpLoadedClassList="$work/metadata.classes" -jar "$target/dbmirror.jar" \
    pull --url jdbc:h2:mem:training --mirror "$work/training.json"
  run -XX:DumpLoadedClassList="$work/diff.classes" -jar "$target/dbmirror.jar" \
    diff "$work/training.json" "$work/training.json"
  run -XX:DumpLoadedClassList="$work/prisma.classes" -jar "$target/dbmirror.jar" \
    import-prisma "$target/../../sample-app/prisma/schema.prisma" --mirror "$work/prisma.json"
  run -XX:DumpLoadedClassList="$work/docs.classes" -jar "$target/dbmirror.jar" \
    docs --mirror "$work/postgres.json" --out "$work/docs"
  run -XX:DumpLoadedClassList="$work/context.classes" -jar "$target/dbmirror.jar" \
    context --mirror "$work/postgres.json" --out "$work/context"
  # one list, each line once, in the order recorded: a list's @-lines refer to classes listed before them
  cat "$work"/*.classes | awk '!seen[$0]++' >"$work/all.classes"
  "$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$target/dbmirror.jsa" \
    -cp "$target/dbmirror.jar" >"$work/dump.log" 2>&1 || rm -f "$target/dbmirror.jsa"
fi
[ -f "$target/dbmirror.aot" ] || [ -f "$target/dbmirror.jsa" ] ||
  echo "[WARNING] no start-up archive for the launcher (see $work/training.log and $work/dump.log)"
cp "$launcher" "$target/dbmirror"
chmod +x "$target/dbmirror"
