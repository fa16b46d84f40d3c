// Executes qnt.requantize and checks every printed value against the
// documented integer arithmetic (applyScale and roundingShiftRight in
// lib/Dialect/Qnt/Utils/Numerics.cpp, transcribed to Python to compute the
// expected values):
//   v = x - input_zp
//   r = (v * m + (1 << (s - 1)) [+-(1 << 30) if double_round and s > 31]) >> s
//   r = (v + (1 << (s - 1))) >> s             (shift-only form; r = v if s = 0)
//   y = clamp(r + output_zp, clamp_min, clamp_max)

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefI32(tensor<*xi32>) attributes { llvm.emit_c_interface }

// Prints a 2-D tensor of i8 / i16 widened to i32 (sign- or zero-extended).
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

func.func @print_i16(%t: tensor<?x?xi16>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %t, %c0 : tensor<?x?xi16>
  %d1 = tensor.dim %t, %c1 : tensor<?x?xi16>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xi32>
  %w = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<?x?xi16>) outs(%e : tensor<?x?xi32>) {
  ^bb0(%in: i16, %out: i32):
    %x = arith.extsi %in : i16 to i32
    linalg.yield %x : i32
  } -> tensor<?x?xi32>
  %u = tensor.cast %w : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @print_i32(%t: tensor<?x?xi32>) {
  %u = tensor.cast %t : tensor<?x?xi32> to tensor<*xi32>
  call @printMemrefI32(%u) : (tensor<*xi32>) -> ()
  return
}

func.func @main() {
  // m * 2^-s = 1717986918 * 2^-38 ~ 1/160, output zero point -3, full i8 clamp:
  // 80 / 160 = 0.5 rounds up to 1, -80 / 160 = -0.5 rounds up to 0; the extremes saturate.
  vector.print str "multiplier_per_tensor\n"
  %x0 = arith.constant dense<[[0, 79, 80, 81, 239, 240, 241], [-79, -80, -81, -240, -241, 20000, -20000], [2147483647, -2147483648, 20800, 20799, -19840, -19841, 1]]> : tensor<3x7xi32>
  %y0 = qnt.requantize %x0 multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] : tensor<3x7xi32> -> tensor<3x7xi8>
  %d0 = tensor.cast %y0 : tensor<3x7xi8> to tensor<?x?xi8>
  call @print_i8(%d0) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: multiplier_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-3, -3, -3, -2, -2, -2, -1],
  // CHECK-NEXT: [-3, -3, -4, -4, -5, 122, -128],
  // CHECK-NEXT: [127, -128, 127, 127, -127, -127, -3]]

  // One (multiplier, shift) per column: 2^30 * 2^-31 = 1/2, 1431655765 * 2^-33 ~ 1/6,
  // 1395864371 * 2^-40 ~ 0.00127; output zero point 5.
  vector.print str "multiplier_axis_1\n"
  %x1 = arith.constant dense<[[3, 3, 3], [-3, -3, -3], [1000, 1000, 1000], [-1000, -1000, -1000], [255, 767, 100000], [2147483647, -2147483648, -100000]]> : tensor<6x3xi32>
  %y1 = qnt.requantize %x1 multiplier [1073741824, 1431655765, 1395864371] shift [31, 33, 40] axis 1 zp 5 clamp [-128, 127] : tensor<6x3xi32> -> tensor<6x3xi8>
  %d1 = tensor.cast %y1 : tensor<6x3xi8> to tensor<?x?xi8>
  call @print_i8(%d1) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: multiplier_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[7, 5, 5],
  // CHECK-NEXT: [4, 5, 5],
  // CHECK-NEXT: [127, 127, 6],
  // CHECK-NEXT: [-128, -128, 4],
  // CHECK-NEXT: [127, 127, 127],
  // CHECK-NEXT: [127, -128, -122]]

  // One (multiplier, shift) per row: 1/4 (shift 32) and 3/8 (shift 3), no zero point.
  vector.print str "multiplier_axis_0\n"
  %x2 = arith.constant dense<[[1, 2, 3, -1, -2, -3, 500], [1, 2, 3, -1, -2, -3, 500]]> : tensor<2x7xi32>
  %y2 = qnt.requantize %x2 multiplier [1073741824, 3] shift [32, 3] axis 0 zp 0 clamp [-128, 127] : tensor<2x7xi32> -> tensor<2x7xi8>
  %d2 = tensor.cast %y2 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d2) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: multiplier_axis_0
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 0, 0, -1, 125],
  // CHECK-NEXT: [0, 1, 1, 0, -1, -1, 127]]

  // Fused ReLU: with zero point -20 the real value 0 is -20, so clamp_min = -20.
  vector.print str "fused_relu\n"
  %x3 = arith.constant dense<[[-1000, -160, -81, -80, 0, 80, 160], [1600, 16000, 18880, 18960, 19040, 20000, 2147483647]]> : tensor<2x7xi32>
  %y3 = qnt.requantize %x3 multiplier [1717986918] shift [38] zp -20 clamp [-20, 127] : tensor<2x7xi32> -> tensor<2x7xi8>
  %d3 = tensor.cast %y3 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d3) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: fused_relu
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-20, -20, -20, -20, -20, -20, -19],
  // CHECK-NEXT: [-10, 80, 98, 98, 99, 105, 127]]

  // Fused ReLU6 with scale 1/160 per step of 160: clamp [-20, -20 + 6 * 10].
  vector.print str "fused_relu6\n"
  %x4 = arith.constant dense<[[-1000, -160, -81, -80, 0, 80, 160], [1600, 16000, 18880, 18960, 19040, 20000, 2147483647]]> : tensor<2x7xi32>
  %y4 = qnt.requantize %x4 multiplier [1717986918] shift [38] zp -20 clamp [-20, 40] : tensor<2x7xi32> -> tensor<2x7xi8>
  %d4 = tensor.cast %y4 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d4) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: fused_relu6
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-20, -20, -20, -20, -20, -20, -19],
  // CHECK-NEXT: [-10, 40, 40, 40, 40, 40, 40]]

  // Single rounding of x / 4 (multiplier 2^30, shift 32): round half up.
  vector.print str "single_round_quarter\n"
  %x5 = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7], [-1, -2, -3, -4, -5, -6, -7]]> : tensor<2x7xi32>
  %y5 = qnt.requantize %x5 multiplier [1073741824] shift [32] zp 0 clamp [-128, 127] : tensor<2x7xi32> -> tensor<2x7xi8>
  %d5 = tensor.cast %y5 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d5) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: single_round_quarter
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 1, 1, 2, 2],
  // CHECK-NEXT: [0, 0, -1, -1, -1, -1, -2]]

  // Double rounding adds +-2^30 (away from zero) before the shift when s > 31:
  // x / 4 becomes floor((x + 3) / 4) for x >= 0 and floor((x + 1) / 4) for x < 0.
  vector.print str "double_round_quarter\n"
  %x6 = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7], [-1, -2, -3, -4, -5, -6, -7]]> : tensor<2x7xi32>
  %y6 = qnt.requantize %x6 multiplier [1073741824] shift [32] zp 0 clamp [-128, 127] double_round : tensor<2x7xi32> -> tensor<2x7xi8>
  %d6 = tensor.cast %y6 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d6) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: double_round_quarter
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 1, 1, 1, 2, 2, 2],
  // CHECK-NEXT: [0, -1, -1, -1, -1, -2, -2]]

  // With shift 31 double rounding changes nothing: same as single rounding of x / 2.
  vector.print str "double_round_shift_31\n"
  %x7 = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7], [-1, -2, -3, -4, -5, -6, -7]]> : tensor<2x7xi32>
  %y7 = qnt.requantize %x7 multiplier [1073741824] shift [31] zp 0 clamp [-128, 127] double_round : tensor<2x7xi32> -> tensor<2x7xi8>
  %d7 = tensor.cast %y7 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d7) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: double_round_shift_31
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 1, 2, 2, 3, 3, 4],
  // CHECK-NEXT: [0, -1, -1, -2, -2, -3, -3]]

  // Multiplier 2^30 with shift 44 (x / 2^14): the +-2^30 term is 2^-14 of a step. The ties
  // +-(8192 + 2^14 k) round away from zero (single rounding: toward +inf), and 8191, 24575
  // (one below a positive tie) round up too.
  vector.print str "double_round_shift_44\n"
  %x8 = arith.constant dense<[[8191, 8192, 8193, 24575, 24576, 24577, 40960], [-8191, -8192, -8193, -24575, -24576, -24577, -40960]]> : tensor<2x7xi32>
  %y8 = qnt.requantize %x8 multiplier [1073741824] shift [44] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<2x7xi32> -> tensor<2x7xi32>
  %d8 = tensor.cast %y8 : tensor<2x7xi32> to tensor<?x?xi32>
  call @print_i32(%d8) : (tensor<?x?xi32>) -> ()
  // CHECK-LABEL: double_round_shift_44
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 1, 1, 2, 2, 2, 3],
  // CHECK-NEXT: [0, -1, -1, -1, -2, -2, -3]]

  // The same without double rounding.
  vector.print str "single_round_shift_44\n"
  %x9 = arith.constant dense<[[8191, 8192, 8193, 24575, 24576, 24577, 40960], [-8191, -8192, -8193, -24575, -24576, -24577, -40960]]> : tensor<2x7xi32>
  %y9 = qnt.requantize %x9 multiplier [1073741824] shift [44] zp 0 clamp [-2147483648, 2147483647] : tensor<2x7xi32> -> tensor<2x7xi32>
  %d9 = tensor.cast %y9 : tensor<2x7xi32> to tensor<?x?xi32>
  call @print_i32(%d9) : (tensor<?x?xi32>) -> ()
  // CHECK-LABEL: single_round_shift_44
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 1, 1, 2, 2, 3],
  // CHECK-NEXT: [0, 0, -1, -1, -1, -2, -2]]

  // Multiplier 2^31 - 1 with shift 62 on the i32 extremes (i32 result, no clamp).
  vector.print str "double_round_shift_62\n"
  %x10 = arith.constant dense<[[2147483647, -2147483648, 1073741824, -1073741824, 3, -3]]> : tensor<1x6xi32>
  %y10 = qnt.requantize %x10 multiplier [2147483647] shift [62] zp 0 clamp [-2147483648, 2147483647] double_round : tensor<1x6xi32> -> tensor<1x6xi32>
  %d10 = tensor.cast %y10 : tensor<1x6xi32> to tensor<?x?xi32>
  call @print_i32(%d10) : (tensor<?x?xi32>) -> ()
  // CHECK-LABEL: double_round_shift_62
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, -1, 1, 0, 0, 0]]

  // Power-of-two scale 2^-4 without multiplier, rounding half up:
  // 8 -> 0.5 -> 1, 24 -> 1.5 -> 2, -8 -> -0.5 -> 0, -24 -> -1.5 -> -1, 40 -> 2.5 -> 3, -40 -> -2.5 -> -2.
  vector.print str "shift_only\n"
  %x11 = arith.constant dense<[[8, 24, -8, -24, 7, 9, -9], [40, -40, 0, 2032, 2040, -2048, -2056]]> : tensor<2x7xi32>
  %y11 = qnt.requantize %x11 shift [4] zp 0 clamp [-128, 127] : tensor<2x7xi32> -> tensor<2x7xi8>
  %d11 = tensor.cast %y11 : tensor<2x7xi8> to tensor<?x?xi8>
  call @print_i8(%d11) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: shift_only
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[1, 2, 0, -1, 0, 1, -1],
  // CHECK-NEXT: [3, -2, 0, 127, 127, -128, -128]]

  // Shift 0 is the identity followed by the clamp.
  vector.print str "shift_zero\n"
  %x12 = arith.constant dense<[[-200, -129, -128, 0, 127, 128, 200]]> : tensor<1x7xi32>
  %y12 = qnt.requantize %x12 shift [0] zp 0 clamp [-128, 127] : tensor<1x7xi32> -> tensor<1x7xi8>
  %d12 = tensor.cast %y12 : tensor<1x7xi8> to tensor<?x?xi8>
  call @print_i8(%d12) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: shift_zero
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-128, -128, -128, 0, 127, 127, 127]]

  // Shift-only per axis: column 0 divides by 2^5, column 1 by 2^6; zero point 2, clamp [0, 127].
  vector.print str "shift_only_axis_1\n"
  %x13 = arith.constant dense<[[16, 16], [48, 48], [-16, -16], [4000, 4000], [-4000, -4000]]> : tensor<5x2xi32>
  %y13 = qnt.requantize %x13 shift [5, 6] axis 1 zp 2 clamp [0, 127] : tensor<5x2xi32> -> tensor<5x2xi8>
  %d13 = tensor.cast %y13 : tensor<5x2xi8> to tensor<?x?xi8>
  call @print_i8(%d13) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: shift_only_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[3, 2],
  // CHECK-NEXT: [4, 3],
  // CHECK-NEXT: [2, 2],
  // CHECK-NEXT: [127, 65],
  // CHECK-NEXT: [0, 0]]

  // Unsigned i8 result (read as u8): zero point 128, clamp [0, 255]; printed zero-extended.
  vector.print str "unsigned_output\n"
  %x14 = arith.constant dense<[[-40000, -20480, -20400, 0, 79, 80], [20160, 20239, 20240, 20400, 40000, 2147483647]]> : tensor<2x6xi32>
  %y14 = qnt.requantize %x14 multiplier [1717986918] shift [38] zp 128 clamp [0, 255] unsigned : tensor<2x6xi32> -> tensor<2x6xi8>
  %d14 = tensor.cast %y14 : tensor<2x6xi8> to tensor<?x?xi8>
  call @print_u8(%d14) : (tensor<?x?xi8>) -> ()
  // CHECK-LABEL: unsigned_output
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 0, 1, 128, 128, 128],
  // CHECK-NEXT: [254, 254, 254, 255, 255, 255]]

  // i16 input with input zero point 5 (x - 5 is computed in 64 bits), multiplier 1/2, i16 output.
  vector.print str "i16_input_zero_point\n"
  %x15 = arith.constant dense<[[-32768, -1000, 5, 6, 7, 1000, 32767]]> : tensor<1x7xi16>
  %y15 = qnt.requantize %x15 multiplier [1073741824] shift [31] zp 0 clamp [-32768, 32767] {input_zp = 5 : i64} : tensor<1x7xi16> -> tensor<1x7xi16>
  %d15 = tensor.cast %y15 : tensor<1x7xi16> to tensor<?x?xi16>
  call @print_i16(%d15) : (tensor<?x?xi16>) -> ()
  // CHECK-LABEL: i16_input_zero_point
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-16386, -502, 0, 1, 1, 498, 16381]]

  return
}
