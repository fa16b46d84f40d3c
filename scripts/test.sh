#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the whole test suite: the lit tests
# (dialect, passes, tools, integration) and the GoogleTest unit tests (run by
# lit too) through quant-opt, then the lit tests again through Debian's stock
# mlir-opt with QntPlugin.so loaded, then once more through an ASan + UBSan
# build (scripts/test-sanitizers.sh). Exits non-zero on any failure and ends
# with the counts as "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build}

scripts/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
echo "== lit through quant-opt"
"$LLVM_PREFIX/bin/lit" -sv "$BUILD_DIR/test" 2>&1 | tee -a "$log" || status=1
echo "== lit through mlir-opt with QntPlugin.so"
"$LLVM_PREFIX/bin/lit" -sv --param qnt_driver=plugin "$BUILD_DIR/test" 2>&1 |
  tee -a "$log" || status=1

echo "== lit through an ASan + UBSan build (build-sanitizers/)"
scripts/test-sanitizers.sh 2>&1 | tee -a "$log" || status=1

# lit prints "  Passed: N (..%)", or "  Passed     : N (..%)" when other
# categories are listed, once per run.
count() {
  awk -v key="$1" '$0 ~ "^ *" key " *: *[0-9]" { sub(/^[^:]*: */, ""); n += $1 }
                   END { print n + 0 }' "$log"
}
passed=$(count Passed)
failed=$(( $(count Failed) + $(count Unresolved) + $(count Timed) ))
echo "lit: $passed passed, $failed failed"
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
