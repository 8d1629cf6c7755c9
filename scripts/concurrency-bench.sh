#!/usr/bin/env bash
# Issue 5's benchmark: commits per second of concurrent short write transactions (UPDATE one random
# account, INSERT a history row, COMMIT) on a durable jdbc:dosql:file: database with fsync on commit, at
# 1, 4, 16 and 64 connections, beside the local PostgreSQL (127.0.0.1:5432, user postgres, db test) in
# the same run. Prints a Markdown table (commits/s, scaling vs 1 connection, DoSQL ÷ PostgreSQL, WAL
# fsyncs per commit) and writes it as CSV.
#
#   scripts/concurrency-bench.sh [--csv FILE] [--engines dosql-file,postgresql] [--connections 1,4,16,64]
#                                [--warmup-seconds 2] [--measure-seconds 5] [--rows 10000] [--dir PARENT]
#                                [--pg-url URL] [--pg-user USER] [--pg-password PASSWORD]
#
# The CSV defaults to dosql-bench/target/concurrency-bench.csv. --engines may add dosql-file-async
# (synchronous_commit=off) for reference. Set CONCBENCH_SKIP_BUILD=1 to reuse the previous build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "${1:-}" in
  -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
esac

jar="dosql-bench/target/benchmarks.jar"
if [ "${CONCBENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  echo "[concurrency-bench] building dosql-bench and the modules it needs" >&2
  mvn -q -B -o -pl dosql-bench -am package -DskipTests >&2 \
    || mvn -q -B -pl dosql-bench -am package -DskipTests >&2
fi

csv_given=0
for argument in "$@"; do
  [ "$argument" = "--csv" ] && csv_given=1
done
defaults=()
[ "$csv_given" = 1 ] || defaults+=(--csv "$root/dosql-bench/target/concurrency-bench.csv")

exec java -Xmx2g -cp "$jar" io.dosql.bench.ConcurrentCommitBenchmark ${defaults[@]+"${defaults[@]}"} "$@"
