// TOSA 1.0: a depthwise conv (channel multiplier 1, padded), a clamp (ReLU6)
// and a 1x1 conv, as a TFLite → TOSA converter writes them. After
// tosa-to-linalg: depthwise_conv_2d_nhwc_hwcm + collapse_shape, a clamp
// generic, conv_2d_nhwc_fhwc, bias adds as broadcasting generics.
func.func @forward(%x: tensor<1x4x4x2xf32>) -> tensor<1x4x4x3xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0], [-0.5]], [[0.25], [0.75]], [[-1.0], [0.5]]], [[[0.5], [1.0]], [[1.5], [-0.25]], [[0.125], [0.5]]], [[[-0.75], [0.25]], [[0.5], [-1.0]], [[1.0], [0.25]]]]> : tensor<3x3x2x1xf32>}> : () -> tensor<3x3x2x1xf32>
  %bias = "tosa.const"() <{values = dense<[0.1, -0.2]> : tensor<2xf32>}> : () -> tensor<2xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c = tosa.depthwise_conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x3x2x1xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x2xf32>
  %r = tosa.clamp %c {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %w2 = "tosa.const"() <{values = dense<[[[[1.0, 0.5]]], [[[-0.5, 1.0]]], [[[0.25, -0.25]]]]> : tensor<3x1x1x2xf32>}> : () -> tensor<3x1x1x2xf32>
  %b2 = "tosa.const"() <{values = dense<[0.0, 0.5, -0.5]> : tensor<3xf32>}> : () -> tensor<3xf32>
  %y = tosa.conv2d %r, %w2, %b2, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x3xf32>
  return %y : tensor<1x4x4x3xf32>
}
