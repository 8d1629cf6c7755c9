#!/usr/bin/env bash
# Builds dosql-bench/target/benchmarks.jar through the reactor, runs the JMH benchmarks with modest
# settings and prints the ratios issue 6 targets (see README.md):
#   (a) DoSQL build+compile time / jOOQ render time      (target: <= 0.333, i.e. at least 3x faster)
#   (b) builder fetch-by-id time / hand-written JDBC time (target: <= 1.3)
# Usage: dosql-bench/run-benchmarks.sh [extra JMH arguments, e.g. a benchmark regex or -prof gc]
# JMH_OPTIONS overrides the default run settings.
set -euo pipefail

cd "$(dirname "$0")/.."
JMH_OPTIONS=${JMH_OPTIONS:-"-f 1 -wi 5 -w 2 -i 7 -r 1"}

mvn -q -B -pl dosql-bench -am package -DskipTests
# BenchmarkReport runs JMH with these options, then prints medians, means and the ratios
# shellcheck disable=SC2086
java -cp dosql-bench/target/benchmarks.jar io.dosql.bench.BenchmarkReport $JMH_OPTIONS \
  -rf csv -rff dosql-bench/target/jmh-results.csv "$@"
