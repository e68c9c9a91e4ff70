#!/usr/bin/env bash
# Benchmark: ArchUnit import of a synthetic 20,000-class codebase vs evaluating all dbmirror rules on it.
# Usage: rules/bench/run.sh [class count, default 20000] [measured rounds, default 5]
# The codebase is generated and compiled once into rules/target/bench (about a minute) and reused afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."

classes="${1:-20000}"
rounds="${2:-5}"

# in one reactor, so that dbmirror-annotations comes from annotations/target/classes and nothing is installed
./mvnw -q -B test-compile dependency:build-classpath -pl annotations,rules \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

classpath="rules/target/test-classes:rules/target/classes:$(cat rules/target/bench.classpath)"
java -Xms2g -Xmx4g -cp "$classpath" dev.dbmirror.rules.bench.RulesBenchmark rules/target/bench "$classes" "$rounds"
