#!/usr/bin/env bash
# Benchmark of dbmirror-processor: plain javac runs, with and without the processor, on synthetic
# mirrors of 100, 1,000 and 5,000 tables (10-20 columns, 1-2 foreign keys each).
#
#   processor/bench/run.sh [table counts...]          (default: 100 1000 5000)
#       one javac run per size; prints one Markdown table row per size
#   BENCH_AGAINST=<commit> [BENCH_ROUNDS=5] processor/bench/run.sh 1000
#       this processor and the one of <commit> side by side on the same mirror: BENCH_ROUNDS rounds,
#       each running both, the order swapped every round; prints a row per run and each one's median and best
#
# See docs/benchmarks.md, "## Processor". Times are CPU seconds (user + system of the javac process; the
# processor thread's own CPU time from its -Adbmirror.timing note), which stay comparable on a shared machine
# where wall time does not. Everything goes to BENCH_DIR (default /tmp/dbmirror-bench); BENCH_HEAP (default 1g)
# is javac's heap limit; BENCH_JFR=1 records a JFR profile of every run with the processor next to its log,
# which processor/bench/jfr-summary.py sorts into where the processor's time goes.
# Nothing is installed into the local Maven repository: each processor is compiled in its own reactor.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100 1000 5000); fi
work=${BENCH_DIR:-/tmp/dbmirror-bench}
heap=${BENCH_HEAP:-1g}
against=${BENCH_AGAINST:-}
rounds=${BENCH_ROUNDS:-5}
rm -rf "$work" && mkdir -p "$work"

# Compiles annotations, schema and processor of the checkout in $1 and writes the processor's runtime classpath
# (the reactor's own modules as target/classes folders) to $1/processor/target/bench.classpath.
build_processor() {
  (cd "$1" && ./mvnw -B -q test-compile dependency:build-classpath -pl annotations,schema,processor \
      -DincludeScope=runtime -Dmdep.outputFile=target/bench.classpath)
}
# The -processorpath of the checkout in $1.
processor_path() { echo "$1/processor/target/classes:$(cat "$1/processor/target/bench.classpath")"; }

build_processor "$root"
declare -A paths=([current]="$(processor_path "$root")")
variants=(current)
if [ -n "$against" ]; then
  # the other commit in a temporary worktree, removed when the script ends
  git worktree add -q --detach "$work/against-src" "$against"
  trap 'git -C "$root" worktree remove --force "$work/against-src"' EXIT
  build_processor "$work/against-src"
  label=$(git rev-parse --short "$against")
  paths[$label]="$(processor_path "$work/against-src")"
  variants=(current "$label")
fi

repo=$(./mvnw -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)
user_classpath="$root/annotations/target/classes:$(ls "$repo"/org/jspecify/jspecify/1.0.*/jspecify-1.0.*.jar | head -1)"
mkdir -p "$work/src/com/acme/shop"
source_file="$work/src/com/acme/shop/package-info.java"
printf '@dev.dbmirror.annotations.DbMirror\npackage com.acme.shop;\n' > "$source_file"

# One javac run with processor $1 on the mirror of $2 tables, its files named after $3.
# Sets cpu, own, wall, rss, status, files and maxheap (the largest heap occupancy after a collection, MiB).
run_processor() {
  local variant=$1 n=$2 name=$3 jfr=()
  rm -rf "$work/out" "$work/gen" && mkdir -p "$work/out" "$work/gen"
  if [ -n "${BENCH_JFR:-}" ]; then
    jfr=(-J-XX:StartFlightRecording=filename="$work/$name.jfr",settings=profile,jdk.ExecutionSample#period=1ms)
  fi
  status=ok
  /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" javac -J-Xmx"$heap" -J-Xlog:gc:file="$work/gc-$name.log" \
      "${jfr[@]}" -cp "$user_classpath" -processorpath "${paths[$variant]}" -d "$work/out" -s "$work/gen" \
      -Adbmirror.mirror="$work/m$n/tables.json" -Adbmirror.timing "$source_file" \
      > "$work/javac-$name.log" 2>&1 || status=failed
  # the last line: GNU time puts "Command exited with non-zero status N" before it when javac fails
  read -r user sys wall rss < <(tail -1 "$work/time.txt")
  rss=$((rss / 1024))
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  own=$(grep -o '[0-9]* ms CPU' "$work/javac-$name.log" | head -1 | tr -dc '0-9')
  own=$(awk -v ms="${own:-0}" 'BEGIN { printf "%.2f", ms / 1000 }')
  files=$(find "$work/gen" -name '*.java' | wc -l)
  maxheap=$(grep -o -- '->[0-9]*M' "$work/gc-$name.log" | tr -dc '0-9\n' | sort -n | tail -1)
}

share() { awk -v own="$1" -v cpu="$2" 'BEGIN { printf "%.1f%%", 100 * own / cpu }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

for n in "${sizes[@]}"; do
  java -cp processor/target/test-classes dev.dbmirror.processor.SyntheticMirror "$n" "$work/m$n/tables.json"
done

if [ -z "$against" ]; then
  echo "| tables | generated files | javac with processor, CPU s | processor's own CPU s | share | javac, same sources, no processor, CPU s | wall s with processor | peak RSS MiB | max heap after GC MiB | -Xmx$heap | load at start |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"
  for n in "${sizes[@]}"; do
    start_load=$(load)
    run_processor current "$n" "current-$n"
    rm -rf "$work/out2" && mkdir -p "$work/out2"
    /usr/bin/time -f "%U %S" -o "$work/time2.txt" javac -J-Xmx"$heap" -proc:none -cp "$user_classpath" -d "$work/out2" \
        "$source_file" $(find "$work/gen" -name '*.java') > /dev/null 2>&1 || true
    plain=$(tail -1 "$work/time2.txt" | awk '{ printf "%.1f", $1 + $2 }')
    echo "| $n | $files | $cpu | $own | $(share "$own" "$cpu") | $plain | $wall | $rss | $maxheap | $status | $start_load |"
  done
  exit 0
fi

# side by side: per variant, the own and whole CPU times of every run, for the medians
median() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
best() { printf '%s\n' "$@" | sort -n | head -1; }
for n in "${sizes[@]}"; do
  declare -A owns=() cpus=() shares=()
  echo "| tables | round | processor | load at start | javac with processor, CPU s | processor's own CPU s | share | wall s | peak RSS MiB | max heap after GC MiB | -Xmx$heap |"
  echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
  for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order=("${variants[@]}"); else order=("${variants[1]}" "${variants[0]}"); fi
    for v in "${order[@]}"; do
      start_load=$(load)
      run_processor "$v" "$n" "$v-$n-$r"
      owns[$v]+="$own "; cpus[$v]+="$cpu "; shares[$v]+="$(share "$own" "$cpu" | tr -d %) "
      if ((r == 1)); then rm -rf "$work/gen-$v" && mv "$work/gen" "$work/gen-$v"; fi
      echo "| $n | $r | $v | $start_load | $cpu | $own | $(share "$own" "$cpu") | $wall | $rss | $maxheap | $status |"
    done
  done
  echo
  echo "| tables | processor | own CPU s, median (best) | javac CPU s, median (best) | share, median |"
  echo "|---:|---|---:|---:|---:|"
  for v in "${variants[@]}"; do
    # shellcheck disable=SC2086
    echo "| $n | $v | $(median ${owns[$v]}) ($(best ${owns[$v]})) | $(median ${cpus[$v]}) ($(best ${cpus[$v]})) | $(median ${shares[$v]})% |"
  done
  # shellcheck disable=SC2086
  echo "own CPU, ratio of the medians current / ${variants[1]}: $(awk -v a="$(median ${owns[current]})" -v b="$(median ${owns[${variants[1]}]})" 'BEGIN { printf "%.2f", a / b }')×"
  # what each wrote: the ratio means the most when both wrote the same sources
  for v in "${variants[@]}"; do
    echo "$v wrote $(find "$work/gen-$v" -name '*.java' | wc -l) files, $(du -sb "$work/gen-$v" | cut -f1) bytes"
  done
  echo "files that differ: $(diff -rq "$work/gen-${variants[0]}" "$work/gen-${variants[1]}" | wc -l)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
done
