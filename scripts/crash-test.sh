#!/usr/bin/env bash
# The crash test at scale: a child JVM runs a seeded random write load on one jdbc:dosql:file: database and
# is killed with SIGKILL at random moments; after each kill the database is reopened and checked (every
# acknowledged transaction present, the in-flight one wholly or not at all, ledgers balanced, indexes
# agreeing with their tables, identity values never repeated). Prints the figures at the end.
#
#   scripts/crash-test.sh [KILLS] [--target DOSQL|SQLITE] [--seed N] [--dir DIR] [--max-run-ms MS]
#                         [--url-options 'buffer_pool_mb=1']
#
# KILLS defaults to 1000 (CI runs 20 through CrashRecoveryTest). --dir keeps the database for inspection
# (default: a fresh temporary directory). --url-options go after '?' in jdbc:dosql:file:DIR (default
# buffer_pool_mb=1: a small pool makes checkpoints frequent, so kills also land in checkpoints; '' for
# the defaults). Exit status 0 when no check failed.
# Set CRASH_SKIP_BUILD=1 to reuse the previous build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

kills=1000
properties=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) properties+=("-Ddosql.crash.target=$2"); shift 2 ;;
    --seed) properties+=("-Ddosql.crash.seed=$2"); shift 2 ;;
    --dir) mkdir -p "$2"; properties+=("-Ddosql.crash.dir=$(cd "$2" && pwd)"); shift 2 ;;
    --max-run-ms) properties+=("-Ddosql.crash.maxRunMillis=$2"); shift 2 ;;
    --url-options) properties+=("-Ddosql.crash.urlOptions=$2"); shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) kills="$1"; shift ;;
  esac
done
cd "$root"

classpath_file="dosql-jdbc/target/crash.classpath"
if [ "${CRASH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$classpath_file" ]; then
  echo "[crash-test] building dosql-jdbc (with its tests) and the modules it needs" >&2
  mvn -q -B -pl dosql-jdbc -am package dependency:build-classpath -DskipTests \
      -Dmdep.outputFile=target/crash.classpath -Dmdep.includeScope=test >&2
fi
classpath="$root/dosql-jdbc/target/test-classes:$root/dosql-jdbc/target/classes:$(cat "$classpath_file")"

# Every kill starts a new child JVM on this class path: freeze a copy of this repository's entries, so a
# build during a long run cannot change the code under test halfway.
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/dosql-crash-classes-XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
frozen=""
index=0
IFS=: read -ra entries <<< "$classpath"
for entry in "${entries[@]}"; do
  case "$entry" in
    "$root"/*) index=$((index + 1)); copy="$snapshot/$index-$(basename "$entry")"; cp -r "$entry" "$copy" ;;
    *) copy="$entry" ;;
  esac
  frozen="${frozen:+$frozen:}$copy"
done
java -Xmx1g -cp "$frozen" -Ddosql.crash.kills="$kills" ${properties[@]+"${properties[@]}"} \
     io.dosql.jdbc.durability.CrashTestMain
