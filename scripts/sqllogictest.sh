#!/usr/bin/env bash
# Runs sqllogictest files through DoSQL's JDBC runner and prints per-file lines, the pass rate and the most
# frequent failures.
#
#   scripts/sqllogictest.sh [SltMain options] [PATH...]
#
# Defaults: --url jdbc:dosql:mem:  --label postgresql  PATH = ../shared/sqllogictest (the whole shared slice).
# Other engines for calibration, e.g.:
#   scripts/sqllogictest.sh --url jdbc:postgresql://127.0.0.1:5432/test --user postgres
#   scripts/sqllogictest.sh --url jdbc:sqlite::memory: --label sqlite ../shared/sqllogictest/evidence
# Options: --user U --password P --jar DRIVER.jar[:MORE.jar] --label NAME --timeout SECONDS --report FILE
#          --target PERCENT (exit 0 when the pass rate reaches it and no file aborted; default 99 on DoSQL).
# Durable files: --file-db runs every file on a fresh jdbc:dosql:file:DIR?synchronous_commit=off (a new
# directory per file, deleted afterwards) through FileSliceMain, e.g.
#   scripts/sqllogictest.sh --file-db --target 99.995
# With --file-db: --options URL-OPTIONS (default synchronous_commit=off), --dir ROOT, --timeout, --report, --target.
# Set SLT_SKIP_BUILD=1 to reuse the previous build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

has_url=0
has_path=0
file_db=0
arguments=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) has_url=1; arguments+=("$1" "$2"); shift 2 ;;
    --file-db) file_db=1; shift ;;
    --options) arguments+=("$1" "$2"); shift 2 ;;
    --dir) mkdir -p "$2"; arguments+=("$1" "$(cd "$2" && pwd)"); shift 2 ;;
    --user|--password|--jar|--label|--timeout|--report|--target) arguments+=("$1" "$2"); shift 2 ;;
    -h|--help) arguments+=("$1"); shift ;;
    *) has_path=1
       # Make the path absolute before changing to the repository root.
       if [ -e "$1" ]; then arguments+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); else arguments+=("$1"); fi
       shift ;;
  esac
done
[ "$has_url" = 1 ] || [ "$file_db" = 1 ] || arguments=(--url "jdbc:dosql:mem:" --target 99 "${arguments[@]}")
if [ "$has_path" = 0 ]; then
  corpus="$root/../shared/sqllogictest"
  if [ ! -d "$corpus" ]; then
    # In a git worktree, shared/ sits beside the main checkout rather than beside this one.
    common="$(cd "$root" && cd "$(git rev-parse --git-common-dir)/.." && pwd)"
    corpus="$common/../shared/sqllogictest"
  fi
  [ -d "$corpus" ] && corpus="$(cd "$corpus" && pwd)"
  arguments+=("$corpus")
fi
cd "$root"

classpath_file="dosql-sqllogictest/target/slt.classpath"
if [ "${SLT_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$classpath_file" ]; then
  echo "[slt] building dosql-sqllogictest and the modules it needs" >&2
  mvn -q -B -pl dosql-sqllogictest -am package dependency:build-classpath -DskipTests \
      -Dmdep.outputFile=target/slt.classpath -Dmdep.includeScope=runtime >&2
fi
classpath="dosql-sqllogictest/target/classes:$(cat "$classpath_file")"
if [ "$file_db" = 1 ]; then
  # FileSliceMain lives with the tests (package -DskipTests compiles them); it needs only runtime jars.
  exec java -Xss8m -cp "dosql-sqllogictest/target/test-classes:$classpath" io.dosql.sqllogictest.FileSliceMain \
       "${arguments[@]}"
fi
exec java -Xss8m -cp "$classpath" io.dosql.sqllogictest.SltMain "${arguments[@]}"
