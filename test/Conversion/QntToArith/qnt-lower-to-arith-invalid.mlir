// RUN: quant-opt %s -qnt-lower-to-arith -split-input-file -verify-diagnostics

// Quant casts the reference lowering cannot express are rejected up front
// with the reason, instead of being left behind or silently skipped.

// Sub-channel (blockwise) quantization.
func.func @qcast_sub_channel(%x: tensor<2x4xf32>) -> tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>> {
  // expected-error @+1 {{'quant.qcast' op cannot be lowered to arith: only per-tensor and per-axis !quant.uniform element types are supported}}
  %0 = quant.qcast %x : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>>
  return %0 : tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>>
}

// -----

func.func @dcast_sub_channel(%q: tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'quant.dcast' op cannot be lowered to arith: only per-tensor and per-axis !quant.uniform element types are supported}}
  %0 = quant.dcast %q : tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>> to tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @qcast_unranked(%x: tensor<*xf32>) -> tensor<*x!quant.uniform<i8:f32, 0.5>> {
  // expected-error @+1 {{'quant.qcast' op cannot be lowered to arith: only ranked tensors are supported}}
  %0 = quant.qcast %x : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<*x!quant.uniform<i8:f32, 0.5>>
}

// -----

func.func @dcast_unranked(%q: tensor<*x!quant.uniform<i8:f32, 0.5>>) -> tensor<*xf32> {
  // expected-error @+1 {{'quant.dcast' op cannot be lowered to arith: only ranked tensors are supported}}
  %0 = quant.dcast %q : tensor<*x!quant.uniform<i8:f32, 0.5>> to tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Scalars are not tensors.
func.func @qcast_scalar(%x: f32) -> !quant.uniform<i8:f32, 0.5> {
  // expected-error @+1 {{'quant.qcast' op cannot be lowered to arith: only ranked tensors are supported}}
  %0 = quant.qcast %x : f32 to !quant.uniform<i8:f32, 0.5>
  return %0 : !quant.uniform<i8:f32, 0.5>
}

// -----

// One unsupported cast fails the pass even next to lowerable ops.
func.func @mixed(%x: tensor<4xf32>, %q: tensor<*x!quant.uniform<i8:f32, 0.5>>) -> (tensor<4xf32>, tensor<*xf32>) {
  %0 = qnt.fake_quant %x to !quant.uniform<i8:f32, 0.5> : tensor<4xf32>
  // expected-error @+1 {{'quant.dcast' op cannot be lowered to arith: only ranked tensors are supported}}
  %1 = quant.dcast %q : tensor<*x!quant.uniform<i8:f32, 0.5>> to tensor<*xf32>
  return %0, %1 : tensor<4xf32>, tensor<*xf32>
}
