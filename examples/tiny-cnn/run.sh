#!/usr/bin/env bash
# Lowers the example network's quantization to reference integer arithmetic
# and executes it: prints the float logits, then the int8 fake-quantized
# logits. Usage: run.sh <quant-opt> <llvm-prefix>
set -euo pipefail
here=$(dirname "$0")
quant_opt=$1
prefix=$2
libs="$prefix/lib/libmlir_c_runner_utils.so,$prefix/lib/libmlir_runner_utils.so"

echo "== quant-opt -qnt-lower-to-arith: the quantized ops become integer-grid arithmetic"
"$quant_opt" "$here/tiny_cnn.mlir" -qnt-lower-to-arith -canonicalize |
  grep -c "math.roundeven" | sed 's/^/roundeven ops emitted: /'
echo "== float logits, then int8 (per-channel weights, per-tensor activations)"
"$quant_opt" "$here/tiny_cnn.mlir" -qnt-lower-to-arith -canonicalize \
  -one-shot-bufferize=bufferize-function-boundaries -buffer-deallocation-pipeline \
  -convert-linalg-to-loops -convert-scf-to-cf -expand-strided-metadata \
  -lower-affine -convert-to-llvm -reconcile-unrealized-casts |
  "$prefix/bin/mlir-runner" -e main -entry-point-result=void -shared-libs="$libs" |
  awk '/^\[\[/ { gsub(/[\[\],]/, " "); print; n++; for (i = 1; i <= NF; i++) v[n, i] = $i; k = NF }
       END {
         if (n != 2) { print "run.sh: expected two result rows" > "/dev/stderr"; exit 1 }
         for (i = 1; i <= k; i++) { s += v[1, i] ^ 2; e += (v[1, i] - v[2, i]) ^ 2 }
         printf "logits SQNR (float vs int8): %.1f dB\n", 10 * log(s / e) / log(10)
       }'
