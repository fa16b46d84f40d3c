// The TOSA depthwise (channel multiplier 2) + per-channel scale network gives
// the same numbers before and after qnt-fold-batchnorm folds the scale
// through the C×M collapse into the weights and bias.

// RUN: quant-opt %s --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith))" \
// RUN:   | quant-opt %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s
// RUN: quant-opt %s --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,qnt-fold-batchnorm))" \
// RUN:   | FileCheck %s --check-prefix=FOLDED
// RUN: quant-opt %s --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,qnt-fold-batchnorm))" \
// RUN:   | quant-opt %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s

// FOLDED-NOT: arith.mulf %{{.*}}, %{{.*}} : f32
// FOLDED:     linalg.depthwise_conv_2d_nhwc_hwcm

func.func @forward(%x: tensor<1x4x4x2xf32>) -> tensor<1x2x2x4xf32> {
  %w = "tosa.const"() <{values = dense<[[[[1.0, 2.0], [3.0, 4.0]], [[1.0, 1.0], [1.0, -1.0]], [[0.5, 0.5], [0.5, 0.5]]], [[[1.0, 2.0], [3.0, 4.0]], [[1.0, 1.0], [1.0, 1.0]], [[0.5, 0.5], [-0.5, 0.5]]], [[[1.0, 2.0], [3.0, 4.0]], [[1.0, 1.0], [1.0, 1.0]], [[0.5, 0.25], [0.5, 0.5]]]]> : tensor<3x3x2x2xf32>}> : () -> tensor<3x3x2x2xf32>
  %bias = "tosa.const"() <{values = dense<[0.5, 0.25, -1.0, 2.0]> : tensor<4xf32>}> : () -> tensor<4xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %c = tosa.depthwise_conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<3x3x2x2xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x4xf32>
  %s = "tosa.const"() <{values = dense<[[[[2.0, -1.0, 0.5, 4.0]]]]> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %y = tosa.mul %c, %s, %shift : (tensor<1x2x2x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x2x2x4xf32>
  return %y : tensor<1x2x2x4xf32>
}

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

func.func @main() {
  %x = arith.constant dense<[[[[1.0, -2.0], [0.5, 3.0], [2.0, 1.0], [-1.0, 0.25]],
                              [[0.0, 1.0], [1.5, -0.5], [4.0, 2.0], [1.0, 1.0]],
                              [[-3.0, 0.5], [2.0, 2.0], [0.5, -1.0], [1.0, 0.0]],
                              [[1.0, 1.0], [-2.0, 3.0], [0.25, 0.75], [2.0, -2.0]]]]> : tensor<1x4x4x2xf32>
  %y = call @forward(%x) : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x4xf32>
  %u = tensor.cast %y : tensor<1x2x2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// The unfolded network (upstream TOSA lowering) prints these; the folded one
// must print exactly the same (all values are exact in f32 here).
// CHECK: rank = 4 offset = 0 sizes = [1, 2, 2, 4]
// CHECK-NEXT: {{\[\[\[\[}}11.5,     -3.375,     0.5,     -2],
// CHECK-NEXT:    [23,     -15,     7.0625,     82.5]],
// CHECK-NEXT:   {{\[\[}}4.75,     -0.0625,     6.4375,     73.5],
// CHECK-NEXT:    [17.5,     -9.5,     6.875,     69]]]]
