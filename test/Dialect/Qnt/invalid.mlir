// RUN: quant-opt %s -split-input-file -verify-diagnostics

// Every verifier rule of QntTypes.cpp and QntOps.cpp, and the custom type
// parsers' errors, one case per split.

//===----------------------------------------------------------------------===//
// !qnt.ternary / !qnt.binary
//===----------------------------------------------------------------------===//

// expected-error @+1 {{scale #0 must be positive and finite, got 0.000000e+00}}
func.func private @ternary_zero_scale(tensor<4x!qnt.ternary<f32, 0.0>>)

// -----

// expected-error @+1 {{scale #1 must be positive and finite, got -2.500000e-01}}
func.func private @ternary_negative_scale(tensor<2x!qnt.ternary<f32:0, {0.5, -0.25}>>)

// -----

// 0x7FF0000000000000 is +inf as an f64 bit pattern.
// expected-error @+1 {{scale #0 must be positive and finite, got INF}}
func.func private @ternary_infinite_scale(tensor<4x!qnt.ternary<f32, 0x7FF0000000000000>>)

// -----

// expected-error @+1 {{scale #0 must be positive and finite, got -5.000000e-01}}
func.func private @binary_negative_scale(tensor<4x!qnt.binary<f32, -0.5>>)

// -----

// expected-error @+1 {{scale #2 must be positive and finite, got 0.000000e+00}}
func.func private @binary_per_axis_zero_scale(tensor<3x!qnt.binary<f16:0, {1.0, 0.5, 0.0}>>)

// -----

// expected-error @+1 {{expected at least one scale}}
func.func private @ternary_no_scales(tensor<4x!qnt.ternary<f32:0, {}>>)

// -----

// expected-error @+1 {{expected a float expressed type, got 'i8'}}
func.func private @ternary_integer_expressed(tensor<4x!qnt.ternary<i8, 0.5>>)

// -----

// expected-error @+1 {{quantized axis must be non-negative}}
func.func private @binary_negative_axis(tensor<4x!qnt.binary<f32:-1, {0.5}>>)

// -----

// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
func.func private @ternary_integer_scale(tensor<4x!qnt.ternary<f32, 1>>)

// -----

//===----------------------------------------------------------------------===//
// !qnt.threshold
//===----------------------------------------------------------------------===//

// expected-error @+1 {{storage width must be in 1..16, got 17}}
func.func private @threshold_storage_too_wide(tensor<4x!qnt.threshold<i17:f32, {0.0}, 1.0:0>>)

// -----

// expected-error @+1 {{storage width must be in 1..16, got 0}}
func.func private @threshold_storage_zero_width(tensor<4x!qnt.threshold<i0:f32, {0.0}, 1.0:0>>)

// -----

// expected-error @+1 {{zero point 4 is outside the storage range [0, 3]}}
func.func private @threshold_zero_point_above(tensor<4x!qnt.threshold<ui2:f32, {0.1}, 0.5:4>>)

// -----

// expected-error @+1 {{zero point -3 is outside the storage range [-2, 1]}}
func.func private @threshold_zero_point_below(tensor<4x!qnt.threshold<i2:f32, {0.1}, 0.5:-3>>)

// -----

// expected-error @+1 {{threshold counts 0..4 do not fit the 'ui2' storage type}}
func.func private @threshold_too_many(tensor<4x!qnt.threshold<ui2:f32, {0.1, 0.2, 0.3, 0.4}, 0.5:0>>)

// -----

// A signed 1-bit storage holds [-1, 0]: not even one threshold fits.
// expected-error @+1 {{threshold counts 0..1 do not fit the 'i1' storage type}}
func.func private @threshold_signed_one_bit(tensor<4x!qnt.threshold<i1:f32, {0.1}, 0.5:0>>)

// -----

// expected-error @+1 {{thresholds of channel 0 must be sorted ascending, but threshold 1 (1.000000e-01) < threshold 0 (3.000000e-01)}}
func.func private @threshold_unsorted(tensor<4x!qnt.threshold<ui2:f32, {0.3, 0.1}, 0.5:0>>)

// -----

// expected-error @+1 {{thresholds of channel 1 must be sorted ascending, but threshold 2 (0.000000e+00) < threshold 1 (1.000000e+00)}}
func.func private @threshold_per_axis_unsorted(tensor<2x!qnt.threshold<ui2:f32:0, {{0.0, 1.0, 2.0}, {-1.0, 1.0, 0.0}}, 0.5:0>>)

// -----

// expected-error @+1 {{threshold 1 of channel 0 is not finite}}
func.func private @threshold_not_finite(tensor<4x!qnt.threshold<ui2:f32, {0.0, 0x7FF0000000000000}, 0.5:0>>)

// -----

// expected-error @+1 {{scale must be positive and finite, got -5.000000e-01}}
func.func private @threshold_negative_scale(tensor<4x!qnt.threshold<ui2:f32, {0.1}, -0.5:0>>)

// -----

// expected-error @+1 {{scale must be positive and finite, got 0.000000e+00}}
func.func private @threshold_zero_scale(tensor<4x!qnt.threshold<ui2:f32, {0.1}, 0.0:0>>)

// -----

// expected-error @+1 {{expected a non-empty, equal number of thresholds per channel}}
func.func private @threshold_empty(tensor<4x!qnt.threshold<ui2:f32, {}, 0.5:0>>)

// -----

// expected-error @+1 {{expected one row of thresholds per channel}}
func.func private @threshold_per_axis_no_rows(tensor<4x!qnt.threshold<ui2:f32:0, {}, 0.5:0>>)

// -----

// expected-error @+1 {{every channel needs the same number of thresholds}}
func.func private @threshold_ragged_rows(tensor<2x!qnt.threshold<ui2:f32:0, {{0.0, 1.0}, {0.3}}, 0.5:0>>)

// -----

// expected-error @+1 {{quantized axis must be non-negative}}
func.func private @threshold_negative_axis(tensor<2x!qnt.threshold<ui2:f32:-2, {{0.1}}, 0.5:0>>)

// -----

// expected-error @+1 {{expected a float expressed type, got 'i8'}}
func.func private @threshold_integer_expressed(tensor<2x!qnt.threshold<ui2:i8, {0.1}, 0.5:0>>)

// -----

// expected-error @+1 {{invalid kind of type specified: expected builtin.integer, but found 'f32'}}
func.func private @threshold_float_storage(tensor<2x!qnt.threshold<f32:f32, {0.1}, 0.5:0>>)

// -----

//===----------------------------------------------------------------------===//
// qnt.fake_quant
//===----------------------------------------------------------------------===//

func.func @fake_quant_any(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op quant_type must be !quant.uniform (per tensor or per axis), !qnt.ternary, !qnt.binary or !qnt.threshold, got '!quant.any<i8:f32>'}}
  %0 = qnt.fake_quant %a to !quant.any<i8:f32> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_plain_float(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op quant_type must be !quant.uniform (per tensor or per axis), !qnt.ternary, !qnt.binary or !qnt.threshold, got 'f32'}}
  %0 = qnt.fake_quant %a to f32 : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_calibrated(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{quant_type must be !quant.uniform (per tensor or per axis), !qnt.ternary, !qnt.binary or !qnt.threshold, got '!quant.calibrated<}}
  %0 = qnt.fake_quant %a to !quant.calibrated<f32<-1.0:1.0>> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Sub-channel (blockwise) !quant.uniform has no fake_quant semantics yet.
func.func @fake_quant_sub_channel(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{quant_type must be !quant.uniform (per tensor or per axis), !qnt.ternary, !qnt.binary or !qnt.threshold, got '!quant.uniform<i8:f32:{0:1, 1:2}}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_expressed_mismatch(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op quant_type expresses 'f16' but the input elements are 'f32'}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f16, 0.5> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_ternary_expressed_mismatch(%a: tensor<2x4xf16>) -> tensor<2x4xf16> {
  // expected-error @+1 {{'qnt.fake_quant' op quant_type expresses 'bf16' but the input elements are 'f16'}}
  %0 = qnt.fake_quant %a to !qnt.ternary<bf16, 0.5> : tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

func.func @fake_quant_threshold_expressed_mismatch(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op quant_type expresses 'f16' but the input elements are 'f32'}}
  %0 = qnt.fake_quant %a to !qnt.threshold<ui2:f16, {0.1}, 0.5:0> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_integer_input(%a: tensor<2x4xi8>) -> tensor<2x4xi8> {
  // expected-error @+1 {{'qnt.fake_quant' op operand #0 must be ranked tensor of floating-point values}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.5> : tensor<2x4xi8>
  return %0 : tensor<2x4xi8>
}

// -----

func.func @fake_quant_storage_1_bit(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op uniform storage width must be in 2..16, got 1}}
  %0 = qnt.fake_quant %a to !quant.uniform<i1:f32, 0.5> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_storage_17_bits(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op uniform storage width must be in 2..16, got 17}}
  %0 = qnt.fake_quant %a to !quant.uniform<i17:f32, 0.5> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_storage_32_bits_per_axis(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op uniform storage width must be in 2..16, got 32}}
  %0 = qnt.fake_quant %a to !quant.uniform<i32:f32:0, {0.5, 0.25}> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_per_axis_count(%a: tensor<3x4xf32>) -> tensor<3x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op has 2 quantization channels but dimension 0 has size 3}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32:0, {0.5, 0.25}> : tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @fake_quant_per_axis_out_of_range(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32:2, {0.5, 0.25}> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_ternary_count(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op has 3 quantization channels but dimension 1 has size 4}}
  %0 = qnt.fake_quant %a to !qnt.ternary<f32:1, {0.5, 0.25, 0.5}> : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_binary_axis_out_of_range(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op axis 1 is out of range for a tensor of rank 1}}
  %0 = qnt.fake_quant %a to !qnt.binary<f32:1, {0.5, 0.25, 0.5, 0.5}> : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_threshold_count(%a: tensor<1x3xf32>) -> tensor<1x3xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op has 2 quantization channels but dimension 1 has size 3}}
  %0 = qnt.fake_quant %a to !qnt.threshold<ui2:f32:1, {{-0.2, 0.3}, {-1.0, 0.0}}, 0.5:1> : tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// -----

func.func @fake_quant_stochastic_without_seed(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op stochastic rounding requires a 'seed'}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.5> rounding stochastic : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_seed_without_rounding(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op 'seed' is only meaningful with stochastic rounding}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.5> seed 3 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_seed_with_floor(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op 'seed' is only meaningful with stochastic rounding}}
  %0 = qnt.fake_quant %a to !qnt.ternary<f32, 0.5> rounding floor seed 3 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_unknown_rounding(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'qnt.fake_quant' expected string or keyword containing one of the following enum values for attribute 'rounding' [nearest_even, nearest_away, floor, stochastic]}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32, 0.5> rounding truncate : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_rounding_on_binary(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op rounding does not apply to '!qnt.binary<f32, 0.25>': its levels are chosen by comparison}}
  %0 = qnt.fake_quant %a to !qnt.binary<f32, 0.25> rounding floor : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Even the default mode, spelled out, is rejected.
func.func @fake_quant_rounding_on_threshold(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op rounding does not apply to '!qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1>': its levels are chosen by comparison}}
  %0 = qnt.fake_quant %a to !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1> rounding nearest_even : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_stochastic_on_binary(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op rounding does not apply to '!qnt.binary<f32, 0.25>'}}
  %0 = qnt.fake_quant %a to !qnt.binary<f32, 0.25> rounding stochastic seed 1 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_power_of_two_not(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op power_of_two is set but scale #1 (3.000000e-01) is not a power of two}}
  %0 = qnt.fake_quant %a to !quant.uniform<i8:f32:0, {0.5, 0.3}> power_of_two : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_power_of_two_ternary(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op power_of_two is set but scale #0 (7.500000e-01) is not a power of two}}
  %0 = qnt.fake_quant %a to !qnt.ternary<f32, 0.75> power_of_two : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_power_of_two_binary(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op power_of_two is set but scale #0 (1.000000e-01) is not a power of two}}
  %0 = qnt.fake_quant %a to !qnt.binary<f32:0, {0.1, 0.5}> power_of_two : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @fake_quant_power_of_two_threshold(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.fake_quant' op power_of_two does not apply to threshold types}}
  %0 = qnt.fake_quant %a to !qnt.threshold<ui2:f32, {-0.2, 0.3, 0.8}, 0.5:1> power_of_two : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.observe
//===----------------------------------------------------------------------===//

func.func @observe_min_without_max(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op 'min' and 'max' must be given together}}
  %0 = qnt.observe %a {min = array<f64: -1.0>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_max_without_min(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op 'min' and 'max' must be given together}}
  %0 = qnt.observe %a {max = array<f64: 1.0>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_count_per_tensor(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op expected 1 min/max values (one per channel), got 2 and 2}}
  %0 = qnt.observe %a {min = array<f64: -1.0, -2.0>, max = array<f64: 1.0, 2.0>} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_count_per_axis(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op expected 4 min/max values (one per channel), got 4 and 3}}
  %0 = qnt.observe %a {axis = 1 : i64, min = array<f64: 0.0, 0.0, 0.0, 0.0>, max = array<f64: 1.0, 1.0, 1.0>} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_min_exceeds_max(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op min (3.000000e+00) exceeds max (2.000000e+00) for channel 1}}
  %0 = qnt.observe %a {axis = 0 : i64, min = array<f64: 0.0, 3.0>, max = array<f64: 1.0, 2.0>} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_not_finite(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op min/max of channel 0 must be finite}}
  %0 = qnt.observe %a {min = array<f64: 0xFFF0000000000000>, max = array<f64: 1.0>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_axis_out_of_range(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.observe %a {axis = 2 : i64} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_negative_axis(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op axis -1 is out of range for a tensor of rank 2}}
  %0 = qnt.observe %a {axis = -1 : i64} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_per_axis_dynamic(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  // expected-error @+1 {{'qnt.observe' op per-axis statistics need a static size along axis 0}}
  %0 = qnt.observe %a {axis = 0 : i64} : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

func.func @observe_num_bins_zero(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op num_bins must be positive, got 0}}
  %0 = qnt.observe %a {num_bins = 0} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_histogram_without_num_bins(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op 'histogram' requires 'num_bins'}}
  %0 = qnt.observe %a {min = array<f64: -1.0>, max = array<f64: 1.0>, histogram = array<i64: 1, 2>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_histogram_without_range(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op 'histogram' requires 'min' and 'max' (its range)}}
  %0 = qnt.observe %a {num_bins = 2, histogram = array<i64: 1, 2>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_histogram_size(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op histogram has 3 bins, expected num_bins × channels = 4}}
  %0 = qnt.observe %a {min = array<f64: -1.0>, max = array<f64: 1.0>, num_bins = 4, histogram = array<i64: 1, 2, 3>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @observe_histogram_size_per_axis(%a: tensor<2x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'qnt.observe' op histogram has 2 bins, expected num_bins × channels = 4}}
  %0 = qnt.observe %a {axis = 0 : i64, min = array<f64: -1.0, 0.0>, max = array<f64: 1.0, 2.0>, num_bins = 2, histogram = array<i64: 1, 2>} : tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @observe_histogram_negative_bin(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.observe' op histogram bin 1 is negative}}
  %0 = qnt.observe %a {min = array<f64: -1.0>, max = array<f64: 1.0>, num_bins = 2, histogram = array<i64: 1, -2>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.batch_norm
//===----------------------------------------------------------------------===//

func.func @batch_norm_param_element_type(%x: tensor<1x8xf32>, %p: tensor<8xf16>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op parameters have element type 'f16' but the input has 'f32'}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x8xf32>, tensor<8xf16>
  return %0 : tensor<1x8xf32>
}

// -----

func.func @batch_norm_channel_count(%x: tensor<1x8x4x4xf32>, %p: tensor<4xf32>) -> tensor<1x8x4x4xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op has 4 parameters per tensor but dimension 1 has size 8}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x8x4x4xf32>, tensor<4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// -----

// NHWC input with the default (NCHW) axis.
func.func @batch_norm_nhwc_default_axis(%x: tensor<1x4x4x8xf32>, %p: tensor<8xf32>) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op has 8 parameters per tensor but dimension 1 has size 4}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x4x4x8xf32>, tensor<8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @batch_norm_axis_out_of_range(%x: tensor<1x8xf32>, %p: tensor<8xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {axis = 2 : i64} : tensor<1x8xf32>, tensor<8xf32>
  return %0 : tensor<1x8xf32>
}

// -----

func.func @batch_norm_dynamic_params(%x: tensor<1x8xf32>, %p: tensor<?xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op parameters must have a static size}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x8xf32>, tensor<?xf32>
  return %0 : tensor<1x8xf32>
}

// -----

func.func @batch_norm_negative_epsilon(%x: tensor<1x8xf32>, %p: tensor<8xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op epsilon must be finite and non-negative, got -1.000000e-05}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {epsilon = -1.0e-05 : f32} : tensor<1x8xf32>, tensor<8xf32>
  return %0 : tensor<1x8xf32>
}

// -----

func.func @batch_norm_infinite_epsilon(%x: tensor<1x8xf32>, %p: tensor<8xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op epsilon must be finite and non-negative, got INF}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p {epsilon = 0x7F800000 : f32} : tensor<1x8xf32>, tensor<8xf32>
  return %0 : tensor<1x8xf32>
}

// -----

func.func @batch_norm_2d_params(%x: tensor<1x8xf32>, %p: tensor<1x8xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op operand #1 must be 1D tensor of floating-point values}}
  %0 = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x8xf32>, tensor<1x8xf32>
  return %0 : tensor<1x8xf32>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.requantize
//===----------------------------------------------------------------------===//

func.func @requantize_shift_low_with_multiplier(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op shift #0 is 1, expected 2..62 with a multiplier}}
  %0 = qnt.requantize %acc multiplier [1073741824] shift [1] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_shift_high_with_multiplier(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.requantize' op shift #1 is 63, expected 2..62 with a multiplier}}
  %0 = qnt.requantize %acc multiplier [1073741824, 1073741824] shift [40, 63] axis 1 zp 0 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @requantize_shift_only_high(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op shift #0 is 32, expected 0..31 for a shift-only rescale}}
  %0 = qnt.requantize %acc shift [32] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_shift_only_negative(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op shift #0 is -1, expected 0..31 for a shift-only rescale}}
  %0 = qnt.requantize %acc shift [-1] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_no_shift(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op expected at least one shift}}
  %0 = qnt.requantize %acc shift [] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_count_mismatch(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.requantize' op has 1 multipliers but 2 shifts}}
  %0 = qnt.requantize %acc multiplier [1073741824] shift [31, 32] axis 1 zp 0 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @requantize_pairs_without_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.requantize' op has 2 multiplier/shift pairs but no 'axis'}}
  %0 = qnt.requantize %acc multiplier [1073741824, 1073741824] shift [31, 32] zp 0 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @requantize_axis_count(%acc: tensor<1x3xi32>) -> tensor<1x3xi8> {
  // expected-error @+1 {{'qnt.requantize' op has 2 multiplier/shift pairs but dimension 1 has size 3}}
  %0 = qnt.requantize %acc shift [4, 5] axis 1 zp 0 clamp [-128, 127] : tensor<1x3xi32> -> tensor<1x3xi8>
  return %0 : tensor<1x3xi8>
}

// -----

func.func @requantize_axis_out_of_range(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.requantize' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.requantize %acc shift [4, 5] axis 2 zp 0 clamp [-128, 127] : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @requantize_negative_multiplier(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op multiplier #0 must be non-negative, got -1073741824}}
  %0 = qnt.requantize %acc multiplier [-1073741824] shift [31] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_double_round_without_multiplier(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op double_round needs a multiplier}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-128, 127] double_round : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_input_zp_i32(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op input_zp must be 0 for i32 accumulators (as in tosa.rescale)}}
  %0 = qnt.requantize %acc multiplier [1073741824] shift [31] zp 0 clamp [-128, 127] {input_zp = 3 : i64} : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_clamp_inverted(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op clamp_min (10) exceeds clamp_max (-10)}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [10, -10] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_clamp_above_range(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op clamp [0, 255] exceeds the range of 'i8' [-128, 127]}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [0, 255] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_clamp_below_range_unsigned(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op clamp [-1, 255] exceeds the range of unsigned 'i8' [0, 255]}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-1, 255] unsigned : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_clamp_i4(%acc: tensor<4xi32>) -> tensor<4xi4> {
  // expected-error @+1 {{'qnt.requantize' op clamp [-8, 8] exceeds the range of 'i4' [-8, 7]}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-8, 8] : tensor<4xi32> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// -----

func.func @requantize_output_zp_range(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op output zero point 128 is outside the range of 'i8'}}
  %0 = qnt.requantize %acc shift [4] zp 128 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_output_zp_range_unsigned(%acc: tensor<4xi32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op output zero point -1 is outside the range of 'i8'}}
  %0 = qnt.requantize %acc shift [4] zp -1 clamp [0, 255] unsigned : tensor<4xi32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_output_too_wide(%acc: tensor<4xi32>) -> tensor<4xi64> {
  // expected-error @+1 {{'qnt.requantize' op result elements must be at most 32 bits wide, got 'i64'}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

func.func @requantize_i8_input(%acc: tensor<4xi8>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.requantize' op operand #0 must be ranked tensor of 16-bit signless integer or 32-bit signless integer values}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-128, 127] : tensor<4xi8> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @requantize_shape_mismatch(%acc: tensor<4xi32>) -> tensor<5xi8> {
  // expected-error @+1 {{'qnt.requantize' op requires the same shape for all operands and results}}
  %0 = qnt.requantize %acc shift [4] zp 0 clamp [-128, 127] : tensor<4xi32> -> tensor<5xi8>
  return %0 : tensor<5xi8>
}

// -----

//===----------------------------------------------------------------------===//
// qnt.threshold
//===----------------------------------------------------------------------===//

func.func @threshold_element_type(%acc: tensor<1x8xi32>) -> tensor<1x8xi8> {
  // expected-error @+1 {{'qnt.threshold' op thresholds have element type 'f32' but the input has 'i32'}}
  %0 = qnt.threshold %acc thresholds dense<[-0.5, 0.5]> : tensor<2xf32> : tensor<1x8xi32> -> tensor<1x8xi8>
  return %0 : tensor<1x8xi8>
}

// -----

func.func @threshold_rank_without_axis(%x: tensor<1x2xf32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.threshold' op thresholds without 'axis' must have shape [T], got rank 2}}
  %0 = qnt.threshold %x thresholds dense<[[-0.5, 0.5], [0.0, 1.0]]> : tensor<2x2xf32> : tensor<1x2xf32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @threshold_rank_with_axis(%x: tensor<1x2xf32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.threshold' op per-axis thresholds must have shape [C, T], got rank 1}}
  %0 = qnt.threshold %x thresholds dense<[-0.5, 0.5]> : tensor<2xf32> axis 1 : tensor<1x2xf32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @threshold_axis_out_of_range(%x: tensor<1x2xf32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.threshold' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.threshold %x thresholds dense<[[-0.5, 0.5], [0.0, 1.0]]> : tensor<2x2xf32> axis 2 : tensor<1x2xf32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @threshold_row_count(%x: tensor<1x3xf32>) -> tensor<1x3xi8> {
  // expected-error @+1 {{'qnt.threshold' op has 2 threshold rows but dimension 1 has size 3}}
  %0 = qnt.threshold %x thresholds dense<[[-0.5, 0.5], [0.0, 1.0]]> : tensor<2x2xf32> axis 1 : tensor<1x3xf32> -> tensor<1x3xi8>
  return %0 : tensor<1x3xi8>
}

// -----

func.func @threshold_none(%x: tensor<4xf32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.threshold' op expected at least one threshold}}
  %0 = qnt.threshold %x thresholds dense<> : tensor<0xf32> : tensor<4xf32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @threshold_unsorted_float(%x: tensor<4xf32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.threshold' op thresholds of row 0 must be sorted ascending (threshold 2 is smaller than threshold 1)}}
  %0 = qnt.threshold %x thresholds dense<[-1.0, 0.5, 0.25]> : tensor<3xf32> : tensor<4xf32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @threshold_unsorted_int_per_axis(%acc: tensor<1x2xi32>) -> tensor<1x2xi8> {
  // expected-error @+1 {{'qnt.threshold' op thresholds of row 1 must be sorted ascending (threshold 1 is smaller than threshold 0)}}
  %0 = qnt.threshold %acc thresholds dense<[[-4, 0, 9], [2, 1, 3]]> : tensor<2x3xi32> axis 1 : tensor<1x2xi32> -> tensor<1x2xi8>
  return %0 : tensor<1x2xi8>
}

// -----

func.func @threshold_not_finite(%x: tensor<4xf32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.threshold' op threshold 1 of row 0 is not finite}}
  %0 = qnt.threshold %x thresholds dense<[0.0, 0x7FC00000]> : tensor<2xf32> : tensor<4xf32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @threshold_out_bias_above(%x: tensor<4xf32>) -> tensor<4xi8> {
  // expected-error @+1 {{'qnt.threshold' op outputs 126..129 do not fit 'i8' [-128, 127]}}
  %0 = qnt.threshold %x thresholds dense<[-1.0, 0.0, 1.0]> : tensor<3xf32> {out_bias = 126 : i64} : tensor<4xf32> -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @threshold_out_bias_below(%x: tensor<4xf32>) -> tensor<4xi4> {
  // expected-error @+1 {{'qnt.threshold' op outputs -9..-6 do not fit 'i4' [-8, 7]}}
  %0 = qnt.threshold %x thresholds dense<[-1.0, 0.0, 1.0]> : tensor<3xf32> {out_bias = -9 : i64} : tensor<4xf32> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// -----

// Counts 0..8 need 5 signed bits.
func.func @threshold_counts_do_not_fit(%x: tensor<4xf32>) -> tensor<4xi4> {
  // expected-error @+1 {{'qnt.threshold' op outputs 0..8 do not fit 'i4' [-8, 7]}}
  %0 = qnt.threshold %x thresholds dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]> : tensor<8xf32> : tensor<4xf32> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// -----

func.func @threshold_float_result(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'qnt.threshold' op result #0 must be ranked tensor of signless integer values}}
  %0 = qnt.threshold %x thresholds dense<[0.0]> : tensor<1xf32> : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @batch_norm_unranked(%x: tensor<*xf32>, %p: tensor<4xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{'qnt.batch_norm' op operand #0 must be ranked tensor of floating-point values}}
  %0 = "qnt.batch_norm"(%x, %p, %p, %p, %p) <{axis = 1 : i64, epsilon = 1.0e-05 : f32}> : (tensor<*xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @unpack_rank(%p: tensor<1x2xi8>) -> tensor<4xi4> {
  // expected-error @below {{'qnt.unpack' op expects its bytes as a 1-D tensor, got rank 2}}
  %0 = qnt.unpack %p : tensor<1x2xi8> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// -----

func.func @unpack_size(%p: tensor<2xi8>) -> tensor<5xi4> {
  // expected-error @below {{'qnt.unpack' op 5 elements of 4 bits take 3 bytes, got 2}}
  %0 = qnt.unpack %p : tensor<2xi8> -> tensor<5xi4>
  return %0 : tensor<5xi4>
}

// -----

func.func @unpack_width(%p: tensor<2xi8>) -> tensor<2xi8> {
  // expected-error @below {{'qnt.unpack' op result #0 must be ranked tensor of 1-bit signless integer or 2-bit signless integer or 4-bit signless integer values}}
  %0 = qnt.unpack %p : tensor<2xi8> -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @unpack_dynamic(%p: tensor<?xi8>) -> tensor<4xi4> {
  // expected-error @below {{'qnt.unpack' op needs static shapes}}
  %0 = qnt.unpack %p : tensor<?xi8> -> tensor<4xi4>
  return %0 : tensor<4xi4>
}

// -----

func.func @signed_accumulate_maps(%x: tensor<1x8xi8>, %w: tensor<8x4xi2>, %init: tensor<1x4xi32>) -> tensor<1x4xi32> {
  // expected-error @below {{'qnt.signed_accumulate' op expects 3 indexing maps (input, weight, init), got 2}}
  %0 = qnt.signed_accumulate %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>], iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0 : tensor<1x4xi32>
}

// -----

func.func @signed_accumulate_iterators(%x: tensor<1x8xi8>, %w: tensor<8x4xi2>, %init: tensor<1x4xi32>) -> tensor<1x4xi32> {
  // expected-error @below {{'qnt.signed_accumulate' op iterator types are 'parallel' or 'reduction', got 'window'}}
  %0 = qnt.signed_accumulate %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "window"]} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0 : tensor<1x4xi32>
}

// -----

func.func @signed_accumulate_rank(%x: tensor<1x8xi8>, %w: tensor<8x4xi2>, %init: tensor<1x4xi32>) -> tensor<1x4xi32> {
  // expected-error @below {{'qnt.signed_accumulate' op indexing map #1 has 1 results for an operand of rank 2}}
  %0 = qnt.signed_accumulate %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<8x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0 : tensor<1x4xi32>
}

// -----

func.func @signed_accumulate_weights(%x: tensor<1x8xi8>, %w: tensor<8x4xi8>, %init: tensor<1x4xi32>) -> tensor<1x4xi32> {
  // expected-error @below {{'qnt.signed_accumulate' op operand #1 must be ranked tensor of 1-bit signless integer or 2-bit signless integer values}}
  %0 = qnt.signed_accumulate %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<8x4xi8>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0 : tensor<1x4xi32>
}

// -----

func.func @sparse_threshold_ternary(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @below {{'qnt.fake_quant' op sparse_threshold needs a per-tensor !quant.uniform type, got '!qnt.ternary<f32, 0.5>'}}
  %0 = qnt.fake_quant %x to !qnt.ternary<f32, 0.5> sparse_threshold 0.1 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sparse_threshold_per_axis(%x: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @below {{'qnt.fake_quant' op sparse_threshold needs a per-tensor !quant.uniform type}}
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32:0, {0.5, 0.25}> sparse_threshold 0.1 : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @signed_accumulate_shapes(%x: tensor<1x8xi8>, %w: tensor<6x4xi2>, %init: tensor<1x4xi32>) -> tensor<1x4xi32> {
  // expected-error @below {{'qnt.signed_accumulate' op indexing map #1 reads index 7 of dimension 0 of size 6 (operand and loop shapes disagree)}}
  %0 = qnt.signed_accumulate %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"]} : (tensor<1x8xi8>, tensor<6x4xi2>, tensor<1x4xi32>) -> tensor<1x4xi32>
  return %0 : tensor<1x4xi32>
}

// -----

func.func @pack_bits_extent(%x: tensor<2x70xi8>) -> tensor<2x1xi64> {
  // expected-error @below {{'qnt.pack_bits' op dimension 1 of the result must be 2, got 1}}
  %0 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

func.func @pack_bits_axis(%x: tensor<2x70xi8>) -> tensor<2x2xi64> {
  // expected-error @below {{'qnt.pack_bits' op axis 2 is out of range for a tensor of rank 2}}
  %0 = qnt.pack_bits %x {axis = 2 : i64} : tensor<2x70xi8> -> tensor<2x2xi64>
  return %0 : tensor<2x2xi64>
}

// -----

func.func @pack_bits_rank(%x: tensor<2x70xi8>) -> tensor<140xi1> {
  // expected-error @below {{'qnt.pack_bits' op input of rank 2 and result of rank 1}}
  %0 = qnt.pack_bits %x {axis = 0 : i64} : tensor<2x70xi8> -> tensor<140xi1>
  return %0 : tensor<140xi1>
}

// -----

func.func @pack_bits_word(%x: tensor<2x70xi8>) -> tensor<2x18xi4> {
  // expected-error @below {{'qnt.pack_bits' op result #0 must be ranked tensor of 1-bit signless integer or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer values}}
  %0 = qnt.pack_bits %x {axis = 1 : i64} : tensor<2x70xi8> -> tensor<2x18xi4>
  return %0 : tensor<2x18xi4>
}

// -----

func.func @xnor_popcount_words(%x: tensor<4x2xi64>, %w: tensor<8x4xi32>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op input words 'i64' and weight words 'i32' differ}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x4xi32>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @xnor_popcount_bits(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op num_bits 129 exceeds the 128 bits each output reads}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 129 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @xnor_popcount_negative(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op num_bits must be non-negative, got -1}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = -1 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @xnor_popcount_init(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x2xi32>) -> tensor<4x2xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op the init is indexed by reduction loop 2}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, k)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x2xi32>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

func.func @xnor_popcount_loop(%x: tensor<4x2xi64>, %w: tensor<8x2xi64>, %init: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op loop 3 indexes no operand dimension by itself}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k, j) -> (m, k + j)>, affine_map<(m, n, k, j) -> (n, k)>, affine_map<(m, n, k, j) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"], num_bits = 100 : i64} : (tensor<4x2xi64>, tensor<8x2xi64>, tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @pack_bits_dynamic(%x: tensor<?x70xi8>) -> tensor<?x2xi64> {
  // expected-error @below {{'qnt.pack_bits' op needs static shapes}}
  %0 = qnt.pack_bits %x {axis = 1 : i64} : tensor<?x70xi8> -> tensor<?x2xi64>
  return %0 : tensor<?x2xi64>
}

// -----

func.func @xnor_popcount_dynamic(%x: tensor<?x2xi64>, %w: tensor<8x2xi64>, %init: tensor<?x8xi32>) -> tensor<?x8xi32> {
  // expected-error @below {{'qnt.xnor_popcount' op needs static shapes}}
  %0 = qnt.xnor_popcount %x, %w, %init {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>], iterator_types = ["parallel", "parallel", "reduction"], num_bits = 100 : i64} : (tensor<?x2xi64>, tensor<8x2xi64>, tensor<?x8xi32>) -> tensor<?x8xi32>
  return %0 : tensor<?x8xi32>
}

// -----

func.func @vector_dot_kind(%acc: vector<8xi32>, %a: vector<16xi16>) -> vector<8xi32> {
  // expected-error @below {{'qnt.vector_dot' op unknown kind 'i4_octets'; expected i16_pairs, u8s8_quads, s8s8_quads, u8s8_quads_i16, s8s8_mmla, xor_popcount or u8s8_pairs_i16}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "i4_octets", target = "generic"} : vector<16xi16> into vector<8xi32>
  return %0 : vector<8xi32>
}

// -----

func.func @vector_dot_element(%acc: vector<4xi32>, %a: vector<16xi8>) -> vector<4xi32> {
  // expected-error @below {{'qnt.vector_dot' op kind 'i16_pairs' takes i16 operands, got 'vector<16xi8>'}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "i16_pairs", target = "generic"} : vector<16xi8> into vector<4xi32>
  return %0 : vector<4xi32>
}

// -----

func.func @vector_dot_lanes(%acc: vector<8xi32>, %a: vector<16xi8>) -> vector<8xi32> {
  // expected-error @below {{'qnt.vector_dot' op kind 'u8s8_quads' takes 4 operand elements per lane: 8 lanes need 32, got 16}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "u8s8_quads", target = "generic"} : vector<16xi8> into vector<8xi32>
  return %0 : vector<8xi32>
}

// -----

func.func @vector_dot_popcount_lanes(%acc: vector<4xi64>, %a: vector<16xi8>) -> vector<4xi64> {
  // expected-error @below {{'qnt.vector_dot' op kind 'xor_popcount' takes 64 operand bits per lane: 4 lanes, got 'vector<16xi8>'}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "xor_popcount", target = "generic"} : vector<16xi8> into vector<4xi64>
  return %0 : vector<4xi64>
}

// -----

func.func @vector_dot_popcount_accumulator(%acc: vector<2xi32>, %a: vector<16xi8>) -> vector<2xi32> {
  // expected-error @below {{'qnt.vector_dot' op kind 'xor_popcount' accumulates in i64 lanes, got 'vector<2xi32>'}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "xor_popcount", target = "generic"} : vector<16xi8> into vector<2xi32>
  return %0 : vector<2xi32>
}

// -----

func.func @vector_dot_i64_lanes(%acc: vector<4xi64>, %a: vector<16xi8>) -> vector<4xi64> {
  // expected-error @below {{'qnt.vector_dot' op kind 'u8s8_quads' accumulates in i32 lanes, got 'vector<4xi64>'}}
  %0 = qnt.vector_dot %acc, %a, %a {kind = "u8s8_quads", target = "generic"} : vector<16xi8> into vector<4xi64>
  return %0 : vector<4xi64>
}

// -----

func.func @vector_dot_operands(%acc: vector<8xi32>, %a: vector<16xi16>, %b: vector<32xi8>) -> vector<8xi32> {
  // expected-error @below {{'qnt.vector_dot' op failed to verify that all of {lhs, rhs} have same type}}
  %0 = "qnt.vector_dot"(%acc, %a, %b) {kind = "i16_pairs", target = "generic"} : (vector<8xi32>, vector<16xi16>, vector<32xi8>) -> vector<8xi32>
  return %0 : vector<8xi32>
}
