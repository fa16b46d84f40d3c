#!/usr/bin/env bash
# The main job on the example network: fold its batch-norm into the conv,
# decide int8 quantizers (weights per channel from the constants,
# activations from the calibration ranges on its qnt.observe ops), lower the
# quantization to reference integer-grid arithmetic, and run the float and
# the int8 network side by side; prints both logits and their SQNR.
# Usage: run.sh <quant-opt> <llvm-prefix>
set -euo pipefail
here=$(dirname "$0")
quant_opt=$1
prefix=$2
libs="$prefix/lib/libmlir_c_runner_utils.so,$prefix/lib/libmlir_runner_utils.so"
to_llvm=(-qnt-lower-to-arith -canonicalize
  -one-shot-bufferize=bufferize-function-boundaries -buffer-deallocation-pipeline
  -convert-linalg-to-loops -convert-scf-to-cf -expand-strided-metadata
  -lower-affine -convert-to-llvm -reconcile-unrealized-casts)
run() { "$prefix/bin/mlir-runner" -e main -entry-point-result=void -shared-libs="$libs"; }
logits() { grep '^\[\[' | tr -d '[],'; }

quantized=$("$quant_opt" "$here/tiny_cnn.mlir" -qnt-fold-batchnorm -qnt-insert-fake-quant)
echo "== quant-opt -qnt-fold-batchnorm -qnt-insert-fake-quant"
echo "batch-norms left:      $(grep -c 'math.rsqrt' <<<"$quantized" || true)"
echo "quantizers inserted:   $(grep -c 'qnt.fake_quant' <<<"$quantized")"
grep -o 'to ![a-z.]*<[^{,]*' <<<"$quantized" | sed 's/^to /  /'

float=$("$quant_opt" "$here/tiny_cnn.mlir" "${to_llvm[@]}" | run | logits)
int8=$("$quant_opt" "${to_llvm[@]}" <<<"$quantized" | run | logits)
echo "== logits"
echo "float: $float"
echo "int8:  $int8"
awk -v f="$float" -v q="$int8" 'BEGIN {
  n = split(f, a, " "); split(q, b, " ")
  for (i = 1; i <= n; i++) { s += a[i] ^ 2; e += (a[i] - b[i]) ^ 2 }
  if (e == 0) { print "logits SQNR (float vs int8): exact"; exit }
  printf "logits SQNR (float vs int8): %.1f dB\n", 10 * log(s / e) / log(10)
}'
