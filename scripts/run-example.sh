#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs quant-opt's main job on the bundled
# example network (examples/tiny-cnn): fold batch-norm, decide int8
# quantizers, lower to reference integer-grid code, execute the float and
# int8 networks side by side and print their logits and SQNR.
set -euo pipefail
cd "$(dirname "$0")/.."
LLVM_PREFIX=${LLVM_PREFIX:-/usr/lib/llvm-22}
BUILD_DIR=${BUILD_DIR:-build}

scripts/setup.sh
exec examples/tiny-cnn/run.sh "$BUILD_DIR/bin/quant-opt" "$LLVM_PREFIX"
