// qnt-ptq-pipeline (fold-batchnorm, calibrate, insert-fake-quant, realize)
// on networks exactly as the frontends write them (Inputs/ of the
// batch-norm tests and of this folder): torch-mlir's linalg (bias broadcast
// into the conv init, ReLU as cmpf ugt + select, linear through
// linalg.transpose, cf.assert guards, dense_resource weights) and TOSA 1.0
// after tosa-to-linalg (NHWC convs, bias-add generics, clamp, depthwise
// through collapse_shape). Each result is integer arithmetic between the
// quantize at the input and the dequantize at the output, and, executed,
// keeps >= 30 dB of SQNR against the float network on its calibration input.

// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.nchw.npy 4,1,3,6,6 randn:1
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.linear.npy 8,3 randn:2
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.nhwc.npy 4,1,6,6,3 randn:3
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.dw.npy 4,1,4,4,2 randn:4
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.dwr.npy 4,1,2,4,4 randn:5
// RUN: %python %qnt_src_root/test/lib/write_npy.py %t.f16.npy 4,1,2,4,4 randn:6

// RUN: quant-opt %S/../FoldBatchNorm/Inputs/torch_conv_bn_relu.mlir -qnt-ptq-pipeline="calibration=%t.nchw.npy" -o %t.1.mlir
// RUN: FileCheck %s --check-prefix=TORCH-CONV --input-file=%t.1.mlir
// RUN: quant-run %S/../FoldBatchNorm/Inputs/torch_conv_bn_relu.mlir --input %t.nchw.npy --output %t.1f.npy
// RUN: quant-run %t.1.mlir --input %t.nchw.npy --output %t.1q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.1f.npy %t.1q.npy 30 | FileCheck %s --check-prefix=SQNR
// RUN: quant-opt %S/../FoldBatchNorm/Inputs/torch_conv_bn_relu.guarded.mlir -qnt-ptq-pipeline="calibration=%t.nchw.npy" | FileCheck %s --check-prefix=TORCH-CONV
// TORCH-CONV-LABEL: func.func @forward
// TORCH-CONV:       quant.qcast %arg0
// TORCH-CONV:       linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x6x6xi8>, tensor<4x3x3x3xi8>) outs(%{{.*}} : tensor<1x4x4x4xi32>)
// TORCH-CONV:       quant.dcast {{.*}} to tensor<1x4x4x4xf32>
// TORCH-CONV-NOT:   qnt.fake_quant
// TORCH-CONV-NOT:   linalg.conv_2d

// RUN: quant-opt %S/../FoldBatchNorm/Inputs/torch_linear_bn.mlir -qnt-ptq-pipeline="calibration=%t.linear.npy" -o %t.2.mlir
// RUN: FileCheck %s --check-prefix=TORCH-LINEAR --input-file=%t.2.mlir
// RUN: quant-run %S/../FoldBatchNorm/Inputs/torch_linear_bn.mlir --input %t.linear.npy --output %t.2f.npy
// RUN: quant-run %t.2.mlir --input %t.linear.npy --output %t.2q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.2f.npy %t.2q.npy 30 | FileCheck %s --check-prefix=SQNR
// RUN: quant-opt %S/../FoldBatchNorm/Inputs/torch_linear_bn.guarded.mlir -qnt-ptq-pipeline="calibration=%t.linear.npy" | FileCheck %s --check-prefix=TORCH-LINEAR
// The [out, in] weight's transpose is applied to the integer weights.
// TORCH-LINEAR-LABEL: func.func @forward
// TORCH-LINEAR:       linalg.transpose ins(%{{.*}} : tensor<4x3xi8>)
// TORCH-LINEAR:       linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x3xi8>, tensor<3x4xi8>) outs(%{{.*}} : tensor<2x4xi32>)
// TORCH-LINEAR-NOT:   linalg.matmul

// RUN: quant-opt %S/../FoldBatchNorm/Inputs/tosa_conv_bn.mlir --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith),qnt-ptq-pipeline{calibration=%t.nhwc.npy})" -o %t.3.mlir
// RUN: FileCheck %s --check-prefix=TOSA-CONV --input-file=%t.3.mlir
// RUN: quant-run %S/../FoldBatchNorm/Inputs/tosa_conv_bn.mlir --input %t.nhwc.npy --output %t.3f.npy
// RUN: quant-run %t.3.mlir --input %t.nhwc.npy --output %t.3q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.3f.npy %t.3q.npy 30 | FileCheck %s --check-prefix=SQNR
// TOSA-CONV-LABEL: func.func @forward
// TOSA-CONV:       linalg.generic {{.*}} : tensor<1x6x6x3xi8>, tensor<4x3x3x3xi8>) outs(%{{.*}} : tensor<1x4x4x4xi32>)
// TOSA-CONV-NOT:   linalg.conv_2d

// A depthwise conv and a ReLU6, then a 1x1 conv: the first requantizes with
// the clamp fused, the second is dequantized as the output.
// RUN: quant-opt %S/Inputs/tosa_depthwise_relu.mlir --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith),qnt-ptq-pipeline{calibration=%t.dw.npy})" -o %t.4.mlir
// RUN: FileCheck %s --check-prefix=TOSA-DW --input-file=%t.4.mlir
// RUN: quant-run %S/Inputs/tosa_depthwise_relu.mlir --input %t.dw.npy --output %t.4f.npy
// RUN: quant-run %t.4.mlir --input %t.dw.npy --output %t.4q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.4f.npy %t.4q.npy 30 | FileCheck %s --check-prefix=SQNR
// TOSA-DW-LABEL: func.func @forward
// TOSA-DW:       %[[ACC:.*]] = linalg.generic {{.*}} : tensor<1x6x6x2xi8>, tensor<3x3x2x1xi8>) outs(%{{.*}} : tensor<1x4x4x2x1xi32>)
// TOSA-DW:       %[[Q:.*]] = qnt.requantize %[[ACC]] multiplier [{{.*}}] shift [{{.*}}] axis 3 zp -128 clamp [-128, {{.*}}] : tensor<1x4x4x2x1xi32> -> tensor<1x4x4x2x1xi8>
// TOSA-DW:       tensor.collapse_shape %[[Q]]
// TOSA-DW-NOT:   linalg.depthwise

// torch-mlir's depthwise conv with its weight in a dense_resource blob.
// RUN: quant-opt %S/../FoldBatchNorm/Inputs/depthwise_collapse_resource.mlir -qnt-ptq-pipeline="calibration=%t.dwr.npy" -o %t.5.mlir
// RUN: FileCheck %s --check-prefix=RESOURCE --input-file=%t.5.mlir
// RUN: quant-run %S/../FoldBatchNorm/Inputs/depthwise_collapse_resource.mlir --input %t.dwr.npy --output %t.5f.npy
// RUN: quant-run %t.5.mlir --input %t.dwr.npy --output %t.5q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.5f.npy %t.5q.npy 30 | FileCheck %s --check-prefix=SQNR
// RESOURCE-LABEL: func.func @forward
// RESOURCE:       arith.constant dense<{{.*}}> : tensor<2x1x3x3xi8>
// RESOURCE:       tensor.collapse_shape {{.*}} : tensor<2x1x3x3xi8> into tensor<2x3x3xi8>
// RESOURCE-NOT:   linalg.depthwise

// SQNR: sqnr_ok

// Attributes of dialects quant-opt does not load (torch-mlir's, ONNX's) on
// the module, the function, its arguments and results survive, and the
// JIT runs (calibration) do not trip over them.
// RUN: quant-opt %S/Inputs/torch_attrs.mlir -qnt-ptq-pipeline="calibration=%t.nchw.npy" -o %t.6.mlir
// RUN: FileCheck %s --check-prefix=ATTRS --input-file=%t.6.mlir
// RUN: quant-run %t.6.mlir --input %t.nchw.npy --output %t.6q.npy
// RUN: %python %qnt_src_root/test/lib/sqnr.py %t.1q.npy %t.6q.npy 1000 | FileCheck %s --check-prefix=SAME
// ATTRS: module attributes {torch.debug_module_name = "ConvBnRelu"}
// ATTRS: func.func @forward(%arg0: tensor<1x3x6x6xf32> {onnx.name = "input", torch.type_bound_name = "x"}) -> (tensor<1x4x4x4xf32> {torch.result_name = "y"}) attributes {torch.assume_strict_symbolic_shapes}
// ATTRS: tensor<1x3x6x6xi8>
// SAME: sqnr_ok inf
