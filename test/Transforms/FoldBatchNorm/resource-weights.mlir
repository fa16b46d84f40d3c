// Weights in dense_resource blobs (as torch-mlir's FX importer writes large
// weights) are read and rewritten as blobs, for f32 and f16.

// torch-mlir's depthwise weight goes through tensor.collapse_shape
// ([C, 1, KH, KW] -> [C, KH, KW]); the fold traces through it.
// a = γ/sqrt(var + eps) ≈ [0.5, −4], so weights 1..9 become 0.5..4.5 and
// 10..18 become −40..−72; b = β − mean·a ≈ [0.45, 1.05].
// RUN: quant-opt %S/Inputs/depthwise_collapse_resource.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=DW
// DW-LABEL: func.func @forward
// DW:       %[[BIAS:.*]] = arith.constant dense_resource<folded_bias> : tensor<2xf32>
// The weight blob has no other holder: it is scaled in place (same name).
// DW:       %[[W:.*]] = arith.constant dense_resource<dw_weight> : tensor<2x1x3x3xf32>
// DW:       %[[WC:.*]] = tensor.collapse_shape %[[W]] {{\[\[}}0, 1], [2], [3]]
// DW:       linalg.broadcast ins(%[[BIAS]]
// DW:       linalg.depthwise_conv_2d_nchw_chw {{.*}} ins(%{{.*}}, %[[WC]]
// DW-NOT:   math.rsqrt
// DW:       folded_bias: "0x040000006866E63EE065863F"
// DW:       dw_weight: "0x04000000EBFFFF3EEBFF7F3FF0FFBF3F{{.*}}2EFF1FC2{{.*}}43FF8FC2"

// f16 weights: the f16 bias 0x3733 = 0.45, 0x3C33 = 1.05.
// RUN: quant-opt %S/Inputs/f16_resource.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=F16
// F16-LABEL: func.func @f
// F16:       arith.constant dense_resource<folded_weights> : tensor<2x2x3x3xf16>
// F16-NOT:   math.rsqrt
// F16:       folded_bias: "0x080000003337333C"

// A blob shared by two convolutions is not scaled in place while both use
// it: the first fold (×2) writes a new blob; once that conv is replaced, the
// second fold (×3) is the blob's only user and scales it in place.
// RUN: quant-opt %S/Inputs/shared_resource.mlir -qnt-fold-batchnorm | FileCheck %s --check-prefix=SHARED
// SHARED-LABEL: func.func @two_convs
// SHARED-DAG:   folded_weights: "0x0400000000000040000000400000004000000040"
// SHARED-DAG:   shared_weight: "0x0400000000004040000040400000404000004040"
