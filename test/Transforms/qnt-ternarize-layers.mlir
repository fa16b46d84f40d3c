// Layer selection by location name (not split: the names are per module).
// RUN: quant-opt %s -qnt-ternarize=layers=fc3 | FileCheck %s --check-prefix=NAMED
// RUN: quant-opt %s -qnt-binarize=layers=fc1,fc3 | FileCheck %s --check-prefix=BINARY
// RUN: not quant-opt %s -qnt-ternarize=layers=nope 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// A named layer is converted even when it is the first or last one.
// NAMED-LABEL: func.func @three_layers
// NAMED:       qnt.fake_quant %{{.*}} to !qnt.ternary<f32:1, {1.0, 3.0}>
// NAMED-NOT:   qnt.fake_quant

// XNOR-Net: α = mean |w| per output channel (columns of fc1, rows of fc3).
// BINARY-LABEL: func.func @three_layers
// BINARY:       qnt.fake_quant %{{.*}} to !qnt.binary<f32:1, {0.75, 1.25, 1.75, 2.25}>
// BINARY:       qnt.fake_quant %{{.*}} to !qnt.binary<f32:1, {0.5375000238418579, 0.8999999761581421}>

// UNKNOWN: error: no convolution or matmul is named 'nope'

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
