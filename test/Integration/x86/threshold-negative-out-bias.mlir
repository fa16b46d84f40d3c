// qnt.threshold with a negative out_bias: y = out_bias + #{i : x >= t_i}.
// Regression test: the I64Attr accessor returns uint64_t, and converting it
// to double without going through int64_t once turned -1 into 2^64 - 1.
// threshold-batchnorm-casts.mlir covers non-negative biases.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // Integer accumulators, per column thresholds {-4, 0, 9} and {1, 2, 3},
  // out_bias -1 (the example of the op description).
  vector.print str "threshold_out_bias_minus_1\n"
  %x = arith.constant dense<[[-5, 0], [-4, 1], [0, 2], [8, 3], [9, 100]]> : tensor<5x2xi32>
  %y = qnt.threshold %x thresholds dense<[[-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32> axis 1 {out_bias = -1 : i64} : tensor<5x2xi32> -> tensor<5x2xi32>
  %u = tensor.cast %y : tensor<5x2xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  // CHECK-LABEL: threshold_out_bias_minus_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-1, -1],
  // CHECK-NEXT: [0, 0],
  // CHECK-NEXT: [1, 1],
  // CHECK-NEXT: [1, 2],
  // CHECK-NEXT: [2, 2]]

  // Float input, per tensor thresholds, out_bias -8: counts 0..3 become
  // -8..-5.
  vector.print str "threshold_out_bias_minus_8\n"
  %f = arith.constant dense<[[-1.0, -0.5, 0.0, 0.7]]> : tensor<1x4xf32>
  %g = qnt.threshold %f thresholds dense<[-0.5, 0.0, 0.5]> : tensor<3xf32> {out_bias = -8 : i64} : tensor<1x4xf32> -> tensor<1x4xi32>
  %v = tensor.cast %g : tensor<1x4xi32> to tensor<*xi32>
  call @printMemrefI32(%v) : (tensor<*xi32>) -> ()
  // CHECK-LABEL: threshold_out_bias_minus_8
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-8, -7, -6, -5]]
  return
}
