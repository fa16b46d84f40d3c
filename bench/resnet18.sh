#!/usr/bin/env bash
# A real model end to end: torchvision ResNet-18 (random weights, batch-norm
# statistics from random batches) exported to ONNX at 1x3x224x224, then
#   import:   quant-translate --import-onnx            (wall time, peak RSS)
#   compile:  quant-opt -qnt-ptq-pipeline on 4 random calibration images
#             (fold BN, calibrate by JIT, int8 quantizers, realize)
#   latency:  quant-run on the float import and on the int8 code, and
#             PyTorch fp32 and int8 (torch.ao FX PTQ, onednn and qnnpack),
#             one thread, batch 1, median of RUNS calls, all in this run
# and prints a table with each latency's ratio to our float build.
#
# Usage: bench/resnet18.sh [--model NAME] [--runs N] [--keep DIR] [--bin DIR]
# NAME is any torchvision classifier the importer supports (default
# resnet18). Installs python3-torchvision and time from Debian if missing.
# Takes ~4 minutes for ResNet-18. Our latencies are quant-run's default
# lowering (qnt-lower-pipeline, target host: packed GEMM kernels for the
# integer convolutions, vectorized element-wise ops).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="$root/build/bin"
model=resnet18
runs=5
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) model="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
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

/usr/bin/python3 "$here/export_torchvision.py" "$model" "$work/model.onnx" --images 4
/usr/bin/python3 -c "import numpy as np; np.save('$work/one.npy', np.load('$work/model.images.npy')[:1])"

measure() { # label, command...: prints "label seconds peak_MiB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@"
  read -r seconds kib < "$work/time.txt"
  echo "$label $seconds $((kib / 1024))"
}
params=$(/usr/bin/python3 -c "import onnx, numpy as np; m = onnx.load('$work/model.onnx'); print(sum(int(np.prod(t.dims)) for t in m.graph.initializer))")
echo "$model: $params parameters, ONNX $(du -m "$work/model.onnx" | cut -f1) MiB"
printf '%-34s %10s %10s\n' step "wall (s)" "peak MiB"
read -r _ s m < <(measure import "$bin/quant-translate" --import-onnx "$work/model.onnx" -o "$work/float.mlir")
printf '%-34s %10s %10s\n' "import (quant-translate)" "$s" "$m"
read -r _ s m < <(measure compile "$bin/quant-opt" "$work/float.mlir" \
  -qnt-ptq-pipeline="calibration=$work/model.images.npy" -o "$work/int8.mlir")
printf '%-34s %10s %10s\n' "int8 pipeline (quant-opt, 4 images)" "$s" "$m"
grep -q "linalg.conv_2d" "$work/int8.mlir" && { echo "error: a convolution stayed float" >&2; exit 1; }

latency() { "$bin/quant-run" "$1" --input "$work/one.npy" --bench "$runs" | awk '/latency/ { print $(NF-4), $(NF-2), $NF }'; }
read -r f_min f_med f_max < <(latency "$work/float.mlir")
read -r i_min i_med i_max < <(latency "$work/int8.mlir")
echo
echo "latency per image, one thread, batch 1 (ms; median of $runs, min, max):"
printf '%-26s %10s %10s %10s %9s\n' build median min max "vs ours-fp32"
row() { printf '%-26s %10s %10s %10s %9s\n' "$1" "$2" "$3" "$4" "$(awk -v f="$f_med" -v m="$2" 'BEGIN { printf "%.2fx", f / m }')"; }
row "quant-opt float" "$f_med" "$f_min" "$f_max"
row "quant-opt int8" "$i_med" "$i_min" "$i_max"
while read -r engine med lo hi; do
  label="torch-$engine"; [[ $engine == fp32 ]] || label="torch-int8-$engine"
  row "$label" "$med" "$lo" "$hi"
done < <(/usr/bin/python3 "$here/torch_latency.py" "$model" "$work/model.images.npy" "$runs")
echo "(quant-opt: qnt-lower-pipeline for the host CPU; float convolutions are scalar loops, integer ones packed GEMM kernels)"
