#!/bin/sh
# Build step after the shaded jar: records the classes that typical runs load (a pull through
# DatabaseMetaData, a PostgreSQL connection attempt, a diff), dumps them into the class-data sharing
# archive target/dbmirror.jsa, and puts the launcher next to the jar as target/dbmirror.
# Usage: make-launcher.sh JAVA TARGET_DIR LAUNCHER_SOURCE
set -eu
java=$1 target=$2 launcher=$3
work="$target/cds"
rm -rf "$work"
mkdir -p "$work"
train() {
  list=$1
  shift
  # a training run may fail (there is no PostgreSQL to reach): only the classes it loaded matter
  DBMIRROR_PASSWORD=training "$java" -XX:DumpLoadedClassList="$work/$list.classes" -jar "$target/dbmirror.jar" "$@" \
    >/dev/null 2>&1 || true
}
train metadata pull --url jdbc:h2:mem:training --mirror "$work/training.json"
train postgres pull --url jdbc:postgresql://127.0.0.1:1/training --user training --mirror "$work/training.json"
train diff diff "$work/training.json" "$work/training.json"
sort -u "$work"/*.classes >"$work/all.classes"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$target/dbmirror.jsa" \
  -cp "$target/dbmirror.jar" -Xlog:cds=off >"$work/dump.log" 2>&1
cp "$launcher" "$target/dbmirror"
chmod +x "$target/dbmirror"
