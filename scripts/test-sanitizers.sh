#!/usr/bin/env bash
# Builds quant-opt with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-sanitizers/ and runs the lit suite and unit tests through it. Any
# sanitizer report fails the test that triggered it. (MLIR itself comes from
# Debian's uninstrumented libMLIR.so; the plugin run is skipped because a
# stock mlir-opt cannot load an ASan-instrumented plugin.)
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build-sanitizers}

BUILD_DIR=build scripts/setup.sh >/dev/null # dependencies only
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQNT_SANITIZERS=address,undefined \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR="$LLVM_PREFIX/lib/cmake/mlir" \
    -DLLVM_EXTERNAL_LIT="$LLVM_PREFIX/bin/lit" >/dev/null
fi
ninja -C "$BUILD_DIR" -j"${JOBS:-2}" | { grep -v '^\[' || true; }
# MLIR's process-lifetime singletons are never freed: leak checking would
# only report those.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$LLVM_PREFIX/bin/lit" -sv "$BUILD_DIR/test"
