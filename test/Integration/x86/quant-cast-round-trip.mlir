// quant.qcast followed directly by quant.dcast must simulate quantization:
// x' = s * (clamp(roundeven(x / s) + z, qmin, qmax) - z). Regression test:
// qnt-lower-to-arith must not let the upstream folder DequantizeCastOp::fold
// replace dcast(qcast(x)) by x before the casts are lowered.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // i8, scale 0.5, zero point -1: ties round half to even, +-1000 saturate.
  vector.print str "qcast_dcast_round_trip\n"
  %x = arith.constant dense<[[0.25, 0.75, 1.25, -0.25, -0.75], [1000.0, -1000.0, 0.3, 63.0, -64.0]]> : tensor<2x5xf32>
  %q = quant.qcast %x : tensor<2x5xf32> to tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>>
  %d = quant.dcast %q : tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>> to tensor<2x5xf32>
  %u = tensor.cast %d : tensor<2x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: qcast_dcast_round_trip
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 0, -1],
  // CHECK-NEXT: [64, -63.5, 0.5, 63, -63.5]]
  return
}
