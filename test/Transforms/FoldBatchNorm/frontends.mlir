// qnt-fold-batchnorm on batch-norm exactly as the frontends emit it (the
// inputs in Inputs/ and their provenance are described at their tops).
// Expected folded biases b' = (b − mean)·γ/sqrt(var + eps) + β, computed by
// hand from the inputs' constants.

// torch-mlir after its backend pipeline: conv bias broadcast into the init,
// BN as one 5-input generic whose outs is its own input, ReLU generic.
// RUN: quant-opt %S/Inputs/torch_conv_bn_relu.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=TORCH-CONV
// Right after ConvertTorchToLinalg, with its cf.assert guards.
// RUN: quant-opt %S/Inputs/torch_conv_bn_relu.guarded.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=TORCH-CONV
// TORCH-CONV-LABEL: func.func @forward
// TORCH-CONV:       %[[BIAS:.*]] = arith.constant dense<[-0.499997497, 1.24999769E-6, 9.999600e-01, -0.366023958]> : tensor<4xf32>
// TORCH-CONV:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<4xf32>) {{.*}} dimensions = [0, 2, 3]
// TORCH-CONV:       %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {{.*}} outs(%[[INIT]]
// TORCH-CONV:       linalg.generic {{.*}} ins(%[[CONV]] : tensor<1x4x4x4xf32>)
// TORCH-CONV:         arith.cmpf ugt
// TORCH-CONV-NOT:   math.rsqrt

// aten.linear (transpose + matmul + bias add generic) then BatchNorm1d.
// RUN: quant-opt %S/Inputs/torch_linear_bn.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=TORCH-LINEAR
// RUN: quant-opt %S/Inputs/torch_linear_bn.guarded.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=TORCH-LINEAR
// TORCH-LINEAR-LABEL: func.func @forward
// TORCH-LINEAR:       %[[BIAS:.*]] = arith.constant dense<[-0.499997497, 1.24999769E-6, 9.999600e-01, -0.366023958]> : tensor<4xf32>
// TORCH-LINEAR:       %[[W:.*]] = arith.constant dense<{{\[\[}}0.999994993, 0.000000e+00, 0.000000e+00], [0.000000e+00, 0.999998748, 0.000000e+00], [0.999979972, 0.999979972, 0.999979972], [-1.15469861, 0.577349305, -0.28867465{{[0-9]*}}]]> : tensor<4x3xf32>
// TORCH-LINEAR:       %[[WT:.*]] = linalg.transpose ins(%[[W]] : tensor<4x3xf32>)
// TORCH-LINEAR:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<4xf32>) {{.*}} dimensions = [0]
// TORCH-LINEAR:       %[[MM:.*]] = linalg.matmul ins(%{{.*}}, %[[WT]] : {{.*}}) outs(%[[INIT]]
// TORCH-LINEAR-NOT:   linalg.generic
// TORCH-LINEAR:       return %[[MM]]

// TOSA 1.0 conv2d + sub/mul/add/rsqrt batch-norm + clamp, through the
// upstream TOSA lowering: bias broadcast by a generic, statistics computed
// by generics over constants, BN as a chain of broadcasting generics.
// RUN: quant-opt %S/Inputs/tosa_conv_bn.mlir --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,qnt-fold-batchnorm))" | FileCheck %s --check-prefix=TOSA
// RUN: quant-opt %S/Inputs/tosa_conv_bn.linalg.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=TOSA
// TOSA-LABEL: func.func @forward
// TOSA:       %[[BIAS:.*]] = arith.constant dense<[-0.499750167, 1.2499094E-4, 0.996011972, -0.365881085]> : tensor<4xf32>
// TOSA:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<4xf32>) {{.*}} dimensions = [0, 1, 2]
// TOSA:       %[[CONV:.*]] = linalg.conv_2d_nhwc_fhwc {{.*}} outs(%[[INIT]]
// TOSA:       linalg.generic {{.*}} ins(%[[CONV]] : tensor<1x4x4x4xf32>)
// TOSA:         arith.minimumf
// TOSA:         arith.maximumf
// TOSA-NOT:   math.rsqrt
// TOSA-NOT:   arith.subf

// TOSA depthwise with a channel multiplier: the per-channel ops act on the
// collapsed C·M channels; the fold goes through the collapse_shape into the
// [KH, KW, C, M] weights and a [C, M] bias: bias [0.1, 0.2, 0.3, 0.4] and
// scale [2, −1, 0.5, 4] give [[0.2, −0.2], [0.15, 1.6]].
// RUN: quant-opt %S/Inputs/tosa_depthwise_scale.mlir --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,qnt-fold-batchnorm))" | FileCheck %s --check-prefix=TOSA-DW
// TOSA-DW-LABEL: func.func @forward
// TOSA-DW-DAG:   %[[BIAS:.*]] = arith.constant dense<{{\[\[}}2.000000e-01, -2.000000e-01], [1.500000e-01, 1.600000e+00]]> : tensor<2x2xf32>
// TOSA-DW-DAG:   %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00, -2.000000e+00], [1.500000e+00, 1.600000e+01]]
// TOSA-DW:       %[[INIT:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<2x2xf32>) {{.*}} dimensions = [0, 1, 2]
// TOSA-DW:       %[[DW:.*]] = linalg.depthwise_conv_2d_nhwc_hwcm {{.*}} ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]]
// TOSA-DW:       %[[C:.*]] = tensor.collapse_shape %[[DW]] {{\[\[}}0], [1], [2], [3, 4]]
// TOSA-DW-NEXT:  return %[[C]]
