// qnt.fake_quant to a per-tensor !qnt.threshold type: the threshold table is
// one row [T] indexed by the 1-D per-tensor map (a regression test: it was
// once built as [1, T]). The per-axis forms are covered by
// fake-quant-ternary-binary-threshold.mlir.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // Thresholds {-0.2, 0.3, 0.8}, levels 0.5 * (q - 1): an input equal to a
  // threshold reaches it.
  vector.print str "threshold_per_tensor\n"
  %x = arith.constant dense<[-1.0, -0.2, -0.19, 0.0, 0.29, 0.3, 0.5, 0.8, 5.0]> : tensor<9xf32>
  %y = qnt.fake_quant %x to !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1> : tensor<9xf32>
  %u = tensor.cast %y : tensor<9xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: threshold_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-0.5, 0, 0, 0, 0, 0.5, 0.5, 1, 1]
  return
}
