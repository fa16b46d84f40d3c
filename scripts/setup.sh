#!/usr/bin/env bash
# Installs quant-opt's dependencies from Debian's packages (only those that
# are missing), then configures and builds into build/.
#
#   scripts/setup.sh            # install what is missing, configure, build
#
# Environment: LLVM_PREFIX (default /usr/lib/llvm-22), BUILD_DIR (default
# build), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}

packages=(
  libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools clang-22 lld-22
  ninja-build ccache cmake libgtest-dev
  # ONNX import (quant-translate), its conformance data, and the Python
  # the tests build and check models with.
  libonnx-dev libprotobuf-dev libonnx-testdata python3-onnx python3-numpy
  python3-torch
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR="$LLVM_PREFIX/lib/cmake/mlir" \
    -DLLVM_EXTERNAL_LIT="$LLVM_PREFIX/bin/lit" >/dev/null
fi
ninja -C "$BUILD_DIR" -j"$JOBS" | { grep -v '^\[' || true; }
