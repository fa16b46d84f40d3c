// Executes qnt.threshold (float and integer thresholds, per tensor and per
// axis, with out_bias), qnt.batch_norm, and quant.qcast / quant.dcast on
// upstream !quant.uniform types as lowered by qnt-lower-to-arith, and checks
// every printed value (computed in f32 / integer Python from docs/Numerics.md):
//   threshold:  y = out_bias + #{i : x >= t_c,i}
//   batch_norm: y = (x - mean_c) / sqrt(var_c + eps) * scale_c + bias_c
//   qcast:      q = clamp(roundeven(x / s) + z, qmin, qmax)  (saturating)
//   dcast:      x' = s * (q - z)

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }
func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

// Print 2-D integer tensors widened to i32 (sign- or zero-extended).
func.func @print_i8(%t: tensor<?x?xi8>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %t, %c0 : tensor<?x?xi8>
  %d1 = tensor.dim %t, %c1 : tensor<?x?xi8>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xi32>
  %w = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<?x?xi8>) outs(%e : tensor<?x?xi32>) {
  ^bb0(%in: i8, %out: i32):
    %x = arith.extsi %in : i8 to i32
    linalg.yield %x : i32
  } -> tensor<?x?xi32>
  %u = tensor.cast %w : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @print_u8(%t: tensor<?x?xi8>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %t, %c0 : tensor<?x?xi8>
  %d1 = tensor.dim %t, %c1 : tensor<?x?xi8>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xi32>
  %w = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<?x?xi8>) outs(%e : tensor<?x?xi32>) {
  ^bb0(%in: i8, %out: i32):
    %x = arith.extui %in : i8 to i32
    linalg.yield %x : i32
  } -> tensor<?x?xi32>
  %u = tensor.cast %w : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @print_i4(%t: tensor<?x?xi4>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %t, %c0 : tensor<?x?xi4>
  %d1 = tensor.dim %t, %c1 : tensor<?x?xi4>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xi32>
  %w = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<?x?xi4>) outs(%e : tensor<?x?xi32>) {
  ^bb0(%in: i4, %out: i32):
    %x = arith.extsi %in : i4 to i32
    linalg.yield %x : i32
  } -> tensor<?x?xi32>
  %u = tensor.cast %w : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  // Float thresholds {-0.5, 0, 0.5} for every element: equality reaches a threshold.
  vector.print str "threshold_float_per_tensor\n"
  %x0 = arith.constant dense<[[-1.0, -0.5, -0.4, 0.0], [0.49, 0.5, 0.7, 3.0]]> : tensor<2x4xf32>
  %y0 = qnt.threshold %x0 thresholds dense<[-0.5, 0.0, 0.5]> : tensor<3xf32> : tensor<2x4xf32> -> tensor<2x4xi8>
  %d0 = tensor.cast %y0 : tensor<2x4xi8> to tensor<?x?xi8>
  call @print_i8(%d0) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: threshold_float_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 2],
  // CHECK-NEXT: [2, 3, 3, 3]]

  // Per row thresholds {-1, 1} and {0, 0.25}, out_bias 1.
  // (Negative biases: see threshold-negative-out-bias.mlir.)
  vector.print str "threshold_float_axis_0_bias\n"
  %x1 = arith.constant dense<[[-2.0, -1.0, 0.0, 1.0, 5.0], [-2.0, 0.0, 0.2, 0.25, 5.0]]> : tensor<2x5xf32>
  %y1 = qnt.threshold %x1 thresholds dense<[[-1.0, 1.0], [0.0, 0.25]]> : tensor<2x2xf32> axis 0 {out_bias = 1 : i64} : tensor<2x5xf32> -> tensor<2x5xi8>
  %d1 = tensor.cast %y1 : tensor<2x5xi8> to tensor<?x?xi8>
  call @print_i8(%d1) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: threshold_float_axis_0_bias
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 2, 2, 3, 3],
  // CHECK-NEXT: [1, 2, 2, 3, 3]]

  // Integer accumulators, per column thresholds {-4, 0, 9} and {1, 2, 3}, out_bias 100 (FINN).
  vector.print str "threshold_int_axis_1_bias\n"
  %x2 = arith.constant dense<[[-5, 0], [-4, 1], [0, 2], [8, 3], [9, 100]]> : tensor<5x2xi32>
  %y2 = qnt.threshold %x2 thresholds dense<[[-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32> axis 1 {out_bias = 100 : i64} : tensor<5x2xi32> -> tensor<5x2xi8>
  %d2 = tensor.cast %y2 : tensor<5x2xi8> to tensor<?x?xi8>
  call @print_i8(%d2) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: threshold_int_axis_1_bias
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[100, 100],
  // CHECK-NEXT: [101, 101],
  // CHECK-NEXT: [102, 102],
  // CHECK-NEXT: [102, 103],
  // CHECK-NEXT: [103, 103]]

  // Thresholds at the ends of i32: INT32_MIN is always reached, INT32_MAX only by itself.
  vector.print str "threshold_int_extremes\n"
  %x3 = arith.constant dense<[[-2147483648, -1, 0, 2147483646, 2147483647]]> : tensor<1x5xi32>
  %y3 = qnt.threshold %x3 thresholds dense<[-2147483648, 0, 2147483647]> : tensor<3xi32> : tensor<1x5xi32> -> tensor<1x5xi8>
  %d3 = tensor.cast %y3 : tensor<1x5xi8> to tensor<?x?xi8>
  call @print_i8(%d3) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: threshold_int_extremes
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 1, 2, 2, 3]]

  // i16 input, i4 result: seven thresholds give counts 0..7, the top of i4.
  vector.print str "threshold_i16_to_i4\n"
  %x4 = arith.constant dense<[[-32768, -100, 0, 99, 100, 32767]]> : tensor<1x6xi16>
  %y4 = qnt.threshold %x4 thresholds dense<[-100, -10, 0, 10, 50, 100, 32767]> : tensor<7xi16> : tensor<1x6xi16> -> tensor<1x6xi4>
  %d4 = tensor.cast %y4 : tensor<1x6xi4> to tensor<?x?xi4>
  call @print_i4(%d4) : (tensor<?x?xi4>) -> ()
  // CHECK-LABEL: threshold_i16_to_i4
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 3, 5, 6, 7]]

  // NCHW, channel axis 1, default epsilon 1e-5.
  vector.print str "batch_norm_nchw\n"
  %x5 = arith.constant dense<[[[[0.2, 2.2], [-1.8, 4.0]], [[-1.0, -0.5], [-1.5, 3.0]]]]> : tensor<1x2x2x2xf32>
  %g5 = arith.constant dense<[1.5, -0.5]> : tensor<2xf32>
  %b5 = arith.constant dense<[0.1, 2.0]> : tensor<2xf32>
  %m5 = arith.constant dense<[0.2, -1.0]> : tensor<2xf32>
  %v5 = arith.constant dense<[4.0, 0.25]> : tensor<2xf32>
  %y5 = qnt.batch_norm %x5, %g5, %b5, %m5, %v5 {axis = 1 : i64} : tensor<1x2x2x2xf32>, tensor<2xf32>
  %u5 = tensor.cast %y5 : tensor<1x2x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: batch_norm_nchw
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[\[\[\[}}0.1, 1.6],
  // CHECK-NEXT: [-1.4, 2.95]],
  // CHECK-NEXT: {{\[\[}}2, 1.50001],
  // CHECK-NEXT: [2.49999, -1.99992]]]]

  // Channels on the last axis, epsilon 1e-3; variance 0 divides by sqrt(epsilon).
  vector.print str "batch_norm_last_axis\n"
  %x6 = arith.constant dense<[[1.0, 2.0, 3.0], [-1.0, -2.0, -3.0]]> : tensor<2x3xf32>
  %g6 = arith.constant dense<[1.0, 2.0, 0.5]> : tensor<3xf32>
  %b6 = arith.constant dense<[0.0, -1.0, 0.25]> : tensor<3xf32>
  %m6 = arith.constant dense<[0.5, 0.0, 3.0]> : tensor<3xf32>
  %v6 = arith.constant dense<[1.0, 0.0, 9.0]> : tensor<3xf32>
  %y6 = qnt.batch_norm %x6, %g6, %b6, %m6, %v6 {axis = 1 : i64, epsilon = 0.001 : f32} : tensor<2x3xf32>, tensor<3xf32>
  %u6 = tensor.cast %y6 : tensor<2x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: batch_norm_last_axis
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.49975, 125.491, 0.25],
  // CHECK-NEXT: [-1.49925, -127.491, -0.749944]]

  // i8, scale 0.5, zero point -1: x / s = +-0.5, +-1.5, 2.5 round half to even
  // (upstream lower-quant-ops would truncate), and +-1000 saturate.
  vector.print str "qcast_i8_ties_saturation\n"
  %x7 = arith.constant dense<[[0.25, 0.75, 1.25, -0.25, -0.75], [1000.0, -1000.0, 0.3, 63.0, -64.0]]> : tensor<2x5xf32>
  %q7 = quant.qcast %x7 : tensor<2x5xf32> to tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>>
  %s7 = quant.scast %q7 : tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>> to tensor<2x5xi8>
  %sd7 = tensor.cast %s7 : tensor<2x5xi8> to tensor<?x?xi8>
  call @print_i8(%sd7) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: qcast_i8_ties_saturation
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-1, 1, 1, -1, -3],
  // CHECK-NEXT: [127, -128, 0, 125, -128]]
  // Back to float through the stored integers. The copy keeps
  // quant.dcast(quant.qcast(x)) from being folded to x (see
  // quant-cast-round-trip.mlir).
  %e7 = tensor.empty() : tensor<2x5xi8>
  %cs7 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%s7 : tensor<2x5xi8>) outs(%e7 : tensor<2x5xi8>) {
  ^bb0(%in: i8, %out: i8):
    linalg.yield %in : i8
  } -> tensor<2x5xi8>
  %q27 = quant.scast %cs7 : tensor<2x5xi8> to tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>>
  %d7 = quant.dcast %q27 : tensor<2x5x!quant.uniform<i8:f32, 0.5:-1>> to tensor<2x5xf32>
  %u7 = tensor.cast %d7 : tensor<2x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 0, -1],
  // CHECK-NEXT: [64, -63.5, 0.5, 63, -63.5]]

  // u8 per axis 1, (scale:zero point) = (0.5:128), (0.25:0), (2.0:10).
  vector.print str "qcast_u8_axis_1\n"
  %x8 = arith.constant dense<[[-100.0, -0.125, 0.0], [-1.0, 0.125, 3.0], [0.25, 0.375, -20.0], [100.0, 100.0, 1000.0]]> : tensor<4x3xf32>
  %q8 = quant.qcast %x8 : tensor<4x3xf32> to tensor<4x3x!quant.uniform<u8:f32:1, {0.5:128, 0.25, 2.0:10}>>
  %s8 = quant.scast %q8 : tensor<4x3x!quant.uniform<u8:f32:1, {0.5:128, 0.25, 2.0:10}>> to tensor<4x3xi8>
  %sd8 = tensor.cast %s8 : tensor<4x3xi8> to tensor<?x?xi8>
  call @print_u8(%sd8) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: qcast_u8_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 0, 10],
  // CHECK-NEXT: [126, 0, 12],
  // CHECK-NEXT: [128, 2, 0],
  // CHECK-NEXT: [255, 255, 255]]
  // Back to float through the stored integers. The copy keeps
  // quant.dcast(quant.qcast(x)) from being folded to x (see
  // quant-cast-round-trip.mlir).
  %e8 = tensor.empty() : tensor<4x3xi8>
  %cs8 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%s8 : tensor<4x3xi8>) outs(%e8 : tensor<4x3xi8>) {
  ^bb0(%in: i8, %out: i8):
    linalg.yield %in : i8
  } -> tensor<4x3xi8>
  %q28 = quant.scast %cs8 : tensor<4x3xi8> to tensor<4x3x!quant.uniform<u8:f32:1, {0.5:128, 0.25, 2.0:10}>>
  %d8 = quant.dcast %q28 : tensor<4x3x!quant.uniform<u8:f32:1, {0.5:128, 0.25, 2.0:10}>> to tensor<4x3xf32>
  %u8 = tensor.cast %d8 : tensor<4x3xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-64, 0, 0],
  // CHECK-NEXT: [-1, 0, 4],
  // CHECK-NEXT: [0, 0.5, -20],
  // CHECK-NEXT: [63.5, 63.75, 490]]

  // Narrow range i8<-127:127>, scale 1: -128 is never produced.
  vector.print str "qcast_narrow_i8\n"
  %x9 = arith.constant dense<[[-1000.0, -127.5, -126.5, 126.5, 127.5, 1000.0]]> : tensor<1x6xf32>
  %q9 = quant.qcast %x9 : tensor<1x6xf32> to tensor<1x6x!quant.uniform<i8<-127:127>:f32, 1.0>>
  %s9 = quant.scast %q9 : tensor<1x6x!quant.uniform<i8<-127:127>:f32, 1.0>> to tensor<1x6xi8>
  %sd9 = tensor.cast %s9 : tensor<1x6xi8> to tensor<?x?xi8>
  call @print_i8(%sd9) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: qcast_narrow_i8
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-127, -127, -126, 126, 127, 127]]
  // Back to float through the stored integers. The copy keeps
  // quant.dcast(quant.qcast(x)) from being folded to x (see
  // quant-cast-round-trip.mlir).
  %e9 = tensor.empty() : tensor<1x6xi8>
  %cs9 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%s9 : tensor<1x6xi8>) outs(%e9 : tensor<1x6xi8>) {
  ^bb0(%in: i8, %out: i8):
    linalg.yield %in : i8
  } -> tensor<1x6xi8>
  %q29 = quant.scast %cs9 : tensor<1x6xi8> to tensor<1x6x!quant.uniform<i8<-127:127>:f32, 1.0>>
  %d9 = quant.dcast %q29 : tensor<1x6x!quant.uniform<i8<-127:127>:f32, 1.0>> to tensor<1x6xf32>
  %u9 = tensor.cast %d9 : tensor<1x6xf32> to tensor<*xf32>
  call @printMemrefF32(%u9) : (tensor<*xf32>) -> ()
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-127, -127, -126, 126, 127, 127]]

  return
}
