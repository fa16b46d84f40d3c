// Executes qnt.fake_quant on !quant.uniform grids (lowered by
// qnt-lower-to-arith) and checks every printed value: rounding of ties,
// saturation at both ends of signed, unsigned, narrow-range and 4-bit
// storage, per-axis scales and zero points, and power-of-two scales.
// Expected values follow q = clamp(round(x / s) + z, qmin, qmax),
// x' = s * (q - z) in f32 (quantize() in lib/Dialect/Qnt/Utils/Numerics.cpp).

// RUN: quant-opt %s %qnt-reference-to-llvm \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils \
// RUN:   | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  // Ties go to the even integer (the default rounding).
  vector.print str "ties_nearest_even\n"
  %x0 = arith.constant dense<[0.5, 1.5, 2.5, -0.5, -1.5, -2.5]> : tensor<6xf32>
  %y0 = qnt.fake_quant %x0 to !quant.uniform<i8:f32, 1.0> : tensor<6xf32>
  %u0 = tensor.cast %y0 : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ties_nearest_even
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [0, 2, 2, 0, -2, -2]

  // Ties go away from zero.
  vector.print str "ties_nearest_away\n"
  %x1 = arith.constant dense<[0.5, 1.5, 2.5, -0.5, -1.5, -2.5]> : tensor<6xf32>
  %y1 = qnt.fake_quant %x1 to !quant.uniform<i8:f32, 1.0> rounding nearest_away : tensor<6xf32>
  %u1 = tensor.cast %y1 : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ties_nearest_away
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [1, 2, 3, -1, -2, -3]

  // Floor rounds toward -inf.
  vector.print str "ties_floor\n"
  %x2 = arith.constant dense<[0.5, 1.5, 2.5, -0.5, -1.5, -2.5]> : tensor<6xf32>
  %y2 = qnt.fake_quant %x2 to !quant.uniform<i8:f32, 1.0> rounding floor : tensor<6xf32>
  %u2 = tensor.cast %y2 : tensor<6xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ties_floor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [0, 1, 2, -1, -2, -3]

  // x / s is rounded before the zero point is added: round(0.5) + 3, not round(3.5).
  vector.print str "ties_before_zero_point\n"
  %x3 = arith.constant dense<[0.25, 0.75, -0.25, -0.75, 0.5]> : tensor<5xf32>
  %y3 = qnt.fake_quant %x3 to !quant.uniform<i8:f32, 0.5:3> : tensor<5xf32>
  %u3 = tensor.cast %y3 : tensor<5xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: ties_before_zero_point
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [0, 1, 0, -1, 0.5]

  // i8, scale 0.5: the grid is [-64, 63.5].
  vector.print str "saturate_i8\n"
  %x4 = arith.constant dense<[-100.0, -64.25, -64.0, -63.75, 63.5, 63.75, 100.0]> : tensor<7xf32>
  %y4 = qnt.fake_quant %x4 to !quant.uniform<i8:f32, 0.5> : tensor<7xf32>
  %u4 = tensor.cast %y4 : tensor<7xf32> to tensor<*xf32>
  call @printMemrefF32(%u4) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: saturate_i8
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-64, -64, -64, -64, 63.5, 63.5, 63.5]

  // u8, scale 0.5, zero point 10: the grid is [-5, 122.5].
  vector.print str "saturate_u8_zero_point\n"
  %x5 = arith.constant dense<[-100.0, -5.5, -5.0, 0.0, 122.5, 122.75, 1000.0]> : tensor<7xf32>
  %y5 = qnt.fake_quant %x5 to !quant.uniform<u8:f32, 0.5:10> : tensor<7xf32>
  %u5 = tensor.cast %y5 : tensor<7xf32> to tensor<*xf32>
  call @printMemrefF32(%u5) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: saturate_u8_zero_point
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-5, -5, -5, 0, 122.5, 122.5, 122.5]

  // Narrow range i8<-127:127>: -128 is never produced.
  vector.print str "saturate_narrow_i8\n"
  %x6 = arith.constant dense<[-200.0, -128.0, -127.5, -127.0, 126.5, 127.0, 128.0, 200.0]> : tensor<8xf32>
  %y6 = qnt.fake_quant %x6 to !quant.uniform<i8<-127:127>:f32, 1.0> : tensor<8xf32>
  %u6 = tensor.cast %y6 : tensor<8xf32> to tensor<*xf32>
  call @printMemrefF32(%u6) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: saturate_narrow_i8
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-127, -127, -127, -127, 126, 127, 127, 127]

  // i4, scale 0.25: the grid is [-2, 1.75].
  vector.print str "saturate_i4\n"
  %x7 = arith.constant dense<[-3.0, -2.125, -2.0, -0.3, 1.75, 1.8, 1.875, 3.0]> : tensor<8xf32>
  %y7 = qnt.fake_quant %x7 to !quant.uniform<i4:f32, 0.25> : tensor<8xf32>
  %u7 = tensor.cast %y7 : tensor<8xf32> to tensor<*xf32>
  call @printMemrefF32(%u7) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: saturate_i4
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-2, -2, -2, -0.25, 1.75, 1.75, 1.75, 1.75]

  // u4, scale 1, zero point 12: the grid is [-12, 3].
  vector.print str "saturate_u4_zero_point\n"
  %x8 = arith.constant dense<[-20.0, -12.5, -11.5, 0.4, 2.5, 3.5, 9.0]> : tensor<7xf32>
  %y8 = qnt.fake_quant %x8 to !quant.uniform<u4:f32, 1.0:12> : tensor<7xf32>
  %u8 = tensor.cast %y8 : tensor<7xf32> to tensor<*xf32>
  call @printMemrefF32(%u8) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: saturate_u4_zero_point
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-12, -12, -12, 0, 2, 3, 3]

  // Axis 0: row 0 has scale 0.5 and zero point 1, row 1 scale 0.25 and zero point -2.
  vector.print str "per_axis_0\n"
  %x9 = arith.constant dense<[[0.3, -0.3, 70.0, -70.0], [0.3, -0.3, 70.0, -70.0]]> : tensor<2x4xf32>
  %y9 = qnt.fake_quant %x9 to !quant.uniform<i8:f32:0, {0.5:1, 0.25:-2}> : tensor<2x4xf32>
  %u9 = tensor.cast %y9 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u9) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: per_axis_0
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0.5, -0.5, 63, -64.5],
  // CHECK-NEXT: [0.25, -0.25, 32.25, -31.5]]

  // Axis 1: one (scale, zero point) per column; each column saturates in row 1.
  vector.print str "per_axis_1\n"
  %x10 = arith.constant dense<[[0.5, 0.25, 3.0, 0.0625], [-300.0, 60.0, -255.0, 16.0]]> : tensor<2x4xf32>
  %y10 = qnt.fake_quant %x10 to !quant.uniform<i8:f32:1, {1.0, 0.5:3, 2.0:-1, 0.125}> : tensor<2x4xf32>
  %u10 = tensor.cast %y10 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u10) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: per_axis_1
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 0, 4, 0],
  // CHECK-NEXT: [-128, 60, -254, 15.875]]

  // Unsigned per-axis grid with non-power-of-two scales.
  vector.print str "per_axis_u8\n"
  %x11 = arith.constant dense<[[-20.0, -12.8, 0.15, 12.7, 13.0], [-1.0, 0.01, 0.03, 5.1, 5.11]]> : tensor<2x5xf32>
  %y11 = qnt.fake_quant %x11 to !quant.uniform<u8:f32:0, {0.1:128, 0.02}> : tensor<2x5xf32>
  %u11 = tensor.cast %y11 : tensor<2x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u11) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: per_axis_u8
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[-12.8, -12.8, 0.2, 12.7, 12.7],
  // CHECK-NEXT: [0, 0, 0.04, 5.1, 5.1]]

  // A power-of-two scale (2^-3): x / s is exact, so only the rounding and the clamp act.
  vector.print str "power_of_two_per_tensor\n"
  %x12 = arith.constant dense<[0.0625, 0.1875, 1.0, -0.3, 15.875, 16.0, -16.0625, -17.0]> : tensor<8xf32>
  %y12 = qnt.fake_quant %x12 to !quant.uniform<i8:f32, 0.125> power_of_two : tensor<8xf32>
  %u12 = tensor.cast %y12 : tensor<8xf32> to tensor<*xf32>
  call @printMemrefF32(%u12) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: power_of_two_per_tensor
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [0, 0.25, 1, -0.25, 15.875, 15.875, -16, -16]

  // Per-axis power-of-two scales 2^-1 and 2^-4.
  vector.print str "power_of_two_per_axis\n"
  %x13 = arith.constant dense<[[0.25, 0.75, 63.5, 64.0, -64.25], [0.03125, 0.09375, 7.9375, 8.0, -8.03125]]> : tensor<2x5xf32>
  %y13 = qnt.fake_quant %x13 to !quant.uniform<i8:f32:0, {0.5, 0.0625}> power_of_two : tensor<2x5xf32>
  %u13 = tensor.cast %y13 : tensor<2x5xf32> to tensor<*xf32>
  call @printMemrefF32(%u13) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: power_of_two_per_axis
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: {{\[}}[0, 1, 63.5, 63.5, -64],
  // CHECK-NEXT: [0, 0.125, 7.9375, 7.9375, -8]]

  // maxnum/minnum clamp: NaN saturates to qmin (docs/Numerics.md), +-inf to qmax / qmin.
  // Inputs (raw f32 bits, little endian): NaN, +inf, -inf, -0.0; i8, scale 0.5, zero point 3.
  vector.print str "nan_inf_saturate\n"
  %xs = arith.constant dense<"0x0000C07F0000807F000080FF00000080"> : tensor<4xf32>
  %ys = qnt.fake_quant %xs to !quant.uniform<i8:f32, 0.5:3> : tensor<4xf32>
  %us = tensor.cast %ys : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%us) : (tensor<*xf32>) -> ()
  // CHECK-LABEL: nan_inf_saturate
  // CHECK-NEXT: Unranked Memref
  // CHECK-NEXT: [-65.5, 62, -65.5, 0]

  return
}
