#!/usr/bin/env bash
# Compile-time scale: the full PTQ pipeline and the lowering to the LLVM
# dialect on a ResNet-50-size model (torchvision ResNet-50, 25.6 M
# parameters, random weights, exported to ONNX by export_torchvision.py;
# the importer keeps the weights as dense_resource blobs):
#   import    quant-translate --import-onnx
#   ptq       quant-opt -qnt-ptq-pipeline (fold BN, JIT calibration on
#             IMAGES random images, int8 quantizers, realize), -mlir-timing
#   lower     quant-opt -qnt-lower-pipeline=target=host (packed GEMM kernels
#             with the weights packed at compile time, vectorized element-wise
#             ops, bufferization, LLVM dialect; what quant-run runs),
#             -mlir-timing
# each under /usr/bin/time (wall seconds, peak RSS), and the slowest passes.
#
# Usage: bench/ptq_scale.sh [--model NAME] [--images N] [--keep DIR] [--bin DIR]
# Goal (issue): PTQ + lowering under 20 s and 2 GB on this machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="$root/build/bin"
model=resnet50
images=1
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) model="$2"; shift 2 ;;
    --images) images="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
missing=()
/usr/bin/python3 -c "import torchvision" 2>/dev/null || missing+=(python3-torchvision)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[[ -n "$keep" ]] || trap 'rm -rf "$work"' EXIT

/usr/bin/python3 "$here/export_torchvision.py" "$model" "$work/model.onnx" --images "$images"
params=$(/usr/bin/python3 -c "import onnx, numpy as np; m = onnx.load('$work/model.onnx'); print(sum(int(np.prod(t.dims)) for t in m.graph.initializer))")
echo "$model: $params parameters; calibration on $images image(s)"

step() { # label, timing file, command...
  local label=$1 timing=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" 2> "$timing"
  read -r seconds kib < "$work/time.txt"
  printf '%-10s %8s s %8s MiB\n' "$label" "$seconds" "$((kib / 1024))"
  echo "$seconds" >> "$work/total.txt"
}
: > "$work/total.txt"
step import "$work/import.log" "$bin/quant-translate" --import-onnx "$work/model.onnx" -o "$work/float.mlir"
step ptq "$work/ptq.timing" "$bin/quant-opt" "$work/float.mlir" \
  -qnt-ptq-pipeline="calibration=$work/model.images.npy" -mlir-timing -o "$work/int8.mlir"
step lower "$work/lower.timing" "$bin/quant-opt" "$work/int8.mlir" -mlir-timing \
  -qnt-lower-pipeline=target=host -o "$work/int8.llvm.mlir"
awk '{ s += $1 } END { printf "ptq + lower: %.2f s (goal < 20 s)\n", s - 0 }' < <(tail -n 2 "$work/total.txt")
for phase in ptq lower; do
  echo "slowest passes ($phase, -mlir-timing wall time):"
  grep -E '^ +[0-9.]+ \(' "$work/$phase.timing" | sort -rn | head -6
done
