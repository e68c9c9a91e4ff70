#!/usr/bin/env bash
# Benchmark of dbmirror-processor: plain javac runs, with and without the processor, on synthetic
# mirrors of 100, 1,000 and 5,000 tables (10-20 columns, 1-2 foreign keys each).
# Usage: processor/bench/run.sh [table counts...]   (default: 100 1000 5000)
# Prints one Markdown table row per size; see docs/benchmarks.md, "## Processor".
# Times are CPU seconds (user + system of the javac process; the processor thread's own CPU time from
# its -Adbmirror.timing note), which stay comparable on a shared machine where wall time does not.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100 1000 5000); fi
work=${BENCH_DIR:-/tmp/dbmirror-bench}
heap=${BENCH_HEAP:-1g}
rm -rf "$work" && mkdir -p "$work"

./mvnw -B -q install -pl annotations,schema -DskipTests
./mvnw -B -q test-compile -pl processor
./mvnw -B -q dependency:build-classpath -pl processor -DincludeScope=runtime -Dmdep.outputFile="$work/runtime.cp"
repo=$(./mvnw -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)
processor_path="processor/target/classes:$(cat "$work/runtime.cp")"
user_classpath="$repo/dev/dbmirror/dbmirror-annotations/0.1.0-SNAPSHOT/dbmirror-annotations-0.1.0-SNAPSHOT.jar:$(ls "$repo"/org/jspecify/jspecify/1.0.*/jspecify-1.0.*.jar | head -1)"

mkdir -p "$work/src/com/acme/shop"
printf '@dev.dbmirror.annotations.DbMirror\npackage com.acme.shop;\n' > "$work/src/com/acme/shop/package-info.java"

echo "| tables | generated files | javac with processor, CPU s | processor's own CPU s | share | javac, same sources, no processor, CPU s | wall s with processor | peak RSS MiB | -Xmx$heap |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  mirror="$work/m$n/tables.json"
  java -cp processor/target/test-classes dev.dbmirror.processor.SyntheticMirror "$n" "$mirror"
  rm -rf "$work/out" "$work/gen" "$work/out2" && mkdir -p "$work/out" "$work/gen" "$work/out2"
  status=ok
  /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" javac -J-Xmx$heap -J-Xlog:gc:file="$work/gc$n.log" \
      -cp "$user_classpath" -processorpath "$processor_path" -d "$work/out" -s "$work/gen" \
      -Adbmirror.mirror="$mirror" -Adbmirror.timing "$work/src/com/acme/shop/package-info.java" \
      > "$work/javac$n.log" 2>&1 || status=failed
  read -r user sys wall rss < "$work/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  own=$(grep -o '[0-9]* ms CPU' "$work/javac$n.log" | head -1 | tr -dc '0-9')
  own=$(awk -v ms="${own:-0}" 'BEGIN { printf "%.1f", ms / 1000 }')
  files=$(find "$work/gen" -name '*.java' | wc -l)
  /usr/bin/time -f "%U %S" -o "$work/time2.txt" javac -J-Xmx$heap -proc:none -cp "$user_classpath" -d "$work/out2" \
      "$work/src/com/acme/shop/package-info.java" $(find "$work/gen" -name '*.java') > /dev/null 2>&1 || true
  plain=$(awk '{ printf "%.1f", $1 + $2 }' "$work/time2.txt")
  share=$(awk -v own="$own" -v cpu="$cpu" 'BEGIN { printf "%.0f%%", 100 * own / cpu }')
  echo "| $n | $files | $cpu | $own | $share | $plain | $wall | $((rss / 1024)) | $status |"
done
