#!/usr/bin/env bash
# Fuzzes quant-opt's parser, verifiers and passes for a given time, or the
# ONNX importer (quant-translate --import-onnx) on ModelProto bytes:
#   fuzz/run.sh [SECONDS [mlir|onnx]]   (default 600 mlir)
# FUZZ_JOBS (default 2) sets how many processes fuzz at once.
# Builds build-fuzz/ (UBSan + libFuzzer; not ASan: the inlined LLVM
# allocators of instrumented code poison memory that Debian's uninstrumented
# libMLIR.so then uses, which ASan reports falsely), seeds a corpus from every
# lit test (split at `// -----`), runs libFuzzer on FUZZ_JOBS cores (fork mode,
# continuing past crashes) with a 10 s per-input timeout. Crashes are written to build-fuzz/crashes/; reproduce
# one with build-fuzz/bin/qnt-fuzz <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
SECONDS_TO_RUN=${1:-600}
TARGET=${2:-mlir}
BUILD_DIR=build-fuzz

BUILD_DIR=build scripts/setup.sh >/dev/null # dependencies only
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQNT_SANITIZERS=undefined -DQNT_ENABLE_FUZZER=ON \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR="$LLVM_PREFIX/lib/cmake/mlir" \
    -DLLVM_EXTERNAL_LIT="$LLVM_PREFIX/bin/lit" >/dev/null
fi
case "$TARGET" in
  mlir) harness=qnt-fuzz ;;
  onnx) harness=qnt-onnx-fuzz ;;
  *) echo "fuzz/run.sh: the target is mlir or onnx, got '$TARGET'" >&2; exit 2 ;;
esac
ninja -C "$BUILD_DIR" -j2 "$harness" | { grep -v '^\[' || true; }

seeds="$BUILD_DIR/seeds-$TARGET"
corpus="corpus-$TARGET"
rm -rf "$seeds" && mkdir -p "$seeds" "$BUILD_DIR/$corpus" "$BUILD_DIR/crashes"
if [ "$TARGET" = mlir ]; then
  find test -name '*.mlir' -not -size +64k | while read -r f; do
    awk -v out="$seeds/$(echo "$f" | tr '/' '_')" \
      '/^\/\/ -----/ { n++; next } { print > (out "." n) }' "$f"
  done
else
  # The ONNX backend test models (libonnx-testdata) and the example.
  find /usr/share/libonnx-testdata/data -name model.onnx -size -64k |
    while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"; done
  cp examples/mnist/mnist_cnn.onnx "$seeds/"
fi
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# libFuzzer writes one fuzz-N.log per job into the working directory.
cd "$BUILD_DIR"
# Fork mode keeps fuzzing past a crash (MLIR 22's own linalg.broadcast and
# linalg.transpose parsers crash on some malformed attributes); every crash
# is still written to crashes/.
exec "bin/$harness" "$corpus" "seeds-$TARGET" -max_total_time="$SECONDS_TO_RUN" \
  -timeout=10 -max_len=65536 -fork="${FUZZ_JOBS:-2}" -ignore_crashes=1 -artifact_prefix=crashes/
