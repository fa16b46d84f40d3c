#!/usr/bin/env bash
# The Arm micro-kernels' inner loops under llvm-mca: a 64x256x64 int8 layer
# (test/lib/int_layer.py) lowered with qnt-lower-pipeline for
# aarch64-neon-dotprod (sdot) and aarch64-i8mm (smmla), compiled by llc
# (+neon,+dotprod,+i8mm), the loop that holds the dot instructions
# extracted and run through `llvm-mca -mcpu=neoverse-n2`. Prints cycles per
# iteration against the bound of 2 dot instructions per cycle (the two
# vector pipes that execute sdot and smmla).
#
# Usage: bench/arm_mca.sh [--mcpu CPU] [--bin DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="$root/build/bin"
llvm=/usr/lib/llvm-22/bin
mcpu=neoverse-n2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mcpu) mcpu="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$root/test/lib/int_layer.py" matmul 64 256 64 "$work/layer.mlir" "$work/x.npy"
for pair in aarch64-neon-dotprod:sdot aarch64-i8mm:smmla; do
  target=${pair%%:*} insn=${pair##*:}
  "$bin/quant-opt" "$work/layer.mlir" -qnt-lower-pipeline=target="$target" |
    "$llvm/mlir-translate" --mlir-to-llvmir |
    "$llvm/llc" -O2 -mtriple=aarch64-linux-gnu -mattr=+neon,+dotprod,+i8mm -o "$work/layer.s"
  # The innermost loop: from the label before the first dot instruction to
  # the branch back to it.
  awk -v insn="$insn" '/^\.LBB/ { label = $1; sub(":", "", label); n = 0 }
       { body[n++] = $0 }
       $1 == insn { found = label }
       found != "" && $0 ~ ("b\\.[a-z]+[ \t]+" found "$") {
         for (i = 1; i < n; ++i) print body[i]; exit }' "$work/layer.s" > "$work/loop.s"
  count=$(awk -v insn="$insn" '$1 == insn' "$work/loop.s" | wc -l)
  "$llvm/llvm-mca" -mtriple=aarch64-linux-gnu -mcpu="$mcpu" -iterations=1000 "$work/loop.s" > "$work/mca.txt"
  cycles=$(awk '/^Total Cycles:/ { print $3 }' "$work/mca.txt")
  awk -v c="$cycles" -v s="$count" -v cpu="$mcpu" -v t="$target" -v i="$insn" 'BEGIN {
    per = c / 1000; bound = s / 2
    printf "%s on %s: %d %s per iteration, %.2f cycles per iteration (llvm-mca), bound %.1f: %.0f%%\n", t, cpu, s, i, per, bound, 100 * bound / per }'
done
