#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs quant-opt's main job on the bundled
# example network: fold nothing yet, lower its quantization to integer
# reference code, execute float and quantized versions side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build}

scripts/setup.sh
exec examples/tiny-cnn/run.sh "$BUILD_DIR/bin/quant-opt" "$LLVM_PREFIX"
