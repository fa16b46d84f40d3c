// Executes qnt.fake_quant on the non-uniform element types and checks every
// printed value:
//   !qnt.ternary:   x' = a_c * clamp(round(x / a_c), -1, 1)
//   !qnt.binary:    x' = x >= 0 ? +a_c : -a_c   (so sign(0) = sign(-0) = +a_c)
//   !qnt.threshold: x' = scale * (#{i : x >= t_c,i} - zp)
// per tensor and per axis. The inputs sit on and next to the decision points.

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // alpha = 0.5: |x| / alpha = 0.5 is a tie and rounds to even (0); 1.5 rounds to 2 and clamps to 1.
  vector.print str "ternary_per_tensor\n"
  %x0 = arith.constant dense<[-2.0, -0.75, -0.25, -0.2, 0.0, 0.25, 0.3, 0.75, 3.0]> : tensor<9xf32>
  %y0 = qnt.fake_quant %x0 to !qnt.ternary<f32, 0.5> : tensor<9xf32>
  %u0 = tensor.cast %y0 : tensor<9xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ternary_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-0.5, -0.5, 0, 0, 0, 0, 0.5, 0.5, 0.5]

  // With nearest_away, the ties +-0.25 / 0.5 round to +-1.
  vector.print str "ternary_nearest_away\n"
  %x1 = arith.constant dense<[-2.0, -0.75, -0.25, -0.2, 0.0, 0.25, 0.3, 0.75, 3.0]> : tensor<9xf32>
  %y1 = qnt.fake_quant %x1 to !qnt.ternary<f32, 0.5> rounding nearest_away : tensor<9xf32>
  %u1 = tensor.cast %y1 : tensor<9xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ternary_nearest_away
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-0.5, -0.5, -0.5, 0, 0, 0.5, 0.5, 0.5, 0.5]

  // One alpha per row: 0.5 and 0.1.
  vector.print str "ternary_axis_0\n"
  %x2 = arith.constant dense<[[-1.0, -0.3, 0.2, 0.26, 5.0], [-1.0, -0.06, 0.04, 0.05, 0.2]]> : tensor<2x5xf32>
  %y2 = qnt.fake_quant %x2 to !qnt.ternary<f32:0, {0.5, 0.1}> : tensor<2x5xf32>
  %u2 = tensor.cast %y2 : tensor<2x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ternary_axis_0
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-0.5, -0.5, 0, 0.5, 0.5],
  // CHECK-NEXT: [-0.1, -0.1, 0, 0, 0.1]]

  // One alpha per column: 1.0, 0.25 and 0.04.
  vector.print str "ternary_axis_1\n"
  %x3 = arith.constant dense<[[0.6, 0.6, 0.6], [-0.1, -0.1, -0.1], [0.02, 0.02, 0.02]]> : tensor<3x3xf32>
  %y3 = qnt.fake_quant %x3 to !qnt.ternary<f32:1, {1.0, 0.25, 0.04}> : tensor<3x3xf32>
  %u3 = tensor.cast %y3 : tensor<3x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ternary_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 0.25, 0.04],
  // CHECK-NEXT: [0, 0, -0.04],
  // CHECK-NEXT: [0, 0, 0]]

  // sign(0) = sign(-0) = +alpha; the tiniest negative value gives -alpha.
  vector.print str "binary_per_tensor\n"
  %x4 = arith.constant dense<[-3.0, -1.0e-30, -0.0, 0.0, 1.0e-30, 5.0]> : tensor<6xf32>
  %y4 = qnt.fake_quant %x4 to !qnt.binary<f32, 0.25> : tensor<6xf32>
  %u4 = tensor.cast %y4 : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: binary_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-0.25, -0.25, 0.25, 0.25, 0.25, 0.25]

  // One alpha per column: 0.5, 0.125, 1.0, 2.0.
  vector.print str "binary_axis_1\n"
  %x5 = arith.constant dense<[[-0.5, 0.0, 0.5, -7.0], [3.0, -0.001, -0.0, 7.0]]> : tensor<2x4xf32>
  %y5 = qnt.fake_quant %x5 to !qnt.binary<f32:1, {0.5, 0.125, 1.0, 2.0}> : tensor<2x4xf32>
  %u5 = tensor.cast %y5 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: binary_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-0.5, 0.125, 1, -2],
  // CHECK-NEXT: [0.5, -0.125, 1, 2]]

  // One alpha per row: 0.75 and 3.0.
  vector.print str "binary_axis_0\n"
  %x6 = arith.constant dense<[[-0.5, 0.0, 0.5, -7.0], [3.0, -0.001, -0.0, 7.0]]> : tensor<2x4xf32>
  %y6 = qnt.fake_quant %x6 to !qnt.binary<f32:0, {0.75, 3.0}> : tensor<2x4xf32>
  %u6 = tensor.cast %y6 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: binary_axis_0
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-0.75, 0.75, 0.75, -0.75],
  // CHECK-NEXT: [3, -3, 3, 3]]

  // Column 0 uses {-0.2, 0.3, 0.8}, column 1 uses {-1, 0, 1}.
  vector.print str "threshold_axis_1\n"
  %x7 = arith.constant dense<[[-1.0, -1.0], [-0.2, 0.0], [0.3, 0.5], [0.8, 1.0], [2.0, -0.5]]> : tensor<5x2xf32>
  %y7 = qnt.fake_quant %x7 to !qnt.threshold<ui2:f32:1, {{-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1> : tensor<5x2xf32>
  %u7 = tensor.cast %y7 : tensor<5x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: threshold_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-0.5, 0],
  // CHECK-NEXT: [0, 0.5],
  // CHECK-NEXT: [0.5, 0.5],
  // CHECK-NEXT: [1, 1],
  // CHECK-NEXT: [1, 0]]

  // 3-bit levels 0.25 * (q - 4) with seven thresholds per row.
  vector.print str "threshold_axis_0_ui3\n"
  %x8 = arith.constant dense<[[-3.5, -3.0, -0.5, 0.0, 2.5, 3.0], [0.05, 0.1, 0.35, 0.4, 0.69, 0.7]]> : tensor<2x6xf32>
  %y8 = qnt.fake_quant %x8 to !qnt.threshold<ui3:f32:0, {{-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0}, {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}}, 0.25:4> : tensor<2x6xf32>
  %u8 = tensor.cast %y8 : tensor<2x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: threshold_axis_0_ui3
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-1, -0.75, -0.25, 0, 0.5, 0.75],
  // CHECK-NEXT: [-1, -0.75, -0.25, 0, 0.5, 0.75]]

  return
}
