// RUN: quant-opt %s -qnt-ternarize -split-input-file -verify-diagnostics | FileCheck %s
// RUN: quant-opt %s -qnt-ternarize=quantize-first-last=true -split-input-file -verify-diagnostics | FileCheck %s --check-prefix=ALL
// RUN: quant-opt %s -qnt-ternarize="method=twn quantize-first-last=true" -split-input-file -verify-diagnostics | FileCheck %s --check-prefix=TWN

// Three fully-connected layers; the first and last keep their precision by
// default. Output channels are the columns of a [K, N] matmul weight.
// Column 0 of fc2 is [0.9, 0.2, 1.0, 0.5]: sorted |w| 1.0, 0.9, 0.5, 0.2
// give (Σ|w|)²/r = 1, 1.805, 1.92, 1.69, so r = 3 and α = 2.4 / 3 = 0.8.

// CHECK-LABEL: func.func @three_layers
// CHECK:       %[[W1:.*]] = arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]
// CHECK:       linalg.matmul ins(%{{.*}}, %[[W1]] :
// CHECK:       %[[W2:.*]] = arith.constant dense<{{\[\[}}8.000000e-01, 0.000000e+00, -1.050000e+00, 0.000000e+00], [0.000000e+00, 0.000000e+00, 0.000000e+00, 3.000000e+00], [8.000000e-01, 7.500000e-01, 1.050000e+00, 0.000000e+00], [8.000000e-01, -7.500000e-01, 0.000000e+00, 0.000000e+00]]>
// CHECK:       %[[Q2:.*]] = qnt.fake_quant %[[W2]] to !qnt.ternary<f32:1, {0.800000011920929, 0.75, 1.0499999523162842, 3.0}>
// CHECK:       linalg.matmul ins(%{{.*}}, %[[Q2]] :
// CHECK-NOT:   qnt.fake_quant
// CHECK:       return

// ALL-LABEL: func.func @three_layers
// ALL-COUNT-3: qnt.fake_quant

// With method=twn, fc2's column 0 has mean |w| = 0.65, Δ = 0.455: 0.2 drops, α = 0.8.
// TWN-LABEL: func.func @three_layers
// TWN:       qnt.fake_quant
// TWN:       qnt.fake_quant %{{.*}} to !qnt.ternary<f32:1, {0.800000011920929,

func.func @three_layers(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %zero = arith.constant 0.0 : f32
  %w1 = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [0.5, 0.5, 0.5, 0.5]]> : tensor<2x4xf32>
  %e1 = tensor.empty() : tensor<1x4xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h1 = linalg.matmul ins(%x, %w1 : tensor<1x2xf32>, tensor<2x4xf32>) outs(%f1 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc1")
  %w2 = arith.constant dense<[[0.9, -0.1, -1.1, 0.05], [0.2, 0.2, -0.2, 3.0], [1.0, 1.0, 1.0, 1.0], [0.5, -0.5, 0.25, 0.0]]> : tensor<4x4xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %h2 = linalg.matmul ins(%h1, %w2 : tensor<1x4xf32>, tensor<4x4xf32>) outs(%f2 : tensor<1x4xf32>) -> tensor<1x4xf32> loc("fc2")
  // torch-mlir's [out, in] weight through a transpose: rows are channels.
  %w3 = arith.constant dense<[[0.9, -0.1, -1.1, 0.05], [0.2, 0.2, -0.2, 3.0]]> : tensor<2x4xf32>
  %et = tensor.empty() : tensor<4x2xf32>
  %w3t = linalg.transpose ins(%w3 : tensor<2x4xf32>) outs(%et : tensor<4x2xf32>) permutation = [1, 0]
  %e3 = tensor.empty() : tensor<1x2xf32>
  %f3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x2xf32>) -> tensor<1x2xf32>
  %h3 = linalg.matmul ins(%h2, %w3t : tensor<1x4xf32>, tensor<4x2xf32>) outs(%f3 : tensor<1x2xf32>) -> tensor<1x2xf32> loc("fc3")
  return %h3 : tensor<1x2xf32>
}

// -----

// Convolution filters are the slices along the weight's F dimension; a
// weight that is already quantized is left alone, with a remark.

// CHECK-LABEL: func.func @conv_and_quantized
// CHECK:       qnt.fake_quant %{{.*}} to !quant.uniform
// CHECK:       %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00, 0.000000e+00], [0.000000e+00, -2.000000e+00]]], {{\[\[\[}}5.000000e-01, 5.000000e-01], [5.000000e-01, 5.000000e-01]]]]>
// CHECK:       qnt.fake_quant %[[W]] to !qnt.ternary<f32:0, {2.0, 0.5}> : tensor<2x1x2x2xf32>
func.func @conv_and_quantized(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x1x1xf32> {
  %zero = arith.constant 0.0 : f32
  // First layer: kept.
  %w0 = arith.constant dense<1.0> : tensor<1x1x2x2xf32>
  %e0 = tensor.empty() : tensor<1x1x4x4xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %c0 = linalg.conv_2d_nchw_fchw ins(%x, %w0 : tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) outs(%f0 : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  // Already quantized: kept, with a remark.
  %w1 = arith.constant dense<1.0> : tensor<1x1x2x2xf32>
  %w1q = qnt.fake_quant %w1 to !quant.uniform<i8:f32, 0.1> : tensor<1x1x2x2xf32>
  %e1 = tensor.empty() : tensor<1x1x3x3xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  // expected-remark @+1 {{weights left in full precision: its weight is already quantized}}
  %c1 = linalg.conv_2d_nchw_fchw ins(%c0, %w1q : tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) outs(%f1 : tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  // Ternarized per filter: α = 2 (support {2, −2}) and α = 0.5 (all).
  %w = arith.constant dense<[[[[2.0, 0.1], [-0.1, -2.0]]], [[[0.5, 0.5], [0.5, 0.5]]]]> : tensor<2x1x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%c1, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  // Last layer: kept.
  %w3 = arith.constant dense<1.0> : tensor<1x2x2x2xf32>
  %e3 = tensor.empty() : tensor<1x1x1x1xf32>
  %f3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %c3 = linalg.conv_2d_nchw_fchw ins(%c, %w3 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) outs(%f3 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  return %c3 : tensor<1x1x1x1xf32>
}
