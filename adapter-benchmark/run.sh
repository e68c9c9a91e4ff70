#!/usr/bin/env bash
# JMH benchmark of the generated JDBC adapter against hand-written plain JDBC and jOOQ's generated DAO:
# findById, insert and findAll (10,000 rows) on the same table of an embedded PostgreSQL.
# Usage: adapter-benchmark/run.sh [JMH options...]   e.g. adapter-benchmark/run.sh -f 2 -i 10
# Results: the table JMH prints, and target/jmh-result.json. See docs/benchmarks.md, "## JDBC adapters".
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -pl adapter-benchmark -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "adapter-benchmark/target/classes:$(cat adapter-benchmark/target/classpath.txt)" org.openjdk.jmh.Main \
  ItemBenchmark -rf json -rff adapter-benchmark/target/jmh-result.json "$@"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
