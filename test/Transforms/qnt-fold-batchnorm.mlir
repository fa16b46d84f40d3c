// RUN: quant-opt %s -qnt-fold-batchnorm -split-input-file -verify-diagnostics | FileCheck %s

// qnt.batch_norm after a conv without bias: a = γ/sqrt(var+eps) = [1, -1],
// b = β − mean·a = [-0.5, 1]. A negative scale flips the filter's sign.

// CHECK-LABEL: func.func @batch_norm_op_nchw
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant dense<[-5.000000e-01, 1.000000e+00]> : tensor<2xf32>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}-1.000000e+00, -1.000000e+00], [-1.000000e+00, -1.000000e+00]]]]>
// CHECK:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<2xf32>) {{.*}} dimensions = [0, 2, 3]
// CHECK:       %[[CONV:.*]] = linalg.conv_2d_nchw_fchw ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]] : {{.*}})
// CHECK-NEXT:  return %[[CONV]]
// CHECK-NOT:   qnt.batch_norm
func.func @batch_norm_op_nchw(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[1.0, 1.0], [1.0, 1.0]]]]> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %g = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %m = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[4.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %c, %g, %b, %m, %v {epsilon = 0.0 : f32} : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// torch-mlir's form: bias broadcast into the conv init, BN as one generic,
// and (here fused into it) a ReLU as cmpf ugt + select. The affine head is
// folded; the ReLU stays. New bias = a·[1, 2] + b = [0.5, -1].

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @torch_generic_with_relu_tail
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant dense<[5.000000e-01, -1.000000e+00]> : tensor<2xf32>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]], {{\[\[\[}}-1.000000e+00
// CHECK:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]]
// CHECK:       %[[CONV:.*]] = linalg.conv_2d_nchw_fchw ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]]
// CHECK:       linalg.generic {{.*}} ins(%[[CONV]] : tensor<1x2x2x2xf32>)
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:    %[[GT:.*]] = arith.cmpf ugt, %[[IN]]
// CHECK-NEXT:    arith.select %[[GT]], %[[IN]]
// CHECK-NOT:   math.rsqrt
func.func @torch_generic_with_relu_tail(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[1.0, 1.0], [1.0, 1.0]]]]> : tensor<2x1x2x2xf32>
  %bias = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.broadcast ins(%bias : tensor<2xf32>) outs(%e : tensor<1x2x2x2xf32>) dimensions = [0, 2, 3]
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %g = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %m = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[4.0, 1.0]> : tensor<2xf32>
  %y = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %g, %b, %m, %v : tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x2x2xf32>) {
  ^bb0(%in: f32, %gg: f32, %bb: f32, %mm: f32, %vv: f32, %out: f32):
    %eps = arith.constant 0.0 : f32
    %0 = arith.subf %in, %mm : f32
    %1 = arith.addf %vv, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.mulf %3, %gg : f32
    %5 = arith.addf %4, %bb : f32
    %zero = arith.constant 0.0 : f32
    %6 = arith.cmpf ugt, %5, %zero : f32
    %7 = arith.select %6, %5, %zero : f32
    linalg.yield %7 : f32
  } -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// BN as a chain of separate element-wise generics on NHWC (as TOSA's
// sub/mul/add become after tosa-to-linalg, constants broadcast from
// tensor<1x1x1xC>): each folds in turn. (x − 1)·0.5·4 + 3 = 2x + 1 on
// channel 0, (x − 2)·1·(−1) + 0 = −x + 2 on channel 1.

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
// CHECK-LABEL: func.func @tosa_style_chain_nhwc
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00, -1.000000e+00]]]]> : tensor<1x1x1x2xf32>
// CHECK:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<2xf32>) {{.*}} dimensions = [0, 1, 2]
// CHECK:       %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]]
// CHECK-NEXT:  return %[[CONV]]
func.func @tosa_style_chain_nhwc(%x: tensor<1x4x4x1xf32>) -> tensor<1x4x4x2xf32> {
  %w = arith.constant dense<[[[[1.0, 1.0]]]]> : tensor<1x1x1x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %c = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) outs(%f : tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %mean = arith.constant dense<[[[[1.0, 2.0]]]]> : tensor<1x1x1x2xf32>
  %var = arith.constant dense<[[[[4.0, 1.0]]]]> : tensor<1x1x1x2xf32>
  %gamma = arith.constant dense<[[[[4.0, -1.0]]]]> : tensor<1x1x1x2xf32>
  %beta = arith.constant dense<[[[[3.0, 0.0]]]]> : tensor<1x1x1x2xf32>
  // rsqrt(var) computed from constants: evaluated at compile time.
  %e1 = tensor.empty() : tensor<1x1x1x2xf32>
  %rs = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%var : tensor<1x1x1x2xf32>) outs(%e1 : tensor<1x1x1x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.rsqrt %in : f32
    linalg.yield %r : f32
  } -> tensor<1x1x1x2xf32>
  %s = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %mean : tensor<1x4x4x2xf32>, tensor<1x1x1x2xf32>) outs(%e : tensor<1x4x4x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.subf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x2xf32>
  %n = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s, %rs : tensor<1x4x4x2xf32>, tensor<1x1x1x2xf32>) outs(%e : tensor<1x4x4x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x2xf32>
  %g = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%n, %gamma : tensor<1x4x4x2xf32>, tensor<1x1x1x2xf32>) outs(%e : tensor<1x4x4x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %p, %in : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x2xf32>
  %y = linalg.generic {indexing_maps = [#bc, #id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%beta, %g : tensor<1x1x1x2xf32>, tensor<1x4x4x2xf32>) outs(%e : tensor<1x4x4x2xf32>) {
  ^bb0(%p: f32, %in: f32, %out: f32):
    %r = arith.addf %p, %in : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x2xf32>
  return %y : tensor<1x4x4x2xf32>
}

// -----

// Depthwise conv (NHWC, HWC weights) followed by a plain per-channel bias
// add and then a per-channel scale by division: y = (conv + [1, 2]) / [2, 4].

#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#c3 = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @depthwise_bias_then_scale
// The new bias is [0.5, 0.5] for both channels: a fill.
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[}}5.000000e-01, 2.500000e-01]]]> : tensor<1x1x2xf32>
// CHECK:       %[[INIT:.*]] = linalg.fill ins(%[[BIAS]]
// CHECK:       %[[DW:.*]] = linalg.depthwise_conv_2d_nhwc_hwc {{.*}} ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]]
// CHECK-NEXT:  return %[[DW]]
func.func @depthwise_bias_then_scale(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32> {
  %w = arith.constant dense<[[[1.0, 1.0]]]> : tensor<1x1x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x3x2xf32>, tensor<1x1x2xf32>) outs(%f : tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %bias = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %div = arith.constant dense<[2.0, 4.0]> : tensor<2xf32>
  %a = linalg.generic {indexing_maps = [#id4, #c3, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %bias : tensor<1x3x3x2xf32>, tensor<2xf32>) outs(%e : tensor<1x3x3x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.addf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x3x3x2xf32>
  %y = linalg.generic {indexing_maps = [#id4, #c3, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%a, %div : tensor<1x3x3x2xf32>, tensor<2xf32>) outs(%e : tensor<1x3x3x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.divf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x3x3x2xf32>
  return %y : tensor<1x3x3x2xf32>
}

// -----

// A fully-connected layer as torch-mlir writes aten.linear: the [out, in]
// weight through linalg.transpose, bias broadcast into the init, then a
// BatchNorm1d (qnt.batch_norm on axis 1). The weight constant is scaled
// along its dimension 0 (the transpose's input), the transpose kept.

// CHECK-LABEL: func.func @linear_transpose_bn1d
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant dense<[3.000000e+00, -1.000000e+00]> : tensor<2xf32>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[}}2.000000e+00, 4.000000e+00, 6.000000e+00], [-1.000000e+00, -1.000000e+00, -1.000000e+00]]> : tensor<2x3xf32>
// CHECK:       %[[WT:.*]] = linalg.transpose ins(%[[W]] : tensor<2x3xf32>)
// CHECK:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<2xf32>) {{.*}} dimensions = [0]
// CHECK:       %[[MM:.*]] = linalg.matmul ins(%{{.*}}, %[[WT]] : tensor<4x3xf32>, tensor<3x2xf32>) outs(%[[INIT]]
// CHECK-NEXT:  return %[[MM]]
func.func @linear_transpose_bn1d(%x: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]> : tensor<2x3xf32>
  %bias = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %et = tensor.empty() : tensor<3x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%et : tensor<3x2xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<4x2xf32>
  %init = linalg.broadcast ins(%bias : tensor<2xf32>) outs(%e : tensor<4x2xf32>) dimensions = [0]
  %mm = linalg.matmul ins(%x, %wt : tensor<4x3xf32>, tensor<3x2xf32>) outs(%init : tensor<4x2xf32>) -> tensor<4x2xf32>
  %g = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %b = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %m = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %mm, %g, %b, %m, %v {epsilon = 0.0 : f32} : tensor<4x2xf32>, tensor<2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// batch_matmul: the channel is the last dimension of B.

// CHECK-LABEL: func.func @batch_matmul_scale
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[}}3.000000e+00, 5.000000e-01]]]> : tensor<1x1x2xf32>
// CHECK:       linalg.batch_matmul ins(%{{.*}}, %[[W]] : tensor<1x2x1xf32>, tensor<1x1x2xf32>)
func.func @batch_matmul_scale(%x: tensor<1x2x1xf32>) -> tensor<1x2x2xf32> {
  %w = arith.constant dense<[[[1.0, 1.0]]]> : tensor<1x1x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  %mm = linalg.batch_matmul ins(%x, %w : tensor<1x2x1xf32>, tensor<1x1x2xf32>) outs(%f : tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  %s = arith.constant dense<[3.0, 0.5]> : tensor<2xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%mm, %s : tensor<1x2x2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2xf32>
  return %y : tensor<1x2x2xf32>
}

// -----

// Padding, strides and dilations do not matter: only weights and bias change.

// CHECK-LABEL: func.func @padded_strided_dilated
// CHECK:       tensor.pad
// CHECK:       linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-NOT:   qnt.batch_norm
func.func @padded_strided_dilated(%x: tensor<1x1x5x5xf32>) -> tensor<1x2x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x1x5x5xf32> to tensor<1x1x7x7xf32>
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%p, %w : tensor<1x1x7x7xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %g = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %m = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %c, %g, %b, %m, %v : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// A weight quantizer: the fold goes before it and its scales are multiplied
// by |a_c| (per tensor becomes per axis 0).

// CHECK-LABEL: func.func @fold_before_weight_fake_quant
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00]]], {{\[\[\[}}-5.000000e-01]]]]>
// CHECK:       %[[Q:.*]] = qnt.fake_quant %[[W]] to !quant.uniform<i8<-127:127>:f32:0, {2.000000e-01,5.000000e-02}> : tensor<2x1x1x1xf32>
// CHECK:       linalg.conv_2d_nchw_fchw ins(%{{.*}}, %[[Q]]
func.func @fold_before_weight_fake_quant(%x: tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x1x1xf32>
  %wq = qnt.fake_quant %w to !quant.uniform<i8<-127:127>:f32, 0.1> : tensor<2x1x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %wq : tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %g = arith.constant dense<[2.0, -0.5]> : tensor<2xf32>
  %b = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %m = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %c, %g, %b, %m, %v {epsilon = 0.0 : f32} : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Negative: the conv result has another user. Nothing is folded.

// CHECK-LABEL: func.func @conv_with_two_users
// CHECK:       linalg.conv_2d_nchw_fchw
// CHECK:       qnt.batch_norm
func.func @conv_with_two_users(%x: tensor<1x1x3x3xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %p = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: the result of 'linalg.conv_2d_nchw_fchw' has other users}}
  %y = qnt.batch_norm %c, %p, %p, %p, %p : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y, %c : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// Negative: statistics that are not constants.

// CHECK-LABEL: func.func @non_constant_statistics
// CHECK:       qnt.batch_norm
func.func @non_constant_statistics(%x: tensor<1x1x3x3xf32>, %mean: tensor<2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %p = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: its mean operand is not a constant}}
  %y = qnt.batch_norm %c, %p, %p, %mean, %p : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Negative: a generic BN whose mean is a function argument.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @generic_non_constant_mean
// CHECK:       arith.subf
func.func @generic_non_constant_mean(%x: tensor<1x1x3x3xf32>, %mean: tensor<2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: operand #1 is not a constant}}
  %y = linalg.generic {indexing_maps = [#id, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %mean : tensor<1x2x2x2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x2x2xf32>) {
  ^bb0(%in: f32, %mm: f32, %out: f32):
    %0 = arith.subf %in, %mm : f32
    linalg.yield %0 : f32
  } -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Negative: the scale varies along a spatial dimension, not per channel.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#sp = affine_map<(d0, d1, d2, d3) -> (d2)>
// CHECK-LABEL: func.func @spatial_scale
// CHECK:       linalg.conv_2d_nchw_fchw
// CHECK:       arith.mulf
func.func @spatial_scale(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %s = arith.constant dense<[2.0, 3.0]> : tensor<2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: no constant weight operand of 'linalg.conv_2d_nchw_fchw' carries its output channels}}
  %y = linalg.generic {indexing_maps = [#id, #sp, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %s : tensor<1x2x2x2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x2x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.mulf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Negative: a channel-mixing op between the conv and the BN.

// CHECK-LABEL: func.func @transpose_in_between
// CHECK:       linalg.transpose
// CHECK:       qnt.batch_norm
func.func @transpose_in_between(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x1x3x3xf32>, tensor<2x1x2x2xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %t = linalg.transpose ins(%c : tensor<1x2x2x2xf32>) outs(%e : tensor<1x2x2x2xf32>) permutation = [0, 2, 1, 3]
  %p = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: its input comes from 'linalg.transpose', which is not a convolution or contraction}}
  %y = qnt.batch_norm %t, %p, %p, %p, %p : tensor<1x2x2x2xf32>, tensor<2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Batch-norm *before* a conv (no padding): a = [1, -1], b = [-0.5, 1] scale
// the weights along their input channel, and the bias gains
// Σ W·b = (1 + 2 + 3 + 4)·(−0.5) + 4·1 = −1.

// CHECK-LABEL: func.func @pre_activation_bn_into_conv
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]], {{\[\[}}-1.000000e+00, -1.000000e+00], [-1.000000e+00, -1.000000e+00]]]]>
// CHECK:       %[[INIT:.*]] = linalg.fill ins(%[[BIAS]]
// CHECK:       %[[CONV:.*]] = linalg.conv_2d_nchw_fchw ins(%arg0, %[[W]] : {{.*}}) outs(%[[INIT]]
// CHECK-NEXT:  return %[[CONV]]
func.func @pre_activation_bn_into_conv(%x: tensor<1x2x3x3xf32>) -> tensor<1x1x2x2xf32> {
  %g = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %m = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[4.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %x, %g, %b, %m, %v {epsilon = 0.0 : f32} : tensor<1x2x3x3xf32>, tensor<2xf32>
  %w = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[1.0, 1.0], [1.0, 1.0]]]]> : tensor<1x2x2x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x1x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%y, %w : tensor<1x2x3x3xf32>, tensor<1x2x2x2xf32>) outs(%f : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %c : tensor<1x1x2x2xf32>
}

// -----

// Batch-norm of the input features before a fully-connected layer whose
// [out, in] weight goes through linalg.transpose: the weight columns (input
// features) are scaled, bias_n += Σ_k W[n, k]·b_k = [1·1 + 2·2, 1·1 + 1·2].

// CHECK-LABEL: func.func @pre_activation_bn_into_linear
// CHECK-DAG:   %[[BIAS:.*]] = arith.constant dense<[5.000000e+00, 3.000000e+00]> : tensor<2xf32>
// CHECK-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[}}2.000000e+00, 6.000000e+00], [2.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK:       linalg.transpose ins(%[[W]]
// CHECK:       linalg.broadcast ins(%[[BIAS]]
// CHECK-NOT:   qnt.batch_norm
func.func @pre_activation_bn_into_linear(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %g = arith.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %m = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %v = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %y = qnt.batch_norm %x, %g, %b, %m, %v {epsilon = 0.0 : f32} : tensor<4x2xf32>, tensor<2xf32>
  %w = arith.constant dense<[[1.0, 2.0], [1.0, 1.0]]> : tensor<2x2xf32>
  %et = tensor.empty() : tensor<2x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x2xf32>) outs(%et : tensor<2x2xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x2xf32>) -> tensor<4x2xf32>
  %mm = linalg.matmul ins(%y, %wt : tensor<4x2xf32>, tensor<2x2xf32>) outs(%f : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %mm : tensor<4x2xf32>
}

// -----

// Negative: padding between a batch-norm and the conv after it (the padded
// zeros would not be normalized).

// CHECK-LABEL: func.func @pre_activation_bn_then_pad
// CHECK:       qnt.batch_norm
// CHECK:       tensor.pad
func.func @pre_activation_bn_then_pad(%x: tensor<1x2x3x3xf32>) -> tensor<1x1x4x4xf32> {
  %p = arith.constant dense<[2.0, 1.0]> : tensor<2xf32>
  // expected-remark @+1 {{per-channel affine op not folded: its input is not produced by a linalg convolution or contraction}}
  %y = qnt.batch_norm %x, %p, %p, %p, %p : tensor<1x2x3x3xf32>, tensor<2xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %y low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x2x3x3xf32> to tensor<1x2x5x5xf32>
  %w = arith.constant dense<1.0> : tensor<1x2x2x2xf32>
  %e = tensor.empty() : tensor<1x1x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%padded, %w : tensor<1x2x5x5xf32>, tensor<1x2x2x2xf32>) outs(%f : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return %c : tensor<1x1x4x4xf32>
}

// -----

// A ternary weight quantizer (per axis 0 already): α_c · |a_c|.

// CHECK-LABEL: func.func @fold_before_ternary_weights
// CHECK:       qnt.fake_quant %{{.*}} to !qnt.ternary<f32:0, {1.0, 0.25}> : tensor<2x1x1x1xf32>
func.func @fold_before_ternary_weights(%x: tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x1x1xf32>
  %wq = qnt.fake_quant %w to !qnt.ternary<f32:0, {0.5, 0.5}> : tensor<2x1x1x1xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x2x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %wq : tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) outs(%f : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %s = arith.constant dense<[2.0, -0.5]> : tensor<2xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %s : tensor<1x2x2x2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x2x2xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// The divisor of an average pooling (sum pooling, then a per-tensor scale)
// is not a batch-norm left unfolded: no remark.
// CHECK-LABEL: func.func @average_pool_divisor
// CHECK:       linalg.pooling_nchw_sum
// CHECK:       arith.divf
func.func @average_pool_divisor(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x1x1xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant 4.0 : f32
  %win = tensor.empty() : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x4x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  %s = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %win : tensor<1x4x2x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  %e2 = tensor.empty() : tensor<1x4x1x1xf32>
  %d = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c, h, w)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x1x1xf32>) outs(%e2 : tensor<1x4x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.divf %in, %four : f32
    linalg.yield %v : f32
  } -> tensor<1x4x1x1xf32>
  return %d : tensor<1x4x1x1xf32>
}
