#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the whole test suite: the lit tests
# (dialect, passes, tools, integration) and the GoogleTest unit tests (run by
# lit too) through quant-opt, then the lit tests again through Debian's stock
# mlir-opt with QntPlugin.so loaded, then ONNX's backend node tests for the
# operators the importer supports (test/ONNX/run_node_tests.py: every case
# listed as PASS, SKIP with the reason, or FAIL), then the lit tests once
# more through an ASan + UBSan build (scripts/test-sanitizers.sh). Exits
# non-zero on any failure and ends with the counts.
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

echo "== ONNX backend node tests (libonnx-testdata) through quant-translate + quant-run"
onnx_log=$(mktemp)
/usr/bin/python3 test/ONNX/run_node_tests.py --bin "$BUILD_DIR/bin" \
  --work "$BUILD_DIR/onnx-node-tests" 2>&1 | tee "$onnx_log" || status=1

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
tail -n 1 "$onnx_log"
rm -f "$onnx_log"
if [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
