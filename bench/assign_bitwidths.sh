#!/usr/bin/env bash
# Benchmarks qnt-assign-bitwidths (strategy=entropy) on a 200-layer model.
#
# Generates a ResNet with 3 stages of 33, 33 and 32 basic blocks (width 16,
# 32x32 input: 199 convolutions + 1 fully-connected layer = 200 layers,
# weights in dense_resource blobs), folds its batch-norm once, then runs RUNS times:
#   baseline: quant-opt folded.mlir -o /dev/null                  (parse + print)
#   assign:   quant-opt folded.mlir -qnt-assign-bitwidths=... -o /dev/null
# and prints the median wall times, the pass's own median time
# (-mlir-timing) and the ratio to the baseline. Goal (issue): the pass under
# 1 s. Takes ~20 s.
#
# Usage: bench/assign_bitwidths.sh [--runs N] [--keep DIR]
# Environment: QUANT_OPT (default build/bin/quant-opt), RUNS (default 5),
# PYTHON (default python3).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
quant_opt="${QUANT_OPT:-$root/build/bin/quant-opt}"
runs="${RUNS:-5}"
python="${PYTHON:-python3}"
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -x "$quant_opt" ]] || { echo "quant-opt not found: $quant_opt (set QUANT_OPT)" >&2; exit 1; }
if [[ -n "$keep" ]]; then
  mkdir -p "$keep"; work="$keep"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/assign_bitwidths.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

"$python" "$root/test/Transforms/FoldBatchNorm/Inputs/gen_resnet.py" \
  --blocks 33,33,32 --width 16 --size 32 --resource -o "$work/model.mlir" \
  --stats "$work/stats"
"$quant_opt" "$work/model.mlir" -qnt-fold-batchnorm=remarks=false -o "$work/folded.mlir"

options="budget=0.5 cost=bops remarks=false report=$work/report.json"
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
seconds() { # runs the command, prints its wall time in seconds
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>"$work/stderr"; end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
base=(); full=(); pass=()
for ((i = 0; i < runs; i++)); do
  base+=("$(seconds "$quant_opt" "$work/folded.mlir" -o /dev/null)")
  full+=("$(seconds "$quant_opt" "$work/folded.mlir" \
    -qnt-assign-bitwidths="$options" -mlir-timing -o /dev/null)")
  pass+=("$(awk '/qnt-assign-bitwidths|QntAssignBitwidths/ { print $1; exit }' "$work/stderr")")
done
layers=$(grep -c '"weight_bits"' "$work/report.json")
params=$(awk -F': ' '/"params"/ { s += $2 } END { print s }' "$work/report.json")
b=$(printf '%s\n' "${base[@]}" | median)
f=$(printf '%s\n' "${full[@]}" | median)
p=$(printf '%s\n' "${pass[@]}" | median)
echo "model: $layers layers, $params weights"
printf 'baseline (parse + print):        %.3f s (median of %d)\n' "$b" "$runs"
printf 'with qnt-assign-bitwidths:       %.3f s (median of %d)\n' "$f" "$runs"
printf 'the pass itself (-mlir-timing):  %.3f s   goal < 1 s\n' "$p"
printf 'ratio to the baseline:           %.2fx\n' "$(echo "$f / $b" | bc -l)"
echo "chosen widths (weights):" $(grep -o '"weight_bits": [0-9]*' "$work/report.json" | awk '{ c[$2]++ } END { for (w in c) printf "%s-bit x%d  ", w, c[w] }')
