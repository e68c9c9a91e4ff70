#!/bin/sh
# Build step after the shaded jar: records the classes that typical runs load (a pull from PostgreSQL,
# a pull through DatabaseMetaData, a diff), dumps them into the class-data sharing archive
# target/dbmirror.jsa, and puts the launcher next to the jar as target/dbmirror.
# Usage: make-launcher.sh JAVA TARGET_DIR LAUNCHER_SOURCE TEST_CLASSPATH
# The PostgreSQL pull runs against the tests' embedded server (TrainingDatabase, in the test classes).
set -eu
java=$1 target=$2 launcher=$3 test_classpath=$4
work="$target/cds"
rm -rf "$work"
mkdir -p "$work"
# a training run may fail (the embedded server may not start here): only the classes it loaded matter,
# and a class it did not load is read from the jar as usual
train() {
  list=$1
  shift
  DBMIRROR_PASSWORD=training "$java" -XX:DumpLoadedClassList="$work/$list.classes" -jar "$target/dbmirror.jar" "$@" \
    >/dev/null 2>&1 || true
}
"$java" -cp "$test_classpath" dev.dbmirror.cli.support.TrainingDatabase \
  "$java" -XX:DumpLoadedClassList="$work/postgres.classes" -jar "$target/dbmirror.jar" \
  pull --url '{url}' --user postgres --mirror "$work/postgres.json" >"$work/postgres.log" 2>&1 || true
train connection-refused pull --url jdbc:postgresql://127.0.0.1:1/training --user training --mirror "$work/training.json"
train metadata pull --url jdbc:h2:mem:training --mirror "$work/training.json"
train diff diff "$work/training.json" "$work/training.json"
sort -u "$work"/*.classes >"$work/all.classes"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$target/dbmirror.jsa" \
  -cp "$target/dbmirror.jar" -Xlog:cds=off >"$work/dump.log" 2>&1
cp "$launcher" "$target/dbmirror"
chmod +x "$target/dbmirror"
