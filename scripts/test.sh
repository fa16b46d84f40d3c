#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the whole test suite: lit tests
# (dialect, passes, tools, integration) and the GoogleTest unit tests (run by
# lit too). Exits non-zero on any failure and ends with lit's counts as
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build}

scripts/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$LLVM_PREFIX/bin/lit" -sv "$BUILD_DIR/test" 2>&1 | tee "$log" || status=$?

count() { awk -v key="$1" '$1 == key":" { print $2; found=1 } END { if (!found) print 0 }' "$log"; }
passed=$(count Passed)
failed=$(( $(count Failed) + $(count Unresolved) + $(count Timed) ))
echo "lit: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
