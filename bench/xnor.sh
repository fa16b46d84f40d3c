#!/usr/bin/env bash
# Binary x binary throughput: one qnt.xnor_popcount layer (M x N outputs,
# K bits each, 64-bit words, random signs) lowered by quant-run's default
# qnt-lower-pipeline for the host CPU (qnt-lower-to-loops' packed xor +
# popcount kernel), against the reference lowering (a scalar 64-bit
# popcount loop that LLVM compiles as it likes), in one run on one core.
# Prints the median latency of each and G bit-MACs/s (M·N·K per call).
#
# Usage: bench/xnor.sh [M N K] [--bin DIR]   (default 256 256 4096)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="$root/build/bin"
sizes=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
m=${sizes[0]:-256} n=${sizes[1]:-256} k=${sizes[2]:-4096}
(( k % 64 == 0 )) || { echo "K must be a multiple of 64" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" "$m" "$n" "$k" <<'PY'
import sys
import numpy as np
work, m, n, k = sys.argv[1], *map(int, sys.argv[2:])
kw = k // 64
rng = np.random.default_rng(1)
w = rng.integers(-2**62, 2**62, (n, kw), dtype=np.int64)
np.save(f"{work}/x.npy", rng.integers(-2**62, 2**62, (m, kw), dtype=np.int64))
maps = ("affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, "
        "affine_map<(m, n, k) -> (m, n)>")
with open(f"{work}/xnor.mlir", "w") as f:
    f.write(f"""func.func @xnor(%x: tensor<{m}x{kw}xi64>) -> tensor<{m}x{n}xi32> {{
  %w = arith.constant dense<"0x{w.tobytes().hex().upper()}"> : tensor<{n}x{kw}xi64>
  %init = arith.constant dense<0> : tensor<{m}x{n}xi32>
  %r = qnt.xnor_popcount %x, %w, %init {{indexing_maps = [{maps}], iterator_types = ["parallel", "parallel", "reduction"], num_bits = {k} : i64}} : (tensor<{m}x{kw}xi64>, tensor<{n}x{kw}xi64>, tensor<{m}x{n}xi32>) -> tensor<{m}x{n}xi32>
  return %r : tensor<{m}x{n}xi32>
}}
""")
PY
for target in host reference; do
  median=$(taskset -c "${QNT_BENCH_CPU:-1}" "$bin/quant-run" "$work/xnor.mlir" --input "$work/x.npy" \
    --target="$target" --output "$work/$target.npy" --bench 20 |
    awk '/latency/ { for (i = 1; i <= NF; ++i) if ($i == "median") print $(i + 1) }')
  awk -v t="$target" -v ms="$median" -v m="$m" -v n="$n" -v k="$k" 'BEGIN {
    printf "%-10s %10.3f ms  %8.1f G bit-MACs/s\n", t, ms, m * n * k / (ms * 1e-3) / 1e9 }'
done
cmp -s "$work/host.npy" "$work/reference.npy" && echo "results: identical" || { echo "results DIFFER" >&2; exit 1; }
