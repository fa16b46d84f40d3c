// RUN: quant-opt %s | quant-opt | FileCheck %s
// RUN: quant-opt %s -mlir-print-op-generic | quant-opt | FileCheck %s

// Round trip of every qnt op and every qnt type form, custom and generic.

//===----------------------------------------------------------------------===//
// qnt.fake_quant with !quant.uniform
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @fake_quant_i8
// CHECK-SAME: (%[[X:arg[0-9]+]]: tensor<1x16xf32>)
// CHECK: %[[R:.*]] = qnt.fake_quant %[[X]] to !quant.uniform<i8:f32, 5.000000e-02:-3> : tensor<1x16xf32>
// CHECK: return %[[R]]
func.func @fake_quant_i8(%x: tensor<1x16xf32>) -> tensor<1x16xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.05:-3> : tensor<1x16xf32>
  return %0 : tensor<1x16xf32>
}

// CHECK-LABEL: func.func @fake_quant_u8
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<u8:f32, 2.000000e-02:128> : tensor<1x16xf32>
func.func @fake_quant_u8(%x: tensor<1x16xf32>) -> tensor<1x16xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u8:f32, 0.02:128> : tensor<1x16xf32>
  return %0 : tensor<1x16xf32>
}

// CHECK-LABEL: func.func @fake_quant_i4
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i4:f32, 5.000000e-01> : tensor<8xf32>
func.func @fake_quant_i4(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i4:f32, 0.5> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// The narrowest uniform storage: 2 bits.
// CHECK-LABEL: func.func @fake_quant_u2
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<u2:f32, 5.000000e-01:1> : tensor<8xf32>
func.func @fake_quant_u2(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u2:f32, 0.5:1> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @fake_quant_narrow_range
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8<-127:127>:f32, 1.000000e-01> : tensor<8xf32>
func.func @fake_quant_narrow_range(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8<-127:127>:f32, 0.1> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @fake_quant_i16
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i16:f32, 1.000000e-03> : tensor<8xf32>
func.func @fake_quant_i16(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i16:f32, 0.001> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @fake_quant_u16
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<u16:f32, 1.000000e-03:32768> : tensor<8xf32>
func.func @fake_quant_u16(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u16:f32, 0.001:32768> : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @fake_quant_f16
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f16, 2.500000e-01:4> : tensor<4x4xf16>
func.func @fake_quant_f16(%x: tensor<4x4xf16>) -> tensor<4x4xf16> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f16, 0.25:4> : tensor<4x4xf16>
  return %0 : tensor<4x4xf16>
}

// CHECK-LABEL: func.func @fake_quant_per_axis
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32:0, {5.000000e-01,2.500000e-01}> : tensor<2x8xf32>
func.func @fake_quant_per_axis(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i4<-7:7>:f32:0, {0.5, 0.25}> : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// CHECK-LABEL: func.func @fake_quant_per_axis_zero_points
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<u8:f32:1, {1.000000e-01:3,2.000000e-01:5,4.000000e-01:128}> : tensor<2x3xf32>
func.func @fake_quant_per_axis_zero_points(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<u8:f32:1, {0.1:3, 0.2:5, 0.4:128}> : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

//===----------------------------------------------------------------------===//
// qnt.fake_quant rounding modes and power_of_two
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @rounding_nearest_even
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 1.000000e-01> rounding nearest_even : tensor<8xf32>
func.func @rounding_nearest_even(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.1> rounding nearest_even : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @rounding_nearest_away
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 1.000000e-01> rounding nearest_away : tensor<8xf32>
func.func @rounding_nearest_away(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.1> rounding nearest_away : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @rounding_floor
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 1.000000e-01> rounding floor : tensor<8xf32>
func.func @rounding_floor(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.1> rounding floor : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @rounding_stochastic
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i4<-7:7>:f32:0, {5.000000e-01,2.500000e-01}> rounding stochastic seed 42 : tensor<2x8xf32>
func.func @rounding_stochastic(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i4<-7:7>:f32:0, {0.5, 0.25}> rounding stochastic seed 42 : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// CHECK-LABEL: func.func @rounding_stochastic_negative_seed
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 1.000000e-01> rounding stochastic seed -1 : tensor<8xf32>
func.func @rounding_stochastic_negative_seed(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.1> rounding stochastic seed -1 : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @power_of_two
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32:0, {1.250000e-01,2.000000e+00}> power_of_two : tensor<2x8xf32>
func.func @power_of_two(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32:0, {0.125, 2.0}> power_of_two : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// CHECK-LABEL: func.func @power_of_two_stochastic
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32, 6.250000e-02> rounding stochastic seed 7 power_of_two : tensor<8xf32>
func.func @power_of_two_stochastic(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.0625> rounding stochastic seed 7 power_of_two : tensor<8xf32>
  return %0 : tensor<8xf32>
}

//===----------------------------------------------------------------------===//
// qnt.fake_quant with !qnt.ternary, !qnt.binary and !qnt.threshold
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @ternary_per_tensor
// CHECK: qnt.fake_quant %{{.*}} to !qnt.ternary<f32, 0.05> : tensor<16x3x3x3xf32>
func.func @ternary_per_tensor(%w: tensor<16x3x3x3xf32>) -> tensor<16x3x3x3xf32> {
  %0 = qnt.fake_quant %w to !qnt.ternary<f32, 0.05> : tensor<16x3x3x3xf32>
  return %0 : tensor<16x3x3x3xf32>
}

// CHECK-LABEL: func.func @ternary_per_axis
// CHECK: qnt.fake_quant %{{.*}} to !qnt.ternary<f32:0, {0.3, 0.2}> : tensor<2x8xf32>
func.func @ternary_per_axis(%w: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = qnt.fake_quant %w to !qnt.ternary<f32:0, {0.3, 0.2}> : tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// Scales print as the shortest decimal that parses back exactly.
// CHECK-LABEL: func.func @ternary_exact_scales
// CHECK: qnt.fake_quant %{{.*}} to !qnt.ternary<f32:1, {1.0, 0.1, 0.3333333333333333, 1234.5}> : tensor<2x4xf32>
func.func @ternary_exact_scales(%w: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %0 = qnt.fake_quant %w to !qnt.ternary<f32:1, {1.0, 0.1, 0.333333333333333314829616256247, 1234.5}> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// CHECK-LABEL: func.func @ternary_stochastic_power_of_two
// CHECK: qnt.fake_quant %{{.*}} to !qnt.ternary<bf16:1, {0.5, 0.25}> rounding stochastic seed 3 power_of_two : tensor<4x2xbf16>
func.func @ternary_stochastic_power_of_two(%w: tensor<4x2xbf16>) -> tensor<4x2xbf16> {
  %0 = qnt.fake_quant %w to !qnt.ternary<bf16:1, {0.5, 0.25}> rounding stochastic seed 3 power_of_two : tensor<4x2xbf16>
  return %0 : tensor<4x2xbf16>
}

// CHECK-LABEL: func.func @binary_per_tensor
// CHECK: qnt.fake_quant %{{.*}} to !qnt.binary<f32, 0.25> : tensor<64xf32>
func.func @binary_per_tensor(%w: tensor<64xf32>) -> tensor<64xf32> {
  %0 = qnt.fake_quant %w to !qnt.binary<f32, 0.25> : tensor<64xf32>
  return %0 : tensor<64xf32>
}

// CHECK-LABEL: func.func @binary_per_axis
// CHECK: qnt.fake_quant %{{.*}} to !qnt.binary<f32:0, {0.5, 0.25, 0.5, 0.5}> power_of_two : tensor<4x64xf32>
func.func @binary_per_axis(%w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %0 = qnt.fake_quant %w to !qnt.binary<f32:0, {0.5, 0.25, 0.5, 0.5}> power_of_two : tensor<4x64xf32>
  return %0 : tensor<4x64xf32>
}

// CHECK-LABEL: func.func @threshold_per_tensor
// CHECK: qnt.fake_quant %{{.*}} to !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1> : tensor<1x8xf32>
func.func @threshold_per_tensor(%x: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %0 = qnt.fake_quant %x to !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1> : tensor<1x8xf32>
  return %0 : tensor<1x8xf32>
}

// CHECK-LABEL: func.func @threshold_per_axis
// CHECK: qnt.fake_quant %{{.*}} to !qnt.threshold<ui2:f32:1, {{\{\{}}-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1> : tensor<1x2xf32>
func.func @threshold_per_axis(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %0 = qnt.fake_quant %x to !qnt.threshold<ui2:f32:1, {{-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1> : tensor<1x2xf32>
  return %0 : tensor<1x2xf32>
}

// Signed storage and a negative zero point; repeated thresholds are sorted.
// CHECK-LABEL: func.func @threshold_signed_storage
// CHECK: qnt.fake_quant %{{.*}} to !qnt.threshold<i4:f16, {-1.0, 0.0, 0.0, 2.5}, 0.25:-2> : tensor<8xf16>
func.func @threshold_signed_storage(%x: tensor<8xf16>) -> tensor<8xf16> {
  %0 = qnt.fake_quant %x to !qnt.threshold<i4:f16, {-1.0, 0.0, 0.0, 2.5}, 0.25:-2> : tensor<8xf16>
  return %0 : tensor<8xf16>
}

//===----------------------------------------------------------------------===//
// Dynamic shapes
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @dynamic_per_axis
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i8:f32:1, {5.000000e-01,2.500000e-01,1.250000e-01,1.000000e+00}> : tensor<?x4xf32>
func.func @dynamic_per_axis(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32:1, {0.5, 0.25, 0.125, 1.0}> : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// A per-axis type along a dynamic dimension is accepted (checked at run time).
// CHECK-LABEL: func.func @dynamic_quantized_axis
// CHECK: qnt.fake_quant %{{.*}} to !qnt.ternary<f32:0, {0.5, 0.25}> : tensor<?x4xf32>
func.func @dynamic_quantized_axis(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = qnt.fake_quant %x to !qnt.ternary<f32:0, {0.5, 0.25}> : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// CHECK-LABEL: func.func @dynamic_ops
// CHECK: qnt.observe %{{.*}} {name = "dyn"} : tensor<?x4xf32>
// CHECK: qnt.requantize %{{.*}} shift [4] zp 0 clamp [-128, 127] : tensor<?x4xi32> -> tensor<?x4xi8>
// CHECK: qnt.threshold %{{.*}} thresholds dense<[1, 5]> : tensor<2xi32> : tensor<?x4xi32> -> tensor<?x4xi8>
func.func @dynamic_ops(%x: tensor<?x4xf32>, %acc: tensor<?x4xi32>) -> (tensor<?x4xf32>, tensor<?x4xi8>, tensor<?x4xi8>) {
  %0 = qnt.observe %x {name = "dyn"} : tensor<?x4xf32>
  %1 = qnt.requantize %acc shift [4] zp 0 clamp [-128, 127] : tensor<?x4xi32> -> tensor<?x4xi8>
  %2 = qnt.threshold %acc thresholds dense<[1, 5]> : tensor<2xi32> : tensor<?x4xi32> -> tensor<?x4xi8>
  return %0, %1, %2 : tensor<?x4xf32>, tensor<?x4xi8>, tensor<?x4xi8>
}

//===----------------------------------------------------------------------===//
// qnt.observe
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @observe_empty
// CHECK: qnt.observe %{{.*}} : tensor<1x8x4x4xf32>
func.func @observe_empty(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.observe %x : tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// CHECK-LABEL: func.func @observe_named
// CHECK: qnt.observe %{{.*}} {name = "conv1.out"} : tensor<1x8x4x4xf32>
func.func @observe_named(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.observe %x {name = "conv1.out"} : tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// CHECK-LABEL: func.func @observe_min_max
// CHECK: qnt.observe %{{.*}} {max = array<f64: 4.000000e+00>, min = array<f64: -1.500000e+00>, name = "relu"} : tensor<1x8xf32>
func.func @observe_min_max(%x: tensor<1x8xf32>) -> tensor<1x8xf32> {
  %0 = qnt.observe %x {name = "relu", min = array<f64: -1.5>, max = array<f64: 4.0>} : tensor<1x8xf32>
  return %0 : tensor<1x8xf32>
}

// CHECK-LABEL: func.func @observe_histogram
// CHECK: qnt.observe %{{.*}} {histogram = array<i64: 10, 40, 30, 8>, max = array<f64: 4.000000e+00>, min = array<f64: -1.500000e+00>, name = "conv1.out", num_bins = 4 : i64} : tensor<1x8x4x4xf32>
func.func @observe_histogram(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.observe %x {name = "conv1.out", min = array<f64: -1.5>, max = array<f64: 4.0>, num_bins = 4, histogram = array<i64: 10, 40, 30, 8>} : tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// num_bins alone (before the histogram is filled) is allowed.
// CHECK-LABEL: func.func @observe_num_bins_only
// CHECK: qnt.observe %{{.*}} {num_bins = 2048 : i64} : tensor<8xf32>
func.func @observe_num_bins_only(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = qnt.observe %x {num_bins = 2048} : tensor<8xf32>
  return %0 : tensor<8xf32>
}

// CHECK-LABEL: func.func @observe_per_axis
// CHECK: qnt.observe %{{.*}} {axis = 1 : i64, histogram = array<i64: 1, 2, 3, 4>, max = array<f64: 1.000000e+00, 2.000000e+00>, min = array<f64: -1.000000e+00, 0.000000e+00>, num_bins = 2 : i64} : tensor<1x2x4xf32>
func.func @observe_per_axis(%x: tensor<1x2x4xf32>) -> tensor<1x2x4xf32> {
  %0 = qnt.observe %x {axis = 1 : i64, min = array<f64: -1.0, 0.0>, max = array<f64: 1.0, 2.0>, num_bins = 2, histogram = array<i64: 1, 2, 3, 4>} : tensor<1x2x4xf32>
  return %0 : tensor<1x2x4xf32>
}

//===----------------------------------------------------------------------===//
// qnt.batch_norm
//===----------------------------------------------------------------------===//

// Default axis (1) and epsilon (1e-5) are elided.
// CHECK-LABEL: func.func @batch_norm_default
// CHECK-SAME: (%[[X:arg[0-9]+]]: tensor<1x8x4x4xf32>, %[[G:arg[0-9]+]]: tensor<8xf32>, %[[B:arg[0-9]+]]: tensor<8xf32>, %[[M:arg[0-9]+]]: tensor<8xf32>, %[[V:arg[0-9]+]]: tensor<8xf32>)
// CHECK: qnt.batch_norm %[[X]], %[[G]], %[[B]], %[[M]], %[[V]] : tensor<1x8x4x4xf32>, tensor<8xf32>
func.func @batch_norm_default(%x: tensor<1x8x4x4xf32>, %gamma: tensor<8xf32>, %beta: tensor<8xf32>, %mean: tensor<8xf32>, %var: tensor<8xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.batch_norm %x, %gamma, %beta, %mean, %var : tensor<1x8x4x4xf32>, tensor<8xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// Spelling out the defaults prints the same as leaving them out.
// CHECK-LABEL: func.func @batch_norm_explicit_defaults
// CHECK: qnt.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<1x8x4x4xf32>, tensor<8xf32>
func.func @batch_norm_explicit_defaults(%x: tensor<1x8x4x4xf32>, %p: tensor<8xf32>) -> tensor<1x8x4x4xf32> {
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {axis = 1 : i64, epsilon = 1.0e-05 : f32} : tensor<1x8x4x4xf32>, tensor<8xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// CHECK-LABEL: func.func @batch_norm_nhwc
// CHECK: qnt.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {axis = 3 : i64, epsilon = 1.000000e-03 : f32} : tensor<1x4x4x8xf16>, tensor<8xf16>
func.func @batch_norm_nhwc(%x: tensor<1x4x4x8xf16>, %p: tensor<8xf16>) -> tensor<1x4x4x8xf16> {
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {axis = 3 : i64, epsilon = 1.0e-03 : f32} : tensor<1x4x4x8xf16>, tensor<8xf16>
  return %0 : tensor<1x4x4x8xf16>
}

// CHECK-LABEL: func.func @batch_norm_dynamic_batch
// CHECK: qnt.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 0.000000e+00 : f32} : tensor<?x8xf32>, tensor<8xf32>
func.func @batch_norm_dynamic_batch(%x: tensor<?x8xf32>, %p: tensor<8xf32>) -> tensor<?x8xf32> {
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {epsilon = 0.0 : f32} : tensor<?x8xf32>, tensor<8xf32>
  return %0 : tensor<?x8xf32>
}

//===----------------------------------------------------------------------===//
// qnt.requantize
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @requantize_multiplier
// CHECK-SAME: (%[[ACC:arg[0-9]+]]: tensor<1x16xi32>)
// CHECK: qnt.requantize %[[ACC]] multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] : tensor<1x16xi32> -> tensor<1x16xi8>
func.func @requantize_multiplier(%acc: tensor<1x16xi32>) -> tensor<1x16xi8> {
  %0 = qnt.requantize %acc multiplier [1717986918] shift [38] zp -3 clamp [-128, 127] : tensor<1x16xi32> -> tensor<1x16xi8>
  return %0 : tensor<1x16xi8>
}

// CHECK-LABEL: func.func @requantize_per_axis
// CHECK: qnt.requantize %{{.*}} multiplier [1073741824, 1500000000] shift [31, 40] axis 1 zp 0 clamp [0, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
func.func @requantize_per_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824, 1500000000] shift [31, 40] axis 1 zp 0 clamp [0, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// CHECK-LABEL: func.func @requantize_shift_only
// CHECK: qnt.requantize %{{.*}} shift [4, 0] axis 1 zp 0 clamp [0, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
func.func @requantize_shift_only(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.requantize %acc shift [4, 0] axis 1 zp 0 clamp [0, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// CHECK-LABEL: func.func @requantize_double_round
// CHECK: qnt.requantize %{{.*}} multiplier [1431655765] shift [40] zp 0 clamp [-128, 127] double_round : tensor<4xi32> -> tensor<4xi8>
func.func @requantize_double_round(%acc: tensor<4xi32>) -> tensor<4xi8> {
  %0 = qnt.requantize %acc multiplier [1431655765] shift [40] zp 0 clamp [-128, 127] double_round : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func.func @requantize_unsigned
// CHECK: qnt.requantize %{{.*}} multiplier [1073741824] shift [33] zp 128 clamp [0, 255] unsigned : tensor<4xi32> -> tensor<4xi8>
func.func @requantize_unsigned(%acc: tensor<4xi32>) -> tensor<4xi8> {
  %0 = qnt.requantize %acc multiplier [1073741824] shift [33] zp 128 clamp [0, 255] unsigned : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func.func @requantize_double_round_unsigned
// CHECK: qnt.requantize %{{.*}} multiplier [1073741824] shift [40] zp 0 clamp [0, 15] double_round unsigned : tensor<4xi32> -> tensor<4xi4>
func.func @requantize_double_round_unsigned(%acc: tensor<4xi32>) -> tensor<4xi4> {
  %0 = qnt.requantize %acc multiplier [1073741824] shift [40] zp 0 clamp [0, 15] double_round unsigned : tensor<4xi32> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// CHECK-LABEL: func.func @requantize_i16_input_zp
// CHECK: qnt.requantize %{{.*}} multiplier [1073741824] shift [31] zp 5 clamp [-128, 127] {input_zp = -7 : i64} : tensor<4xi16> -> tensor<4xi8>
func.func @requantize_i16_input_zp(%x: tensor<4xi16>) -> tensor<4xi8> {
  %0 = qnt.requantize %x multiplier [1073741824] shift [31] zp 5 clamp [-128, 127] {input_zp = -7 : i64} : tensor<4xi16> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// An explicit input_zp of 0 is the default and is elided.
// CHECK-LABEL: func.func @requantize_i32_to_i32
// CHECK: qnt.requantize %{{.*}} multiplier [1073741824] shift [2] zp 0 clamp [-2147483648, 2147483647] : tensor<4xi32> -> tensor<4xi32>
func.func @requantize_i32_to_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = qnt.requantize %x multiplier [1073741824] shift [2] zp 0 clamp [-2147483648, 2147483647] {input_zp = 0 : i64} : tensor<4xi32> -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

//===----------------------------------------------------------------------===//
// qnt.threshold
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @threshold_float
// CHECK: qnt.threshold %{{.*}} thresholds dense<[-5.000000e-01, 0.000000e+00, 5.000000e-01]> : tensor<3xf32> : tensor<1x8xf32> -> tensor<1x8xi8>
func.func @threshold_float(%x: tensor<1x8xf32>) -> tensor<1x8xi8> {
  %0 = qnt.threshold %x thresholds dense<[-0.5, 0.0, 0.5]> : tensor<3xf32> : tensor<1x8xf32> -> tensor<1x8xi8>
  return %0 : tensor<1x8xi8>
}

// CHECK-LABEL: func.func @threshold_int_per_axis
// CHECK: qnt.threshold %{{.*}} thresholds dense<{{\[\[}}-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32> axis 1 {out_bias = -1 : i64} : tensor<1x2xi32> -> tensor<1x2xi8>
func.func @threshold_int_per_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  %0 = qnt.threshold %acc thresholds dense<[[-4, 0, 9], [1, 2, 3]]> : tensor<2x3xi32> axis 1 {out_bias = -1 : i64} : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// CHECK-LABEL: func.func @threshold_f16_per_axis
// CHECK: qnt.threshold %{{.*}} thresholds dense<{{\[\[}}-1.000000e+00, 1.000000e+00], [0.000000e+00, 0.000000e+00]]> : tensor<2x2xf16> axis 0 : tensor<2x5xf16> -> tensor<2x5xi4>
func.func @threshold_f16_per_axis(%x: tensor<2x5xf16>) -> tensor<2x5xi4> {
  %0 = qnt.threshold %x thresholds dense<[[-1.0, 1.0], [0.0, 0.0]]> : tensor<2x2xf16> axis 0 : tensor<2x5xf16> -> tensor<2x5xi4>
  return %0 : tensor<2x5xi4>
}

//===----------------------------------------------------------------------===//
// qnt types in signatures and interop with the upstream quant dialect
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @types_in_signature
// CHECK-SAME: %{{.*}}: tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>>
// CHECK-SAME: %{{.*}}: tensor<8x!qnt.ternary<f16, 0.125>>
// CHECK-SAME: %{{.*}}: tensor<8x64x!qnt.binary<f32:0, {0.5, 0.25, 0.5, 0.5, 1.0, 0.5, 0.5, 0.5}>>
// CHECK-SAME: %{{.*}}: tensor<64x!qnt.binary<bf16, 0.25>>
// CHECK-SAME: %{{.*}}: tensor<2x!qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1>>
// CHECK-SAME: %{{.*}}: tensor<3x2x!qnt.threshold<ui1:f32:1, {{\{\{}}0.0}, {1.5}}, 1.0:0>>
// CHECK-SAME: -> tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>>
// CHECK: return %{{.*}} : tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>>
func.func @types_in_signature(
    %t: tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>>,
    %t2: tensor<8x!qnt.ternary<f16, 0.125>>,
    %b: tensor<8x64x!qnt.binary<f32:0, {0.5, 0.25, 0.5, 0.5, 1.0, 0.5, 0.5, 0.5}>>,
    %b2: tensor<64x!qnt.binary<bf16, 0.25>>,
    %h: tensor<2x!qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1>>,
    %h2: tensor<3x2x!qnt.threshold<ui1:f32:1, {{0.0}, {1.5}}, 1.0:0>>)
    -> tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>> {
  return %t : tensor<2x3x!qnt.ternary<f32:0, {0.5, 0.25}>>
}

// CHECK-LABEL: func.func @quant_interop
// CHECK: %[[Q:.*]] = quant.qcast %{{.*}} : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 5.000000e-01:1>>
// CHECK: %[[D:.*]] = quant.dcast %[[Q]] : tensor<4x!quant.uniform<i8:f32, 5.000000e-01:1>> to tensor<4xf32>
// CHECK: %[[F:.*]] = qnt.fake_quant %[[D]] to !quant.uniform<i8:f32, 5.000000e-01:1> : tensor<4xf32>
// CHECK: %[[O:.*]] = qnt.observe %[[F]] {name = "after"} : tensor<4xf32>
// CHECK: return %[[O]]
func.func @quant_interop(%x: tensor<4xf32>) -> tensor<4xf32> {
  %q = quant.qcast %x : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.5:1>>
  %d = quant.dcast %q : tensor<4x!quant.uniform<i8:f32, 0.5:1>> to tensor<4xf32>
  %f = qnt.fake_quant %d to !quant.uniform<i8:f32, 0.5:1> : tensor<4xf32>
  %o = qnt.observe %f {name = "after"} : tensor<4xf32>
  return %o : tensor<4xf32>
}

// CHECK-LABEL: func.func @quant_interop_per_axis
// CHECK: %[[Q:.*]] = quant.qcast %{{.*}} : tensor<2x3xf32> to tensor<2x3x!quant.uniform<u8:f32:0, {1.000000e-01:3,2.000000e-01:5}>>
// CHECK: %[[S:.*]] = quant.scast %[[Q]] : tensor<2x3x!quant.uniform<u8:f32:0, {1.000000e-01:3,2.000000e-01:5}>> to tensor<2x3xi8>
// CHECK: return %[[S]]
func.func @quant_interop_per_axis(%x: tensor<2x3xf32>) -> tensor<2x3xi8> {
  %q = quant.qcast %x : tensor<2x3xf32> to tensor<2x3x!quant.uniform<u8:f32:0, {0.1:3, 0.2:5}>>
  %s = quant.scast %q : tensor<2x3x!quant.uniform<u8:f32:0, {0.1:3, 0.2:5}>> to tensor<2x3xi8>
  return %s : tensor<2x3xi8>
}

// Scales and thresholds whose shortest form has no '.' still round-trip.
// CHECK-LABEL: func.func @exponent_only_literals
// CHECK: !qnt.ternary<f32, 1.0e-05>
// CHECK: !qnt.threshold<ui2:f32, {-1.0e+20, 0.0, 1.0e+20}, 1.0e-07:0>
func.func @exponent_only_literals(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = qnt.fake_quant %x to !qnt.ternary<f32, 0.00001> : tensor<4xf32>
  %1 = qnt.fake_quant %x to !qnt.threshold<ui2:f32, {-1.0e20, 0.0, 1.0e20}, 1.0e-7:0> : tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @unpack
// CHECK: qnt.unpack %{{.*}} : tensor<3xi8> -> tensor<5xi4>
// CHECK: qnt.unpack %{{.*}} : tensor<1xi8> -> tensor<2x2xi2>
// CHECK: qnt.unpack %{{.*}} : tensor<2xi8> -> tensor<9xi1>
func.func @unpack(%a: tensor<3xi8>, %b: tensor<1xi8>, %c: tensor<2xi8>) -> (tensor<5xi4>, tensor<2x2xi2>, tensor<9xi1>) {
  %0 = qnt.unpack %a : tensor<3xi8> -> tensor<5xi4>
  %1 = qnt.unpack %b : tensor<1xi8> -> tensor<2x2xi2>
  %2 = qnt.unpack %c : tensor<2xi8> -> tensor<9xi1>
  return %0, %1, %2 : tensor<5xi4>, tensor<2x2xi2>, tensor<9xi1>
}

// CHECK-LABEL: func.func @signed_accumulate
// CHECK: qnt.signed_accumulate %{{.*}}, %{{.*}}, %{{.*}} {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], input_zp = -3 : i64, iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
// CHECK: qnt.signed_accumulate %{{.*}}, %{{.*}}, %{{.*}} {{.*}} : (tensor<1x8xi8>, tensor<8x4xi1>, tensor<1x4xi32>) -> tensor<1x4xi32>
func.func @signed_accumulate(%x: tensor<1x8xi8>, %t: tensor<8x4xi2>, %b: tensor<8x4xi1>, %init: tensor<1x4xi32>) -> (tensor<1x4xi32>, tensor<1x4xi32>) {
  %0 = qnt.signed_accumulate %x, %t, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], input_zp = -3 : i64} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  %1 = qnt.signed_accumulate %x, %b, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<8x4xi1>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0, %1 : tensor<1x4xi32>, tensor<1x4xi32>
}

// CHECK-LABEL: func.func @sparse_threshold
// CHECK: qnt.fake_quant %{{.*}} to !quant.uniform<i4:f32, 2.500000e-01:-8> sparse_threshold 2.000000e-01 : tensor<1x16xf32>
func.func @sparse_threshold(%a: tensor<1x16xf32>) -> tensor<1x16xf32> {
  %0 = qnt.fake_quant %a to !quant.uniform<i4:f32, 0.25:-8> sparse_threshold 0.2 : tensor<1x16xf32>
  return %0 : tensor<1x16xf32>
}

// CHECK-LABEL: func.func @pack_bits
// CHECK: qnt.pack_bits %{{.*}} {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
// CHECK: qnt.pack_bits %{{.*}} {axis = 0 : i64} : tensor<2x70xi8> -> tensor<2x70xi1>
func.func @pack_bits(%x: tensor<2x70xi8>) -> (tensor<2x2xi64>, tensor<2x70xi1>) {
  %0 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
  %1 = qnt.pack_bits %x {axis = 0 : i64} : tensor<2x70xi8> -> tensor<2x70xi1>
  return %0, %1 : tensor<2x2xi64>, tensor<2x70xi1>
}

// CHECK-LABEL: func.func @xnor_popcount
// CHECK: qnt.xnor_popcount %{{.*}}, %{{.*}}, %{{.*}} {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
func.func @xnor_popcount(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// CHECK-LABEL: func.func @vector_dot
// CHECK: qnt.vector_dot %arg0, %arg1, %arg2 {kind = "i16_pairs", target = "x86-avx2"} : vector<16xi16> into vector<8xi32>
// CHECK: qnt.vector_dot %arg3, %arg4, %arg4 {kind = "s8s8_quads", target = "generic"} : vector<16xi8> into vector<4xi32>
func.func @vector_dot(%acc: vector<8xi32>, %a: vector<16xi16>, %b: vector<16xi16>, %acc4: vector<4xi32>, %c: vector<16xi8>) -> (vector<8xi32>, vector<4xi32>) {
  %0 = qnt.vector_dot %acc, %a, %b {kind = "i16_pairs", target = "x86-avx2"} : vector<16xi16> into vector<8xi32>
  %1 = qnt.vector_dot %acc4, %c, %c {kind = "s8s8_quads", target = "generic"} : vector<16xi8> into vector<4xi32>
  return %0, %1 : vector<8xi32>, vector<4xi32>
}

// CHECK-LABEL: func.func @vector_dot_xor_popcount
// CHECK: qnt.vector_dot %arg0, %arg1, %arg1 {kind = "xor_popcount", target = "aarch64-neon-dotprod"} : vector<16xi8> into vector<2xi64>
func.func @vector_dot_xor_popcount(%acc: vector<2xi64>, %a: vector<16xi8>) -> vector<2xi64> {
  %0 = qnt.vector_dot %acc, %a, %a {kind = "xor_popcount", target = "aarch64-neon-dotprod"} : vector<16xi8> into vector<2xi64>
  return %0 : vector<2xi64>
}
