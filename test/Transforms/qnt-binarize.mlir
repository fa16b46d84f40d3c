// RUN: quant-opt %s -qnt-binarize | FileCheck %s

// The middle layer is binarized (first and last keep their precision):
// filter 0 = [0.5, -0.25, 0.0, 1.25] → α = mean|w| = 0.5, ŵ = sign(w) with
// sign(0) = +1; filter 1 = [-1, -1, 1, 1] → α = 1.

// CHECK-LABEL: func.func @binarize_middle
// CHECK:       linalg.conv_2d_nchw_fchw
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}5.000000e-01, -5.000000e-01], [5.000000e-01, 5.000000e-01]]], {{\[\[\[}}-1.000000e+00, -1.000000e+00], [1.000000e+00, 1.000000e+00]]]]> : tensor<2x1x2x2xf32>
// CHECK:       %[[Q:.*]] = qnt.fake_quant %[[W]] to !qnt.binary<f32:0, {0.5, 1.0}> : tensor<2x1x2x2xf32>
// CHECK:       linalg.conv_2d_nchw_fchw ins(%{{.*}}, %[[Q]] :
// CHECK:       linalg.conv_2d_nchw_fchw
// CHECK-NOT:   qnt.fake_quant
func.func @binarize_middle(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w0 = arith.constant dense<0.3> : tensor<1x1x2x2xf32>
  %e0 = tensor.empty() : tensor<1x1x4x4xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %c0 = linalg.conv_2d_nchw_fchw ins(%x, %w0 : tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) outs(%f0 : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %w = arith.constant dense<[[[[0.5, -0.25], [0.0, 1.25]]], [[[-1.0, -1.0], [1.0, 1.0]]]]> : tensor<2x1x2x2xf32>
  %e = tensor.empty() : tensor<1x2x3x3xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%c0, %w : tensor<1x1x4x4xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %w2 = arith.constant dense<0.7> : tensor<1x2x2x2xf32>
  %e2 = tensor.empty() : tensor<1x1x2x2xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %c2 = linalg.conv_2d_nchw_fchw ins(%c, %w2 : tensor<1x2x3x3xf32>, tensor<1x2x2x2xf32>) outs(%f2 : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %c2 : tensor<1x1x2x2xf32>
}
