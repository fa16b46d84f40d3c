// A ResNet-style network in torch-mlir's linalg-on-tensors form: 19 conv +
// batch-norm pairs (stages of basic blocks 3,3,2, width 4, 8x8 input), 8
// residual adds, global average pooling, a 10-way fully-connected layer.
// Generated (do not edit) with:
//   python3 test/Transforms/FoldBatchNorm/Inputs/gen_resnet.py --blocks 3,3,2 --width 4 --size 8 --digits 4 --resource --main --check --run 'quant-opt %s -qnt-fold-batchnorm=remarks=false | quant-opt %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s' --run 'quant-opt %s %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s' --run 'quant-opt %s -qnt-fold-batchnorm=remarks=false | FileCheck %s --check-prefix=IR' -o test/Integration/x86/fold-batchnorm-resnet.mlir
// (see the generator's docstring for the exact IR form).
// @main runs @forward (constants: folded by qnt-fold-batchnorm) and
// @forward_ref (batch-norm statistics passed as an argument: not folded)
// on the same input, prints both outputs (CHECKed to the digits on which
// every float within 1e-4 of the float64 result agrees) and two flags:
// fold_matches_reference (max|forward - forward_ref| <= 1e-5 max|forward_ref|)
// and reference_matches_python (<= 1e-4 of the generator's float64 result).
// The IR lines check that @forward really was folded.

// RUN: quant-opt %s -qnt-fold-batchnorm=remarks=false | quant-opt %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s
// RUN: quant-opt %s %qnt-reference-to-llvm | %mlir-runner-void | FileCheck %s
// RUN: quant-opt %s -qnt-fold-batchnorm=remarks=false | FileCheck %s --check-prefix=IR

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>
#map2 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>

func.func @forward(%arg0: tensor<1x3x8x8xf32>) -> tensor<1x10xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %cst_eps = arith.constant 1.000000e-05 : f64
  %w1 = arith.constant dense_resource<conv0_weight> : tensor<4x3x3x3xf32>
  %padded1 = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
  %empty1 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill1 = linalg.fill ins(%cst : f32) outs(%empty1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded1, %w1 : tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%fill1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_2 = arith.constant dense<[-0.9999, 0.9112, 0.7292, 0.9675]> : tensor<4xf32>
  %bias_2 = arith.constant dense<[-0.09014, -0.1894, -0.4044, 0.4398]> : tensor<4xf32>
  %running_mean_2 = arith.constant dense<[1.822, -0.3684, 0.2151, 0.1036]> : tensor<4xf32>
  %running_var_2 = arith.constant dense<[6.149, 6.908, 1.793, 0.5638]> : tensor<4xf32>
  %2 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %weight_2, %bias_2, %running_mean_2, %running_var_2 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%1 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty3 = tensor.empty() : tensor<1x4x8x8xf32>
  %3 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2 : tensor<1x4x8x8xf32>) outs(%empty3 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w4 = arith.constant dense_resource<conv1_weight> : tensor<4x4x3x3xf32>
  %padded4 = tensor.pad %3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty4 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill4 = linalg.fill ins(%cst : f32) outs(%empty4 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded4, %w4 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill4 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_5 = arith.constant dense<[-0.843, 0.924, 1.333, 0.7204]> : tensor<4xf32>
  %bias_5 = arith.constant dense<[-0.03343, 0.09228, -0.231, 0.1159]> : tensor<4xf32>
  %running_mean_5 = arith.constant dense<[-2.358, 0.1794, 0.3794, -0.9345]> : tensor<4xf32>
  %running_var_5 = arith.constant dense<[3.794, 0.1415, 0.1228, 7.389]> : tensor<4xf32>
  %5 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %weight_5, %bias_5, %running_mean_5, %running_var_5 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%4 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty6 = tensor.empty() : tensor<1x4x8x8xf32>
  %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%5 : tensor<1x4x8x8xf32>) outs(%empty6 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w7 = arith.constant dense_resource<conv2_weight> : tensor<4x4x3x3xf32>
  %padded7 = tensor.pad %6 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty7 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill7 = linalg.fill ins(%cst : f32) outs(%empty7 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded7, %w7 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill7 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_8 = arith.constant dense<[0.9199, 0.7684, 0.8852, 0.7964]> : tensor<4xf32>
  %bias_8 = arith.constant dense<[-0.3048, 0.04491, -0.1208, 0.2643]> : tensor<4xf32>
  %running_mean_8 = arith.constant dense<[-0.8579, 0.2561, -0.1942, -0.9353]> : tensor<4xf32>
  %running_var_8 = arith.constant dense<[1.859, 0.641, 3.607, 3.77]> : tensor<4xf32>
  %8 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %weight_8, %bias_8, %running_mean_8, %running_var_8 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%7 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty9 = tensor.empty() : tensor<1x4x8x8xf32>
  %9 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %3 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty9 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty10 = tensor.empty() : tensor<1x4x8x8xf32>
  %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x4x8x8xf32>) outs(%empty10 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w11 = arith.constant dense_resource<conv3_weight> : tensor<4x4x3x3xf32>
  %padded11 = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty11 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill11 = linalg.fill ins(%cst : f32) outs(%empty11 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded11, %w11 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill11 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_12 = arith.constant dense<[-0.5073, 0.9525, 1.301, 1.277]> : tensor<4xf32>
  %bias_12 = arith.constant dense<[-0.08471, -0.2816, 0.06713, 0.3716]> : tensor<4xf32>
  %running_mean_12 = arith.constant dense<[-0.7855, 0.4721, -1.351, -0.6148]> : tensor<4xf32>
  %running_var_12 = arith.constant dense<[3.69, 0.1577, 2.923, 0.3144]> : tensor<4xf32>
  %12 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %weight_12, %bias_12, %running_mean_12, %running_var_12 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%11 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty13 = tensor.empty() : tensor<1x4x8x8xf32>
  %13 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<1x4x8x8xf32>) outs(%empty13 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w14 = arith.constant dense_resource<conv4_weight> : tensor<4x4x3x3xf32>
  %padded14 = tensor.pad %13 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty14 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill14 = linalg.fill ins(%cst : f32) outs(%empty14 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %14 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded14, %w14 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill14 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_15 = arith.constant dense<[0.9335, 0.8432, 1.662, 0.9098]> : tensor<4xf32>
  %bias_15 = arith.constant dense<[-0.2518, 0.4619, 0.2364, -0.1213]> : tensor<4xf32>
  %running_mean_15 = arith.constant dense<[-0.1156, -0.4203, -0.3699, -0.1055]> : tensor<4xf32>
  %running_var_15 = arith.constant dense<[0.9818, 0.11, 3.019, 0.1171]> : tensor<4xf32>
  %15 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %weight_15, %bias_15, %running_mean_15, %running_var_15 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%14 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty16 = tensor.empty() : tensor<1x4x8x8xf32>
  %16 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %10 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty16 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty17 = tensor.empty() : tensor<1x4x8x8xf32>
  %17 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<1x4x8x8xf32>) outs(%empty17 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w18 = arith.constant dense_resource<conv5_weight> : tensor<4x4x3x3xf32>
  %padded18 = tensor.pad %17 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty18 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill18 = linalg.fill ins(%cst : f32) outs(%empty18 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %18 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded18, %w18 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill18 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_19 = arith.constant dense<[1.065, 0.8453, 0.9953, 1.194]> : tensor<4xf32>
  %bias_19 = arith.constant dense<[0.2409, 0.3554, -0.05307, -0.01825]> : tensor<4xf32>
  %running_mean_19 = arith.constant dense<[-0.1904, 1.883, 1.159, -0.3206]> : tensor<4xf32>
  %running_var_19 = arith.constant dense<[1.288, 3.078, 1.83, 7.932]> : tensor<4xf32>
  %19 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %weight_19, %bias_19, %running_mean_19, %running_var_19 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%18 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty20 = tensor.empty() : tensor<1x4x8x8xf32>
  %20 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<1x4x8x8xf32>) outs(%empty20 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w21 = arith.constant dense_resource<conv6_weight> : tensor<4x4x3x3xf32>
  %padded21 = tensor.pad %20 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty21 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill21 = linalg.fill ins(%cst : f32) outs(%empty21 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %21 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded21, %w21 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill21 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_22 = arith.constant dense<[1.006, 1.071, 1.116, -0.9735]> : tensor<4xf32>
  %bias_22 = arith.constant dense<[-0.0106, -0.04539, -0.3555, 0.1924]> : tensor<4xf32>
  %running_mean_22 = arith.constant dense<[-0.1874, -0.6666, -1.865, -1.412]> : tensor<4xf32>
  %running_var_22 = arith.constant dense<[1.455, 4.69, 9.907, 5.89]> : tensor<4xf32>
  %22 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %weight_22, %bias_22, %running_mean_22, %running_var_22 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%21 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty23 = tensor.empty() : tensor<1x4x8x8xf32>
  %23 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %17 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty23 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty24 = tensor.empty() : tensor<1x4x8x8xf32>
  %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x4x8x8xf32>) outs(%empty24 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w25 = arith.constant dense_resource<conv7_weight> : tensor<8x4x3x3xf32>
  %padded25 = tensor.pad %24 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty25 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill25 = linalg.fill ins(%cst : f32) outs(%empty25 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %25 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded25, %w25 : tensor<1x4x10x10xf32>, tensor<8x4x3x3xf32>) outs(%fill25 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_26 = arith.constant dense<[0.9239, 1.356, -1.298, 0.9409, 0.6285, 0.9583, 1.492, 1.115]> : tensor<8xf32>
  %bias_26 = arith.constant dense<[-0.2952, 0.059, -0.1109, 0.06897, -0.2723, 0.2227, 0.1632, -0.4829]> : tensor<8xf32>
  %running_mean_26 = arith.constant dense<[0.3652, 1.712, 0.2953, -0.4048, -0.5554, 1.162, -0.25, 0.2404]> : tensor<8xf32>
  %running_var_26 = arith.constant dense<[0.469, 4.405, 0.2932, 0.314, 0.9143, 7.416, 0.1116, 2.798]> : tensor<8xf32>
  %26 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %weight_26, %bias_26, %running_mean_26, %running_var_26 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%25 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty27 = tensor.empty() : tensor<1x8x4x4xf32>
  %27 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26 : tensor<1x8x4x4xf32>) outs(%empty27 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w28 = arith.constant dense_resource<conv8_weight> : tensor<8x8x3x3xf32>
  %padded28 = tensor.pad %27 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty28 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill28 = linalg.fill ins(%cst : f32) outs(%empty28 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %28 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded28, %w28 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill28 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_29 = arith.constant dense<[1.252, 0.8653, -0.6896, 0.7585, 1.061, 1.241, -0.6626, 1.224]> : tensor<8xf32>
  %bias_29 = arith.constant dense<[-0.09494, -0.07262, -0.07692, -0.02891, -0.3055, -0.002829, -0.1521, 0.08389]> : tensor<8xf32>
  %running_mean_29 = arith.constant dense<[0.08471, -0.9024, 0.906, 1.046, -1.302, 0.44, -0.1068, -0.06718]> : tensor<8xf32>
  %running_var_29 = arith.constant dense<[0.2647, 8.417, 1.183, 5.392, 5.887, 7.667, 0.2995, 0.4737]> : tensor<8xf32>
  %29 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %weight_29, %bias_29, %running_mean_29, %running_var_29 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%28 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %w30 = arith.constant dense<[[[[0.5084]], [[1.274]], [[1.094]], [[-0.3355]]], [[[0.2444]], [[-0.2589]], [[-0.2968]], [[0.3251]]], [[[0.5549]], [[0.2427]], [[0.1241]], [[-0.4033]]], [[[0.5355]], [[0.4733]], [[-0.02453]], [[-0.3752]]], [[[0.1292]], [[0.1656]], [[0.3629]], [[0.2126]]], [[[-1.737]], [[2.082]], [[1.507]], [[0.3506]]], [[[-0.8065]], [[1.111]], [[0.461]], [[-1.929]]], [[[0.2894]], [[-2.185]], [[1.315]], [[1.474]]]]> : tensor<8x4x1x1xf32>
  %empty30 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill30 = linalg.fill ins(%cst : f32) outs(%empty30 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %30 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%24, %w30 : tensor<1x4x8x8xf32>, tensor<8x4x1x1xf32>) outs(%fill30 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_31 = arith.constant dense<[1.04, 1.29, 0.9865, 1.1, 1.156, -0.9743, 0.7222, 0.9327]> : tensor<8xf32>
  %bias_31 = arith.constant dense<[-0.05588, 0.4241, -0.1223, -0.3716, 0.2368, -0.2636, -0.001532, -0.018]> : tensor<8xf32>
  %running_mean_31 = arith.constant dense<[-1.074, -0.07017, 0.19, 0.3093, 0.5176, -0.1383, -0.4221, 1.566]> : tensor<8xf32>
  %running_var_31 = arith.constant dense<[2.886, 0.1524, 1.5, 0.6064, 0.1806, 6.084, 7.666, 6.991]> : tensor<8xf32>
  %31 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %weight_31, %bias_31, %running_mean_31, %running_var_31 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%30 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty32 = tensor.empty() : tensor<1x8x4x4xf32>
  %32 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29, %31 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty32 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty33 = tensor.empty() : tensor<1x8x4x4xf32>
  %33 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x4x4xf32>) outs(%empty33 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w34 = arith.constant dense_resource<conv10_weight> : tensor<8x8x3x3xf32>
  %padded34 = tensor.pad %33 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty34 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill34 = linalg.fill ins(%cst : f32) outs(%empty34 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %34 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded34, %w34 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill34 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_35 = arith.constant dense<[0.8417, 0.95, 1.01, 0.4739, 0.6699, 1.108, -0.7155, 1.322]> : tensor<8xf32>
  %bias_35 = arith.constant dense<[-0.4267, 0.0542, -0.05621, -0.3205, -0.2809, -0.3254, -0.04435, -0.2791]> : tensor<8xf32>
  %running_mean_35 = arith.constant dense<[-1.24, -2.142, 0.3945, 0.05135, -0.2605, -0.03274, -0.005596, 0.1412]> : tensor<8xf32>
  %running_var_35 = arith.constant dense<[7.133, 4.418, 1.853, 0.2197, 0.2503, 1.361, 1.537, 0.6547]> : tensor<8xf32>
  %35 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %weight_35, %bias_35, %running_mean_35, %running_var_35 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%34 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty36 = tensor.empty() : tensor<1x8x4x4xf32>
  %36 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35 : tensor<1x8x4x4xf32>) outs(%empty36 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w37 = arith.constant dense_resource<conv11_weight> : tensor<8x8x3x3xf32>
  %padded37 = tensor.pad %36 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty37 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill37 = linalg.fill ins(%cst : f32) outs(%empty37 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %37 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded37, %w37 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill37 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_38 = arith.constant dense<[0.5656, 0.922, -1.023, 0.7623, 0.676, 1.117, 1.063, 0.5877]> : tensor<8xf32>
  %bias_38 = arith.constant dense<[-0.1549, -0.2662, -0.02185, 0.1914, -0.1793, 0.6347, -0.06155, -0.1784]> : tensor<8xf32>
  %running_mean_38 = arith.constant dense<[-0.1293, -2.134, -0.04593, 0.3918, 0.2411, 0.3382, -0.06865, -0.3159]> : tensor<8xf32>
  %running_var_38 = arith.constant dense<[1.761, 4.242, 6.886, 1.935, 1.121, 0.2702, 0.6297, 0.2809]> : tensor<8xf32>
  %38 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37, %weight_38, %bias_38, %running_mean_38, %running_var_38 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%37 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty39 = tensor.empty() : tensor<1x8x4x4xf32>
  %39 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %33 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty39 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty40 = tensor.empty() : tensor<1x8x4x4xf32>
  %40 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39 : tensor<1x8x4x4xf32>) outs(%empty40 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w41 = arith.constant dense_resource<conv12_weight> : tensor<8x8x3x3xf32>
  %padded41 = tensor.pad %40 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty41 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill41 = linalg.fill ins(%cst : f32) outs(%empty41 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %41 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded41, %w41 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill41 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_42 = arith.constant dense<[0.7067, -0.9828, 1.099, -0.933, -1.217, 1.052, 1.185, 0.9916]> : tensor<8xf32>
  %bias_42 = arith.constant dense<[0.183, 0.07907, 0.1049, 0.1428, 0.07436, 0.07964, -0.01481, -0.0651]> : tensor<8xf32>
  %running_mean_42 = arith.constant dense<[-0.843, -0.7035, 1.967, 0.4935, -2.118, 0.2605, 1.388, -1.173]> : tensor<8xf32>
  %running_var_42 = arith.constant dense<[8.86, 0.2696, 4.972, 0.7421, 5.187, 0.1054, 1.108, 0.6876]> : tensor<8xf32>
  %42 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %weight_42, %bias_42, %running_mean_42, %running_var_42 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%41 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty43 = tensor.empty() : tensor<1x8x4x4xf32>
  %43 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42 : tensor<1x8x4x4xf32>) outs(%empty43 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w44 = arith.constant dense_resource<conv13_weight> : tensor<8x8x3x3xf32>
  %padded44 = tensor.pad %43 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty44 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill44 = linalg.fill ins(%cst : f32) outs(%empty44 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %44 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded44, %w44 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill44 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_45 = arith.constant dense<[1.181, 1.213, 0.9235, 1.102, 0.9264, 0.7907, -0.9151, 1.335]> : tensor<8xf32>
  %bias_45 = arith.constant dense<[-0.1665, -0.1904, -0.09317, -0.1108, -0.07074, 0.02057, 0.121, 0.06265]> : tensor<8xf32>
  %running_mean_45 = arith.constant dense<[-2.206, 0.5924, 0.1291, 2.365, 1.193, -0.347, 0.1288, 0.1959]> : tensor<8xf32>
  %running_var_45 = arith.constant dense<[5.074, 0.5694, 0.1337, 4.96, 3.739, 1.251, 0.1238, 0.2021]> : tensor<8xf32>
  %45 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %weight_45, %bias_45, %running_mean_45, %running_var_45 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%44 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty46 = tensor.empty() : tensor<1x8x4x4xf32>
  %46 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %40 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty46 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty47 = tensor.empty() : tensor<1x8x4x4xf32>
  %47 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<1x8x4x4xf32>) outs(%empty47 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w48 = arith.constant dense_resource<conv14_weight> : tensor<16x8x3x3xf32>
  %padded48 = tensor.pad %47 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty48 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill48 = linalg.fill ins(%cst : f32) outs(%empty48 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded48, %w48 : tensor<1x8x6x6xf32>, tensor<16x8x3x3xf32>) outs(%fill48 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_49 = arith.constant dense<[-0.8948, 0.9707, 1.269, 1.161, 0.3113, 0.905, 0.5569, 1.263, 1.346, 0.6802, 1.354, 1.252, 1.078, 1.053, 1.082, 1.14]> : tensor<16xf32>
  %bias_49 = arith.constant dense<[0.01616, 0.01868, 0.2083, -0.06025, -0.1366, -0.2192, -0.1258, -0.4016, -0.1394, 0.2573, 0.1671, 0.01564, 0.2136, 0.03542, 0.2634, -0.331]> : tensor<16xf32>
  %running_mean_49 = arith.constant dense<[2.554, 2.127, 1.477, -0.1558, 0.5154, -0.3025, 0.9406, 0.08441, -0.04813, 0.4546, 0.2176, 0.6751, 0.1921, -0.04081, -0.1754, -0.6667]> : tensor<16xf32>
  %running_var_49 = arith.constant dense<[9.932, 5.979, 2.938, 0.3535, 0.3659, 0.2013, 1.477, 0.2764, 0.1619, 6.337, 0.3453, 1.787, 0.1815, 0.3709, 0.1892, 0.3565]> : tensor<16xf32>
  %49 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %weight_49, %bias_49, %running_mean_49, %running_var_49 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%48 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty50 = tensor.empty() : tensor<1x16x2x2xf32>
  %50 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<1x16x2x2xf32>) outs(%empty50 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w51 = arith.constant dense_resource<conv15_weight> : tensor<16x16x3x3xf32>
  %padded51 = tensor.pad %50 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty51 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill51 = linalg.fill ins(%cst : f32) outs(%empty51 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %51 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded51, %w51 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill51 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_52 = arith.constant dense<[1.387, 1.043, 1.227, 0.6057, 1.012, 1.122, -0.7726, 1.231, 1.021, 0.9463, 1.413, 0.8823, 1.198, -1.124, 0.7424, 1.369]> : tensor<16xf32>
  %bias_52 = arith.constant dense<[-0.07228, 0.04859, -0.1354, -0.1974, -0.04033, -0.03674, 0.4516, 0.07949, 0.1823, -0.1548, -0.07697, 0.04805, 0.1764, -0.3028, -0.1984, -0.3006]> : tensor<16xf32>
  %running_mean_52 = arith.constant dense<[1.332, -0.3649, -0.03394, 0.777, -0.9109, -0.9247, 0.1503, -0.4461, -0.4807, -0.02605, -0.07116, -0.4741, -0.6951, -0.2947, 0.4674, 0.667]> : tensor<16xf32>
  %running_var_52 = arith.constant dense<[4.656, 1.746, 0.3045, 2.472, 2.06, 6.865, 0.3865, 0.1179, 0.2226, 8.601, 1.867, 0.6832, 2.37, 0.4632, 0.1719, 1.555]> : tensor<16xf32>
  %52 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %weight_52, %bias_52, %running_mean_52, %running_var_52 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%51 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %w53 = arith.constant dense_resource<conv16_weight> : tensor<16x8x1x1xf32>
  %empty53 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill53 = linalg.fill ins(%cst : f32) outs(%empty53 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %53 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%47, %w53 : tensor<1x8x4x4xf32>, tensor<16x8x1x1xf32>) outs(%fill53 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_54 = arith.constant dense<[1.194, 0.5622, 1.402, 1.47, 0.6248, 0.9795, 1.211, 1.128, -1.097, 0.8127, 0.7625, 0.9108, 0.5499, 0.9543, 1.12, 0.7685]> : tensor<16xf32>
  %bias_54 = arith.constant dense<[0.0376, -0.1777, -0.1881, -0.08136, -0.05091, 0.2142, -0.2744, 0.1609, 0.04633, 0.4802, -0.001061, -0.3333, -0.343, 0.2546, -0.3871, -0.1686]> : tensor<16xf32>
  %running_mean_54 = arith.constant dense<[0.3947, 0.4978, 0.5334, -0.724, -0.3413, 0.7609, 1.821, 0.4583, 0.4322, -0.4541, -0.7207, -1.026, 0.1619, 2.025, 0.05991, -0.1108]> : tensor<16xf32>
  %running_var_54 = arith.constant dense<[2.909, 0.1446, 1.416, 0.3307, 0.4929, 4.054, 5.615, 2.229, 3.086, 7.84, 1.365, 4.846, 0.1993, 5.461, 0.1229, 0.1104]> : tensor<16xf32>
  %54 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %weight_54, %bias_54, %running_mean_54, %running_var_54 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%53 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty55 = tensor.empty() : tensor<1x16x2x2xf32>
  %55 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%empty55 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x2x2xf32>
  %empty56 = tensor.empty() : tensor<1x16x2x2xf32>
  %56 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<1x16x2x2xf32>) outs(%empty56 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w57 = arith.constant dense_resource<conv17_weight> : tensor<16x16x3x3xf32>
  %padded57 = tensor.pad %56 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty57 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill57 = linalg.fill ins(%cst : f32) outs(%empty57 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %57 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded57, %w57 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill57 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_58 = arith.constant dense<[1.067, 1.092, 0.9112, 1.217, 0.9158, 1.636, -0.9195, 1.103, 1.261, 0.9835, 0.878, 0.9053, 1.013, 1.284, 1.077, 1.399]> : tensor<16xf32>
  %bias_58 = arith.constant dense<[0.008904, 0.3871, 0.102, 0.1484, -0.1897, 0.1682, -0.101, 0.1409, 0.1089, 0.1662, -0.1219, -0.3091, 0.2784, -0.04374, -0.05152, -0.03454]> : tensor<16xf32>
  %running_mean_58 = arith.constant dense<[-0.3344, 0.3842, -0.4249, 0.07741, 1.197, 0.09416, 0.966, 2.298, -0.3667, 0.1272, -0.01797, -0.1851, -0.5375, 0.9834, -2.592, 0.2023]> : tensor<16xf32>
  %running_var_58 = arith.constant dense<[8.247, 6.564, 7.692, 5.011, 6.064, 0.9999, 5.49, 2.759, 0.2267, 0.2542, 0.3875, 5.976, 6.062, 3.727, 9.493, 0.113]> : tensor<16xf32>
  %58 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %weight_58, %bias_58, %running_mean_58, %running_var_58 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%57 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty59 = tensor.empty() : tensor<1x16x2x2xf32>
  %59 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x16x2x2xf32>) outs(%empty59 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w60 = arith.constant dense_resource<conv18_weight> : tensor<16x16x3x3xf32>
  %padded60 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty60 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill60 = linalg.fill ins(%cst : f32) outs(%empty60 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded60, %w60 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill60 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_61 = arith.constant dense<[1.03, 0.9669, -1.089, 0.9927, 0.948, 1.011, 0.7719, 0.997, 1.118, 1.164, 0.8338, 1.377, 1.387, 0.7534, 0.524, 1.02]> : tensor<16xf32>
  %bias_61 = arith.constant dense<[0.0787, -0.2599, -0.03156, -0.2313, -0.1892, 0.4776, 0.02013, 0.2958, -0.01391, 0.02964, -0.3133, -0.04444, 0.106, -0.2155, 0.1776, 0.01158]> : tensor<16xf32>
  %running_mean_61 = arith.constant dense<[2.364, -0.5115, -0.007887, 0.4695, -0.1355, -0.6017, 0.02529, -0.1341, 0.07401, -0.004926, -0.0859, -1.37, -1.201, -0.3192, -0.1358, 0.8361]> : tensor<16xf32>
  %running_var_61 = arith.constant dense<[9.444, 2.187, 0.2177, 0.5017, 0.1215, 3.12, 0.6356, 5.465, 2.392, 0.1577, 0.5634, 1.44, 4.451, 0.1644, 1.134, 1.153]> : tensor<16xf32>
  %61 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %weight_61, %bias_61, %running_mean_61, %running_var_61 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%60 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty62 = tensor.empty() : tensor<1x16x2x2xf32>
  %62 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %56 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%empty62 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x2x2xf32>
  %empty63 = tensor.empty() : tensor<1x16x2x2xf32>
  %63 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x16x2x2xf32>) outs(%empty63 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %empty64 = tensor.empty() : tensor<1x16x1x1xf32>
  %fill64 = linalg.fill ins(%cst : f32) outs(%empty64 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
  %window64 = tensor.empty() : tensor<2x2xf32>
  %sum64 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%63, %window64 : tensor<1x16x2x2xf32>, tensor<2x2xf32>) outs(%fill64 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
  %count64 = arith.constant 4.000000e+00 : f32
  %avg64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sum64 : tensor<1x16x1x1xf32>) outs(%empty64 : tensor<1x16x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.divf %in, %count64 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x1x1xf32>
  %64 = tensor.collapse_shape %avg64 [[0], [1, 2, 3]] : tensor<1x16x1x1xf32> into tensor<1x16xf32>
  %fc_w = arith.constant dense_resource<fc_weight> : tensor<10x16xf32>
  %fc_b = arith.constant dense<[0.07712, -0.04026, -0.1556, -0.02835, 0.1816, 0.2312, -0.01086, 0.1008, 0.1279, 0.07678]> : tensor<10xf32>
  %empty65 = tensor.empty() : tensor<16x10xf32>
  %transposed65 = linalg.transpose ins(%fc_w : tensor<10x16xf32>) outs(%empty65 : tensor<16x10xf32>) permutation = [1, 0]
  %init65 = tensor.empty() : tensor<1x10xf32>
  %bias65 = linalg.broadcast ins(%fc_b : tensor<10xf32>) outs(%init65 : tensor<1x10xf32>) dimensions = [0]
  %65 = linalg.matmul ins(%64, %transposed65 : tensor<1x16xf32>, tensor<16x10xf32>) outs(%bias65 : tensor<1x10xf32>) -> tensor<1x10xf32>
  return %65 : tensor<1x10xf32>
}

func.func @forward_ref(%arg0: tensor<1x3x8x8xf32>, %stats: tensor<656xf32>) -> tensor<1x10xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %cst_eps = arith.constant 1.000000e-05 : f64
  %w1 = arith.constant dense_resource<conv0_weight> : tensor<4x3x3x3xf32>
  %padded1 = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
  %empty1 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill1 = linalg.fill ins(%cst : f32) outs(%empty1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded1, %w1 : tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%fill1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_2 = tensor.extract_slice %stats[0] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_2 = tensor.extract_slice %stats[4] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_2 = tensor.extract_slice %stats[8] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_2 = tensor.extract_slice %stats[12] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %2 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %weight_2, %bias_2, %running_mean_2, %running_var_2 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%1 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty3 = tensor.empty() : tensor<1x4x8x8xf32>
  %3 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2 : tensor<1x4x8x8xf32>) outs(%empty3 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w4 = arith.constant dense_resource<conv1_weight> : tensor<4x4x3x3xf32>
  %padded4 = tensor.pad %3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty4 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill4 = linalg.fill ins(%cst : f32) outs(%empty4 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded4, %w4 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill4 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_5 = tensor.extract_slice %stats[16] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_5 = tensor.extract_slice %stats[20] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_5 = tensor.extract_slice %stats[24] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_5 = tensor.extract_slice %stats[28] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %5 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %weight_5, %bias_5, %running_mean_5, %running_var_5 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%4 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty6 = tensor.empty() : tensor<1x4x8x8xf32>
  %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%5 : tensor<1x4x8x8xf32>) outs(%empty6 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w7 = arith.constant dense_resource<conv2_weight> : tensor<4x4x3x3xf32>
  %padded7 = tensor.pad %6 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty7 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill7 = linalg.fill ins(%cst : f32) outs(%empty7 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded7, %w7 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill7 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_8 = tensor.extract_slice %stats[32] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_8 = tensor.extract_slice %stats[36] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_8 = tensor.extract_slice %stats[40] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_8 = tensor.extract_slice %stats[44] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %8 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %weight_8, %bias_8, %running_mean_8, %running_var_8 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%7 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty9 = tensor.empty() : tensor<1x4x8x8xf32>
  %9 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %3 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty9 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty10 = tensor.empty() : tensor<1x4x8x8xf32>
  %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x4x8x8xf32>) outs(%empty10 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w11 = arith.constant dense_resource<conv3_weight> : tensor<4x4x3x3xf32>
  %padded11 = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty11 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill11 = linalg.fill ins(%cst : f32) outs(%empty11 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded11, %w11 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill11 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_12 = tensor.extract_slice %stats[48] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_12 = tensor.extract_slice %stats[52] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_12 = tensor.extract_slice %stats[56] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_12 = tensor.extract_slice %stats[60] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %12 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %weight_12, %bias_12, %running_mean_12, %running_var_12 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%11 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty13 = tensor.empty() : tensor<1x4x8x8xf32>
  %13 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<1x4x8x8xf32>) outs(%empty13 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w14 = arith.constant dense_resource<conv4_weight> : tensor<4x4x3x3xf32>
  %padded14 = tensor.pad %13 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty14 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill14 = linalg.fill ins(%cst : f32) outs(%empty14 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %14 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded14, %w14 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill14 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_15 = tensor.extract_slice %stats[64] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_15 = tensor.extract_slice %stats[68] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_15 = tensor.extract_slice %stats[72] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_15 = tensor.extract_slice %stats[76] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %15 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %weight_15, %bias_15, %running_mean_15, %running_var_15 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%14 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty16 = tensor.empty() : tensor<1x4x8x8xf32>
  %16 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %10 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty16 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty17 = tensor.empty() : tensor<1x4x8x8xf32>
  %17 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<1x4x8x8xf32>) outs(%empty17 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w18 = arith.constant dense_resource<conv5_weight> : tensor<4x4x3x3xf32>
  %padded18 = tensor.pad %17 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty18 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill18 = linalg.fill ins(%cst : f32) outs(%empty18 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %18 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded18, %w18 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill18 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_19 = tensor.extract_slice %stats[80] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_19 = tensor.extract_slice %stats[84] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_19 = tensor.extract_slice %stats[88] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_19 = tensor.extract_slice %stats[92] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %19 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %weight_19, %bias_19, %running_mean_19, %running_var_19 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%18 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty20 = tensor.empty() : tensor<1x4x8x8xf32>
  %20 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<1x4x8x8xf32>) outs(%empty20 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w21 = arith.constant dense_resource<conv6_weight> : tensor<4x4x3x3xf32>
  %padded21 = tensor.pad %20 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty21 = tensor.empty() : tensor<1x4x8x8xf32>
  %fill21 = linalg.fill ins(%cst : f32) outs(%empty21 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %21 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded21, %w21 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%fill21 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %weight_22 = tensor.extract_slice %stats[96] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %bias_22 = tensor.extract_slice %stats[100] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_mean_22 = tensor.extract_slice %stats[104] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %running_var_22 = tensor.extract_slice %stats[108] [4] [1] : tensor<656xf32> to tensor<4xf32>
  %22 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %weight_22, %bias_22, %running_mean_22, %running_var_22 : tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%21 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x4x8x8xf32>
  %empty23 = tensor.empty() : tensor<1x4x8x8xf32>
  %23 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %17 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%empty23 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x4x8x8xf32>
  %empty24 = tensor.empty() : tensor<1x4x8x8xf32>
  %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x4x8x8xf32>) outs(%empty24 : tensor<1x4x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x4x8x8xf32>
  %w25 = arith.constant dense_resource<conv7_weight> : tensor<8x4x3x3xf32>
  %padded25 = tensor.pad %24 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
  %empty25 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill25 = linalg.fill ins(%cst : f32) outs(%empty25 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %25 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded25, %w25 : tensor<1x4x10x10xf32>, tensor<8x4x3x3xf32>) outs(%fill25 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_26 = tensor.extract_slice %stats[112] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_26 = tensor.extract_slice %stats[120] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_26 = tensor.extract_slice %stats[128] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_26 = tensor.extract_slice %stats[136] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %26 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %weight_26, %bias_26, %running_mean_26, %running_var_26 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%25 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty27 = tensor.empty() : tensor<1x8x4x4xf32>
  %27 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26 : tensor<1x8x4x4xf32>) outs(%empty27 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w28 = arith.constant dense_resource<conv8_weight> : tensor<8x8x3x3xf32>
  %padded28 = tensor.pad %27 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty28 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill28 = linalg.fill ins(%cst : f32) outs(%empty28 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %28 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded28, %w28 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill28 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_29 = tensor.extract_slice %stats[144] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_29 = tensor.extract_slice %stats[152] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_29 = tensor.extract_slice %stats[160] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_29 = tensor.extract_slice %stats[168] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %29 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %weight_29, %bias_29, %running_mean_29, %running_var_29 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%28 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %w30 = arith.constant dense<[[[[0.5084]], [[1.274]], [[1.094]], [[-0.3355]]], [[[0.2444]], [[-0.2589]], [[-0.2968]], [[0.3251]]], [[[0.5549]], [[0.2427]], [[0.1241]], [[-0.4033]]], [[[0.5355]], [[0.4733]], [[-0.02453]], [[-0.3752]]], [[[0.1292]], [[0.1656]], [[0.3629]], [[0.2126]]], [[[-1.737]], [[2.082]], [[1.507]], [[0.3506]]], [[[-0.8065]], [[1.111]], [[0.461]], [[-1.929]]], [[[0.2894]], [[-2.185]], [[1.315]], [[1.474]]]]> : tensor<8x4x1x1xf32>
  %empty30 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill30 = linalg.fill ins(%cst : f32) outs(%empty30 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %30 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%24, %w30 : tensor<1x4x8x8xf32>, tensor<8x4x1x1xf32>) outs(%fill30 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_31 = tensor.extract_slice %stats[176] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_31 = tensor.extract_slice %stats[184] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_31 = tensor.extract_slice %stats[192] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_31 = tensor.extract_slice %stats[200] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %31 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %weight_31, %bias_31, %running_mean_31, %running_var_31 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%30 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty32 = tensor.empty() : tensor<1x8x4x4xf32>
  %32 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29, %31 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty32 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty33 = tensor.empty() : tensor<1x8x4x4xf32>
  %33 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x4x4xf32>) outs(%empty33 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w34 = arith.constant dense_resource<conv10_weight> : tensor<8x8x3x3xf32>
  %padded34 = tensor.pad %33 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty34 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill34 = linalg.fill ins(%cst : f32) outs(%empty34 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %34 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded34, %w34 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill34 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_35 = tensor.extract_slice %stats[208] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_35 = tensor.extract_slice %stats[216] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_35 = tensor.extract_slice %stats[224] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_35 = tensor.extract_slice %stats[232] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %35 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %weight_35, %bias_35, %running_mean_35, %running_var_35 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%34 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty36 = tensor.empty() : tensor<1x8x4x4xf32>
  %36 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35 : tensor<1x8x4x4xf32>) outs(%empty36 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w37 = arith.constant dense_resource<conv11_weight> : tensor<8x8x3x3xf32>
  %padded37 = tensor.pad %36 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty37 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill37 = linalg.fill ins(%cst : f32) outs(%empty37 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %37 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded37, %w37 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill37 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_38 = tensor.extract_slice %stats[240] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_38 = tensor.extract_slice %stats[248] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_38 = tensor.extract_slice %stats[256] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_38 = tensor.extract_slice %stats[264] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %38 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37, %weight_38, %bias_38, %running_mean_38, %running_var_38 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%37 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty39 = tensor.empty() : tensor<1x8x4x4xf32>
  %39 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %33 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty39 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty40 = tensor.empty() : tensor<1x8x4x4xf32>
  %40 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39 : tensor<1x8x4x4xf32>) outs(%empty40 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w41 = arith.constant dense_resource<conv12_weight> : tensor<8x8x3x3xf32>
  %padded41 = tensor.pad %40 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty41 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill41 = linalg.fill ins(%cst : f32) outs(%empty41 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %41 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded41, %w41 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill41 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_42 = tensor.extract_slice %stats[272] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_42 = tensor.extract_slice %stats[280] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_42 = tensor.extract_slice %stats[288] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_42 = tensor.extract_slice %stats[296] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %42 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %weight_42, %bias_42, %running_mean_42, %running_var_42 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%41 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty43 = tensor.empty() : tensor<1x8x4x4xf32>
  %43 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42 : tensor<1x8x4x4xf32>) outs(%empty43 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w44 = arith.constant dense_resource<conv13_weight> : tensor<8x8x3x3xf32>
  %padded44 = tensor.pad %43 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty44 = tensor.empty() : tensor<1x8x4x4xf32>
  %fill44 = linalg.fill ins(%cst : f32) outs(%empty44 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %44 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded44, %w44 : tensor<1x8x6x6xf32>, tensor<8x8x3x3xf32>) outs(%fill44 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %weight_45 = tensor.extract_slice %stats[304] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %bias_45 = tensor.extract_slice %stats[312] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_mean_45 = tensor.extract_slice %stats[320] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %running_var_45 = tensor.extract_slice %stats[328] [8] [1] : tensor<656xf32> to tensor<8xf32>
  %45 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %weight_45, %bias_45, %running_mean_45, %running_var_45 : tensor<1x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) outs(%44 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x8x4x4xf32>
  %empty46 = tensor.empty() : tensor<1x8x4x4xf32>
  %46 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %40 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%empty46 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x8x4x4xf32>
  %empty47 = tensor.empty() : tensor<1x8x4x4xf32>
  %47 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<1x8x4x4xf32>) outs(%empty47 : tensor<1x8x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x8x4x4xf32>
  %w48 = arith.constant dense_resource<conv14_weight> : tensor<16x8x3x3xf32>
  %padded48 = tensor.pad %47 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
  %empty48 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill48 = linalg.fill ins(%cst : f32) outs(%empty48 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded48, %w48 : tensor<1x8x6x6xf32>, tensor<16x8x3x3xf32>) outs(%fill48 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_49 = tensor.extract_slice %stats[336] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %bias_49 = tensor.extract_slice %stats[352] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_mean_49 = tensor.extract_slice %stats[368] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_var_49 = tensor.extract_slice %stats[384] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %49 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %weight_49, %bias_49, %running_mean_49, %running_var_49 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%48 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty50 = tensor.empty() : tensor<1x16x2x2xf32>
  %50 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<1x16x2x2xf32>) outs(%empty50 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w51 = arith.constant dense_resource<conv15_weight> : tensor<16x16x3x3xf32>
  %padded51 = tensor.pad %50 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty51 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill51 = linalg.fill ins(%cst : f32) outs(%empty51 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %51 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded51, %w51 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill51 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_52 = tensor.extract_slice %stats[400] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %bias_52 = tensor.extract_slice %stats[416] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_mean_52 = tensor.extract_slice %stats[432] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_var_52 = tensor.extract_slice %stats[448] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %52 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %weight_52, %bias_52, %running_mean_52, %running_var_52 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%51 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %w53 = arith.constant dense_resource<conv16_weight> : tensor<16x8x1x1xf32>
  %empty53 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill53 = linalg.fill ins(%cst : f32) outs(%empty53 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %53 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%47, %w53 : tensor<1x8x4x4xf32>, tensor<16x8x1x1xf32>) outs(%fill53 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_54 = tensor.extract_slice %stats[464] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %bias_54 = tensor.extract_slice %stats[480] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_mean_54 = tensor.extract_slice %stats[496] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_var_54 = tensor.extract_slice %stats[512] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %54 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %weight_54, %bias_54, %running_mean_54, %running_var_54 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%53 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty55 = tensor.empty() : tensor<1x16x2x2xf32>
  %55 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%empty55 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x2x2xf32>
  %empty56 = tensor.empty() : tensor<1x16x2x2xf32>
  %56 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<1x16x2x2xf32>) outs(%empty56 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w57 = arith.constant dense_resource<conv17_weight> : tensor<16x16x3x3xf32>
  %padded57 = tensor.pad %56 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty57 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill57 = linalg.fill ins(%cst : f32) outs(%empty57 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %57 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded57, %w57 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill57 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_58 = tensor.extract_slice %stats[528] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %bias_58 = tensor.extract_slice %stats[544] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_mean_58 = tensor.extract_slice %stats[560] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_var_58 = tensor.extract_slice %stats[576] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %58 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %weight_58, %bias_58, %running_mean_58, %running_var_58 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%57 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty59 = tensor.empty() : tensor<1x16x2x2xf32>
  %59 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x16x2x2xf32>) outs(%empty59 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %w60 = arith.constant dense_resource<conv18_weight> : tensor<16x16x3x3xf32>
  %padded60 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst : f32
  } : tensor<1x16x2x2xf32> to tensor<1x16x4x4xf32>
  %empty60 = tensor.empty() : tensor<1x16x2x2xf32>
  %fill60 = linalg.fill ins(%cst : f32) outs(%empty60 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded60, %w60 : tensor<1x16x4x4xf32>, tensor<16x16x3x3xf32>) outs(%fill60 : tensor<1x16x2x2xf32>) -> tensor<1x16x2x2xf32>
  %weight_61 = tensor.extract_slice %stats[592] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %bias_61 = tensor.extract_slice %stats[608] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_mean_61 = tensor.extract_slice %stats[624] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %running_var_61 = tensor.extract_slice %stats[640] [16] [1] : tensor<656xf32> to tensor<16xf32>
  %61 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %weight_61, %bias_61, %running_mean_61, %running_var_61 : tensor<1x16x2x2xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) outs(%60 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %in_1: f32, %in_2: f32, %in_3: f32, %out: f32):
    %b0 = arith.truncf %cst_eps : f64 to f32
    %b1 = arith.addf %in_3, %b0 : f32
    %b2 = math.rsqrt %b1 : f32
    %b3 = arith.subf %in, %in_2 : f32
    %b4 = arith.mulf %b3, %b2 : f32
    %b5 = arith.mulf %b4, %in_0 : f32
    %b6 = arith.addf %b5, %in_1 : f32
    linalg.yield %b6 : f32
  } -> tensor<1x16x2x2xf32>
  %empty62 = tensor.empty() : tensor<1x16x2x2xf32>
  %62 = linalg.generic {indexing_maps = [#map2, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %56 : tensor<1x16x2x2xf32>, tensor<1x16x2x2xf32>) outs(%empty62 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %b0 = arith.addf %in, %in_0 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x2x2xf32>
  %empty63 = tensor.empty() : tensor<1x16x2x2xf32>
  %63 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x16x2x2xf32>) outs(%empty63 : tensor<1x16x2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.cmpf ugt, %in, %cst : f32
    %b1 = arith.select %b0, %in, %cst : f32
    linalg.yield %b1 : f32
  } -> tensor<1x16x2x2xf32>
  %empty64 = tensor.empty() : tensor<1x16x1x1xf32>
  %fill64 = linalg.fill ins(%cst : f32) outs(%empty64 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
  %window64 = tensor.empty() : tensor<2x2xf32>
  %sum64 = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%63, %window64 : tensor<1x16x2x2xf32>, tensor<2x2xf32>) outs(%fill64 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
  %count64 = arith.constant 4.000000e+00 : f32
  %avg64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sum64 : tensor<1x16x1x1xf32>) outs(%empty64 : tensor<1x16x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %b0 = arith.divf %in, %count64 : f32
    linalg.yield %b0 : f32
  } -> tensor<1x16x1x1xf32>
  %64 = tensor.collapse_shape %avg64 [[0], [1, 2, 3]] : tensor<1x16x1x1xf32> into tensor<1x16xf32>
  %fc_w = arith.constant dense_resource<fc_weight> : tensor<10x16xf32>
  %fc_b = arith.constant dense<[0.07712, -0.04026, -0.1556, -0.02835, 0.1816, 0.2312, -0.01086, 0.1008, 0.1279, 0.07678]> : tensor<10xf32>
  %empty65 = tensor.empty() : tensor<16x10xf32>
  %transposed65 = linalg.transpose ins(%fc_w : tensor<10x16xf32>) outs(%empty65 : tensor<16x10xf32>) permutation = [1, 0]
  %init65 = tensor.empty() : tensor<1x10xf32>
  %bias65 = linalg.broadcast ins(%fc_b : tensor<10xf32>) outs(%init65 : tensor<1x10xf32>) dimensions = [0]
  %65 = linalg.matmul ins(%64, %transposed65 : tensor<1x16xf32>, tensor<16x10xf32>) outs(%bias65 : tensor<1x10xf32>) -> tensor<1x10xf32>
  return %65 : tensor<1x10xf32>
}

func.func private @printMemrefF32(tensor<*xf32>) attributes { llvm.emit_c_interface }

// max_i |a_i - b_i| <= tol * max_i |b_i|, as an i32 0 / 1.
func.func @close(%a: tensor<1x10xf32>, %b: tensor<1x10xf32>, %tol: f32) -> i32 {
  %zero = arith.constant 0.000000e+00 : f32
  %e = tensor.empty() : tensor<f32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %err, %mag = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%a, %b : tensor<1x10xf32>, tensor<1x10xf32>) outs(%init, %init : tensor<f32>, tensor<f32>) {
  ^bb0(%x: f32, %y: f32, %m: f32, %n: f32):
    %d = arith.subf %x, %y : f32
    %ad = math.absf %d : f32
    %ay = math.absf %y : f32
    %m2 = arith.maximumf %m, %ad : f32
    %n2 = arith.maximumf %n, %ay : f32
    linalg.yield %m2, %n2 : f32, f32
  } -> (tensor<f32>, tensor<f32>)
  %errv = tensor.extract %err[] : tensor<f32>
  %magv = tensor.extract %mag[] : tensor<f32>
  %bound = arith.mulf %tol, %magv : f32
  %ok = arith.cmpf ole, %errv, %bound : f32
  %nonzero = arith.cmpf ogt, %magv, %zero : f32
  %both = arith.andi %ok, %nonzero : i1
  %r = arith.extui %both : i1 to i32
  return %r : i32
}

func.func @main() {
  %x = arith.constant dense_resource<input> : tensor<1x3x8x8xf32>
  %stats = arith.constant dense_resource<bn_statistics> : tensor<656xf32>
  %expected = arith.constant dense<[[0.052851256, 0.292983115, 0.847549558, -0.304114342, 0.641332269, -0.174630806, 0.0361474827, -0.54794085, 0.120643869, -0.598698199]]> : tensor<1x10xf32>
  %y = call @forward(%x) : (tensor<1x3x8x8xf32>) -> tensor<1x10xf32>
  %r = call @forward_ref(%x, %stats) : (tensor<1x3x8x8xf32>, tensor<656xf32>) -> tensor<1x10xf32>
  %tol_fold = arith.constant 1.000000e-05 : f32
  %tol_python = arith.constant 1.000000e-04 : f32
  %fold_ok = call @close(%y, %r, %tol_fold) : (tensor<1x10xf32>, tensor<1x10xf32>, f32) -> i32
  %python_ok = call @close(%r, %expected, %tol_python) : (tensor<1x10xf32>, tensor<1x10xf32>, f32) -> i32
  %yu = tensor.cast %y : tensor<1x10xf32> to tensor<*xf32>
  %ru = tensor.cast %r : tensor<1x10xf32> to tensor<*xf32>
  vector.print str "forward:\n"
  call @printMemrefF32(%yu) : (tensor<*xf32>) -> ()
  vector.print str "forward_ref:\n"
  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()
  vector.print str "fold_matches_reference: "
  vector.print %fold_ok : i32
  vector.print str "reference_matches_python: "
  vector.print %python_ok : i32
  return
}

// CHECK-LABEL: forward:
// CHECK-NEXT: Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [1, 10] strides = [10, 1] data =
// CHECK-NEXT: {{\[\[}}0.052{{[0-9.e+-]*}}, {{ *}}0.29{{[0-9.e+-]*}}, {{ *}}0.847{{[0-9.e+-]*}}, {{ *}}-0.304{{[0-9.e+-]*}}, {{ *}}0.641{{[0-9.e+-]*}}, {{ *}}-0.174{{[0-9.e+-]*}}, {{ *}}0.036{{[0-9.e+-]*}}, {{ *}}-0.54{{[0-9.e+-]*}}, {{ *}}0.120{{[0-9.e+-]*}}, {{ *}}-0.598{{[0-9.e+-]*}}{{\]\]}}
// CHECK-LABEL: forward_ref:
// CHECK-NEXT: Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [1, 10] strides = [10, 1] data =
// CHECK-NEXT: {{\[\[}}0.052{{[0-9.e+-]*}}, {{ *}}0.29{{[0-9.e+-]*}}, {{ *}}0.847{{[0-9.e+-]*}}, {{ *}}-0.304{{[0-9.e+-]*}}, {{ *}}0.641{{[0-9.e+-]*}}, {{ *}}-0.174{{[0-9.e+-]*}}, {{ *}}0.036{{[0-9.e+-]*}}, {{ *}}-0.54{{[0-9.e+-]*}}, {{ *}}0.120{{[0-9.e+-]*}}, {{ *}}-0.598{{[0-9.e+-]*}}{{\]\]}}
// CHECK-NEXT: fold_matches_reference: 1
// CHECK-NEXT: reference_matches_python: 1

// IR-LABEL: func.func @forward(
// IR-NOT: math.rsqrt
// IR: %[[B0:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x3x3x3xf32>) outs(%[[B0]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B1:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B1]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B2:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B2]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B3:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B3]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B4:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B4]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B5:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B5]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B6:.+]] = linalg.broadcast ins(%{{.+}} : tensor<4xf32>) outs(%{{.+}} : tensor<1x4x8x8xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<4x4x3x3xf32>) outs(%[[B6]] : tensor<1x4x8x8xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B7:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x4x3x3xf32>) outs(%[[B7]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B8:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x8x3x3xf32>) outs(%[[B8]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B9:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x4x1x1xf32>) outs(%[[B9]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B10:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x8x3x3xf32>) outs(%[[B10]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B11:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x8x3x3xf32>) outs(%[[B11]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B12:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x8x3x3xf32>) outs(%[[B12]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B13:.+]] = linalg.broadcast ins(%{{.+}} : tensor<8xf32>) outs(%{{.+}} : tensor<1x8x4x4xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<8x8x3x3xf32>) outs(%[[B13]] : tensor<1x8x4x4xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B14:.+]] = linalg.broadcast ins(%{{.+}} : tensor<16xf32>) outs(%{{.+}} : tensor<1x16x2x2xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<16x8x3x3xf32>) outs(%[[B14]] : tensor<1x16x2x2xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B15:.+]] = linalg.broadcast ins(%{{.+}} : tensor<16xf32>) outs(%{{.+}} : tensor<1x16x2x2xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<16x16x3x3xf32>) outs(%[[B15]] : tensor<1x16x2x2xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B16:.+]] = linalg.broadcast ins(%{{.+}} : tensor<16xf32>) outs(%{{.+}} : tensor<1x16x2x2xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<16x8x1x1xf32>) outs(%[[B16]] : tensor<1x16x2x2xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B17:.+]] = linalg.broadcast ins(%{{.+}} : tensor<16xf32>) outs(%{{.+}} : tensor<1x16x2x2xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<16x16x3x3xf32>) outs(%[[B17]] : tensor<1x16x2x2xf32>)
// IR-NOT: math.rsqrt
// IR: %[[B18:.+]] = linalg.broadcast ins(%{{.+}} : tensor<16xf32>) outs(%{{.+}} : tensor<1x16x2x2xf32>) dimensions = [0, 2, 3]
// IR: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%{{.+}} : {{.+}}, tensor<16x16x3x3xf32>) outs(%[[B18]] : tensor<1x16x2x2xf32>)
// IR-NOT: math.rsqrt
// IR: linalg.matmul
// IR-NOT: math.rsqrt
// IR: return

{-#
  dialect_resources: {
    builtin: {
      conv0_weight: "0x0400000031082C3F23DBF93D76E01CBEFC1833BE35EFB83EE2E915BE34A2943E40A44FBF5E4BC8BDED9EDCBE5BD31CBFB62D4A3D11C7BABC4013E13D3A23EA3E3BDF2F3F2AE01EBC9F3CACBE21B072BD849E0D3FC3D32B3F2D210F3FDBF90EBFA1D6643FB3EA733E17D93EBFE0BECE3E0D716C3F6DC53EBEFB5CAD3ECE88B2BED1220BBFFC18D33E8AB071BFB1BF1C3F72335C3DF85343BF871639BF7CF2903E787A353F58A8D5BE075F683F9C3342BFDFE02B3F39B448BEB1504BBF2CD4DABE7DAEB6BDB6F30D3FEE7C2F3FBC0532BFA31E223DB37B923EFD8794BE4703B83E083D5BBEB22EEEBEDC46E3BEFC18333E33F9663D91EDDC3E35EFD83E83C0CA3E789CE2BE4694763E022B473E07CE193EF31F523E3945C73E4CA60A3EB684FCBD4F1E163DA08990BECF6BAC3DC5FEF2BE7AA5ACBE2FDD24BE0E4F8F3E992A583E1B0D20BE2063EE3D36AB7EBEA3923ABE02BC853ED578E9BDCE8D69BD2849D73C4260E5BD46CE42BC857C10BEDAAC7ABE6ADE31BEDBA24C3CB22E6EBE45F556BD925CBEBD2F513DBD764F5EBEE5D0623EBED966BCFF213D3EAF25843EEC86ADBD68CB39BCF697DD3DD00F23BD88F4DBBDB840023E",
      conv1_weight: "0x04000000E2E9D5BE4703F83E6B2BF6BDFF217DBE182643BF21B0223F6ABCB43E1D5A343F4738ADBD925C9E3E158C2ABF7DAE36BE38F802BF04E74CBFB072483F5B42FEBE5B421EBF742407BF1A515ABE8412A63DA3011CBF4CA65A3F0B24583F6D561DBFB07228BE2506A13EDE02293F118C03BC31993A3FC0EC9EBEEA9532BB1EFE1ABBB537983E265305BF6F81443EE3A5FBBE30F05CBDAED81F3ECCEE093E1AC0DB3D2E9020BEFC18F3BDD509A8BD3867C43D448BEC3D4260E53C15C6963D3D2CD43DE2E915BE97900FBEDBF9FE3D643B1FBEED0DBEBD52B81EBEC28627BED6C5ED3D172B6ABDFA7EEABD21B0F2BD03B2573DF7E4213E541EDD3A4CA60A3E23E1563A003ACC3CADDD763DAAF1D23D4D32B23DD578293EEBA8AA3D832F0C3E5F29CBBD8C84363CAF08FE3C17B7D13D193DB7BB9869BB3D1A860FBD9F93DE3CD34DE23DC2FABF3D32384A3D09F920BECDCCCCBDAD4B0D3B85259EBDDFE00BBE67D5E73DA9A40E3E33FE7DBDAAD4ECBC98A3C73D04E70CBE6093353D8E06F0BDD71789BD1895D43DBB270FBECF6615BE7099D3BCAB5C28BB1E16EA3DA1DB8B3DCB845F3DF775E0BD3FC61C3E6DE2E4BC72F90F3D4D848DBEA4708DBFB16D91BD5EBA59BF85EB91BF05A3923EB840A23E107A76BF228EF53DEE7CBFBEE09C91BE5F982C3FC269C1BCED0D6E3FF085893EC5E6A3BDD42BA53EFA7ECABE158C6ABF26E4E33E075F983E3D2C343F8CDB68BF1283803FD5E73A3F0E2D823F90A0683F4A0CE23E17B7413FFCE33D3DB840323F651942BFC520303FDE710ABE6E34203FAD69DEBD",
      conv2_weight: "0x0400000036AB0E3F5305133FD3BCE3BD903107BFE3C7B83E091B9E3E04561EBF43CA8FBDC8987B3EE4831EBFA4700D3F88F41B3F6B2B963EB22E0EBF7CF210BFB6F33DBEFBCB1EBFDF4F4DBE265325BF8E06203FC74BD73EEEEB10BFDDB5043F8104C5BE022BC7BEFA7E6A3E0AD7133F764FFEBEA24526BFD7A330BEC05B20BF4D840D3E7C61F23E4F40D3BE58CA02BF85EB51BEFDF6B53EEA9592BEFED4B83E1A51DABD4DD6A8BC1D5A24BEA835AD3E228EB53E1973D73D355E7ABEF853C33EBF7D9DBEB324803D0B2488BEF6979D3EBC96B03EE926713E85EB11BEDFE04BBE03094A3EAF9425BE99477EBD7DD0B3BE17B791BED200BEBE1D38A7BE151DA9BE99D87CBD09F9203DA4DF3E3ED6C58DBE3FA976BD8716D93DA69BA4BEAEF02EBDF241CFBD5305533F92CB4FBFC3D32BBEE3A51BBE107AD63EE78CA8BED1220BBFD34DC2BE63EE5ABD8195533FCC5D0B3FE09CD1BEF5B9DA3D7CF2B03EF1F40A3FA06CCABD5B423EBEAC8BFB3EDC6800BE04E7ECBEA705AFBDA4704D3F2BF627BFE73A8DBD4013813E9869FBBC234A0BBF1E166ABFB515BB3E643B5F3EE25867BF8863BDBE9A77FC3EB37B723EA9F6A93DC58F21BFF931C63E29965BBD9643AB3E7502FA3EBC9600BF1AC0FB3EA167D3BE7593683FF93136BF075F383FB1BF5CBFE7FBE9BEBDA9483D76E01C3EA77947BED7343FBFD6C5EDBEFB3AD0BE984CF53E5474443FFE65373E643B5FBF7F6A0C3F11C7BABE23DB99BECD1E683DE926F1BE07CE493FFCA921BFD3BC23BE1E16CABE0074183DCD3B0E3E8F53743E2041713DE86A2BBE",
      conv3_weight: "0x040000003D2C14BFD49A86BEEF38A53E42CF16BFC139233EAED81FBFA18419BD8FE4023F0F0B25BFBC96103DD71212BFE258F73EB5157B3E6F12A33ED3BC633E304C26BFA3921ABF1CEB223E7958283F7671FB3E9D80863E50FC983EB537B8BEF085A93E4DF38EBE4BEA04BF35D252BDF8C264BE2497DFBEAAF1D2BDABCF053F1878AEBDDC118EBD96B28C3EB840023D07CEF9BEF8C2E43D6C0979BCB532A13DE8A4F7BC52F2AA3D6B2BF6BC4AEF9BBDE44EA9BD4625F53DF5D6C03C48E1FABD7ADFF8BCF73B94BD8B6CE7BD4F92AEBDB4C8F6BD07CE193D7901B6BD29E8F63CD3C1FA3C1D5A643D7B12583BFB3A70BD6154D23D8ECC23BD5AF539BC6501133D9AD18F3B925CFE3D6D56FD3D4469EF3D6ADEF13D4278B43C0FB82EBB6688633DDD989EBD0D718CBE70CE08BF5530CABEF8C214BF7E8C393E87A7D7BEFAEDAB3E7593583EFF210D3FB537F8BD24B9FC3E47205EBDDC6840BE567DEEBEAF94E53E29CBB03EAA6054BEB24B54BD4ED151BE52490DBF90A008BFBF7D1DBE9621AEBE3546EB3C083DBBBEAAF1B2BEBB274F3EDF4F8D3E772D61BEF5DBD73EFC1893BEEC2F3BBEA4DF7E3E759308BF9C33023FFB3A00BF81EC75BC0EBEB03DD71232BEFC18F33D7F6A3C3E978B78BC863816BEC1A824BE9BE61DBE60E5D03DF35407BD66F7243E0ADCBABC666626BE0EF3E5BC488AC83D3789013E7D3F35BE917EFBBD2E767BBB615412BEBC05123ED5E72A3E67F28DBDB70BCDBC9291B33C17BCA8BD0F45813C431CEBBD23F89FBD4A41B7BC3EB3243DD3BC633CDA1BBCBD1826D3BD190416BE",
      conv4_weight: "0x04000000B53778BEC9B08A3C42CF263EC9767EBEB459F53D71AC4BBE91ED9CBEB3EA933EF1F44A3D1D5A24BE8334A33DAEB6E2BE29CBB0BEE57EC7BDDC46E33E8B16203C8C4ACABEFF217D3E6666863EDC46833E97C5843D7FFB3A3E8CDB88BE3F355E3E3D0A973E226C783EDFE00BBE4BE5AD3DD95FF63DD26FBF3E083DBBBE098A9F3ECCEEC93C94F606BE05A829BD55C1E8BE4209B3BD9756433D00A94D3D96ECD8BA60E5103E543BC3BBC8EF6DBDAD69DE3DF9F799BD1F68053DC616823DF2D2CD3D107AB63DF73B14BD04E70CBE2AA913BE68D0903D2AA9133EBDA948BDB66796BCCA6C903D50E4493D6A6A99BDB4765B3D408779BD1FBF37BDB62D4A3CDA8F943DF706DFBD19E218BE2783233D621018BEAA8211BE8A59AFBD1BBB443D158C0ABE394537BF02BC453F378901BE8F53243F3277EDBE8716D9BDD6C56DBEC74B07BF44698FBEDFE04B3FA01ACF3E6F8144BE2BF617BE54E3C5BE7E00523D4260C53E48509C3E7B4E7ABD20D23FBFA089303F759318BED9CE37BE371A50BFC28617BFFA7E1A3F11C7BA3CAEB6C23E865A13BF20638EBE3B700E3FA245063FEA04D4BE273148BF3255003F68B30ABF7CF2F03E3771723DF5B9DABD280F0BBE711B0D3E9A25013D350C1F3D064C60BC42CFE6BDB98D063DBA4EA3BDD3D9C93DDF89993D88F41BBEA9A40E3E50FC18BE705F07BE78B988BD6666E6BD3D0FAEBDDF373EBDF9669B3D917EFBBCB6D697BD634422BBBBB80DBD31B179BD9318043EB81E853CBF7D1D3E280AB43D520ABA3C3FC69CBDC39E763D1EA768BCB51A923DB6F3FDBC",
      conv5_weight: "0x0400000064CCDD3DFAB8B63D68AE93BD17B7513E4C37493E6F9EAABDD93DF93D903177BE9B551F3E0FB4023D0AD7633E57CF89BD7C2C7D3D4547B2BD3B700E3EF8DF4A3D228E753E234A7BBED8F034BE54E365BE7F6A3CBED044583E2EFF613EBBD31DBC09F9603EC05B203EBA490C3E6C09F93D52491DBE89EFC43CAF5A19BD789C623EE63F24BE304C26BE9F02A03D448B2CBED9CE97BE6F7E433BB003673E2098A33D4B59463E107A36BE8B6C27BE4E0B5EBD2D21BF3E43AD293ED6C5AD3EFAEDEB3C6BF1293D89D2BE3E575B71BEBF0E5C3E5305633E143F863ECAC3423EF93186BEB515FB3D66F7A43E7A19453D3E79D8BD6900AF3EC9E53F3DE99A89BDF5BEB13DB1BF6C3EF38E53BEB684BCBEF949B53CC3D3AB3EF1630C3E1DE6CB3D8620C73D9357E7BA4CA60A3E62A116BE7A366B3E705F07BEAF94853E0000803E6D567DBE7ADFF8BCCE88123EEDD3F1BCC2FBAA3BB537383E6B2BF63DF085893EBA6B49BE5B427E3EF775803E82C5A13DCA32843EE17A14BED42B653EAF25243EF6B4833D8FC275BE560E8DBE58CA92BEABCF15BEBF7D1D3E6C2188BD4260253E4CE0963D05FA84BDE63F643E158C8ABE12A0A6BC9621CE3E4C37E9BE8195833E99BB56BE34A214BFD55B03BD96ECD83CF2410FBF36C8A43D6DC53EBEBADA1ABFAE47C1BE4F40F3BEE21E4B3DE0BE0EBF1DC9053F6B9AD73E5F290B3F8B6C67BE5249FD3E5452173F787AA53E448B8CBE0681553ED734EF3D4469EFBD7C6172BE7E8C09BF3A23EABEF8C2E4BE9609BFBC8E75313E8104A53E12A50DBF8C4ACA3E36AB0EBF",
      conv6_weight: "0x0400000065AAE03D5AF5393E151D19BF4C37A93E0EBED03E08AC0CBF38F8423EA04F64BD3A92ABBE802B59BD5BB1DFBE516B5ABEA8C64B3E1B12F7BC2EE7923DA83A643DEA95D23EBBB84DBE4D84CD3E3EE809BF7FD9BDBD4A0C42BE925C7EBD9A08DB3EB840823C72F91F3FFB5CED3E1A51FABEA08970BE24B91CBF7E8C993E9BE61DBFA470FD3EBA6BC9BED34DE2BD20D20FBF0091DEBED34D82BECFF783BF64CC1D3FF54AF93EC286A7BE58A8453FA32379BFBC7483BF0C02ABBE91ED6C3F1D38173F7A36CB3ECFF7133EFC18333F840D4FBE355E8ABFD34D323F107A36BF6F8184BEB9FCA7BEED0D5EBF57ECAFBE3B703EBF70CE883EF4FDB43E295C8FBF166ACDBDDBF9FE3D5F295B3FBFBB15BCFE6577BF931884BF9487553F76712B3F1361533F8CB94BBFF697FD3E1B2FADBF6DE78B3FA9A40EBFAAF1C23F0938C4BD6210C8BF643BAF3F7424D73E666636BF2B87C6BF865AD3BE6F1293BF787A253EC74B97BF5A648BBF1D5AB43FC520F03EED9E5CBFD34DA23F74B5D53EDBF9BE3F10406ABDDD24A63FA7E8183FF853C3BF1B9E5EBFD1223BBFDF4F8DBF4E6260BF11C76ABF4A0CA23F925CFEBDAE47A13FD1229BBF569F2B3E9CC4A0BF7B148E3FF853A3BF8E7591BEAB3E473FB81EA53F52B89EBF4F1E563FD751D53C759398BF7424373F894180BF6A4D933E9EEF373F2653E53E52B89EBE7F6A9CBFB07228BE39B4883F3FC6DCBE2B8726BF80486FBFA4C2D83CB64AB03D560E8DBF7DD073BE33C4D13EE7FB993FD8F034BEF90F29BEB39898BDE6AE35BFF1F48ABEE5F2BF3ED50988BE",
      conv7_weight: "0x0400000061E0B9BC90A0B83D096D393D0135B53C4F4093BD4CA60ABD42959ABC76E09C3C87A7D73D9C163CBD2549463AFB74BC3DC76306BD40A4DF3C8B6C673D32ACE23C645D5C3D3F5284BD1FD7C63DEA788CBD6492913CDB5031BDB1E1E93CD5B235BDD7346FBC68791E3D2BDE48BD9834463DB81E05BD68E89FBD97C5C43C7A5391BD0A8071BC92B3B0BCAD4CB8BDC74B373D45D8F03D6C09393EC85EEF3C0CB00F3D645D5CBE38F842BE0F0B35BE1FD7863CE17A543E7C9BBEBDC9767E3E1B2F1D3EE02D103E1AC0DBBD24287EBEC7299A3E9F3C6C3E8FE472BDD712723E8104853E85EBD1BD4E2B853A1B0DE0BD13F2013E6744893EE561A13E0A68223EA5BD01BEDB8A7D3E9318A43E287ECCBD0681953E9D2FF63B11C79A3EEF38A53E857C503E4850FC3C4BE56DBD172BAABD603C833CA4880C3D74B5953DB8593C3BF354073D9296CA3C7CD54ABD0569C63CAF94A53D47AC85BDF298013D59349D3C9FCDAABCE2AF493DBF48A8BDDAE6863DA5315A3DA03454BBAAB786BD1B4902BC75AB673C293F29BD492D14BB19903D3DB858913D0C93293C48FE603D901491BDD105753DB4AB903D244564BD3928613DF44F703DAAB7863DFF08433B6E179A3CCEAA4FBD0612143D022B87BC855FAABD041C82BDB1169FBC1C08893DC0CF383C821C943D21CD983D650193BDBD007B3C2670EBBC3BAA9A3AFF21FDBB996464BB00A98DBD18096D3DE23FDDBA425BCE3CB98C9BBB1CEB62BD0E68E93B454772BD5EA27A3D77F86B3D57957DBDEE5F99BD637F99BD2BF697BC772DA13D0CCB1F3C04CA26BDF415A4BD6822ECBD3EE8D9BDF14BBD3D3F57DBBDADFADC3D5513C43D645DDCBD6B9F8E3C3D9B15BE1AC0DB3DD1798D3C9A089B3D64903BBB1D38673D01DE023EBC96903C6688E33DBAA03EBD8F53F4BD863816BE0EF3A5BD849ECD3DF1D764BD2523A7BDFDBCA9BA14AE073EF3742E3BD82A41BDA54E00BECDE9B23CBA2CA6BD11E420BD554D10BDC3BB9C3DDEE5A2BD7F6ABC3EAA82513E9A9482BC5474A43ED881F3BDB9FCC7BD6E34A0BE0EBE703E1BD8AABDD0F95F3939B4C8BC94F6063E3EE8D9BD46B6B33E26706BBDD881F3BD6B60ABBDF931663E4625D53EC9769E3E452A8CBCC66D34BE11C73ABD5DDC06BE2DB25DBE545287BE8104C53E0FC619BA029AA8BE78B9C8BD9D63C0BDE5443B3C7B83CF3E5F07CE3E48DC633D452ACC3D3203953C004771391EE1B4BA4A5E9DBCBF0E9C3C4F232DBD0F289BBCD8D8253D9357E7BC0569463D166A4D3D40DAFF3B38F842BD897B2CBD9947FEBCE8F692BCED2A24BD4F3BFC3CDB8566BC74EFE1BC309E41BDCB1047BC683F52BD70B122BD419A313C5986383D5019FFBCE38DCC3CEA3E00BDFB7953BD8143283D73D7123D9BC937BD62F808BD9F71E1BCD5B2353DD3C17ABDC139233E9C5008BD4F3B7CBD04E70C3E04E2753DD8F0F4BDDAE12F3D3E79D83D9FAB2D3E1136BC3D4C71953DAFB14B3D759358BE0D716C3EAF25E43DB30CF1BD3754CC3DA54E803D9AB1A83D0B9880BD76711B3DE7FBA93DAD691EBEAB26883B27A049BEAA8251BEE3365A3E705F47BE29CB503E664980BC6A87BFBC9B20AABDA1F831BD725082BD03090A3D",
      conv8_weight: "0x04000000AA60143E50538B3D1902003CAA65AB3DB37BF2BDF7E4213EF4A6A23D38A1103DCCEEC9BC6E6E4C3D5F24343DACAD183EBA83D83C3F57DBBDA167B3BC1BBBC4BD63EE1A3E4A7B033E97E2AA3CB072E8BDC4B12EBE16FB0BBE91D5ADBCA25D853D1826D3BD2C2B8D3D158C0A3E90DAC43DBDFBE3BC73115F3D48E13A3EBC74133EE0B977BDA5F78D3DB7D100BEF0A2AF3C29965BBD2F51BDBCF41ABBBC23DB793D3867043E128340BC022B07BE637AC23D499DC03D9FAB2D3E202922BD1B2F5DBC978B783C1904163E6B489C3D903137BE1B0DE0BD705F073E84D3023D840D0F3E5A9E07BDF697DDBD48BF3DBE7FD93D3E5F290BBE6AD95A3D2C0D7CBBB87537BDD3BC633CE56121BEB3EA333E5DDD31BB477239BE29E8F6BC90DAC43DBFD48FBD5839043F1748103F24B90CBF9A777C3F52B87EBF211F443F1366DA3C7FFB3ABFEE5A02BF95D4493E6900EFBE4694363F394517BFC7297ABE35466B3C04E7ACBE89D22E3F52B8FEBE48BF5DBF713D3ABFC3F5883E4C37093E3A926BBFF4FD843FCC7A31BDAEB6C2BEAB3EF73E4E6280BF29ED0DBE7368B13EF54A793F1B2F0D3F20D24F3F68914DBF508D17BED1917CBFE2E9F5BEB5A679BECC7FA8BE423E88BE6688233F197327BFF7062F3F5CE6B43D44FAADBE1C7CE13D7DAE36BF0BED1CBC60E580BF0AD7433F74B5B5BE423EA8BECBA1853FA1D6743EFCA931BECDCC1C3F4C3769BF992A183EE3AA323D1CEB423F910F3A3E9947FEBCCB9C2E3D7E1D183FF8C2A4BE4772F93D5BB1DF3ECBA1853F7CF2D03E4C37793F3EE859BE68B36A3E8273463EB459F5BD11C73ABE643BBF3E4625F5BD5530CA3E567D8E3EE6AE65BEF8C2843E8195C33E34A234BE8104053E75025A3EE78CA8BE772D813E63EE1ABEB003273E3411B63EBF0EBCBEA9C1B43DD50928BE51DA9BBEB1502B3EC1CAC13ED07E243C90A0F8BD3EB324BD78288ABD3B70CE3CAAF192BD5EBAA9BEF7E4C13EA7E8C83EEFC983BEAA8251BE92054CBD65AA203EF697BDBE14AE873E1B0DE03DDAAC3ABE1904963EEE5A023E061214BEB0C91A3DDCD7C13E62A1B6BE1EA7283EDF4F8D3EAC8B1B3EC58F91BE1B2F9D3D5452673EF6B483BDA25D853D705F47BE197317BEB5A6793EF2EB07BCED9925BD598698BE6614CBBD6805863C9A9959BEA323793E952BBCBDF38E53BED1221BBEC139833E2F6EA33EE336BA3E9318C4BE234ADB3E5001303D812622BF2CD4DABE9A77BCBE787A25BE32384ABDED9E3C3F52B83EBF4FAFB43E8CDB183F107A76BE7593D8BEF2B0F0BE3108ACBE302A19BF2F86B23D508DD7BE4D154CBF94F6E6BE516B0A3FE0BE0EBEAF94253F098A3F3F12A5DDBEF241CF3DFD87243F5F980C3E295C0FBFB5A6D9BECE88523FA835ADBE6DC51E3F52B8FE3E7CF2D03E2497BF3E355EFA3E1904163FADFA3CBFD26F0FBFE3C7183CEC51F8BEB77F653D7F6A3CBC772D21BF3CBD32BFE5D052BF645D0C3FA69B34BF5452473FD3DE503F5839D43EE86AABBD3789C1BEAB3E17BEAF9485BEFC1833BEF853C33ED578293FEFC913BF5B42DEBE8885FABE8F5344BF35EF183FD5CF9B3CF1F43ABFB5A6B9BDF393AABDA913F03E8AB0E13E64CC1DBFD1225B3E62D68B3C1F855BBF4DF31EBF4694963E8E0670BE0534513F7D3E4A3BB1E1A93E0B4625BF657014BD6A4DD33EF46C163F348007BF910F3ABE12143FBDAB3ED7BDDB5031BD7E1DB8BE96430B3FC3643A3F423E88BEFED4783EAB3E57BE96210E3E696FB03EB91C2F3BDB8A9D3EF016E83E48E11A3F0D710CBFAED8FFBEDC80CF3C876D8B3C48E10A3FB515FB3CFD87343F8885FA3E9B5A363CC139133FE9482EBD17D98EBEFB3AF0BD4E0B9EBD67D5873E1E164ABFA01ACF3EC139533F11AA94BDEA9542BF42CF06BFE10B33BF6DE7DBBEA69B043FE92661BF7593283F4B59463F24280EBF6A4D13BF8126523FA3017CBE08AC0C3FDB8A5DBF32775D3F55305ABF8126423ECA54413F0681153F5F29ABBE575B113F250641BE83F0B2B9B4C876BE3D9B95BEF90F293EAE47113F3277CD3E910F0A3F910F7ABF5C8F823D6B9A97BE8BFD15BF39B4583FBF0E1CBFB37B22BF265325BFE5D0A23EC217663E77A1393C58CA323E01DE623FCCEE393F2506513F228E65BFD1914C3F3C4E71BF4703983E64CC5D3F2A55A23BF93126BEC442ADBEF931563F234A5B3FB459753E5BD3DC3EE6AEA5BE8C4A3ABFF0A7763F8AB0A13E9565E8BE3D9B753FC05B603E3B70AEBEA8C64B3F835159BF5F981C3F643B2FBFE7FB49BFD044F8BE1B2FDD3EAD695E3E651922BE7B832FBFE3365A3FF90F093F77BEBF3EE926213F8D280D3FDE9347BF24B90C3F3B702E3F2428FE3E40FB11BDC9E5BF3E9BE64DBFF016083FBDE3F4BE58CA123FB1508B3EFF95953CF050943D63EE5ABF7F6A6CBF7AC779BF0DE00D3F182613BE637F19BE70253BBD2575423EE4141D3EA80098BD8126023EC3F528BE65C22FBD2CF1003D6FF0453EA2B437BEEE940EBD9FCD2A3E6E3440BE6957213D8ECC23BDC347C43C338AA53DAFEB17BD40A41F3E4772393E5D6D453E462535BE151D093E75021A3E174810BE46B6333EBEC117BE2063EEBD4772393EF0A7063E5648F93C73BAACBDC156C9BD2DB21DBD82E247BED2005E3D107A36BE89D2DE3D69002FBE705F47BE9144AFBDD200DE3D705F073E42403E3BB37B323EADFA1CBEC49488BDF6B4C33D81CF8FBD4E6210BE492EFF3CA1F831BEA1B94EBD185BC8BDA7E888BDE700C1BB2C7D683C302A29BECC2896BDAB5B3DBD43731DBD630E02BC126BF1BCFB5C2DBE1D5AE4BDD5E76A3D39D6053E00FF943BBB270FBEFBCB2EBEC52030BEF3716DBD9487053D4A29A83DAE64473C85B1053D284997BDCE8DA93D423EE83DD36A48BD772D213EB5A6F93DF2414F3EAB2688BC2A749EBDF2D20D3EB1BF6CBED6C56DBD5839743E1C7CA1BDD3D9C93B371A00BE3E7958BE022B47BE60AB04BDC9AB733DDE59BB3C6213193C27C246BEB1506BBEB4AB90BD4182623E41F123BE6822ECBD98150ABCCFF7533E2FDD643E80487FBEDB6D973DCB1007BEC32A9E3D90A0F83DDD24463EF7C7BB3D33C4313EE09C113E9FAB2DBE0C9369BEFD87F43D3D2C543C6DC57E3E1F852BBED5E76ABDF54AD9BDDCD7413E948705BC61C3533E3D2CD43DB7627F3EF94E4C3D46B6733E1D3827BEFBCBEEBCB285203DA1D6743E2FFA0A3D7FFB3A3E4390833D5F29CB3B384A5EBDFE7D86BDAA82D1BD",
      conv10_weight: "0x04000000197397BEC7BA78BEBF9A833D8FE4D2BE925C9EBEF94E4CBC1CEBC2BE3EE819BE0DE06DBE8C4A8ABE1AC01BBEF7E4A13EAF2564BE6D56FD3D27C2463EBDE3143ECA3284BE492EFFBD006F41BEDC46033D022BC73EB29D6FBE24EE313D5986B8BE865AD3BDD3DEC03E166AAD3EDFE0ABBE58A8953E9031373E8E75B13EB81E05BD058B83BD2731A83E8FC2F53CD2005E3E8CDB88BEC74BB7BEB62D4ABD73D712BE8159213CCA3204BE5AF5993EF016483EB81EC5BDA4DF9EBE4547323E78970B3D61C393BEAF94C5BE143FC63D38DB5C3CF129803D0FEE8EBD1F80D4BC6171B8BD840DAFBE9CDCEF3C80B7A0BE865A133E98DD533E3B018DBEA4707DBE2D435CBE5452A73DC7D79EBD8A8EA43E5AF0223D7429AE3C69006FBEBBB8ADBE8F53B43E1DC985BE903177BE71AC4BBE166A4D3D23DBB93D76C336BD287E8CBDB684BC3DF7061FBEA7E8483E693ABB3DF085893DA4709DBEA9A4CEBD46B6333EA69B44BE9A25C13D36AB9E3E3CF71EBD4DDB3F3C128340BEF8C2A4BEC52030BEA79196BC0B638B3DF775603EBA490CBE8A8EE4BDBC74133EAC8BDB3D60760F3EDA1B7C3ED57889BE7FFB7ABEFE7F1CBB2B87963D5F07CE3D8F5334BE333373BEE8D98C3ED6C52DBE772DA1BECE1911BE09FE373C0742B23DAED81F3EE8D96CBED575A83B696FF0BD4F1E163E74D2BBBD72F94F3E5F074EBE2653A53E4260653CB79C4BBDD0D5163EB2F4A1BD083D9BBE091B1EBDF2D20DBE1973D73D5CC98E3C08AC5C3E7B4FE5BB666666BED5E76ABEFD30423D1B2F1DBE80B740BE2AA9933EE92671BE211F343EBD007B3CFF213D3E3CBD123EB919AEBD3B704EBCD88133BEBED966BDC7BA383EB1BF2CBE645DDCBD6FF045BEF6281C3EFEF19E3DB7B41A3D4BE56DBCCEAACFBDD3A4143D836EAF3D48BFFD3DF31F12BE12F7583D34BF9A3D21930C3D732EC53DF261F63B14D0443E0C07823D6BB75D3D3CBD52BE1A511ABE2BFB2E3DB003E73D75021ABEA3E96C3D3D9B15BE41F1E33DF1F40A3EE4DA503DB5153BBEE2E4BEBDDE93C7BD89D25EBCB37BF23D5A9E073DBDE3543E963EB43D083D1BBE295C4F3E12143FBEF2B090BD61A66D3D12A53DBD17D94EBE7F30B0BDD26FDFBD6900EF3DC746203DAC1C1ABEAE47213E226CF8BD3B199CBD9C33223EAF94E53DD71709BD6283053C295C4F3E4E7FB63DCBD6BA3D5DDC863D865A533E3480373E5B99F0BC21CB02BCC1CAA13C76E01CBDF0A2AF3C696F703DB7EEE6BC3C889DBCC9C7EEBBDE9387BC97E2AA3C4E9785BD2107253D07EBFFBC6B7D913CE38835BCDDB5843CD07E243C5793273B99814ABDF7CC92BD08556ABD444C89BC29CB10BDFB0711BB08228BBBF7CC123BD80D5BBDEDC2C5B9CF4E863DFD9F43BDCA6C90BD371AC0BC89B5F83C361F573D01FB68BDA8C68BBD4F58E2BC6492913C5EA27A3DAF42CABC9695263D47205EBD8F19A83CA72215BDDCBA1B3D97AD753D6AC10BBC5D50DF3C7B14AEBC261E503D7F4D56BC488A483C520F913D687A093C2FFCE0BB45D870BDE40F863D2FA26D3BC85EEF3CEC51B83C938C1CBD2F6EA33C628470BD5DFE83BD573E4B3D715A703CA3E9ECBCAE0E803BCA190A3C52EDD33C700895BDD34D62BD3F7481BD020E213D08AEF2BBC9E53FBD77BE9FBC03B2D73C5D6DC5BB3881E93B19398B3DC5C97DBCB6847CBD98FA79BD4DF30E3D02B7EEBCD10575BD7407313DF67A773D83177DBD7446943C50FC183DC8B521BD7F4D563D9B20EA3C59190DBC0ABF54BD6E171ABD9BAC513D7E6F53BDBF2B023D3B8D343C42951A3C00E399BD0A1170BDD712F2BC54E3A53C8AE596BC1EFE1ABD98DD93BC80D3BBBB45D8703CEB1B183C9604A8BC0ABA3DBC3FE3423D3997623C36B0953DA96A823C8EE909BDF78F053BD1048ABB65AA603D7424173DD027723D4CA60A3D6FF51CBD38A110BD20EF55BD282C713D7C9B7E3DE89FE0BC7FBC97BD0B0A83BBB18A373D1630013D478FDF3C456498BDF14B7DBD4ED1113D07B64A3DAF424ABD7B66493D8B6C273E91D0163DA184993CC4422DBE336DFFBCE0F343BC423E283EFF78AFBC0F0B35BEC425C73C522720BE4694363E1FF46C3DFB91A23D598B8F3D9CA2233EF5100DBDBDFBA3BD2D431CBEB30C31BEE57E07BC63D1B43DCC7AB13D226C38BED2182D3D6B2BF63D2731083EF016C83D4CC3F0BC5E63973DFF95953D8AB021BE0C022BBE1D5A64BD0ABF543D999E30BDB329573D4A0CC23D3D61C93D11E4A0BD69002F3E7EA99F3C03CF3D3D419F483D87A2803DDC6800BE3789813D5F29CBBC0DE02D3EC7D79E3D20D22F3E6B2B363ED9CEF73D16C1FF3C0D6C153D75E533BC465F41BD282CF1BC2C65193E8716593DD8F0F4BD8CB92BBE3B8DB4BCFF78AFBC401321BEFFCACABD062F7ABD67ED36BD1058393D492EFFBDFBCBEE3D7E3B89BAB1E129BE9BE61DBEC4B12E3E598638BE52F26A3DFF21FDBD7923733D6E34403E2FDD243E39D6C5BCE605D8BC450DA6BDABECBBBCFD87343E6B2B36BE307F05BCBF0E1C3E9A081BBE742417BEB537F83DB83BABBDD5E7EA3DB0389CBDEC5138BE4850FC3D689684BD211F74BC32772DBE53D06D3D6EA3013EADFADCBD9FCD2A3E44A8523D240B983C67D5E7BD7446143E9CDCEFBC583934BE67D5273E9ACE4EBDB2F4A1BDE9482EBE7E1D38BE211F34BE98DD133E97FF103E96093FBC9D1125BECD3B0EBE696F303E7172BF3CF90FE93D42CF26BEE86A2BBE8885DA3D197317BE91EDFC3D7A362B3E5AD8D3BCBEC117BE1F85AB3D734BABBC3F6C0E3A50FC183EA0547B3CA9A40EBE1C0849BD95D4093E3560903B0B4625BECF15253BC74B37BEE431C33DF29881BD02D96B3D0091FE3D99F0CB3DA5BBEB3B9AEB34BDEA784C3D4DDB3F3C6154D23DDDB584BD481B473D58CAB2BD1361C3BC5CC98E3DF5A10BBD97A85EBD5E6317BD4A0C02BDFF21FDBD6B9AB7BD6B9A773D0569463D6FF51C3D86E6BABD85B1C5BD31082CBB888384BB5188C0BDB29DEF3D7B49A33DA88CBF3D17BCA8BD7E18213D3928A13D58A835BDB5A6F93D857CD0BD8AE5963DEBE2B6BD000080BD31CE9FBD7EC6C5BDDAE12F3D854284BD75029A3DC9B08A3DB150EB3D5C5A8D3DDA1BFC3DEC176C3C45D8F0BD65E42CBD37FDD9BC8E06F03D8D5DA2BC448B6CBD9D469A3D6210D83D6744E9BD6B9AF73DCC40653D492EFF3D58E7183D6D56FDBDA99F373D1AA88CBD234AFB3DAD69DE3DB5A6B93D53CB563D41D47DBD",
      conv11_weight: "0x0400000057ECCF3E4182823EE9B7EFBE4F1EB63E75029ABEEB73753E3C31ABBD86C9D4BDF1F4AABE21938CBDB4C8F63EA5BDA13EE7FB693EA8350D3E1FF48CBED9CED7BE8FC2D53EB1E1C93EFDF6F5BE280FCB3EFDF6753E304CC6BE9FCDAABEAED89FBE696F70BECB10C73E58C59BBD240B183D448695BD29ED0DBDA24576BE469436BEFD8774BE189554BE6132D53D1F85EBBE6210D83E7940593C8448063BD4609ABD1D5A643E5C20813E1AC05B3E6FF0E53E3F00A9BD96B2CCBE865A933EBC05523EFA7EEABE4704E3BB50FC983EBF7DDD3E189514BE5D50DFBCC9C859BDE926713E151D493E0569C6BCE3A59BBE6137AC3D4CA6EABE728A0EBE7FD93DBE4F1ED6BE5DDCC6BE567D8E3E1F2E39BD1973B7BEF46CD63E341136BEDD416CBD1283403E547404BF7593D83E3867043F62A156BC2E90A03EB150AB3ED1913C3FC5FED23E068155BE6727833CE5D022BEA453573DA2B4173F11C71ABFE71D173FBFB9BF3B10E907BFBD52263F3A23EABE265335BFE3AA32BDF7E4E13DBA492CBFCBA1453E758EC13DACA8C13D499D20BFE3A55BBE849E0DBF1BBB44BD4B5946BE257582BE6154123FC9763E3EEB7315BF575B713ECD3B3E3F728A4EBE4469CF3E7CF2703E50FC18BD615412BE5A64DBBEDA1BFCBD3CBDB2BE9604A8BCDCD7813E8F53143F10E907BF6891ED3E70CEC83E3867443E4D15ECBECA3224BF083D0BBF1EA788BE0000A0BE44FAED3E20D26FBE1C7C01BF6666363FE4149D3ECC7FE83EC66988BBFA7E1ABF014D043E9773A9BDE86A8BBE24281EBF3B018DBEA9A4AEBE645D5CBE696FD03E7A363BBF7AA56CBE91EDFC3E5AF5B9BE7FD92D3F4ED1313FBEC117BFF31F923E2731883ECA5421BF8AB0E13DC26941BD5249FDBEC520D03E5C20413F6EA3413FA08940BF7AA56CBE759348BF2C2B8DBDB7629F3E0309CA3E621058BFADFA3CBF4013813E0F9C233FBC05523ED95F46BF11364CBFBF7D1D3E713D0ABF85EBF13E933AC1BED7341F3FC66D443F21B0723D6FF0C53E97FF003F3480773E44698F3E11363CBE3BDF3F3F2DB21DBFB81E25BFB515DB3E91ED0CBF52491D3D9318443F431C8BBEC217E63E7446343F7FFB9A3E10E947BF2497FF3C4013113F8A1F733FD68BA1BDC7BA58BF865A93BE57C47ABA17B7513F8F5354BF431C4B3FFA7EEABD819543BFABCFF53E871639BF3CBD32BF128300BF978BB83DED9E9C3EBE9FBA3E61E0B93D3B700E3ED5CF9BBC9CA38E3B55C1283EB22E6EBE865A53BE6DC5FE3DDA1BFC3DAF94A5BEF6979DBE419F483D448BAC3E38F842BE70CEA8BE5EBAE9BE1CF0F93C09C4EB3C6744E93D72E1403DC1A8243E40A4BF3EC8073DBEF54A993E4D848DBED7342FBEAF27BABB70B1A23C3411763ECF66F5BEB4C8763EC9769E3ECE1901BF9D63803DD93DF9BE234ABBBE6E34C03E6666E6BEAAF1D23E32772D3E43AD893E228E353E39D6853EFB3A703E287ECC3ECE1911BE21B0F2BDF5B91A3E1CF0F93C35EF383ECC7F08BE3B53A8BDD26FDFBD2063EEBE7D3F753E17D98E3D67D5C73E107A763E3A40B0BD8D978E3E6519E2BE3B010D3E643BDF3E9FCDCA3E24283EBEC13963BEAA6054BE2731C83EF85323BE9A7CB3BD325530BEEC5138BE6ADE913E419A31BD03B2D73CAC8B9BBDDCD701BE6AFB97BDE3A59B3E8D282DBED1221B3EE56161BECA54A13E76A6D0BC1B9E1EBE323D61BD91ED3C3E287E8C3E107A763E6ADE91BE992AB83E4DF38EBC33C4B13EC1CA81BEF2D2AD3ED71272BEE09C913E6ABC34BE4B59863E6F8184BEC3D38B3E925CFE3D7D3F95BE832FAC3E2D0950BD105879BE8B6C873ECEAAAFBE1904B6BEB5153B3E6EA3A1BEB840423E92CB9FBEC442AD3E4DF38EBE8273463D6666E63DAAF1D2BD9B559FBE43AB13BC378901BE910F9A3EE7FB69BE07CE59BEFC35993D999E30BD9EEF27BEBBB88DBE6FF0853EB7629FBE492E9F3E849EAD3E33C491BE705FA73EC7BA38BED49A663E3A230ABE5D8A2BBD54E3253E4ED1113D39B4483EE97DA3BD287EACBEC25172BDBDE3143EB1E1E93D66F7243E03090A3DC7F484BD0F7EE2BB8EB028BB2653C5BDCEAA0F3E68B32ABEEE5A82BD6C09393E0ADCBA3C8CB92B3E12143FBE2041F13D7250423DCCEE093E1AA3B53D006F413EAE2A7BBD15E3BC3D5D6D053E3D9B953D1C7CE13D22FDF63D53AEB0BD67D5A7BD98DD13BDB53738BE3FC61C3E45D8F03D728A0EBE4694F63D64E983BD035B253DB0CA85BB734BABBC55C1283D2DB21D3EC7F404BD903137BEB9FC073E32E62E3ED6C5ED3D14D004BE280AF4BCA3CCC63D96B20C3EBB270F3E41F1233ECA375B3DA8C60BBE0C3CF7BC6ADE313E04560EBEC286273EEE5F59BD96B20C3D21B0F23DBF7D1DBE190416BEA1F405BC9A771C3EFDF6353EF4E06E3DFBCBEEBD8A1FE33D639C3FBDD174B6BD9D2E0B3D9CE106BDF25E353CF1F48A3E795888BE3FC65C3EDC291DBDBA494C3E3F355E3EDFE00B3EC30D78BC92744D3C910A633D29E876BD4850FC3DE09C513E04ADC0BD143F863EF73B143D46B6F3BD394547BE02BC053ECA5401BE107A363E5DFE833EE948AEBDE02D90BD1E16EABD4E6210BE6A4D933E6EA3413EBEC1573E1F858BBECBA1853EB7623F3EDBF93E3EA3017C3E76A650BD5AF579BEF415243D55C1A83C67D527BEBB270F3E0E4F8F3E2497FF3DD6C52D3E772D213E3480373E151D49BEBC91793D0000803DADFA5C3E7AC212BDBBB80DBED218AD3C420672BBE0BE8EBE0B4685BEEC5138BE93718CBBDE59BB3D143F463C7CF2303D575B913E0F9C73BEF46C96BD7862D63C8CB92B3EAEB6623EDC118E3D17D4B73DC3F5683E448B2C3E5FEFFE3CDC6840BE0AF409BD674429BE7DAE363EEEEB003EFC1873BD2DB21DBEAF42CA3C596E69BD7F30B03D8104053E4911193D234AFB3D13F241BE6154D2BDE7E3DABC46B15CBCB4C8F63D000000BE0708E63CB9886F3CDC63693DC9E53FBEEA0434BEE56121BE814328BDDC4B1A3DCEA5B83DB22E6E3D2CD41ABE4E62103E9D8026BDB5A6F93DA5BD01BE53E83CBDFE7D863D1D554D3DE945ED3B79E9263EFDF6F53DE943173D003A8C3D77DB05BDC5E3A23B08944D3DB81E053EB1BFECBD9B7285BCD93DF9BD6900EFBD903137BEBD5216BEA419CB3D5A2F86BDF20C9ABD287E0CBE2F17F13C680506BD7B832FBE944D39BD21B0F23D5391CA3D234A3B3E3B010D3E0C3469BA42CFE63DAE47E13D21020EBD161832BD0ABABD3CF949B5BC",
      conv12_weight: "0x04000000D7A390BE742417BE7D3F75BE3FC69C3E98DD93BE6666E6BDF376043D569F6BBEADFA9CBEDAACDA3E9B55BF3E8941E0BE75B0FE3CB537D8BEA0547BBD6C09B9BE3255903E9FAB8DBE91ED3CBE014DC4BE9BE6DD3E78F6F038397F93BD5760483D2BF697BE560E8D3E5EBA49BE3867A43EAEB6623E5C8F42BE68AE53BC01DE42BEBC96D03E5D6DA53E1CD3133D7DD0333E0B24C8BE567D8E3E4B5906BE3F575BBEF85323BE3E79B83EA301BCBED49AE63EFC1D0ABD8E75F13DF085C93BF241CFBE6DE77B3EC898BBBDDE9387BC075F983EEA9532BE5530AABEE258D7BE211F343E6891CDBEE926B13D7AA5CCBE1973B7BE9127C9BD265345BEC729BABE7368D13E0F9CD33E234ADB3ED3BCE33E4A0CC23EF7587A3D677EB5BDD42B653E5839B43CCD5834BD1765363D89D25EBD32C9C83C48C4943D11C7BA3B76896ABDD66EBBBC9ACDE33A84BB33BCCD1E68BDDCD7813C1C5F7B3DC6F99B3D35D252BD2D78D13CC32A9EBD75AB67BD909F0D3B0BD28C3C80D426BD083D1B3D29B3813DB4769B3DB40283BDA4A5F23C0745733B6F12033DAD518F3D63450DBDCC457C3DEC6987BD03B297BD21938C3D8D7F1FBD124E0B3D8D6239BDC6A2693C8D45D3BCBC74133DB9DF213D3C14853D39B4483D90D703BCCA8976BD2BC1E23CEEB520BC78280A3D1C7CA13D0490DABC640715BCEB56CFBCC780ECBC475A2ABD55A4C2BC8C84B6BCE544BBBCC021943D9626A5BCC4999FBD4DBE993D7F4D563CD39FFDBC7250423D091B9EBD76896A3D57267CBD4A5E9DBD7EE36BBDEFAC5D3D569A94BDEDD8883D98DD13BE742457BEF628DC3DEBE236BE1843393D5A643B3EB22EEE3D6EA301BEAB5BBD3D67EDB63D3A23AABEA67EDEBC787FBC3D882EA8BDE92671BEB37B923E9FABADBE8AB0813E7AA56CBE3B70AE3E4ED1913E7CF290BEED0D3E3E2063EE3D006F813E5F0924BB5D6D05BE728A4E3E67D5273E25AFCE3CBA49AC3EB7623F3E38F501BB7424973E6C40843B0F9C733E77BE9FBE2F6E83BEA8C64BBE5B423EBE80487FBECAC3A2BE2254293D2C827F3DD3DE203E4C1AA33DC00905BD0B410EBD448BACBE494BA53D2506C13D6E8BB23D41F1A33E4E62103E166A4DBEE4149D3D4226193DB459F53D2EAD863DB4C8363E2063EEBCFCE33D3D5917973EF9A027BE42CFE63DC3F5283E780B643E9B3D503D7958A83E1D5AA43E31ED1B3CCFBD07BDD0B3D9BD8048BF3C67614FBDCD3B4E3D09336D3D70CEC83D5D6D853DFDBCA93D3220BB3DF016083E4C8E3BBD300DC33CA0547B3CEB909B3C7E1D383D20D2EF3DCA3204BE935250BDED2A24BCD8B7933B643BDF3D57F8C8B83F8C90BD170EC43DBA12813B88F49B3D006F81BD211FF43DC16ED8BCE44E69BCDD0BCCBB857739BDACE28D3DD847A73C062AE33CF697DD3C919B61BD9FAB2DBD8941E0BD4165FCBC637A82BD450D26BD69E3083D6DFF4A3D5760883D5FD298BD89EAADBDDC68003EA13113BCC9E4D4BBF8C2E4BDA14A4D3D46B6B3BD8FC2F5BDBDA988BD92CBFF3D94DE37BDFC18F3BD0ADC3A3D12DAB2BDDD416CBDB4AED1BB0742323C4C4F58BDF90FE93D4D848D3D20240B3DF90FE9BD567DAE3D7992B43D302AA93DDC9DB53D448B6CBED7A3903EF4FD14BED5E72ABE34A2B4BEB53778BE1B2FDDBD006F41BE14AE873E9318A4BE350C1FBD27BDAFBD014D843E6A4D733E6DC5FEBD933A013EB9AAECBC7D3F35BE728A0E3EDBC4C9BCF2D20D3E7AA52C3E7DD0333D0C022BBE819583BEAA82B1BE73115FBDF90FE93D1FF46C3EBF0E1CBEED9E9CBED75155BC8C4AEABDFB3AF0BDCA32A4BE9357673CB4B027BD2B87163E933A013E4E45AABD54E3A5BE280FAB3E197357BEFB5C2D3E0E2D323DC364AABEF90F293ECC5DAB3EED0D7EBEF6281C3E520F513DF302EC3CEEEB40BDBE9F1ABD44FA6DBE7F13CABD0091FE3DFF217D3E7A362B3ED521B73DA69B44BE865AB3BE13F2813E933A413E4A0CA23E931884BEDFE0AB3ED95FF6BDAA0E393DE948AEBE3D9B553E48BF9D3E5986383DE7A90EBDAE0D15BD7BF99D3B941719BCCB1047BD153AAFBCDB85E63CFDA4DA3C7155D9BCB56C2D3DD80D5BBC7311DF3CA96A82BC151D493D5DA7913CC87B55BCEA0434BD9A2501BD35EF383DC2A4F83BCBF8F73C707CEDBCF437213B4DF8253C6093353D22B1133A91442F3DDAFE95BC37DF083CF2414F3CEE0827BD69520ABDAF42CABC9FB0C4BC344B02BDFCA806BC217626BDA6D510BDE10B133D689604BDF646ADBBBC572DBDBB44F53C4DDBBFBC4B59863C9318043DC13A0EBCBA66F2BCC98E0DBD153C85BBFE7F1C3C5166833C30470F3C7099D3BCD5264EBD3A5D16BD0DDFC2BB96E7413D07B5DF3B0569463D79060D3DB0204D3D7429AEBC670A9D3C18B0E4BBA86F193DD66E3B3C2AE01EBCC74B373D711B0D3D3DB926BA39B4C8BC67B801BD75B0FEBC6DC57EBDF706DFBD8863DD3DDB8AFDBDB3D2243D8A8EE4BD4694F63D936FB6BD48E1FABD8AB021BE14AE073EF298C13D9FE579BD8F53F43D863A2C3BC45ABCBDF949B53CD2001EBE603C833D6A6A99BDAD3429BDFC18F33DFC6F253D75021A3E4A41B7BD426025BEFAEDEB3D224F123DFDF6F5BDCC40A5BDE2E9153E0118CF3CE718903C1AA3B53DB98D063E4F4013BD637FD93DFE65F73D7593183E2524D2BB8195033E19E2D83D8CF422BC7715923D6ABCF4BD48DCA33D20240BBD1AC0DB3DB8E94FBD2384C73D50C28CBDEF86D9B911DF09BD6666263EE59BADBD4260E53D3B70CE3D74B5153ED13F813D4D6892BA0612143E63EE1ABE39B4083E4F58A23D2384C7BDE21E8BBDB3EAF33D14D004BE37FD99BD1B81B8BD637F99BD2237C3BD5A8121BDC009C53DB471C43CEA04B4BDF2B0D0BD4A7B033E46CE82BD236761BDD0EDA5BD596E69BDD5E7EA3DAB2608BD936FB6BC2BFB2EBDA857CA3C7FFACF3B99D87CBDF241CFBDA12D673CB37B723C1E16EABDC97127BD4B3CA0BCB9FC87BB87A240BD49F4323D73119F3D9912C9BD9D11A5BC7407313DFD9FC33C60ABC43D7AAAC33D302F403C3B01CD3D36EAA13D4BB0B8BD378901BEA4C7EFBC728A0EBDD93DF9BD03ECA33DC32E8A3B234AFB3D4816B03DBD8CA23DD751D5BC1E16EA3DB532613D857CD0BDF168633C7C7E98BDAF7C163D581CCEBCB37BF2BDAAF1D23DF697DD3DCA6C103D1A519ABD2788BABC849E4D3D36E5CABD79AF9ABDD044D8BDD42BE53DF0A7863DAF77BFBD78978BBD3E22263D",
      conv13_weight: "0x04000000CBB914BD83A3A43DD7A3F0BD55C1C8BE26E4433EA91320BF3C4E01BF789CA2BE919BA1BD3B01EDBE32776D3E6D56BDBE8D9C05BD7C61F23E8273863EF853233E211F043FACAD18BE1B9EDEBD44FA2DBEAEB612BF637F193E31B179BC3B01ED3E7AA52C3E341176BEFBCB0E3FFCA9B1BEBE9F9ABE01DE123FFBCB3E3FB81EE5BE2CD4DABE4850FC3DE4143DBF6C78FA3EB1E1E9BDA2B4B73E24B93CBF713DEA3E3EE8993D5F073EBFF38E33BF98DD13BE26E4433ED75195BD8A8E643E492E1F3FFFB23BBEDA1BFCBD4CA6EA3E5D6D35BF000080BE29ED2DBF8F53743E158C8A3E0A68823E24973F3E6688C33E053441BF840D4F3E295C4F3EBDE3043F8C4ACA3E871639BF986E123E4D150CBEBB27AFBE71AC1BBF827316BFC3F508BF4469CFBE0B4710BCE8305F3D92CBFFBDF6971DBEABEC3B3C7903CCBBD34D62BEBC9610BEDA3862BD5452673E24EEB1BC022B07BECB10473EC1A8843E348037BE4B59463E1C959BBBDCD701BE6666263ECE88D23C5665DF3CF31FD23D605969BD3D9BD53D80B7003E8A8E243ED7A370BE5F07CEBD83DD303DF111B13D9A5F4D3DE561213E8FE4B2BD691D953D287E8C3CD95F363E8638D6BD9FC8933CDFE00BBE9C33623E4694763ECE19D1BD933A413E5BEB0BBDF697DDBD8B717EBD3789013ED3DE803E57EC2F3EB4C8363E17B7D1BD0A6822BE4C3709BEFAED6B3EFC1833BE50FC18BE645D1C3E4A7B433E82E207BE8FFC413C554D90BD006F413E51BD353D576048BC795DBF3D772D813E1CD3933DAF25243E54E3253E6C78FABD34D769BDF77520BE7077D63CCFF7933DA796ADBC1B472CBD91D096BC7CB8643D8D28EDBDD122DB3DA56B263DE9D4953C48E1FABD3D9BD5BD9E29B4BD715AF03CF59C743CFB5CADBD4087B93DC4422DBD98FAB9BD45F556BD7D79813DA3AC5FBB04560E3DC0046EBDAD4CF83C7DE882BD234AFBBD1B0D603D715A70BC42EC4CBDA794D73B97ADF5BC4BCD9E3D8FE4F23DE4141D3DB22EEEBDC7D71E3D6D56FDBDD595CFBC3CBDD2BDC1ADBB3DFD87F4BD26AA373DB0381CBC99BB163BF7E978BDB6F3FDBCD7868ABC92744DBC067F3FBBE1EEAC3D8620073D98FAB93DAAD3813BAAD6C23B4BEA043DE7E35A3DC251723D211F743C1EC4CEBC0EF365BDC22F753D6688E3BDFAEDEB3D91EDFC3DCDCCCC3DFFECC73D6822EC3D857CD03C0248AD3D8D5DA2BD293F29BC917E3BBF66F764BE6683CCBD4E6200BFA779A73E925CFEBE5D6D05BF780BC43EE926213F7424273FE02D103FCDCCECBE4260253E23F3483D4E6230BF7446D4BE6688E33D560E0D3F9565C83E0681F53E1A178EBDD34D323FA01A2F3EBBB8ADBE2FDD84BE5D6D45BEE92611BF772D613EB7EE663D925CFE3EE9481EBF992A08BF6DC57EBEC976DEBE9CA2C3BE1EA768BEE6AE65BE302F403C7F6ABC3ED2E3F73C7AC7193FFFB22BBF58A8753EDB8A7D3E23DB293FB22EEE3DE6AEA53EDBF97EBDFE6527BF6D561DBF03788BBD9565483EECC039BE2BF6F7BEBC96103F0612343FD8F074BE9621AEBE560E0DBFFE433A3FAA82D13D22E0903DB37B92BE9F3CEC3E86C9F4BE2575823EE6AE853E234A2B3FE10B033F118DAEBDB29DAF3E7CF2303C992AF8BED0B3593DABCF953E4ED1113F8369983DA54EA0BEE8F6923CB81E853EE10B93BEC898FBBEE09CD1BE273188BED509C8BED6568CBE9F3C1CBF91D5ADBD789C823EE71D27BF8195E3BE8B6C07BFADFADCBD2497FF3E7FD99DBE4B5906BECB1047BECC5DEBBE917E0BBF789CC2BED6561CBFE09C11BE575BB13E903197BE07F0263F30F2B23B4DF3AE3EB5A6B93D73F4B83D6E34C03E6519C23E151DC9BEDE93E7BE3480D7BEAB3EB7BE3BDF0FBF7424B7BE4D150CBEFCA9313E053421BF9A771C3E44698F3EAF94053F4FAF543E10E9B73D95D489BE9CC420BE88851A3EA9A4CE3E728A4EBE0A68623E5AF539BE4182223E1F851BBF0B2408BF19E2583EEA04F43E006F81BECA32A43ED0B3B93E2F6E13BF8CDB683E3602B1BDBA49CCBE9E5E69BE48BF7D3EA8C60B3E8A7695BD38F3ABBC1DC985BE4013C13E6FF59C3C2731A8BEA4AA89BD6132953E5F070EBE6B9A373E02BCA5BE865A533E9560B13D04E70CBDB37B72BE896107BC6744693E0534B1BE810445BE1D5A24BED34D22BEDDB5043E0C93A93E8F368E3DD95FF63D8E03AFBB0057B2BC8D972E3E3C4E113ECE88D2BD5FEF7EBC7AC7A9BEE25817BE705F473EB6F3BD3E9357E7BC58A835BD9F3C8CBE3D9B153E1058993EFAEDABBE6744E93DAF9465BE57EC8FBE2575023E8CDB28BE4260A5BEB459353E1826933E6C43853D1826533E99BB163ED734EF3C03780BBDC4B12E3D44692FBEF853C3BE1B0DE03D24289E3E43ADE9BD904946BDF7061F3E3E79B8BE827346BECF66553E20D2EF3DAAF1B2BEDDB5C4BD4911993D9947BEBD63EEDA3DE90EA2BDDD5ED23CAB3ED7BD22FD76BD4816B0BD3B36823DB22EEE3DCAC3C23D9D9D8CBDE6CB0B3D9981CA3DDC291D3D3EE8D9BD99814ABCEE0827BD9014113DD0B3D9BD10061E3D65AAE0BDD191DCBD56F186BD3B8DB43DF623853D016A6ABD46B6F3BD09336DBDAB3ED73D1B2F5D3CF2B0D0BDC4995F3D751F003D7AA5AC3D2063EE3D5261AC3D5070313D0D89BB3D95F1EF3C67618FBDE0136B3B06D847BDF06D7ABD645D9CBD3D0AD7BD4C7155BDEC2FBB3D2BDB073B0589ED3B465FC1BD8A1FE33D328FBCBD1D38E73D51DA9BBDAED8DFBD63EEDA3DF90FE9BD32AC62BDF3591E3DC381903CA12D673D348037BD4FCC7A3DADFADCBD67D5E7BDB47184BDF4A6A23D3BC7C0BDCE8D693D88F4DB3D1E16EA3DA419CBBD9A089BBDF1630CBEEA5BA63D4EB9C2BC984C95BDDBF9FE3DB003E73C3D0A173EAF94653D9031F7BDF9A0E7BDB37BF2BD836E2FBD1B12B73D6F81043E4D840DBE67D5E7BC832F0C3EBEDEBD3D2CBC8BBD4850FC3D8BFDE5BD60E550BD8A93BBBD1283C0BC23322C3CDE9307BE849ECDBDB667163DF5DBD73D257502BE60E5103E1E488339567DAE3D4D150CBE842A35BDACA841BCDE54A43C73D7123EB401D83ADC46033EE17A143EFE43FA3D787F3CBDD578E93D02486DBD83C08A3D82397A3D60CD013DB6F3FD3DFB05BB3D1101C73DEEEBC0BCD8F0F43D2D78913D172B6ABD40C1C5BCE6AEA5BD89D2DE3D9CC420BD68791EBD79750EBDA0A6963C69528ABDBADACA3DBA14573D4F5DB93DDE0209BE938C1CBD31B1B9BDD999C2BD93E34EBD",
      conv14_weight: "0x040000006C78FA3D355E7A3E42CFA63D211FF4BD97FFD0BE0B46253EFD87943E72F9CFBE18ECC63D26E403BE197397BD6FF0453EA75C61BD882E283D0AD7233E4BC8073EDE54A4BC4772F93C8FC2F53D0456CEBE713DCABE9B20EABC20D22F3E8048BF3EB03DB33C2AA9133EB37BB23E95D4A9BED2009EBEE4839EBC3A06643D304C26BE2CF1C0BD3FC69C3E276BD43CBC22783D58A8B53E6957A13D3BC700BDCC7F88BE6F1283BE3560903BB7D1C0BE56D3F53B3789A13EF14BBDBD97908F3E984C553E66F7843EBA6B09BE4434BA3D6EA3013ECCEEA9BEDFE08BBE4ED1113E234A3B3EE5D0C2BE740C48BC11DF89BCF12980BD2D215F3E14AEC73E27C2C6BE6B2BB63ECC7F483E0DC3C7BDF77560BE4FAF943D9413ED3C5B42BE3E6744C93E0D716C3EC7BA783EB684FC3D6DE73B3EA089B03CCA32043EC90226BD68B38A3E39B4883E1361A33EC05B20BEFE433ABEEE5F993D179AABBD3DF287BD3333333E67D5E73D8CDB683EBADA4A3E630AD6BB812682BE49D74CBDC9763E3E2BFBAEBDE561613E97C584BD3C4E513EFA7E2A3EF7E4E13D9C33A2BE4D158C3EA01AAFBDC21786BEC05BA0BE68916D3EED8156BDDBA7633DEE7C9F3EBB278F3ED5E7AA3D075F183E24B9BC3DAA6054BD24B97CBE80B740BE810405BE11363CBE5F078E3E812642BEB22E2EBEEEEB003E63EE9A3ECA1AB53D273108BE60764F3E9C3362BE4E28C43DC30D78BB54E3253EC18D14BCFAB39F3D6688A3BE9C33623E98DD133ECB1047BE8FE4923E772DA13E84F0A83D1B2F5D3E772DA13EA54E00BE295C4FBED509E8BDE258573E7F6ABCBD0820B5BC2EFF213E86C914BED925AABCD0B3D9BD569A14BD4FAF543E9357E7BC713D4ABE4625353E66F7243E60E590BDA91350BEECC124BB13F2813D74EFE1BCDE9347BE917E3BBED42BE53D5188803C7F138A3D7094BCBD59DDEABC596992BDCAFD8E3D63B9A5BC333333BEEAECA43D516B5A3ECFA021BD508D57BE84D8993C3AE97D3D056986BDEC51383E3BDF4F3EE7E35ABCCDAFE63ACF2C09BD9335AA3D03784BBE3ECBB3BDA8570A3E04E70CBEDF4F8D3CEE5A02BE33C431BE7B832FBDCEC7B53C3F57DBBD5AD893BDCDE9B2BCF38ED33D8AB021BED00F233D4278343DBE9F5A3E55A4423D05862CBD439003BC3563513DF4E06E3CE89FA03D5457BEBDB1E1E9BD08AC5C3E71AC4B3E3FC6DC3D091B5E3E6688633EF7CC12BD39D6C5BC9CE1863D3ED00A3DE89F60BD529B383D4E2844BD787F3CBD5DA7913CAA7D3ABD240B98BC128857BDAC90F23CBC74933CB055823DBB7E81BD679B9B3D6B2BF6BC99BB96BDE700C1BCF2418F3D524406BDE23C9CBA81CF0FBD5E2EE23CDE54A4BCFFEC873D89247ABDAB09A23C04FF9B3DC286A7BC20B3B33B23102F3D24D662BD42437FBB062A633D6362733D444C893B28D53E3D7592AD3B1EA7E83CF792463DD6A887BD041C82BD56BC91BDEACF7E3DA16733BD5F48623ADD7BB8BCDF4F8DBC96E7C1BCC7116B3D3A7A7CBDCD751A3D144B003ABB615B3C048D99BB7B832F3D2B6EDC3B7CB864BCDAC960BC6A873FBC1955063C87E123BD66BD983DD49A663D76A6D0BC6F48A33BDF37BE3C46B588BA268D51BD0113B83C5B94D93C3997623C59C25A3BF2CEA1BB22AB9B3D7DE882BD40F67A3D9C33A2BD726D283DBDE0D3BB73D6A73BF31F92BDB936943D43CA4FBD0ABF543DDE76A13D65FC7B3D1618B23C418262BD3602713C5036E53C6AC18B3DB37BF23C6B485CBDF46C96BDDA55483D2159C0BCABCFD5BCEFC9C3BC5EBA893D63EE5A3D27663D3D60CC16BB2DB29D3D07254C3C15E37C3D543A983DFA61843CB37B723C91D0963D12F798BDE481C83B1B8178BDCEAA4F3D30D88D3D8F511E3CFAF202BD179F823D465F81BD8E403C3D984C95BDEA04343DD9942B3D9D853D3D4417D43C8CF84EBDF31F523D07B133BD1119563D8E3BA53C7AFC5E3D3F58C63B315F9EBD19CA893D0E4F2F3CCDC90BBC50E3DEBB31082C3CA99F373DDE1FEFBC5AF539BC6D9049BD78D418BB7EC6053D30F05CBD21E5273D547424BD7F8722BD9D2E0BBD2592E83C5839B43C1AFA273DCC2816BD9E41433D9CA223BD7FF623BDE3C718BCB8019FBCBD00FB3C05A8A93C11AA54BDFB743CBDE42E423B033E3FBD3A3DEF3B865AD33C4260653CA3E96CBD4B93523D863DEDBCC5E3A2BB41D73E3B5890663DE466B8BC0E4A983CAB78233DDC7EF93B77DB05BD7F4DD6BC005732BD0D37E03CECCF0FBAB3D2A4BCC5034A3D130A11BDD44334BD0FD1683CA14A4DBCD57869BC23322C3CB1DC523C423E68BD8FFC41BD88855ABDBD1D61BD03780BBD1B2A463DE38D4CBDFE2614BD492D143C7E746ABC5227A03CD1790DBD6FD8B63C9A5F4DBDC98E8DBCF6790CBC55875C3C01FB68BD74EF61BD61E039BDC347443C8F1CE9BB18B2BA3C4C3789BC772D21BE2861A6BDDF4F0D3ED0B3D93D8A8EA43DE67970BD1BF5903DEC3492BDACAD18BEE7A90EBDCC457C3D30BBA7BDAED81F3E3EED70BDC824233D5C2001BEF0A706BE05FAC43DF914003DB7D100BE29ED0DBD37A6273DDAE6C63DEC4CA1BC871659BCFDF6F53DF931E63C419AB13DC5C97D3C069E7B3DAED3C83D1A51DA3DA9A4CEBDAEF5853DA1DB8B3D2BFBAEBC128380BD8BE0BFBD4E62103E87F9723DA8570A3EA930363D641E79BDC7BAB83DD734EF3DA9A4CE3DBED9663C9C9B80B9CE19D13D7E35873D273108BECE8DA93DA913D03DBC77D43ACEC7B5BDEF8F77BC67657BBAF4FDD43D6FD8B6BA8D97EE3D1B2AC6BCAAF1D2BDFAEDEBBC6BD4C33DA5660F3D022B073EA7E8883D87A2803D158C0A3EF2418F3DF224693C51A04F3DC0046E3D8E75713DA9DE1ABD8AE238B86FF59C3C6DC57EBDEFC943BC94136D3CF5D6403DF29881BDA857CABC59FAD0BC36AB3EBD39D6C5BC280F8B3D6F9BA9BA878A71BD4BAB213D747B893D8D976E3D6C09793C38DB5CBC51BD353D5BCE253CB80636BD520ABA3CDF6D5EBBBD1DE13CAC5626BD61A6EDBC1B2FDDBC863DEDBCEA5BE63C5CACA8BCE544BB3C532289BDC76386BD0CB08FBB02D96B3D302F80BDFA7E6ABD92748D3DA4E4D5BC282C71BDE8A477BDE59B6DBD2D431CBDAE64473CF6B483BD1283403D9FE5793D8655BCBC94BC3A3DBB44753CE8BC86BD5AF5393D8273863D1023043D1630013D96EC58BC9127493DDD2486BD4C1AA3BCCF143A3D355E3ABD91442FBDFF217DBDEF3885BD5C035B3DCD06193DAFCDC63B9161153D0EDB16BDF31F523D2159C03C03090A3D09E1D1BC9B3D50BD55A4423CBA83D83C8D62393DA80018BDE50AEFBCE0F3433C9565083DDAE1AFBC8E403CBCCA4FAA3C76C336BDF16522BB2BDEC8BCC5034ABD2C7D68BC2310AFBC97E22A3D1E54E23BB7EEE6BCE71DA7BC8A752A3BECA3533DEFC9C3BC68AE53BC130F28BDCE3637BDE43103BD006F813C68E89F3C54000C3DD1790D3DFD9FC3BC97A85EBC79CC403D73D6273BFF217D3C2310AF3CD521373DAAB61BBC274EEE3CA20DC0BB70CE88BCA14ACD3C5D6D453CBABDA4BC64E5173C90F72ABD84BB333D74EA4ABDF3AB39BDF6D1A93C31D3F63CABEC3B3DDAE305BC21EA3E3D140088396D1C31BD7407B1BC53C5F9B9191C253DB3B53EBD224F923B76FBAC3BF3591E3D4E7A5FBC04E78CBCF706DF3D105839BE6F47B83DE5ED08BD57EC2FBE9E5E29BE98697B3D2041F13D3CBD12BED4609ABD7FD99D3E3C4ED1BDC30D783DE44EE9BC2C0E67BDA24536BE7A36ABBDD26F5F3E399CF9BC423EA83ED0B3993E1CEB22BE11C77ABEA8C60B3EFF219DBE3B704EBE96B20CBEFCA931BE478FDFBCF54A993E37540CBC21B0F2BDACAD58BEE3FF0E3B423EA8BEC8073DBE25AFCE3C10E9773EAE12ACBDAEB6E2BD80B700BED95F763ECFD8173CE71D873EFAEDEB3D2FDD24BEF19D98BDE8D98CBEC6DC95BE7368913E423E683D3EE8593E598638BE9CA2233DDE3CD53C7F6A7CBE0612543E7D3F953E17D98E3E9BE65DBEC5E6633DF4FD943EDD24A63ED53F08BBE5D0823E0F0B753E6E34803ED712F23D3D2C943E4625F53DB7D180BE3C6B37BD0EBE30BD9D465ABD83C2203BAD6EF5BC6EA301BD0569C6BC3BE466BDC7655CBB97AD753D3ECBF33A3737263D3E3F8CBC76719B3D371AC0BC0B5EF4BC74EFE13C3A7AFC3CCDE49BBCDB8566BCEBE236BD5DA7913CBE9F1ABD158B5F3B884B8EBD12303ABB3BE4663D0C595DBC556A763C581C4EBDAF5A99BDF2EA1CBD3B014DBD0647493D05C50FBD397F933DA2EE033D9EB55B3D1C5F7BBD179A6BBC8638D6BC3D493ABD2D3E853D2C48333DA37554BDDCD7813C5F984C3D4ED191BC42EC4C3DFCA6B03BE2E9153DBCCB453DF8A57EBDDAE12F3D72C3EFBBBBF2593D92E865BDAD4CF8BC7EC4AF3BACA8C13C0647C9BC24D6E23CD36A883D9352D0BCB6BE88BDDA03ADBC5B9499BDE8305FBD9B3DD03C5C5A0DBDFAED6BBDB055823D6A4DF3BD079964BD893CEE392575023EA2B4B73DF983013D9F3C2C3ECBDAA63BAC8BDBBD8D2782BBEBE236BD508D17BDED4ACBBA1D38E73DA25D853C4ED1913D091B1E3E956508BE87E1A33D17B7D13DE9482E3D5C3DA73D7E5784BD29CB10BE917EFBBD45D8F03DCDAFE6BA6666E6BD58FF67BCF46F173C6022DEBB31992ABEAE47E1BD554D103DB77F65BDDAE6C63D62F888BDCEAACF3D02F1BA3CF1BA7EBDDC118EBD78B908BDF54A19BEDBC4C93D2B87163EFF5B493D751F003D166ACD3DBC0512BE0395B13DECFA853D4772F9BDA301BC3C3EE8D93DBC91B9BD197317BEE0BE0EBE07B68ABD80D426BD696FF03DD21A03BC03CFBD3D622DBEBDAD518F3D7A362B3EAD4CF8BCB840023E40A41FBEF5DB17BE1DC925BE006F013E6900EF3DAE47E13CCB9C2E3DEB73B5BCCBD6FA3CE2CC2F3DB1F9383CD717093D4226193D96218E3CC156093D0135353D84D302BDC76306BDABCF553C32E62E3DF65D113DFE48113D8C101EBDBA83D8BC06D8473D5131CE3C9274CD3CA9BC1D3DE63FA43C03CFBDBCF88D2F3D1EFE9ABCDBA24C3DF354873CD8F50BBDD00F233D7E35073DFF782F3D27C2863C62DB22BD819543BDD1CB28BD2FBF533B0745F3BAFFE81B3CB9FFC8BB4E97C53C28F38F3B11DF893CC824233D71033EBD4451203D6284F0BC957D573D0C569CBBDBDC18BC7940593DAA7CCF3B520F51BD6EFA333D425BCEBC1EE134BCD00F23BD99F5623DC616823C8D62393D9EB55B3C9695263DF6402B3D09E1513D1878EE3C51A04F3DD4F1983C645DDC3C9E41433DF1F44A3DB4765B3DFB91A2BDA67E5E3C07F0963D0C76C33CCCEE49BD1CEB62BD53CBD6BC0875913B715A70BC5D8AABBC4F0687BD62BEBC3C05A392BC28EFE33A73D792BD9548A23D8D0B07BDF4320A3DAEF5453DB39858BD3E22A6BCD82AC1BCA45357BD9274CD3C0BB5263D732EC53C083D1B3DAA4885BDA67E5EBCCA62ACB9DF89993DB37BF2BB75C8CD3B7DE8823B2EE752BD41F1A3BDAC39803D92748D3D3F359EBD910A63BD399C793D8577393CC8D287BDDEAA6B3B4030473DC7681DBD1B4C43BCD5CF1B3DF5108DBC4182A2BDF5100DBD3D61093C556AF63CFD825DBCD734EFBCD639063DD5CF9B3DDE8E703D64CA87BAA51474BDC79DD23C6A183EBDC5FE32BDA5DAA73C677E35BD20240B3D513B323A0E4F2FBC481B473D6C43C5BB29CB103D85B69C3C6DE2E43CA2B4373DE40F06BD12A0A63CD50968BD43FF04BD74EFE13C5839B4BCFA6104BD0C06D73BE388353DA2ED983BCF4E06BDACA8C1BCB56C2DBDF3599EBCCE8852BDD942903CE789673B341136BD3D2C54BD806525BDC3F5283D21CD583D8C84B6BC1C98DCBB22E010BD1F80D43C997E893A996464BD2AC6F9BCEA5B66BD54C4E9BB14CB2D3D0742323D1283403CB329573D87A2403D89CF9D3A91B847BCE1EEACBCC6F91BBD7B2FBE3BE0F343BB3A7565BD9D465ABDFA6104BDCBF3E0BCC898BBBB7F6A3C3D895E463D0A9DD7BCD847A73C882CD23BD66E3B3DB8E4B8BCA741D1BB33C4313CC3D416BC4C5219BC3E3F0CBD486DE23CEFE1123DBBB88D3C6E35EB3B1618323DE0A1283D56D460BDB4B0A73C738060BD82FF2DBC4D150CBD12A53DBD787A25BCBC0592BD554D103DEED0B0BAB29D6F3D56BC11BD0343963DC4CE943DA79196BCBC3F5EBDB30C71BD53918ABD182693BDAAD46C3D41BCAEBCD847A7BBD07E24BC8811423D99477EBC1FBFB7BC2C9FE53C068195BC83C0CA3C5262D7BBFF782F3CE8827ABC618E1EBDEE948E3DB610643C2BFBAE3CCF2C09BD32E6AE3CBA65073C4339513C4721C93BCDE41BBDF792C63C65C786BD87F9F2BC328FFCBC55C128BCAED89FBD7FD93DBDE292633D3DB83B3D5C729CBD4C37893C1EFE1A3B846481BD76711B3D6D1CB1BC577897BC0586ACBC96438B3C698C563D791E5C3D3EEDF0BCA88C7F3D6EDD8DBD091B9E3C2CF1003D1479923D02D454BCAC8B5BBCED2AA43C8B89CDBCA0A6963DFD9FC3BC910A63BD425BCEBC26C71DBD",
      conv15_weight: "0x04000000E4835E3E772DE13E4D840DBD2BF607BF936F36BD7B148E3EAAF1B2BE4547F2BEF2D21D3F33A78BBD5C20413E1748203F2506813E40A4DFBD1FA2513D197096BBEACF7EBD7845B03D90A078BE48E1FABE0BB5163FA167033FC66D743E0B0C99BD3F35FE3E3B8D34BD910F3A3EDE710A3F7368D1BE560EAD3E363C0D3F1D38E7BD350C9F3DF6285CBED6560C3F4F1E56BE022BA7BE5F980CBE4F4003BF7FD9DDBE4F4003BF43AD893EBE9F5ABE62A116BF90A0783E01DE82BE713DCA3ED509083F3F35DE3D08AC0C3F5EBA093F71AC0BBEFA7E8A3EBA491CBFB1BF2C3EE78C183FC22FB53DAF2584BE9ACE4E3DD0B319BEEF3885BE14D084BD58CAB2BE44DD07BDA857AABE91ED1CBF3A921BBFAAB7C6BDA52C83BE8BFD15BF7B14CE3E01DE02BFECC079BE6ADED13E8716993E8239BABD9FABAD3EED9E9CBE8082CBBDBADACA3EB45975BE1DC9C53E2445A4BD8A8E843E29CBD0BEE42C6CBDE948EEBE8E3BA53D8E75F1BE371A103F7E8C093F053491BE8D976EBE736821BFCA54213FFFECC73D560E6DBE1C7C213F621098BE5D6D453E0EF8BCBDE258F7BE3F359EBEE6AE853EA9A4AEBE7C6172BE696FD0BE62A116BF8AB011BF143FC6BECFF703BF46B6733E516BFA3E0CC9C9BB6DE77BBEF9BEB83B5F988C3E1F852B3EDB8ADDBEFCA9B13E4ED1013F8F394F3BFF217D3E1895D43D2C65D9BE863816BE3D0A173F3C4E11BF4D15AC3EBE9F1A3EBE13B33DFF9515BC26E4E3BE17D90E3E2E90103FD350233C8A1FE33E3255703ECF66D5BECE19D13EC74BD7BE371A103F1B2FDDBED49AE6BD9C33823E3F35DEBDB5A6B93D4A0C023E1D3827BE5E6397BD91B8873DDC79073A728AAE3EEA95323ED42BA5BEF38E133ED235933D55C1A83CA8C60BBEE4145D3E8A1FA33E832F0CBEB8E94FBC448B2C3EA913503EFB5C2DBED6C56D3D3D9B953ED5E7AABE4182823E65AA203E4182823E63EE9A3E5C8F423E3867043E3789A1BE7B49633DECC0B9BE50E449BDCBA1A5BEF7AFAC3D355EBABEED9E3C3EDDB5043E02BCA5BEFC1893BE75025A3EA52C433EAEB6A23E8D28EDBD43AD69BE984CB53E569FABBCC80C543D8A1FA3BEFD87743EADFA5CBE0F9CB33EC095ECBC795888BE36C8A43DA77947BEE3369ABE419A31BCA8AA503BE78C283E5BB19F3EE56161BE8AB0813EFE2614BD462595BE2731483ECEC7B5BDC9E53F3DC217C6BE27A049BE3A7A7C3D9A08BBBE8FE492BE4A5E9D3CC0EC5EBE1CEB223ED1919C3E02BC85BE58ADCCBD9FCDAABE0E4FAF3E9E5E293E5F078EBE984C55BE51BDB53D522720BEE78C88BECBA1853E21B032BE8941203E624AA4BD4E6250BE7368913E9C33223E53918ABDD09BCA3D45D890BE8863BD3E70CE483EEEEB803E55306ABEA779873ECE1911BE0091FEBD9487053E0F0B953EAA82113E1D3827BE006F813EAA8291BE857CB03E780B243EC347443DD50968BEE882FABC6A4D73BDB8E4B83CF38E533E2506813ECBF360BCF33CB83D4772793E0C022B3E38DB9C3DDCBA9BBDA9A4AEBEE63F843EFB5C6DBEA60F5D3D9D8066BE54E3C5BE1A519ABDCD01023DA4DF3EBE3333B3BE6210583E6FBB50BC33C4B1BEA08990BE1C7C213E1C7CC13EA9A4AE3E07CE193E0FD168BCE5B8533D158C0ABE60C8EA3C764F9E3D3867043EF1F40ABE338AE5BC5B2598BD371A00BE45D8B0BDE92BC83DEFE1923CFF217D3C2C48B3BD19E2D83D6C76A4BB89D2DE3DED2AA4BC54E325BE3411B6BD9014113D64CCDDBD0805A5BB93A9023D5DA711BDADFA1CBE4ED111BECD3BCE3D4C6BD3BA5DDC06BE766CC4BD3D0F6EBD3D2C14BEF67F0E3D7EB38339EFFEB83D86E3F9BB94136D3C1D77CA3DD0B3D93D9A4267BD6FF005BE3867043EC66DB43DE5F21FBECE8812BED712F23D33DC00BDC1A824BEF0A2AF3C0B46253E09F9203ECA4FAABD59A39E3DAA82D1BDF4FDD43DB745193DAAF1D23DB5A6793D3FC6DC3D8E75F1BD50FC98BDF2B0D0BDDAACFABDE128B9BD83C00ABE091687BC51314EBD668823BEFFCACABD27C2863D621018BE894120BE6891ED3D3A230A3EE3361ABEE5F29FBD70943CBDFCC6D73C9773293DBE9F1A3E96EC98BD6F1203BDABE724BD1C7CE13D2F69CCBD5E4B083E71E6573DCE1866BBEC34923D48F9C9BDBEC117BED881F33D9DF43EBDFED4F83D5B5F243DF5B9DA3C6DC5FE3D55A482BDEB901BBD1DC9E53D14AE073ED061BE3D03780B3E446E863CD0B3D9BDD509E83DB762FF3DA96A82BD3F355E3D522720BE29ED0D3EB79C4BBDCA4FAA3CBB44753DAB3ED73DD3D9893D666666BD295C0F3E1B81B8BD5474A43D9752173B624AA4BD1D05883BCA8976BDB554DE3B4221C2BDF2EA9CBDD925AABD45D8F03D477710BDD6C5ED3D5A8121BD5A2A6FBD809A5A3DA032FEBC3D2CD43D5513443D3C14853D9A771C3E1DC9E53DAAF152BDF20C1ABD849EAD3E355EBA3EB589133D32772D3DE6AEC5BE5E4B88BE0F0BB5BE1DC925BECBA1E5BEA88DEA3B1FF4ECBEB81E05BE24B9BCBE7DD073BE1AC01B3ED26F5FBEFA7EEABE516B9A3E821C143D0681B53EE3A55BBE0C022BBEE483DEBE85EAE63B3F57BB3ED656ECBE9B1B933DD95F76BE2041313E95D4C93E77676DBC3CBDB23E19E2D8BD8BFD85BEC0B292BD2B87163E44698F3E9EEF273E431CCBBE68228C3EE948AEBE7DAEB6BEB07288BEA3929ABEE09C91BE96218EBEECFA053DF1F4AA3EF5D6C03C984C153E54E3853EE78CE83E4F1E56BE33C4D13E696F90BE17B791BEF1638C3E30BBC7BE925CBE3E8048BF3E92CB3F3EA3923A3E0F289BBC3A92CBBE615412BEC74B773E6666A63DB53738BE917E9BBE4C3789BEEBAD013D48BF3D3E58CAD23ED42B853E8195433EDA1BFC3D9F3CEC3E3BDFCF3DCBA1853E68CBB9BD280FABBEDA1BFCBD83C08A3E7216F63B1FD786BBFA7E8ABE5C8F02BE448B6C3EDC299DBD23DB99BEB5A6D93E3277CD3E280FAB3E9BCA22BC79E9E63ECC5DCBBEE10B133EB6F3DDBEF38E13BE8334633D0F4581BC204171BD9790CF3EC6DCB53E1058B93E14D0843E4D848DBE50FC183EB4C8F6BD226CB83E2AA913BEE8A4B73DD1229B3E0A6822BE2AA9B3BE4BC807BE3EE859BEDF4F0DBE8126E23E3199AA3EF775A03DAE47A13E787AA53B7AA5CC3E1E166ABE3F35BE3EF52D733D5986B8BE4968CBBCC52030BEAF2584BEF016883E6D569DBED6C5ED3DDB334B3DB806363DAA6094BEDBF93E3E573ECBBCE7525C3D9643CB3E3A23EA3E1748D03DC616023B17D9CE3E5530CABE3C4E91BE8E75313E9CC420BE2FDFFABAF4FDD43D3F91A7BDE8C19D3D64CC1DBE865A93BE6900EF3DA1F891BE44698FBE3480973E567D6E3EA835ADBECDCC4C3EFAED8B3E1FF48C3E6132D53DBF9A033D7103BE3DAC8B1BBEFFCA8A3D7FFB7A3EB32440BDF085A9BE58CA923E46B633BE0E3249BD4C37093E2F6E833E4547F23D6458C5BDDE71AABEFA7ECA3E41110BBB57CF49BDC139633E60E5503EB30C313E20D2CF3E20D28F3EF697DD3D2506A1BE69008F3E4DBE593C1826933DEF38453DA08970BEB471443D520FD1BCFAEDAB3EF706BF3E0534D13E5053CB3C6ABC34BECEAAAFBEF241CFBE378941BE8B6CC7BE7F6A3C3E0E4A98BC158C8A3E857C903E2766BDBC74D27BBC520FD13C4B59063E12A0A6BCE71DC73EEE5A42BED509C8BEF163CC3ECE88B2BE022B87BE26E443BE2AA9933E643B1FBECB10073E1904963E5709163D1F856BBE8577393CA9A4CEBE67D5E7BD158C8ABED578A9BDE483BEBE865A133E41F1233E14D0843E001DA63D8A1FA3BE637F99BE17B7D13E0C93293E96B20C3E48A72EBCACAD18BE6B9A973EAD69BE3EE3C758BE394507BE52491DBEBC05D23E058B833DBC05523EE02D10BE4F1E16BE0612543ECC7F883EDAAC9ABE789CA23E1361033EB1E129BE0AD783BE1C7CC13E7C0F973CC79D52BD423E28BEBADA0A3E4FAFD4BEF31FB23EC156C93DD044D8BE48BFBDBE0933AD3D65AA60BEBC0512BEC1CAA13EB537783EABCF553C8A1FA33EC98E8D3D925C3EBE9621CE3E89D2BEBEDAACBABE1F85AB3E3A40303D1CEBA23EB9FCE73E10E9B73E014D343F8FC275BE5DDC463EA089203F70CEC8BE333343BF8C67903D1D5AE4BD651922BED95F36BE5F298B3EE78C283D17D4B7BD166A8D3EF7065FBE134974BCAEB682BE32E62E3DA089203F12A51DBFDDB5443E5249FDBE5452273F9BE6FD3E4F1E16BEE10B333FA4DF2EBFC4422D3E42CF66BEE6AEE53E0F9C433F5D6DA5BE5917373E575B713E061294BEB7629FBE12A51DBF3255303F319A15BC80489F3E5C8FE23E508DB7BEAA82F1BE70CE48BE9FAB2D3EB806363D470318BF17D93E3FE561413F9A99093F615402BFB762FFBDD712F23E4013413FB537383E36ABFEBE3BDF1F3FE561A1BED93DF93E48BF7D3E8FC275BE0C93293E014D44BE77BE1F3E5BB1DF3E287EAC3E006F013E3277AD3E57ECEF3E378941BE302AE9BE5917973E8273E6BEC7297A3EEC2FBB3E65AA80BE22FDD6BE1D5AC43E51DA3B3F1EA7C83EC5FE123F5D1613BD6FF0C5BEA8571ABF6C780ABF86C9B4BE1214DF3E58CA12BF4625453F9D1135BF645DDC3DB22EEE3DB43B243B061204BF9F0260BD9A99093F6E34C0BE97904FBE9A9999BE68912DBE8E75313E1AA80C3DBDE3343F300D43BDF5B99ABEC9763EBFA52CA3BE6A4D033F5DFE433FAF94E53DD9EBDDBCB3EA33BE810485BE560E6DBEAA60F43E462575BE8E75F13D52490DBFA245163F3E7998BEB98D86BD8A8EC4BEC1A804BF849E2D3F4013A13EF90F293F228E35BF7C27A63DF6971D3E3480373F5F29AB3EE10B533EAB3EB7BEF1631C3F4E62103E7D3F45BF9A775C3E3B700E3F1B9E1EBFBC74F3BE3ED08A3D9D1135BF55C128BD855FEA3CACCABEBD8195033EF46C16BE4182E23D3EE8D9BDDAACFA3DDC63693DC7BAB83D60C8EA3BB30CF13D48BFFDBD4C6CBE3D8F5334BEC4EBBABDAC8B1BBE05C58FBC21E5A7BD97900F3ED6562CBE60ABC43D166A0D3E0F9C333D8A1FE3BD48E13ABE3F571BBE228EF53D20EF553DD044183EAE9E933DE10B13BE4486553DED478ABD959A3D3DD7A3F0BD1B9EDE3D1D8F993D29AF153CE3361A3D0E10CCBC4CA59F3BEB1E593B314278BDD2A9ABBDDB5031BDCE8812BEC8983BBEACCABE3DBA490C3E6F2F69BD9D469ABDDC2EB43D29CB103EE7FB29BEB22EEEBD2B8716BE61C353BD6C09F93D567D2EBEAF997CBD0B46253E6A6AD93C7B6689BD95D4093EACCABE3DE71D27BE3BDF0F3E3FC61C3EF4AC5EB82159403DE02D10BDC7806CBDAD86443D9205CC3D1EFE9ABC0F45813C956508BE26DF6CBDB4B0A7BC1826133E9695263D205E57BD8A8EE43D4390C3BD96CFF23C0BB5263E7DAE36BE9B20EA3C3B01CD3D4A7B833C4C6CBEBD3A230A3E772D213D1CF0F9BC7CF2B0BCE02D103E84D3823DA2B4373ECD92803D182613BE607223BBE38D4C3D58A835BE933A01BE46D3593DD50928BE08AC9C3D4C3709BE143FC6BC89D2DE3DBF654E3DF697DDBD7DD0B33C44C0A13D8885DABD0A6822BEA5BD01BEF31FD23D8AB0E1BD6154D23D431C2B3E1EFE9A3DF931E63DABCFD53DA358AE3D8CD6913D7E1D38BE7CB864BC068115BDCFF7D33D39B4C83DB806B6BC8290AC3D211FF4BD14AE073E77BE1FBEABCF55BCE8DE83BDFF21FD3DBC792ABD60760FBEEA788C3D8D97EEBD9B20AA3D787F3C3D65C7463D3B191CBD9C16BC3DC38190BCE70041BD75B0FE3CFE7D863DC22FB53D78978BBC9834463DA6B8AABD3EEDB03D4968CBBD608F093C6B8228BDB01BB6BCBB7E41BC0B1552BAB7627F3D02BB9ABB3B6D8D3A5DFEC3BDDBA7E3BC97C5843DA3401FBDF2EA9C3D503665BCFA2738BD79AF9ABD2EC555BD68CBB93C63D174BD3867C43D240B983D888384BA2EE2BB3D5986B8BD6F12033D56BABBBB1CCEBCBD19AD233D6B65C23C0F281B3D2A5261BD982FAFBD0A2E56BD82A87BBC8C2D043D68CB393D183E22BDDAE6863DDAC9E03C111E6DBDA69BC43D5183A93D88D7753DCF6B6C3C81212BBD6F2A92BD6DFF4ABDDB511C3C11DF89BC9B1B53BDD235133DA8AAD03AD0D596BDAA7D3ABD58FFE7BC888043BDCE36B73D8CDB68BD79CC803DD6A8C7BD6475AB3C5001B0BD80483FBDD09BCA3D9A94C2BD2BDEC8BC231546BCC6BFCFBCE1EE2C3D062A633D1F9D3A3D7B8846BD6BD7043C51A08F3DAA4805BD23A12DBDACA8413DF2D2CDBDC66D343D4A46CEBC1E8A823D7EA99F3D1A78A4B977DB85BBD200DEBCD105753D7DB38DBD6C3EAEBC095053BDC139A3BDD72F583D90BD9E3DC7116B3DD2E377BD3D493ABD11E4A03CD36A48BD9CA223BD07EB7F3B9FE5793DF415A43C0F45C13DD71709BD4C546F3D6DE2643C314278BDC7D79EBD8B2CE3B9D17476BD1C25AFBC2766BDBD96EC58BCF792C6BC53AEF0BB1E1B813D3524EE3C295C0FBDD639C6BD7B3194BD9865743A17F19D3D8ACA06BC1EF983BC1EA4A73A491199BD5648793D5298F7BAD0B8B0BD8121AB3D8FC2F5BD143F06BE849E0DBE67F24D3C1C9947BDFE65F7BD006F01BE3AB107BCFD87F4BD97E2AABD87FE893DEE5F59BD6FF005BE2575023E22FDF63DFAD51C3DC021943DB37BF23D24EE31BD97900F3DA779073EB5A6F9BDF2D2CD3D213C5ABC6891ED3DA4880CBD4A0C02BEE1968F3BD8F0F43D75AB673C095093BD07254C3D9E98753C87F9723C8DB494BDAA2B9FBD96430BBE9487053E8CF88E3D1D5AE43D45F556BC111996BDE0B9F7BB022B073E865AD33DD1AE823DB79C4B3D5227A0BC787AA53C98DD933D4B0294BD4694F6BD1F68853D8B4E96BB8CF3373D3EED70BD77676D3DF241CF3DCF6BEC3CCDCC0CBE1687B33D7DCB9CBD051816BCB1E1E9BD3546EBBCAED8DF3D053667BA280A743D89D25EBCBEC0ACBA6E3480BD7B66493D137EA9BDF931E63D2575C23DEA788CBD52F26A3BCA54013EBA6BC93D65AAE0BD268DD1BCD8F50BBD6210D83D4A7B033E2CD49A3D0A68223D85B185BDA60A86BD469476BCB0FECFBC855F6A3DFB05BBBC1AC0DB3DD34DE2BD82E2C7BD3A5D963D19E2D83D06B90B3CC5C97D3C26AAB73C0EBEB03D4EB9C23DDC804FBDCCD1E3BC9678803D1A515A3D4F20EC3BE97D63BDDAC9603D88F49B3D003A4C3D1FF4EC3D02BC05BE598B8FBD3BC2A9BD33F9A6BDEE5A02BE0BB5263D0D54C63C87F9B2BDE292633C8A937BBD889DA93D4E9C5C3D7651F4BAD7C0563DD0B3D93D8B6CE73C3C6620BDE466B8BDD0B4C4BB832F0CBE732E85BDBC5AEE3BB9A5553CBC22B8BDFD87F4BCF38DE8BB65C7C63DF90FA9BD0EDB16BDFBCBEE3D0F971CBDB1DC523C2AA9133D3945373FAF94453F9B55BFBEA2B4373E1826D33ECC7F48BF8048DF3E4A7B43BE6F81843EB6843CBEB07208BF43AD893E0AD743BF48E1FA3DDC2E343D2AA953BFB5A6993E93E4B9BBC05BE0BEDB8A7D3D8273863EE10B533ED93DB93E3D9BF5BE3E79383FA774B0BB9487C5BE569F2B3E9D8036BFCF6655BF90A0D8BE4CA61A3F567D2EBFBCAE5F3DF5B9DA3EB9FC073EA01AEFBEA27F82BC083D1BBE8CDB28BFA5BD81BE19E2583F956548BFD93D19BFB1501B3F91ED1C3F76E02CBF0C93193FE561213FC24CDBBC1B0D10BF035DFBBB7C6152BFA01AEF3ED9CE07BF107A96BE89D21E3ED509883E5DDCE6BE3A924BBE098A1F3EC442CDBE32E61E3F601F1D3DD42B853E91ED1C3F105839BFF7E4113FD7A3D0BE053401BFC1CAA13E46B6F3BD48BFDD3E8A8E34BF40A45F3E66BD18BD7D3FD53E13F251BF04E73CBF8BFD853E31995A3F083D2BBF3F57DBBE190446BFCC5D0B3F24282EBF371AC03E07CE59BEC22F753D2D215FBED7A300BF4CA61A3F3B703EBF2CD45ABE7671FB3EB9A5D53B2653053D3F572BBF325500BFD656CC3EE6AEA5BEB37BD23EFBCB2E3E0456AE3E575BB1BE984C15BE7A361B3F423E08BF5F983CBF2B18053FDC68203F0DE00DBFFAED0B3FA01AEFBE3C4E013F67D5A73E091687BD6D563DBE61C3233FB684FCBEBEC1173E1E160ABF80483F3F65AA30BF575B413F60762F3F69004F3F0AD7C33E0F0B453F0BB556BFC5FE72BEDAE6463DD5E7EA3DA54E50BFF38E233FA54E20BFDC6820BF8CB93BBFC0EC2E3F7671FBBEF5DB573ED3DE303F158CAA3EBE30193EEE5A823E5F98ACBEB762FF3D27A089BD58CA323E4772F93D2C6519BE8256603D88855A3EB003A73E8941A03EEE7C7FBEA1F39ABD4469AF3E3C66A03D2063AEBE99BB56BE0C022BBE20632E3E7FDE54BDD3A494BDA089703EAA60B4BE66A0B2BDE71DC73E5BD37C3E4694763E9318A4BE098A9FBE02BCC5BE88F4BBBE36ABBE3EB4C8B63EED9EBC3EB70B4D3D182693BE1D38A7BEC4428D3E7845703D09F9C03E333373BE637F59BE67D5673E3255B0BECAC3023E1EA768BE492EFF3D7B836F3E9D80A63EE10B933E2497FF3C7958283E23DBF9BDBA6B093E81ECB53D5BB656BD6974C7BDA4C258BC98DDB33EEF38853E5F29CBBE90A0783EFB22A1BDB81EC53E075F98BE57EC8F3EF81A02BC000040BE6900AF3E50534B3DB1506B3E444C89BDF2B010BE5A649B3E9D9D8CBD14D084BEB6F3FD3DA7E8483E0C93A93E857C103EAB3E17BE917E7BBE81CF8F3D26E4833E772DA1BE1B9E5E3EF31F923EFFCA4A3D3D2CD43DE78CC83E14AE473ED42B25BE6B9A773E0187903D6688E3BD9FABAD3E5DDC06BEA4E4953D6519C23E302AA93E2CD4BA3E4772F9BD4E6250BE29CB103EFE6577BED26F9F3E295C0FBE4C37893E865AB33E7DAEB63E3B70CEBD3B014DBECF66D53DCA32C4BE8C4ACA3EC7BA38BEFE7D46BDC7BA38BEA089B03EC4428D3ECF6BEC3C13D59B3DEBE2B63E24B99CBE1826B3BE05A352BE5917B7BEEA784C3D5DDC06BE0F0B953EC4B1AEBE583994BE99D87C3D8BFD85BE3FC65C3EEBE296BEA323B93C24B9FC3DC74B37BE2FDD243EC4EBFA3C96B2CCBE8CB96BBEF5DB17BE865A53BB211FF4BDC5FE72BE97900F3E8C4AEABD906BC3BD7C61723EA16733BEFBCBAEBD800EF33CEB73353E26E443BE2029A2BD41F1633D6210183E51A5A63D166ACDBDAF9465BE33C471BED5E72A3EEA3EC0BDC8B5A13DCB4A13BDDE7621BD821C943D88635D3D064C603CB7D140BE1D5A243E4F75C8BCDD24C6BD5BB13FBCB7D1403EC269C13D8E06303E4B59463E9031773EB81E45BE3EE8D9BC666626BE00A94D3D3507083D3EE819BE8CDB28BE3D9B553E280F4BBE4A0C423EB81E85BD7368113E73D7123EDDB584BBFD33833AF8C264BE3F35DEBDF5A10BBDB476DB3C2A8C2D3D637FD9BD9FC813BD50FC18BEACA8C13D378901BE7715923D68916D3E4C3709BED6C56DBE814328BD60764FBE38BE763C9CC4603EFAEDEBBD029A48BE4B766CBD6154D23DDB8A3D3E865AD3BC0E2D72BE3C4E113E0B2428BEC0CFB8BA97900FBE778493BD83C00A3E44692FBED28DB0BA543B43BB88631DBEA3E9ACBD520ABA3DFAED2BBEC0EC1E3E865A53BEC30DF8BCDE718A3C07F016BD4625F53D1FA2D1BCDBDC983CEBE2B63DA69B44BE3F35DEBD08AC1C3D3D9B553E4C2D25BA9A081BBE52491DBEB1E169BEFFB23BBE2619393D80B740BE31992ABEEE77A8BD4030C7BDB8AF433E5C2041BE5F46B13CB8239CBD15747B3DEE7C3F3E7CF230BE2367A1BD4BC8073EB5A6F9BDCF66D5BDB4C876BE22FDF6BDBA490C3EB3EA733DC5728B3DF31F12BE3B01CD3D9CA2633E8D286DBED13FC1BC4C8E3BBD575D873BA913103EAEB6E23D68226C3EA20BAA3D6E8BB23DD46105BC1D5AE4BD60AB84BDA8358DBE96434B3E1361C3BECC5D0BBE4013C1BED8F0343ECC7FA83E931D9BBDAA8211BE448B8C3E5C57CCBB1F852BBEA857AABE492E3FBE72F94F3E26E4E3BEFAEDABBEDC46A33EACCA3E3D9CA223BEACCABE3D62F3B1BDDA1B7CBEF6281CBEA8358D3EE6AEA53EC6DC95BE0C02AB3E2B1855BEE9486E3EF77580BEAEB6823ED3BC833EE561813E74B5153E7845B0BD2DB21D3EA01AAFBE76719B3ED1915CBD1A511A3E492EBFBEA69BE4BEC58F31BE11C77ABE52B89E3E0DE02D3EF90F293E075F983ED5E7AABEA245B63E3E7998BE8FC78CBD8B6CE73E1D5AE43DEECEDA3C228ED5BE984C95BE87A7B73E8FFCC13DDE71AABEA8354DBE23DB793E63EEDA3E4D158CBE3789C1BE477239BEAC730C3D9A771C3E51DA1B3EA3923A3EE449D23CB840C23E547424BE3B01CD3D79E9C6BED57869BC3945473D302AC93E6FF0453EFBCBEE3DF14666BD8FA58F3D46B673BEDCD7813EFBCB8E3ED07E243DF86B323D8D97AE3D23DB993EB22ECEBE9D63C03DE0A1A8BD88F4BB3E273188BE66F724BE34D769BDC971A73D5305E33E22DFA5BBBD52963EE4A0843DA9A44EBE3FC6DC3DF163ACBE273148BE21B0323E7502DABE091B5E3E82E2E73EEBE2363D3411363E8CDBE8BD7B14CEBEE6AEA5BEBA6BC93EF4A622BD1058B9BE31998A3ED656CCBE917E7BBED200DEBD6EA3C13E470398BEA245763E01150E3C910FFABD96B2CC3ED122DBBEC217C6BE3D9B153EBD1A20BC89D25E3E910FBABE44C0213DBE9FBABEFDD98FBC0091FEBD04E70C3E2DB29DBE2844C03C1B0DC03E273188BE1A2DACB99CDCEFBC9CA2233E211F34BEAC8B5BBC03784B3E82E2473EA20DC0BB20D22FBE952B3CBDF931263ED3DE20BE3E79183ED044D83DC993A4BD8D5DA2BDAC8B1BBE6E69B53DA661F8BC57CFC93D568245BD2AA913BE39B4483EC4B12EBECBA145BEB0C99A3D1B0DE0BDC3642ABE17B711BE03098A3DA515DF3AC74B37BE87F9B2BDAC8BDB3DA01A2FBEE4831E3DF5DB173EC58F31BE48A72E3CF27B9B3CB7D1003EF41A3B3D6891ED3D091B1EBEC5FE32BEAC730CBD34A2343D4A7BC33D8638D63DA4703DBE01301EBDD8D30E3DCD5834BDA8C64BBEE50A6F3C857C50BD89EAAD3DB537383E992A183EDFE04BBEC251B2BD14D004BEB77FA5BD5986383E8811C23CC21726BEC51B993D925CFEBD12A53D3EE8D9ACBCED470ABD52491DBE713D4ABEF5DB17BE0B4625BE448BEC3D850838BD4B59063E0D54863D40C1C5BCE8D92C3E90A0F83DD93DF9BD454732BEBD5216BE637FD93DD49AE63DF67AF7BC86C9143E7CF2303CDE710A3E5AF0A23C1A511A3EFBCB2E3E6BF129BD57CFC9BD4B5986BD3DF2873D9031B73DB22E2EBE1CB1163DAF9425BEF54A193EC58F31BE65C786BDB30C31BE04560EBD9031B7BD54E325BD904E9DBDDE019E3B54000C3D8FC235BEE1459FBDF2410FBEFF21FDBD1288D7BC95D4893D5452273E81099C3D26DFACBD3B010D3EFB3A303E1FF42C3EAF25643D5726FC3CF5A1CB3D61FD9F3D2A57B8BD7E0092BD835109BE707CEDBCFB3A303EDE0249BE29CB10BE158C8A3D5B99B03D541D72BDF4E0EEBC56D460BDD88133BE3B53E83C721676BD83C04A3E8C101EBD28991CBC8FE4F23DED64703D74EA4A3DEF20763DEEB1F43CF224A93DCBF8B7BDF2B5673D800EF3BC4A29683C9291B33D6B9A773D58E7183D4260E53D42959ABC44FAEDBD42CFE63D4356B7BCC87BD53C8412A63D132C8E3DA5668FBDF5DB97BDE3DF673D91D5ADBC1DACFF3C34D7693D15A9303D26706B3D137E29BD6EA3013D41F1E33DD93DF9BD696FF03D664900BD4E0B5EBD0282393D231586BD62D68BBD7CD54A3DF88DAF3C7424173DEEEBC03DFCA9F1BDBFD4CFBCEB564FBDDC63A93D5BD3BCBC280F0BBD9A5FCD3C3737A63C8E40BCBD8FA58F3DD0B3D93D344B823DC97127BD6AA425BDA419CBBD8DEEA0BD9869BB3DD80D9BBD9B3D50BC60EAA7BDA01A2F3D4A5E9DBD86C9943D1B9EDEBD38F842BD6744A9BDECA6143CB56C2DBD7D96E73CD942903C82FF2DBDD49AE6BDF11131BDEEEBC0BDB3EAF33DFBAD9DBB9279A43DBDC6AE3D25E99A3CAED85FBD7B31943C4D2D9B3DA11081BD572165BD63B9253D6F2F693D4772F9BD7D79013D0DA9A2BA9548223DB1C4833DD656ECBDB537F8BD2029A2BDC9B00ABD7AE3A4BA213C5A3C1C08893D2159C0BC3E79D83DF5108D3D1D38E73D5890A63D111E6D3D35B316BC9031F73D6F1203BDA987A8BDF4F8BD3D317818BC7901B63DC7F404BC5183A93D1826D3BDF775E0BD3F7015BC772DA13D5890A63D21C8C1BD2A8CADBD87E1233DC3D3ABBDCFBD873CF7C7BBBDC8D287BCC7681DBDCD9200BD57C139BA3F57DB3DF628DCBD82A8BBBD6822EC3D814328BC5A48C0BA9548223CF5D6C03CD712F2BD3D9BD53D8104453D1E162A3E0A68A23E8FE492BE32CB9E3B5F294BBE12A53DBE21B0B2BEB537F83D83C04A3EF54A993EF1F44A3EA9F6A93DB98DA63E0B63CBBDBADA0ABE70CE08BEF376843DBA6BA9BECB4A933CB81FF0BB533F6F3DCAC3A23ECC5D0B3E378901BEC00985BC38BBB53B371AA03EF4FDD43DAF94E5BD4ED1913E1F85ABBEFE6577BE9D8026BE8CB9AB3E9FAB8D3E371A40BE74417D3DAED81FBE41F1A33EB5A6B93D68222C3E9C33A23EF931663EAE47A13EA52C83BE0F0B35BE569F8B3ED34D823EF085493ED42B253E787A853EE9D495BCF46C96BE0C022B3EC9763EBEED2AA43D670F343D3BE4A6BD1E16EA3D4B76ACBD2BF697BE14AE873E4182823EF85323BE3B8D343DF08589BEFC18333EB98D06BD57ECAFBDD34DA23E107A763E2506813E6666663E68B32A3EA2B4973E82E207BE9BE69D3E7C9B7EBDC9763E3EAF94E5BD98C0ADBCFF213DBEA91390BECB1007BE9EEFA7BE3B010DBE812602BEDBF99EBE2A52613DDC68803E304CA63DA1D694BEED9E3CBEF54A19BE166A0DBE68222C3E2F8672BDAF25A4BEE10B133E29ED4DBE19E2B83E865AB3BE0EBE703E6F2EFE3B8E0630BE0A6882BEF7065FBED3DE20BEAF25A4BE7AC7893E053451BE38F8A2BED714C8BB5F298BBEAC8BDBBD711B8D3EE7FB893E0C93A93ED26FDF3D9FAB8D3EC190D5BC20D2AF3D4C1AA33DF2D2AD3EF6979D3E3480B73E93A9A23E4FAF54BE8D28AD3EC05BA0BE8B6C27BE88F45B3E234ABB3E696F90BE3D9B15BEE0F3C3BC404DADBD54E365BE11363CBEB1E1693ED509A8BED6C56D3E22FDF6BDCC7F083E",
      conv16_weight: "0x04000000FCC316BCC1CA113F7FD90DBF51DA3BBF3737A63DDB33CB3D27A0093EF1F4EABEABE724BD4F4013BE8FE4F23D94F6063EC6C4663D7D3F353E91B8473D302A293E8885BA3E72F9EF3E645D1CBEEBE2F6BE3480D7BE31992A3EE02DB03E37C38DBD569F2B3EAAF1D23DFB5C2DBE7DAE36BE44692FBECC7F08BEAA8211BE4339D13CDA1B3CBE6154523D7429AE3DCF66553E1EA7E83D5BD33C3EFDA119BC6744A9BE3277ADBE5C8F823EE4831EBD1973573FAAF122BFD3DE70BFB3EAF3BDF7060FBFF2B0503FA2EEC33D2575023F0EBEB03E3C4E21BFE63F64BED7A3503F68221CBF3867243F39B4E83E556A763C74D27B3D5322893C780BA43E8638563EF2B0F03EF2CD363D7CF2303F96433BBF2EFF013FDAAC2A3F17B7013FD1222BBFCA15DE3C7D3F85BFCDCCEC3E0F0B753E4ED1113FEF38E53EFE65F73DC9762E3FFCA9A13FBA6B49BECAC382BE7424F73E17B7D13DCE1901BF40A45FBE3BDF0FBE210725BD48BF7D3E44FAEDBE92CB5FBFC22F75BDF085793FE92621BF3FC60C3F9C3362BF12DDB33B7FDDE93B166A0DBECE70033D34A2343E08AC1C3E5B423E3E86C9D4BDFCA9113F8126223F431C7BBFAED86F3FBEC1073F17B7113F029A38BF5F075EBF20EF553D9EEF273E541B9CBB52B81E3E8AAB4ABDF29881BC7407B1BDEA04B43D42CF263E43AD69BD6F12033E5ABBADBD0AD723BED93DF9BD736811BECB10C7BC",
      conv17_weight: "0x04000000E2AFC9BCB1E1E93EFA7E6ABEAAF192BE7AC789BEF1F40ABE287E8C3E2FDDE4BE8BFDE53DDB8A3DBE5B9805BC711B4DBE6076CFBD7120A4BDF697BDBED881733E08AC1CBEBA49CCBEEE7C9F3ECD3B8EBEF853633EAF77BF3D1EA7E8BE9CC4E03EE8D9EC3EE7FB693E04E7CCBE27C2463EB5159BBE2AA913BDBEDD92BB903177BEF853A33EADFABCBEFF78AFBC3D2CD43D24977F3E3D9BB53E63B48E3D3B01ED3EBF0EDCBE2FDD24BE1A519A3E04E78CBE7B83AFBDC45A7CBD17D4B73C10E9B7BE1361833EF2B0F03ECCEE093E4A7B433E10E977BE759398BEAB3E17BE88855ABEDFFDB1BDA4880C3DD313963AA913103E4B5986BEB1E1A9BE2FDD84BE3108CCBE871659BE583974BE4D10753D696F903E75025ABE4260E53D0EBE30BE1D38C7BEA835CDBD58A8D5BEFD6A0E3D4625F53EB30CF1BE8CBE82BC7AA58CBE39D6E53E1E6D9CBD5DFEC33D40A4DFBDB32480BDD712D2BEAC1C5ABE1748B03E325A47BD51DA5B3E50FC58BE910F9A3E2653053EAB3EF73E696F30BEEF3885BE35EF78BE1B4CC3BCD7A3B03E371AA03EB072C8BEF38E533E82E2A7BE234A3B3EAF4074BBC4CE143D58A8953EEE5A02BEF4A78D3B7689AA3DF437A13D8D5D22BDFDF635BE1B0D60BEA1F8713E12147F3E6519A23E43AD29BEAA60B43EB1E1A9BEFE433ABE226CF83D83867EBD9BE65D3E0B24283E74B5153E919BE1BCD93DD9BE7C61B23EAD695EBE38F8E2BE9222323D7B9FAA3BCB10E7BEDBBF323C4B59863EBA498C3DEA04743E8A1F63BE6974873D560E6D3EA2B4F7BEBD52B6BE05A3B23E8CB92B3E16FB4B3EEE7C3FBEDE3C55BDF29455BBDAACDABE0309AABE58CA92BEFA7ECABEC1CA61BE9790CFBE637FD9BD39B488BEC092AB3A5B423EBE3FA9F63CBEBCC03DD3DE803EA913D03DB8CCA9BD5305233E107AB63E4F1EB63E029A083E5F29ABBE7B88C63DAAF1923D6FF0853E6F0D6C3D1895B4BE4D158C3EFE4811BD1AA88C3D810405BECF31A0BD560ECDBE344DD83B4BE5ED3CE09C913EB515FBBD0C9389BE3411D63E3789A13E5F074EBE0456CE3E1B2F9DBEA8C6ABBEE8D98C3E6A4DD3BEE3A5DBBE986ED23E1B2FBDBE6132553E71AC4BBEDBF97E3D68E89FBCF775A0BE7C61B2BE17D9CE3D6EA381BE9DF43E3D711B8DBE7958883EEBAD813D0456AE3EFE433ABE24289EBEFBCBCE3E17D9CE3D431C8BBE65AA80BE21B092BE58CA323E0E4F6F3E6B2B36BEB6847CBE5A649BBE9643AB3E780B243EA1D6D4BE1A519A3E7424B7BE0E4FAFBE4772393E4B02543D04E7CCBE128897BD30BB67BE3D9BB5BE82CAF8BCBF7D9DBEE12879BD97FF503EB329573D865A933E7E8C993EBEC117BECEFCAA3D4D158CBEDE0209BE94D9A0BD38F882BEA779873E158C0A3EE319B43D7E8CB9BD2D219FBE5A647BBE029A88BE4182823E9487C5BE0A68823E2E39EEBC72F94F3EB537983ED93DF93DAB3ED73DDFE08BBEFE6577BE14AE073E8BFDC53EEB1C033DFED4D8BEF6289C3EB537B83E2575A2BE26AAB7BDDC68403E541D72BD5743E2BC022B873EA69B843EBC96903CE5F21F3E33C431BE40D9943DD734EF3DE3A55BBE6A4DD3BE46B6933E4182E2BDA392DA3E6891ADBEA60F9D3D9A08DB3E9D11C5BEC6F99B3A83F81FB83D0AD7BDF6975DBEF9A0E7BD3F35DE3EA01AEFBEB30CB1BE3BDFCFBD418262BE4F40133E6891AD3E0803CF3C3D0A57BEA8354D3E6ADEB1BE6C265F3C3867E43EE71D673EBC96D03E1E16EA3E4F1ED6BED2009E3E2F34D7BC1EA788BEB49341BD772DA1BE02BCC53DFD87F43C780BA4BE46B6933E098A5F3E705FE7BE16139BBC1D38873E9318043E56D4A03D5530CA3E5D509FBD2506413EBA6BA93E6F81E4BEE76FC2BD41F1A3BECA32C43E7A19C53C17D98E3EB4C8D6BE7D5C9B3D80B7A0BE250681BC5F294BBE2E733A3D5AF5B9BE3DD5A13D3945E7BE85EBD13DF628DC3EFFB29BBE5BD37C3E9FAB8D3EAF25243E787AA53E1CCEBC3DF38E533E8D972EBEC364CA3E3B704E3E2C65193E3EE819BE69002F3EC763C63D84F068BDBCAE5F3D7424B73E382D78BD772D21BE76E01C3ED42BC5BEB072A83E5C20C13E3A234A3E61C3B33E6F12833ED88193BEF085093E936F363DBF7D5D3E55A442BD6F81843ECD3B0EBE3F359EBE006FE1BE257582BE6DE77B3EE9B7AF3EF2B0503EC0EC1EBE3A92AB3ED2182DBDAE47E13E1D5A843E5452C7BE068195BE772DE13E80489FBEBC96D0BE3CBDD2BDAED85F3E9CF9553BD5E7CABE8D288D3E42CF263E40A49F3D4A7BA3BE71ACEBBE4260A53E90A098BE992A98BE425B8E3D6154D23DB762DFBE88F49BBE5452C73E7E74AABDAA60B43E4772393E9CC4803E88639DBE158C0A3E4A7B833DDDB5843C5EBA49BEB1BFACBED42B253E7424B73EAC1CBABEFF219DBEA52C833EF0A7A6BE022BA73E128300BE52F26ABDF1634CBEF3C81FBDC898BB3E23DB793EB7D1C0BE34A274BE1D38E73DC021943D029A48BECE1951BE477279BED3DEA0BE006F81BE36AB7E3EA5BD813D4BEAA43EB8AFA3BEB003A7BE42CFE63D55C1683E55C1A8BE761A693D14B39EBD948745BEF5B9DABD2CD49ABE2979B53D7250423CCA3204BE27C206BE448B6CBDBD35B0BD4339D1BC55C1A8BEA3013C3E54E3A5BE27663DBDF6289C3DD881F3BDD881733ED8F094BE674429BE5EBA093EE10BB33EE86A8BBEEA0474BE83C0CA3C67D5E73DF39114BC863896BEE86A6BBE554D10BDDE8E703DA1F8913E2DB25DBE5DDC46BE3B010D3E65AA80BEC1A864BE857C50BE74EACABCB81E053EEFACDD3C508D17BE4013E1BD158C8ABE477279BE772DC13E24B93CBE7103BE3D62D60B3DFBCB8E3EA9A4AE3E5A647BBE3277ADBE5C2081BEFE65F73D8AB0E13D46B693BEA419CBBD46B673BED95F36BEDD2486BEAED85F3E2731A8BE8AB0C13E4B02D4BC522720BE8126C23E4013E1BDD6C52DBEAC1C5ABEEA04343E8195A3BE96214EBE0820B5BD7368913E85B61CBDC217A6BE9D11653E0BB5863ED0B319BE2DB21D3D3D2CD43D143F863E211F343EF0A2AF3D61E28FBB228E353E3480373E8273463E8D97EE3D6E3480BE2B1855BE2D439C3ED2009EBE2EFF613E3BDF0FBED34D82BE1895B43EDF8959BDD34D823E705F87BE3928A1BDBA498C3E05C5AFBE61FD9F3C492EBF3E355E7ABEA88CBF3D98DD133E2497FF3D07CEB93E810405BE41F1E3BD60E550BE2E9080BECA54A13E24977F3EE78CA83D92CB9FBE273148BE674469BE54E3A53C333333BE1895143EDF1A98BD36CD7BBEB4C836BEE2E9553EB2BAD5BC705F87BE871659BE4469CFBE4182E23D7A19453D8542043D211F74BDDC4643BEB6F33D3EB072C8BEA01ACFBEDBF97E3E3C889DBC1C7C213E3A23CA3E6DC53E3EE92671BEC74B373E1B9EDEBD2D7891BD9FCD2ABE1D38E7BD637FD9BD151D493E6210B8BEBD52963E0B5EB43D302A69BE52B81E3E8A8EC4BE8C4AAABE22FD363E38F8823E8638D6BDC74B77BE05C5CF3E7097FDBB39D6453E27C286BE151D89BE1826D3BD371AC0BE1C7CE13DB22E8E3E728AAEBE4BEA443E90BD5E3D94F6863ED509283ED509683E4469CFBE67D587BE9CA2A33E6666663E956548BEDFE04B3E2497FFBDD0B3993EF7AF2C3C50FCB8BE8195433E6727833CA88C7FBDAD69DEBDE65C8A3CC0ECBEBE9F1F46BDF7065F3EDC80CFBC419A313C302A29BED3DEA03E567D2EBE1F858BBE9CC4A0BEEE5A423E61C3533EC58F713E1904D63E8E0630BEABCF15BE4EEEB7BD352985BD0B24C8BE10AF6BBD17D9CE3D7368B13EFDA4DA3CE9B7AFBCC66DD43EA8C64B3E7AA5AC3EF983813CA5BDA13EAC1C9ABE8CDB883E95D489BEA4707D3E9EEF273E764F1EBEB2F2CBBABF0E1C3D5396C13EF4FA933AE7FB293E8A8E84BEC8077DBE917E7BBEEC51983E5BD3BC3E07F0D6BEBB27AFBEF3026CBDDA8F943DCB10473C77BE1F3E7A36CB3EFBCBCEBEE86A6B3E2FDD643E7CF2303E96214EBE9E5EA9BE6ABC343E6ABCD4BE789C623E40A49F3E8D978EBEC3F568BE1B9E1EBEA835CDBD96B2CC3E32E66E3E88F41BBEF5B95ABEC7293ABE64CCDDBD787A25BE637FD93DA79116BDD55BC3BD8AB061BD810405BE787F3CBD1ADD41BDAA82113E3EEDF03C187D05BD50DFB2BD53C5F9B8C05B20BEBB615B3D9F935EBD02BC053EA9A40E3E3EE819BE0F9C33BDBA490CBE9EB59B3DD7A3F03D95F1AF3DE449923D9F5992BD7138B33DC91FCCBD412B30BD8A8E243ECAC3023EF46CD63DF1630CBE7077D6BCBF48683D4182E23DB537F8BD2BDEC83D4182223E27663D3D55C128BE2497BF3D03ECA3BDBDE314BE925CFEBD3DD5A1BDB1BFECBD0A6822BEACC527BDAB3E17BE7FF623BDD40EBF3D67D527BECEFCAA3D8BFDA5BD006F013E1C08C93CE99AC93CCEAA0F3E832F0CBECF83BBBCCDCCCCBDFC6F25BDF85323BED881F33D68912DBEB4B0A73DAE11C13A64752B3DFAED2BBE68222CBE2EC595BD6900EF3D516B1A3E983486BDD1221B3EA110813D60E5D0BC787FBC3DDBC489BDD6FF39BD448BEC3D302A293E5B99703D6C4345BD0C022BBEAF9425BECB4A133D486DA2BDC16E98BD45D8F03DC2DD593DAF5A99BCC98E0DBD1DE68BBDEF38053EF9A027BE3CBDD23D77103BBDAED8DFBDF9A067BD7CD54ABD20B5893CEC2FBBBCCA1AB53DB055C23D3D9B153E2844C03D598B8FBD8716D9BDE9B7AF3CD42BE5BD3A75E5BC9E5E29BE0F7F4D3D8E9518BC84BBB3BD522CB7BDEE401DBCB51A123D250601BE76FD02BD4FAF143E211FF43B4339513CD656ACBDC344033B6891EDBDC8CD70BD1B9E9E3DB4B0A7BC4A464E3D151D093E68222C3E011338BDD49AE63DF12980BD9F02A03DC4B12E3EF90FE9BDC98E8D3D0E15E3BCD4B7CCBC9B3DD0BC006F81BE5F07AEBE3BDF0FBE7E5784BDE92691BE65AA60BE97FF903BFDF675BEC0EC9E3E894180BE3108CCBE8B6C273EFE0E85BD3E5CB2BD28B6023CD0D556BD61FD1FBD840D0FBE4A7BA33E1E168ABEA3586E3D26E4433ECAC3823EE4145D3EA9A4AEBE6F1283BE6D1CB1BCC21786BE7FFB9A3E006F413E31D3B6BD20D28F3E04568EBED26FDF3D637FB9BEA1D674BEA089B0BE55C128BE3541D4BC3718EA3B317C44BDEA9572BE7AFC9EBD96B2CCBDBE3099BE6C265F3C143FC6BD250681BE344A17BCBFF1B5BD711B4DBE984C95BD5873003D31B179BCF8C284BEEB73953E8126C23B96210E3E49D74CBDEFFE78BD651922BEE17A94BEBFB7E93CD656CC3E9CC4C0BE3D0A573EF5B95A3C7B31943D37A7123CE3A55BBEFC18333EDE3CD5BC3A3B193D5B25983D9817603D917EBBBE2F6E633E8FE4323EF1638CBEC21766BEAAF1123E92E865BD3199CA3EE483BEBE43C5B83DB22E6E3E3FC61CBE19E2B83EE09C51BE86C914BEBCAE9FBD6076AFBEB30CF13D789C223E0B24683E029AA8BECEAA0FBEDA8F943DAC8BDB3CB515FB3D9B3DD0BCFE65973E4D84AD3E780B643E2C65B9BE744694BE2FDD84BE933AA13E9F3CCCBEB150ABBD925CBE3E98DDB33E01DE823E3563D13C91EDFCBD6E34403ECB9CAE3DBF0E1C3E0343563D55A4C23A473DC4BD6B2B963E1895B4BEEFC9C33D6154D23D92968A3D38F882BEC2C073BD093884BC6E34003EC4CDA9BBF016A8BEA52CC3BE6458853D711B4D3E1F858BBE03090ABE1CEB623ECF6BECBCACAD98BE5452673E6E6E8CBD7CF290BE0AD7633E7A368B3E3CBDD2BDF016083E069EBB3D9082273AAAF1D23D96EC58BC5721E53C60E550BE575B913E713D4ABEC3BB5CBD522760BE3962ADBDC1CA21BE91F293BD79E966BEFB5CED3D083D9BBD9CA2833E8CB98B3E8A8E84BEFA7E2A3E0DE06D3ECCEE493E014D04BED2005E3DB1E1693E780B643E3CBD523E3F355E3E5DFE033EED9E7C3E6B2B763E6154523E834CB2BDF77560BE77BE5FBEB6B9B13DA32379BE567D2E3E6744893EF5DBD73D32E66E3E0C022B3EA52C433EDE714ABE64CC1DBEC8073DBE12FA193CF8C2E4BD72DD943BB07288BE4E0B5EBD130F28BDEBE2763E0C022B3EF6971DBEF44FB0BD8FC2753EAC1C1ABEE78967BBA5BDC1BDEB8B043DDA1BFCBDFDF6F5BD8CB98BBEB30C71BE5E4B08BE52B85E3EFE65F7BD8481673D45BBCA3DA779873E16A4993D572165BD8CA11CBD9EB55B3DC05B80BE3B3602BD598638BE4ED111BE713D0ABE7CF2303E1748D03D7C7E983DED9E7C3E72F90FBE3867443E1EF983BC2FDD843EC538BF3DD3D9893D075F183E7F6ABCBD9A775C3E3CBD523E304C263E1FF4EC3D04E78CBE0D718CBEEE5A423EF6971DBE3A238A3DCD3B4EBE917E3BBE889FFFBB55D9B7BD978B783DEE77A8BD20636EBCF8C2E4BD1361033EF9A087BE8C4A8ABE657245398A8E24BE936FB63D3BC3D43B99BB56BE0E104CBDA2B4373EE7C674BDC39EB63D713D4ABED8F034BE5183693DA1F831BE4A468E3D029A483E9604A83C166A8DBEAB3E173E819503BE700855BD9031F7BD143F46BE8121AB3D70CE083EEF3885BECE8892BD158C0A3E6F81443EDE718A3E99F5A2BDACA881BD30819BBD319493BD07F0963DB8E438BD6DFF8ABD16A419BD8D7F9F3CF085893D302F803D7250823DF180323DFD30423DBB0F40BD6EDB77BBC85E6FBD7233DCBC293F29BC82CAF83CFCE3BD3C33DDEBBB855FEABC5C38103D1CCEFC3C85B4C63AB6A1A2BD2315863D6DE2643C6E4C4FBD49809ABCEF8F77BD809A9ABD25CC343D74D27BBC1FDAC7BB2041F13C8E0670BC67B716BC91D096BCD2E377BCBDE3143D8941A0BD18B23ABD96E7C13C7BF7C73CA6D0793DD8D38EBD81CF8FBD97908FBDF73B943D96B28CBD3CBD52BD77676DBDB56C2DBDF146E63C52F2EABC6B2BF63C4D840D3D1BF5903DC99324BD2A1DAC3C30EA243AB49381BD5EA27ABD5CAC28BDAF08FEBC103B53BDFDD98FBB543541BD4B6A32BAD9EBDD3C1D554D3DEB6E9EBC92E8A5BDFEF19E3D670FB4BCBDE3943D82AD12BD7008553D6C4385BD5DBFA0BDAA6054BDBB7E413C55185BBD03CFBDBCD2C611BDB3079ABD74EF613DA86F193D1C08893DD5CBEFBB7CB5A33A0DFD93BDB62D8ABD0F2BDC3B18B23ABDAD6E75BDA9F6693C384A9EBD68AED33C9EB55BBDB7627FBDD925AABC5036653DBE874B3D0742B23C78970B3CAC8BDBBC0E2D32BD422699BD5EA27A3D2FA3583D772D213D94F606BD4ED191BB6631313D00917E3DB6D6973DF41ABBBC0A8071BCFE9A2C3D21CD58BD739D46BD69A93CBDE2AF893D179A6B3D36B0553D40C185BDDF15813D07F0963DD95A9FBD6E51A63D991249BD9D1125BD4850FCBC96438BBB43E21E3D130A11BDE5B8533DCB4A93BC7B49A3BD7407313DE3C5C2BAE5B33C3D70B1A2BDC45F93BC30125A3C9430933D5D39563A7155993DF94E4C3C5B41D3BBF29801BDEA04343D04AD403D9088A9BD2E39EEBCF37604BDF5D640BDB69F0C3C494BE5BC9DBA72BDFFE7303DE73576BDEB39E9BCF8DF8A3DEFC9433DC0B2D2BCEA784CBC2F51BDBC63450D3D9773A93DF5D6403DB64AB0BD99F5A2BDAE81ADBCB8929D3DA83A643C8E3BA5BC70EB6E3D18972A3B567D2E3D63B40E3CC74B37BDA3CC063D1FA251BD9CE186BD6FD39F3CAAD4ACBD7D3ECABB12A026BDF7CC92BC42437FBCB0204DBCA22890BDE010AA3B1A8B26BD40FB913D7AE48FBD0C3C773DC286A73CDE3CD5BCB345D23B282CF13B7A362B3CCFBD873D24EE313C491199BD304C263D943093BD0DC3473D3F8B25BA94A46BBD0FB402BD1B12F73C3D0F6E3D41BCAE3C639C3F3D6AD95ABD9A94823CD95F76BD9430933D84F0A83D6215AFBDA9D9033DC80C94BD99F562BD79750E3D6B8228BDB285A0BD58FF673DFA6184BD76FD82BDF701883DBED9A63DB1161F3D5B7C0ABD7958A83C23DB793CE8C15D3DE466B83CB1DCD23C6CEC92BDB03D333CB0381C3DFD6A8EBDB5A679BDA30653BDEA0434BDED0D3E3D124E8BBDE84CDABBC6BF4FBD10069E3CB48E2A3CA913D03CA4C7AF3DCB4A93BC24B465BCFE4891BD55849B3BA18499BD42959ABC46CE823DF437A13D83DDB03C7ADFF83CBD35303D5CACA8BDF016883D946A1F3D06D8873DAD13173CFAED6B3C4C6C3E3D81CF8FBD3FA9F63C0F0B353C1CEB623C1956F1BCE9B7AFBC9FC8933D87333F3C37540CBDFA7EAABD05FA84BDF393AABD50C24CBDCEA5383C0F971CBDC5E6633C9DB9073C150063BD522C373D22E2E6BBE36BCFBBA243E0BAF4FDD43D8FC78C3DA67E5EBDFC1D0ABD784570BD1B6412BDCC0BB0BC4EB982BDB0AD9F3B07F0963D5F29CB3C7B31943C8D7F9FBC5F07CEBD87A7D7BDECDADE3B4755133DDE93073DA4A5723CBB7E41BCC91F8C3D4E9C9C3D96CF723D60E5D0BD4390833C97395D3DDD0C37BD8F705ABD45123D3C3F52843D2EAD863B5D505FBC30BBA73DA6D5903D8A3C493DAE812D3DC009053D5053CB3C4B5986BD91D5ADBD10406ABD410ECA3DC16E98BD18096D3DBD8C62BD0AF489BCC6BF4F3C98DD93BC4C54AF3D7B88C63D40D994BCE010AABB16139B3C047374BC1748D03DA04FE43C8126C23CDF4F8DBDD95FB6BDDDB5C4BD92964ABD7E3587BD7D3F35BD62DBA23CD3872E3D73F4B83D50DF323DC5E6E33C609335BD931D9B3DAC738C3D6F2F693D573E4B3D573E4B3D1E1B813DE0D65D3CE36B4FBD43C538BD89EFC43D44A892BD9C5008BC8351C9BDA774303C381529BB0B9840BD8E58CBBD14CB2DBDF94E4C3CE42C6C3D5F07CEBD1E16AABD8A1D0DBC3F52843D6B65823D68CB393DB34126BD8126C23D0B98C03CEB1CC3BD89EF44BD5CB370BAE57EC7BD26DFAC3DB9FC87BCB1DCD23B3B70CEBD9C8A54BD02D9EBBC3D61893C6118303B601F1D3D1AA88CBD2239993B5C8FC2BC7DAEB63C325A473D713D0ABDC095ECBCABCF553C63B48E3DD122DB3C11AA543DE6913F3DADC0903C919BE13C543A98BD4DBED93CAE64473DBAA0BEBD1A51DABD27883A3DE943973DCEAACFBD6C265F3CD712323E5DDCA63EFBAEC8BD0057B2BD4CA68A3D5EBA093E166ACDBECCB4FDBCC3F528BEB30CD1BEB22E6E3EE04AB6BDBB0F803DEA04343EBBB8CDBE01DEA2BEE561A13E4FCCBABDA1D6D4BEAA82D13E0BB5863EBC9610BECFF7B3BE46CE423D948745BE34A2B4BE77F3543D4CA6CABED7A3703ECE19513DC1A864BEEA094BBD098ABFBE006FC1BE3A924BBECEAACFBD62DBA2BDB150EB3D6B2B763EC21726BE20D26FBE062FFABC644076BCF2410F3E4EB4ABBD7B14AEBE2AA9533EAC8BBBBE38F8423EB6F3BDBE0534913ED50968BE280FABBE3333733E910F9ABE189554BEA779A73ED1919C3E8E06F0BD3C4ED1BE9C3362BEF7E461BD205ED7BC60E5103E317C44BD94F6C6BDB840A2BE17BCA83D6B2B763E98DD13BE88859ABD50FC583ED5E78A3E89D25E3E3B018DBE4BEA04BE166ACD3E5F07CE3E5AF5993EE258173EFB5CADBEA2629CBDDE710A3E26E4833E8BFDE53D0F9C733EDE71CABE1B0D60BE1DC9853E7B14AEBE9E41833D4FAF943E257502BD882EA83D02BCC53EB1BFAC3EAA82D1BEA4DF9EBEDE02093E6B9A37BE1AC0BBBEA4DF3EBE27C2C63E705F873E45F5563D0B24A83E88BA8F3D3CBDB2BE16A499BDBAFE38BA4182E2BD7FD93D3E5B423EBEA857AABEE02D90BE9D1125BEE57E873D66F7243E73D7D2BED690383DDC46833E419FC83CBB0F80BD2F6EC33E3D0AB73EAC8BBB3E8EE9C93D1361A3BE819543BD2BF6B73EF1634C3ECFA0213DE3A59B3E423E28BE1FF4EC3D69002F3E6EA3413E390BBB3D164DA7BD81789DBD61C313BE840D4FBEAB3ED73D6210183E8F53F4BD374F753DB9FC07BEA54E80BE9643CB3ED1225B3EFAED2B3EEB73D5BE99BB163E645DDCBDC231CB3B11C7BA3ED1225BBE197397BE58CA323EDF1AD83C2041B1BE7689AABD42CFA63E2FA8AFBD6FF0A53E801049BBC9769E3E69002F3EB072683E13F241BECC5DAB3E97FFD03E8E75B13E68228C3EB459953E2731A8BE60E5503E0456CE3E5D33793DB1508BBE1DC9E5BD5AF5393EE010AA3DF2B090BE53B3073D7593B8BE780B643EDE93C7BE7AA58C3E8FE432BE07F0D63E986EB23E8FC2D53EFA449E3DE09C113D52B85E3E7CF2B0BEED0D7E3ED1229B3EB471C43B906BC3BD5C3DA7BD95D4493EED2AA43C598678BEFBCB8E3ED7A3F0BD9F3CCCBEB5A6F93D842EE13AD34D223E63B9A53CCF66D53DAE64C7BD423EC8BE9D1165BE8F5334BE6C5B943C931804BDB6F894BDB003A7BE58569ABD7DD033BEA1F8913E6A4D733EB459D5BEB8AF833ED881733E36C8A4BDAF08FE3C6ABCF43D1AC0BBBEC7BA783E7B14AE3E2575A23EA167D3BE8ECC23BDE6AE65BE5DDC863E6A4DD3BE20D28FBE4B02D43C075F583E7654B53D52B85EBE48E17ABE454732BE26E4033E97C5C4BCD656CC3ED42B85BECC43A63B7654353DBADA4A3E7424D73EF5DB973ED9B111BD8CDBE8BD1CEB22BE8638163E45D8B0BED5E72ABE38F8A23E166A4DBEFE9AACBDD57869BC9318843E5F46B13DEF3885BDB003E7BD7EE36B3D50FCB8BE7A366B3E0A68823E48BFBD3D6688A3BE3B704EBE24973F3EEE5A42BEA1D6B43E16FB0B3EC1A8A43EF163ACBEC729BABE5E682EBDB22E6E3E128380BEC24CDBBC840DCFBDDB8A3D3E1EC10DBCC58F913E226C383EE561A1BE62A116BE840D0F3E705F873EDA1B9CBEFDBC293C147992BD01DEA2BE89D2DEBDFC8CCBBD327296BD80B7403E637F19BE6FF0853EF016A83EA48CB8BB4BEA443EFA9B503DD0D556BEA2D19D3D4BC8A7BE4260853E8BFD25BE894160BEE78CA83EA323393EBAA03E3DEC2F9B3E90A0783EFE433A3E401361BE39B4483EEE5A82BE60760FBEF6281CBE6B2B763EF54A193E810445BEFE437ABE3563513D48E1FA3D48BF3DBEFD87943E522720BED3DE603E6B0E10BD6C09F9BDFCA9713E0000A03E064C60BCB1A2063DB84002BE8D7F9F3D795828BE40A4DF3DD5E78A3E4434BA3C3945873ECAC3423E744694BE24977F3E8A1F233E639CBFBCBD1D61BCB6F33D3EAA60D4BD728A0EBEAFB14B3D26E4A3BE65AA60BDBE3099BEA24576BE2506413EA5DAA73DCC7F48BED9CE773E7F30F03C9D8026BEDF373EBC6683CCBD9886A13DE78CA83EAB3ED73D51A566BDF3C81F3D1630013D4772F93DF0A7063E02D4D43C726DA8BCC72E513DAF2524BEC39E76BDAE4781BEADA32ABD2384C73DD72FD8BC96ECD83CA1D6743EDF89593D6F12A3BE006F413E810405BE0CEA9BBDED0D9E3E0C93693E2428FEBD462535BE91B887BD499D40BEB1502B3ED71292BEDE02A9BEB34126BD5E4BA8BED999C23D5E4B083E190496BE857C903ED0B319BEDD24A63E6FF0853E210725BDCFA0A1BD1F85EB3C2766BD3DF7E481BE3867A4BEE3A59B3EA7CB62BD931844BE3BDF4F3E7103BEBDA5BD413EFB3A903E3D493A3DA723003C64CC1D3EACAD98BE865AD33EABCF95BED1919CBE499D40BE3E3F8C3D1B6492BC8D97AE3E6688633EED621ABC5DDC86BE7DAED63EE2E955BE7A8D9D3DE17A543EED470A3DAF25843EDA1BDCBEC1A8C4BE948785BEECC0793E5B99F0BC1B9EDEBEE8D9ACBE211FB43E40A4BF3E7DAE36BE50FC98BE9F71613DB8AF83BEB762FFBD371AC03C92CB7F3E9565E83E12BD0CBD6D56FD3EA301FCBE6A4D333E6DC53EBEF7E4C1BEC45F133DDFA63FBD4013A1BE60E5503ECE1901BF075FB8BE61C3033F97FFD0BE82E75E3D6F8104BE2C65993E917EFBBE228E95BECDCCECBE38F882BE093884BCDCD701BF0E15633C73D7D2BE9487053E6C78BA3DD0B3B9BE60768FBE9F3CECBEF628FC3EE7FBE93E4694F6BE6688233ED49AA6BDCD3B0E3E24B9BC3E029AA8BEA1D6743E29CB003FD9CEF73CFA7E2A3EDB4C85BAF38EF33E64B062BB5E2EE23CAC39803D8E06B0BD0AD7A3BEC13963BE8E75913E6688E3BE45D8F0BD4A0C02BFA167F33EEA95F2BE05A302BFA4DFBE3E4BC8073ED1915CBE3D2CF4BEABCF95BED712723E8126A23E166A4D3E32E6EEBE6F12A33EB29DAF3EE10B53BE795888BE910F7A3ED2001EBE4FAFD43EA54E003E3D27BDBCBEC1173E9E7B8F3D508DB73E11C73ABD9F3CEC3E6EA381BE8716D9BE4469EF3E2E9020BE63B9A53C539661BE022B07BE8E06F03D4390833D2C7DE83C76719B3DF1F40A3EB6F3DDBEB4C8B63E99BB96BE16881EBBE948AEBDDBF99EBEA392FA3EFCA971BE3411F6BE8D28CDBEACAD18BE211FB4BE82A87B3CA54E003FB5153BBEE17A043F91EDFCBE96E7C13C1361833E1DE64B3D27A5A03CE466383D01A436BD603C83BB82E7DE3CB2D9913B3D44A3BCE0102A3DE388353C30815BBD2A029CBB4B59063D300F19BC2DB21DBD9357E7BA083BC53BC22FF5BC4087793C25CE0A3BB2BA553D9CDC6FBC9695263DF25E353D5A9E073D7172BF3C61C5A93B92054CBDCC608C3B05172BBD48507CBCFE43FABC27280FBAC3642ABD0439283DC34744BD293F293D3E0540BD384A5E3DDCF2913B0E8464BD4F7548BDEBA86A3D59FA50BD9A94823C04905ABD6DE2643DFEB7123DB3D224BC9580983B97CADBBCCFDB58BB2BFBAE3C23A12D3DC1FF563D516B9A3C22E010BDB70B4D3D1EA7E83C1B2AC63C4D6727BD80828B3CC32A5EBC63EE5ABDB79734BDA3E8013C8E403C3C7F4D563D86553C3D84471BBDA835CDBC747C343B9CDCEFBCDBBF32BC8F360EBD90DA443DC5AD82BB622D3E3D1E6D1CBD7F3070BCE605583D2DB29D3C897C173CC30D78BC1687333DA930363C4CFD3CBDEC69873C014D043D946A1F3D2159C0BC2C0E673DD2A92BBDBD18CABC6EFA33BD2E733ABD1EE1B43A4D68123C491119BDC520B03C3AAF313D936FB63CEE940EBDF7587A3C9DD7583D1C252FBCB70B4D3D3C4ED13CBC04A7BB79750EBDDB368CBB1ADD41BD97E22A3D73DC6738F0A4053C679B1B3DAA9A20BDCD64EE39F983013D6B82A8BC747B493D0C3CF73C603C033DD847A73C793BC23C40A4DF3C27C2863CB9DF21BDA4198B3CF6975DBD08AC1CBD41F1633D5873003D6BB75DBD5E66D83AE8D92CBC51DA1BBD07254CBC6536483DA93036BD3FC65C3DADC0903C0D37E0BCE1EEAC3C",
      conv18_weight: "0x040000006C09093FA913D0BD2FDD04BF9D11753FABCF75BFA8574ABD02BC553F226C08BF418202BF105839BF787AC53E9318A43E9318A43E97FFD03E82E2C73EBC0562BF3D9B553FDB8ADD3E3C4ED13DB77A4E3DD3DE203F0BEFB2BD58A8353F4260C53EFC1833BE7DAED63E1895143F82E2E73ED3BC633EFFB2FBBEFA7E1ABF7424273FEEEB50BF8BFD45BFF0A726BFE92BC83DF9DA333D04E70CBE91EDFC3E3D2CD43EF38E33BFF016C8BEE561E13E3411763E92CBDFBED7A3F0BDA323693FB4C8263F97904F3E7F6A3C3F711BAD3EAAF1D23D45123D3CBEC1B7BED881033F60E5D0BDC5E6A33D0C020B3F27A0693F32E61E3FD044D8BD0E4F2F3E6F8144BFFED4783E1FF41C3F75026A3FF0A7863ED04418BFCFF713BF2428FEBE61C3B33EC3F5883EAED8DF3DFC00A4BD499D80BE8273063F6DE73B3E591737BE05C56F3F55C168BED6561CBF5A644B3F105839BE5F294BBF9C33323F4703F8BEF1638C3E42CF063FF46CD63E583914BFACA841BD2E90C0BE9A9999BE24B97C3EF2412FBF8A8EE4BEDE71CA3D80481FBFA7E8583FDE93573FFBCB6E3F840D5FBF3D2CB43EB6843C3FAD69BEBE7B836F3E1E16AA3E910F3ABF38F8223F03784BBE545257BFAA60543F79E9863E645DDCBE7CF2403F713DCABEF1F42A3FD26F5F3EB1BF6CBE36AB1EBFB1BF6CBD0534113E091B4EBF1E162ABF9D68973D780B34BF6C783ABEC28677BF5F98AC3EEA95323F05C51F3F9D11A5BEDA1B9C3EA323B9BEED9E4CBFEF38553F575BF1BEC74B97BEF1F42ABF1904363F8B6C273E9C3332BF46B6233FB5A6093FB81E053E5474243EAAD4ACBD67D5A7BEDE93473ECDCCAC3E77BE1FBE2506C1BEF853E33D41F1A33E9E5EE93EF931A6BE14D0843EB459D5BE30478F3CFBCBEEBE228EB5BE0F9CD3BE3B018D3E7CF2F03EA27FC23D1B2F9DBEB81E45BE863896BEBC7413BEB0C6D93B8C4AEA3D4F4013BEE4141DBECB10C7BE705FE7BEEF3845BE4469AF3E62A1B63EBDE3D43E9357673AC13963BE991249BD0091BEBE130A11BD280F4BBE0E4FAFBEE3A51BBE7958C8BE5396A13EF6971DBEB29DEF3E4013A1BE0B98803D1AC0DBBEF5B99A3EBC3F9EBDFAED8BBEFBCBEE3ED49A66BEE4149D3EFB5C8DBE406A13BD7E1D783E454732BE2A52A1BD6C78DABE9CA283BEC32ADEBCB3EA73BE2B18153EAF9425BE00917E3EE6AEE53EC28667BE91EDDC3EADFA9C3EC9763EBED734EFBD58A835BED93DB9BE14AE873E6E34803E3255F03E857C90BD17B7D1BD7270693BF5B91A3EEE5AC23E910FBA3E11367CBEC1A824BECBA1453EB515FBBDCD759A3DED0D3E3E382D78BDAED85F3EF853233ECA4F2ABD780BA43E711B0D3E6C787ABE9D80E63ED1915C3EB7D1803E4850FCBD0C02EB3E3789E13E62A156BE51DA1B3E7E8C99BEC286273EAED3883DB840823D9A99B9BE79E9A63EC1CA613EC51B193D354154BD07F0563E8D28ADBE64CC9D3E97FF503E6DC57E3EA857CA3CC45A7C3D1B0DE0BDA2B4B7BE26E4C33EE17AB4BEFF5BC9BCF180B2BDA167333E5A64DBBE9CA2633E5530EA3EEC2F9BBE76E09CBD726D283C6C09793D4A0CA2BE9F76B8BD3E7958BE5F29ABBEFAED8BBE72DC29BD6AF72BBB0B4685BED5268E3D71C9B1BD29ED0DBEBA490CBE835109BEE10B933C82E75E3D68B3EA3D6891ED3D54ABAF3B9B206A3DDFA6BF3D22A684BDAA9AA0BDFDF6F5BDDE3CD5BCC74BB73DA69BC43CA69B44BC9912C93D3D0AD7BD827306BE959F943D78B9883D8D97EE3D008C673D3D9B15BE787A253C14D004BEBF0E1CBDC477623D86C9D43DA7AE7CBD9C50C8BDDFFD71BC696FF0BDDE710A3EF7E4E1BDF983813C3AADDBBADC68003E7C9BBE3D028239BDD9CEF73D01DE02BECA4FAABDAA9AA03D9626A53C4F1E16BD130A11BDB0204DBD876D8BBD179F02BDA83AE4BC01DE02BDEBAD81BD06D8473D56BC913DCEA5B8BD17B7113E287ECCBDAAF112BED42BE53DBC0512BD3D2CD4BD98C0ADBDD847273CB459F5BC0ABABDBD4469EFBD62A1163E9AB67F3D5648793D8B6CE7BD1FA2D1BCB1E1E93C75CDE43C63EEDABD2041F13DF90FE93C2098A3BDA9FA15BC2E396E3CBDE3143EB1BF6CBC3F57DBBD76FD82BD43041CBDEE08A73DE86A2B3DC05C0BBC91B8C7BD855FEABC2F17713D92744D3CE882FA3C0CE5C43DB37BF2BD234AFB3D0916873C7F6A3C3C9F71E1BC0681153DF8C2E43D9565083EDCD5ABBAD712B2BDF88818BD3676093DCA32043E151D093E4C1AA33C849E0DBE3D9BD53DD0D5163E2CF180BC963E743D1EA7E83CC68A1A3D0EBEB03DE700C1BC66838CBD0D897BBDD00ACCBDCBD67A3D6519A23D78288ABD73B941BB1DACFF3C12A0A63C103896B813F201BEBB619BBDEE5A823D6FD8B6BB4B1F3ABDD9CEF7BD9CE1063D7C45B7BBADFADCBDED2A243C1EFE9A3CF792C6BAE8DE43BD6E34803D14D004BEC8B5A1BCD3BC23BE52495D3E13F2413E0A6862BEB9FC07BEC21726BEB5A6F93DEC4CA1BD6B9AF7BDBB270FBE7D91D0BC8FFC41BCFCA9F13DD712F2BDF0A7463E280AB4BD0C022B3E933A41BEDBF9FE3D54E3253EAD2F92BD728A0E3EABCF553E50FC58BE666626BE423EE83D38DB5CBDDA2013BDB81E453E315BB23B58A835BE52491D3E3F1D8F3C6ADE31BEB1BFECBDF3026C3DA089303E711B0DBE3F575B3E2CBC4BBDE3C718BEFBAEC8BD58CAB23D759318BDD122DBBD1843393DAF77BFBD569F2BBE19E218BEECA353BD649211BD8AE5163D8CB9EB3D0F9C33BD6FF59C3C03090A3E083D5BBE3CBD12BE371A003EF77560BECAC3423E13F2413E2844C0BD8CA11CBB1B2F5DBEE6A5AC3972E1C0BD9EEFA73C99BB163DAB04CBBDEECEDABC8BFD253EA0FDC83DAE4761BE33375FBA6688233ECF66153ECB10473EADC090BD0725CCBC098A1FBE470338BE4FAF14BEA4703D3E2C7D683D545227BE840D4FBEC74B373E43ADE9BD1A511ABECE8812BEEEEB40BE158C4ABE2D95373D8CF3373DB5A6F9BD4850FC3D4772F93D4BC8473EF8C264BE948705BD336DFF3C3D2C94BDF853633E3A924BBE1B2F5DBE1CCE7C3D7B142EBEAB26083D11363CBE83C00ABEE2E9153E96210E3D5A643B3EFAEDEBBD3BDFCFBD8D28ADBD33DC80BCD34D62BED847A73C636273BDBA490C3E062AE33C60E550BE4A5E1DBD80B7403E3B01CD3D3D0FEE3CC4422DBEB6843C3E8256603DF628DC3DCA32043E006F413E26E443BE8F53F4BD3BDF4FBE698C563D1748503EBCE8ABBD7920B2BB46990D3D0517ABBDF5DBD73D5B94593CD3D9493C414AEC3B1904D6BD60764FBD6210D8BDE7E35A3D33DC00BD8508B83DE7FBA9BDF870C9BDAAF1D2BDB9C792BDE0D65D3CD157903C2619393DB5511DBC598B8FBD22FFCC3A739D86BD07EB7F3CE0F383BD82FFAD3D433951BC280A743D1FD786BD41D4BD3DAE47E1BDB8921D3D1B4CC33D94F6863DBFB7E93C1973D7BDAC73CC3D8885DABDA930363D3F6FAABDE6223E3DACCA3EBD90A0F8BC1AFAA73D2F8BC9BD232D15BDE0DA09BC6440763CD0B3D93D70EB6EBD33164D3DE3361ABD174850BDE90EA2BD4694B6BDF628DCBD849ECDBD86C9543D44DDC73D8D9C85BD3815A9BD787FBC3C156F643D3142B8BD6553AEBD27C2C63D84D302BDF1D7A4BDCC5D4BBD7B6B60BD52F2EA3CC746A03D213CDABCF775E03D6B6201BCF6979DBDF73B94BD959375386B7D113A71AC8BBC7F138ABDE544BBBD92AE993C66F7A4BD3A24B53ADF4F8D3DC729BABD7576B23DD044D8BD2A1D2CBD431C6BBDFC8CCB3DCBF3A03D8E3B253D0C595D3D9291B33D16DEE5BC2D27A13BEDD371BD0FD168BC3D7FDABA98512C3D6FF0853C07F0163DC6A7003D541DB2BD71ACCBBDAC8BDBBD0F4581BD96EC983D5053CBBD06F52D3D166ACDBD13665A3CE9F1BB3DE90EA23DADFA5CBD2D439C3D2BF617BD666B7DBDD3DEE0BD9E98753C1B2F5DBD0A68A23D836918BDD5CF9BBC486D62BD6132D5BDAC8BDBBD892911BDF146E63CB0FE8FBD605969BD27C2C6BD2A745EBDEBE2363DA774B0BD8C0B2CBA70943C3CB2F4A13CE73A0D3DDBF97EBD6210583D16A4193DAAF1923E24973F3EE86A2B3E849E0D3EF775803E3867C4BE9031F73D57ECAF3E1E162A3EE7FBE93E0B24E83E4850BC3E3D49BA3C857CB03EB9FC073F05A3D23EFFB29BBE68799E3DE7FBA9BEB2F4A1BC0D710C3F8CB90B3FDE93073E5474A43EC52090BE7C0AC03DFCA9F13C9EEF273E1DC9E5BD7502DA3E8D28CDBE7FFB3ABED71292BE9565A8BEA167033F94C191BD6DE7FB3E35EFB8BEBC05F2BE80B700BF7DAEF6BE4CA6EABE17D90E3FD39F7D3DF8C2643E5DDCE6BE4390833D24EEB13CF6281C3E3B8DB4BD789C62BE1748003F0456AE3EAA6004BFCCEE49BEB98D46BE136143BE6688E3BDE09CF1BE917EBBBEDCD7C1BEFFB27B3D96214E3E6FF005BF3D2C54BEC58F013FEF38853E355E7A3E51A04F3D2DB20DBF1DC9253EC74BD7BEEA5B663D8CDBE8BEFCC657BCC8073D3E107A76BE728A8E3E0A68023F95D409BE39B408BF696FF03D759398BE0A6882BE6EA3013D68918DBE3411D63EA24576BE5B42DEBE43AD293E2CD4DABE832F8C3E63EE5A3EAED8BFBED34D82BE61C353BE26E4E33E67D5073FA323993E05A392BE6C09093F5BD37CBE60E5B0BE857CD0BC547404BFF8C2E43E1826B3BEA54E803EEEEBE0BEA01A6FBE1B9E0E3FA0FD883D226C983E863856BE43ADE9BE9AD10FBC4694F63DEFC943BE86C994BEEF38C53EF1638C3EEC5198BE486D62BCADA3AABC50FC983E3B8DB43C6132D53D984C153EEBE296BE000000BF295C4F3E12A53DBE1826B33E8885FA3E2CD45A3EC4B1CE3ED7A300BFCBA1C53E65AAA03EFFB29B3E5C8F42BEE3A50BBF5169C4BB4BCD1E3D986E523EDCBA1BBD800D083B6132D5BD5B423E3E917E7BBE3997E23C28B8583DCEAA4F3EDCD7813E8D28EDBD903177BEEC51383E7B146EBEA8E3B1BDA8354D3E9318843D7F3070BB560EAD3D2EE23BBD48E1FABDEB7375BEE09C113E1F8400BC1D5AE4BDCFBD07BD2D2721BB058B43BDD190713A4278B43C1EF9C3BD7F4D56BC959F94BD7424573E674429BEC139A33DADFA9CBD780B643E022B47BE7DAE76BEEB7335BED235933C302A693E8AB0813ED734EF3D01FB68BD9E41833D0A9DD7BC107A76BEEB3B3F3B810445BE52D5843D470378BED881F33D3C83863C19CAC9BD897B2CBD68B36ABE63EEDA3DD3DE203EF9A0E7BD4D150C3EFCA9313EEBA8AABD0265533D1CEB623EA69B443E04560EBEA7B3133D12A57DBE6A4D733EBD52163E0A80F13C2BD9B13C7042A13D211FF43DEB56CF3C3D2C143E8941E03DF931E63C289BB23D992A583E5452273EBC7413BEFA0A52BD6744293E6154123E87A7D73DDF4F0DBE6FF0453E5B427E3EECA43E3B17D90EBEA60A06BEFB5C2D3E448BEC3D810445BE7CD5CA3C5DDC463D0F0EF63B7446943C77DB853D5F7990BB3F57DBBDF4F8BD3DBF0E1C3EB1169FBD2315C63D14D0043E9F3C6C3E59349DBCE9B7AFBD87A7573EFC18F33D1C7C613E35EF38BEAE64473DB35ECCBDB1502BBE4694F63D2D431CBE3F9127BD96CFB2BD72F90F3EEB7335BE9AB1683DA4707DBE58AD4C3D7D3F75BE894180BE0820B53CBA490C3E273108BEA089303E2AA953BE8FC275BE567D2EBEB21188BD30D5CC3B1B2FDDBD2CB7B43D5A1220BD6DC57EBE6210183E96B21CBF280F8BBECA3204BF9E5EC93EAA60F43E4B59E63E7C61323FA91310BF3BDF1F3FE09C913EEEEB10BF4F1E363F9CA213BFD49A16BFA52C833E9D11C5BE744614BF5DFE233F4182123F6822ECBEE9B78FBE0F0B353EE84DC53DFB5C0D3F6891ED3D21B0323EEA95223FBB27EFBEFED438BF128380BEEA95223F12A57D3E8B6C67BD8FC225BF9FB084BD17B731BF9E5EE9BE6DE7DBBE46080FBD5839D43E182613BF0000A03E26706B3C1FF48C3E3A233ABF3E79283F03781BBFE4831EBEA32309BF5EBA893E925C9EBEB840C2BEAE4711BFF31FF23E92CBDFBE9031B7BE2FDDE43EB00327BE5839943EC7BAD83E2D210F3FB16D513D8FE4D2BECE88F23E70CE083EABB2AF3D9CA203BF234A3B3E99BB163EAB3E57BE226CB83EF73B94BDF163CCBEDFE08B3E88F41B3FC6DCF53E7E1D78BE7B14CE3ED3BCE33EF54A39BFB81E05BF5A643BBE1895943EF31F52BE8104A5BEACE28D3D2B8716BF6B2B063FEC2F2B3F3F57BB3E2A745E3D1D5A243E925CBE3EDDB5C43E226CF8BD234A0BBFF7E4C1BE5DDC36BFAC39403DA1F8D13EB6840CBFD49AA63E166ACDBD09E1D13C2063AEBE5F982CBF2F6E233F00910E3FA94D1CBD1AC02BBF56F1C63D863816BEE8305F3D643BDFBDDE712ABF04E70C3F575B21BFD3BCE3BE3480B73E8716D93D2A3A923E27A0A9BE2D7891BD58A8753E6EA3813E0534F13E13F2113F72F91F3F643BDF3E341176BE1FF4ACBE143F163F88F41BBF88631DBEB1F9383C14E813BDD044D83DF31F223FB37B22BF894110BFC6DCB5BE43AD393F3EE8193E6B9AD73EA8C68B3E9F935E3DC1CAA13E38328F3D9A5F4D3D94F6E6BE1FF42CBE1023843CAF25A4BEF706DFBE7DD0F33E39B488BEAE812D3D6002373D10E9973E4703F83E9EB55BBC0309CABE4CA6CABE87A797BEA01ACFBEEE7CBFBE3945C73EAAF1F23E3CBDB2BE8D28EDBC12A57D3EFE439A3E7E8CB9BE3D2CD43DD71272BE8E75F13E48BF3D3EED9E9CBE8E75713EA779E7BEF90FE9BE2D215FBEE6AE653EC729FA3E348037BDB537F83D9487A53E9FAB6D3E857C90BE151DA93E9205CC3DF5DBD7BE2A1DAC3D1D3887BE9CF995BD061294BEFCA9B1BED3BC63BEB98DC6BE61C3B3BE9621EE3E4694B63E2D43FC3E2575423EB54F473D0AD7C3BE0F9C933E8F5394BE713D0ABE925C9EBE3B01CDBD7D3F75BE8E75F13D2041B1BED0D5B63ED26FDF3E45D8303E454772BE34A234BE4F75C83D5C20C13E08AC5C3E4260E53D6ABCB43E0F9C933EBADA4A3E48BF9DBE6C06B8BA9FABAD3E6210D8BD7671DBBE295CCFBE71AC4B3EE5D0623E02BC85BEE63F84BEF9A0A73ED8F0943E24B99CBEA80018BDED9E9CBEC3F588BE60E5B03E6B2BF6BEA8C6EB3E95D4A9BE111E6D3DDBA28CBDDFE00BBE5305E33E55C1283E9B5AB6BD1B9E9E3ED71232BE1DC925BE61C3B33E78D197BD04560EBE158C8ABD401321BE4694B63EA661F83B130F283D8C4AEA3D23322C3D61FD9FBDE10BD3BE5B42BEBEE2E9D5BE418262BE1F2E39BD9031B7BEB072E83E37548C3D2F51BDBC810445BEB493413D6688633EE8D9CCBE9CA2233E7DAEF63E083D9BBE2EFF81BEB37B32BE82E2073E5396213E575BF13E9F3CCC3EC98E8D3C478F9F3D5D86FF3BE17A143DF5D6403C2288F3BB0FD6BFBDE7FBA93D2024CBBDDD7BB8BC849ECDBD0534913DAB04CB3DCEC735BD1809AD3D221A5DBD1895D43D5DDC463DC03EBA3D48E1FABD282C713DB37BF2BD446E06BD1F6885BD8BA6B3BD655504BC069E7B3DC91F8C3D21B0F23D2C7D68BDD509E8BDD95FF6BD9BAC51BD6DE7BBBD2428FE3DF5B9DABD5CC98EBC9031F73DBD35B03D990D32BD965B9ABDC2C073BD6501133D331B64BD67B8813DD1E80E3D5114A8BD9A7CB33C1809ADBD0E84A43D800E73BD677E35BD5131CEBCAED348BD452ACCBD595103BC8733BFBD2C0DFCBB02A00A3CEB8BC43D1557153D4013E1BDD3BCE3BDC1C5CA3D86553CBD006F013D21B0F23DAF25A4BDF853E33D7E746A3D58CA32BD522C373D39B448BCDE7621BD715559BD4469EF3D45D8F03DC1FF56BDEA04B4BD3A90F53B95826E3DDBF9FEBDA774B0BDC6BF4FBC7EE3ABBD1B2AC63C745E633DD7A3703D3EE8D93D1FF4EC3DAE2AFB3C32C9C8BCCFBD873CF4FDD43D406A133D1B2FDD3DD5954F3D09A7853D55C128BC50DFB23D30819B3D60ABC43D952B3C3D1CEBE2BDDAFE953CFF092EBD7F4D96BD7E35C7BDB7D1803D006F01BE4051D9BAD200DEBD155795BCFA7EEA3D7901F63C17D7783B6059A9BD48C414BD85EBD13D06D8C73DDF15413D954822BD452ACC3D029AC83DE2E9953D1EA7683D5873803DC8EF6DBD6E69B53D45D8B0BD3D2C54BD6C0979BCD95FF6BD65AAE03D8E40BCBCE622BE3C917EFB3CF775E03D053491BDDD416C3DC009053B1DC9E53D3F35DEBDAAF1D2BD7689AABDC05B603E361F97BDA16733BE4260E5BD616CA1BDCB2DADBD21B032BEA9A44EBE6B9AB7BD1574BBBDD847A73DCB10473C8063CFBB39B488BD4A5E1D3D228E353E516B1A3ED28C45BD67D5673E1B0D603E72BFC33D257542BE01DE423EAC39C03DFC1DCABD8104053ED6566CBE029A083E524486BDB4B0A7BD9886E13C4B59463E4390833B143F06BEF5F3A6BCCA5481BD166A0D3EB07268BE24B93CBEAA60543E95F1EF3CC5FE723E31B1793D956548BE5EBA493E810405BE1B0DE03DD4B74CBDEA04343E6688233E58E7183D2BF6173E6C09F93DA1B98E3DE9486E3E3B01CD3DC520303EA8570A3E1C7C213E58CA323E79E9663E0CB08F3D07D3B0BD1B0D60BE8D97EEBDF31F123E5D6D053E31082CBE4182E2BD68912DBEE4A0843C64CC5DBE3FC61CBE3F57DBBDD7346F3EB4C836BE6D56FD3D3D2C143EC4B16EBEB5A6F93DF2EA1C3D287E4CBE53910A3DD2182D3DBB270F3E30478F3C3BC780BD68916D3E8885DA3D87A717BE40A41F3ED8F0743EACAD183EEFE192BC55D977BDCC7F483E71AC4B3EDAAC3A3EC6C4A63D16DE65BCBF2B02BD43AD293E92B15ABBCF66D5BC87A7173E52B81E3EC8073DBD76E05C3E45D830BEEC1255BD70CE08BDEE5F59BDD3BC63BEDB8AFD3D74B5153E97FF10BE1F9D3A3D21C8C1BD865A533E81789DBDF7E4213E431C6B3E560E2DBE9D80663EF758FA3C8BC319BDAA6054BE88851ABE1973D7BCA9A4CE3D9CA263BE1EA7683E44696FBE3D0A57BEC52070BE5FEF7EBD6A4DF3BD39B4483ECDCC0C3E098A1F3E4A7B43BEBDE3543E7E52ADBD9318043E2EE23BBD6FF005BE03788BBE789CC23E849E8D3D871619BEE258573E865A533EFD8734BE6C783ABEEB73353E827306BEB459F5BCC05BA0BE6DCA15BD7A362B3DEEEBA03E780B64BE83C0AA3EDAACFABDBC05B2BEC05BA03E8D0B873D9031B7BE6744A9BE74B5953E8CB96BBE0AD7633E615492BE3867A4BEBA49ACBE9964643D6397A8BC02D9EB3CE76F82BD24B4E5BC255D33BD68799EBD8AB0C13E2A3A123ECFBDC73D33C4913E27C206BE516B1ABE44A33BBD8D97AEBE280F8B3E857CB03E61C3D3BD2BF697BCBDE354BEB6B9B13D09F960BE83C0AA3E091B1EBE8F53B4BE643B5F3ECA5401BEBCCADABB8B717E3C41F183BE0BB5A63E744654BE3524EE3CFE60A0BD63EEBA3E355E3ABE8A8EE4BD6ABC74BE8A8E243E5DDC863E0AD7A3BE761A693D6E34803EEEEB403EC66DB43D60E590BE0EBE90BEAD695E3EE8D9ACBD73A25DBDFDF6B53E5D6DA53E832FACBE302F40BC69008FBE04560E3E7BBD7BBD13F2C13E5227A03DF6975D3D7593983EBA6B09BECA3244BEE0BE4E3E5986783E27C2063E2B18B5BE6A4D933ED509283ED0D516BE0309AA3EC0EC9EBE083DBBBE423E683EB8AF833E48503CBE7E1D983ED7868A3CCA32043E257542BEDE93A7BE07F056BE226C38BE67D5E73DD26FBF3E8672A23C7D05A9BDC0EC9E3C51DA9BBEF9A0273E6B9AF73D3FC6DC3D8AB0E13DA01A8FBE6F12A33EB01B36BD234AFBBD8CB9EBBD849E0DBEE3369A3E02BCA5BE0B293F3DFF213DBEF6289CBE2F51BD3C522C373D8CB9EBBDD0D5D6BDCA32A43E3ACC173DE8D96C3ED044183E8A8E643EF46C163F029AA83E374F75BDB72833BD3945C73E3B70EE3E5F29CB3E4694B63EE71D67BE7446143E394517BF1058D9BE3D0AF7BECAC3223F197317BF0A68823E38F8E23EFD87F43DC139C3BE728A4E3E97FFB03E1DC985BEE86A8BBE5BB10F3F5D505FBC190496BE006FE1BEF08509BF3867A4BED7A320BFC286A7BE1DC9A53E6154F2BE7DAE163FB84022BF1C7CA13E8638263F522720BFAB3E07BFE223A2BDA4701DBF7AA5AC3E1283A0BE083D1BBE7958E8BE5452A73EA913D03EFE439ABEDD41AC3DAEB612BFDFE02B3F1214DF3E9790CF3E4D15EC3EEF38A5BEC1CAA1BC36AB3E3E547404BF93A902BE6ADE71BE85EB913ED04418BE4625D53EEC51383E3F351EBFE5D022BD7D91D03C3D0A17BF2BF617BFBC96D03E9CA2A3BEF0A7E63E0E2D92BE280F0B3FCDCCAC3EF706BF3E7B140E3F20B5093D9A99B93EA69B24BFDF4F4D3EB072283EFE65373E539621BF840D0FBE6362733DFAEDEBBEE71DC7BEBEC1073FF2410FBF20D28F3EBEC1B7BEB5A639BE32E68EBED5E7EA3E151D093F240E593B4E6220BFE414DDBE4ED1F13E83C0AA3ECDCC0C3E1DCBBB3B5C2041BE3BAA1AB98FC275BC9E25483B39D615BFE5D0623EC139A3BEF163ECBED34DE2BE6ABCB4BEE63F243EBADA2A3FCA3204BE0E2D02BFC4B12EBE933A413EEEEBE0BE917EFB3DDE9347BE69002FBE7CF2903ED712223FB9FCC73EFDF6D5BEA3921A3FCA3284BEE336DA3E9BE6DDBE2F6EC33ECF66053FEC5128BF302AC9BEB29D0F3F371A10BF38DB5CBD1B2F1D3F27C2463EDE9307BFBC05523E6215AF3DBE3099BCD0B8703DD769243D0DA6A1BD3B53683D5743623C0FB999BD2F17F13CD21D44BCD5EC01BDA86F19BD7AA52C3D88BA8F3DCBF8F7BCE201A5BDB7D1003E1092C53DAD8644BD61C3D3BD22710F3D8FE4B23D448BACBDC11C3D3D5CC90EBD4625F5BD9BC9373D2CD49ABC84479B3DDB338BBDA6B8AABD867222BD029A883DAED3C83DC6F99B3C1878EE3CF6D1A9BD2C48B3BDFFB2FBBD4DF38EBD26FC923D2506C13DE5F29FBDEBADC1BDA67EDEBC0AD7A33D8F19A83C4C71953D6688E3BD4D4A81BD6DE7FBBD0B7F06BCDB8AFD3DDB8566BC62A1D6BDAF25E4BD4DDBBF3D643BDFBD5C8F023E840DCFBD9E7B8FBDEFC943BC1CEBE2BDED478A3D058B833D68B36ABD677EB5BD1F85EB3DA8574A3DD656ECBC6F1203BE361F97BD5A2B5ABB0002D63B2C7D68BDF9A0E73DAA9AA0BD641EB9BD8E580B3DAE6447BD63EEDA3D1405BA3DEE7813BCC9AE34BBCFF753BD47C7D53B40D914BD92CBFF3D1A33093C3676C9BDB64A30BC7B14AEBCA6D5903A1B2F5DBD14ECBF3B52B81E3D431CAB3D75C84DBD61C3533D55302ABD5C729C3DBDFBA3BD34BF9A3CC3F091BD3F35DE3DB48EAABC2DCF833C6ADEF1BD8880433D3CD9CD3BAE9E93BD9EEFA7BCE5F29FBD6E3400BD6631B13CD639C6BDB169A53A95B7A33DE8C19DBD3FA9B63DD218ADBCB0AC343D18EC86BCCFF7D33D62D68B3DFCC6973DE561A13D1A6E40BD763238BD1BD8AA3DD714C8BB494BE5BCEAEC64BD7B8886BD64752B3D4417543D97CADB3CCA1AB5BD2F34D73C10AFEB3CCEAACF3D93C6A8BDC347C43D850838BDFC00243CBD1DA1BD7385773DB610E4BCF8C2A4BE4DF38EBEE17A543EAA60D43DE4141DBED34D223E12147F3E4BC8873E97FF903E49A2173DE57A5B3B849E0DBED1221B3ED44334BDDA55883DA1BEA53D6F9EEABC3333933E772DA1BEDC4683BE6F12033E9AB6BFBD1AC01BBEDE59BB3DD95FF6BDACA8C1BCC58F71BED3BCA33EF2B050BE423EE83C0ABFD4BCB81E453EE9482EBE3563D13CDFA63FBD492E3FBE8E06F0BCA24536BEF853E3BDAC8B1BBE1C42953CFB5CED3D0C93293ED8F0343EADFA5CBEB1BFAC3EB3EA933EECC099BEA33BC8BD8E06303EF64582BD933A013E50FC18BE1EA7883E52495D3ED07EA4BCE8D92CBDC8077D3EABCF55BEE63F243D4BB0383D43FFC43D68226CBEBA6B49BE07CE19BECB9C2EBD9817603D0E4A98BC34A2343E0B46A53EB29DEF3DAE0D153D881182BD94D9A03D2EE792BD1973173E547424BE423EE8BDF628DC3DC32A5E3DF6B4C33DDDB5843EFFB27B3E6519623E19E2D8BDF888183D118D6EBDB072A83DD7868ABD48503C3EE0BE0E3EE09C113E34A2943E643B1F3E1AA88C3C136103BE742497BE6FBB50BB3E79183E4D15AC3E30BBA7BED5B2B53C4772993EF90F89BE7B6689BDEE948E3D71AC0B3ED8F0B4BDD36A88BD045ABA3BF7069FBEDFA6BFBDBE9F5ABE431CEB3D1CEBE23D522720BE832FACBECEAA4F3EAEB6A2BEE6AEA53E5F98ACBE5396813EF27B9B3C2A3A52BEE92631BE1AC09B3EB00387BE6F47B8BD2E90A03CAA60D4BDF4FD14BEFC6FA5BD47ACC5BC6D56FDBD1C7C81BE1895143E2F6E833ECE19913EAEB6E23DD3F6AF3D6210183EB22EAEBE3A230ABED39FBD3D158C4A3ED1915CBE386784BEF31F923DC8D2873C3D2CD43C96EC58BC431C6B3E0B2488BE226C38BE74417D3DC1A8643ED4B74C3D9CC4A0BDCF66D5BDF241CFBD95D449BEA323993E006F413EC286873EF241CFBD827386BDA8574ABE30BBA7BE575BB1BCD74CBE3D091B9E3E8273A63ED71232BE12A53D3E1DC965BE8D976EBEAC39403D9318843EAF25E4BD3945873DA7E8083E014D04BE643B9FBE643B5F3D0C3CB73D598B4F3D75021A3E085A013CA24576BEFAD51C3D736851BE014D043E9EB59B3DAE2A7BBD2FDD843E5C8F02BEA835AD3EB537783D5F078E3E3C14053D99818A3D6DE73B3E128300BE3480973E8C4AAA3E547464BE96218EBEF853A33E226C38BE4CA6AABEE674993D88F41B3E696F303E143F463EB45995BEF5F326BC14AE07BE00917E3E85EBD13D6A87BFBC89B578BDF432CABDF697DDBD3A40B03D46088F3CC1C58A3BF88818BD098A9FBEE86AABBE4A0CA23E4BC8473E57EC6F3EC74B97BE41F123BEBE3019BE75021ABECBBDC0BB7DAE763E85941FBDBEC1573E87A2403D166ACDBD57EC6FBE34A294BE95F0843BEBE2363E1B0D803E29055DBCE5EDC83DFED438BE22FD96BE87FEC9BDC58F913E0AD7833EFFE7303DCFF7D33D38F8823E6F12033EAA6094BEDBF99E3E0681953DBB0AA9BD5530AABE8FC2F5BD158C0A3E910F9ABE2F6E233E567D8EBEE09C91BD09E1513C371AA0BE0F9C93BED93D793E4A0CA23E8D976EBE9B555F3E07F0963DB4C8963E5D6DA53ED313963C9FCD8A3E1E166ABECEAACF3DEBE2963E27A049BE",
      fc_weight: "0x0400000094D9203DF2EF333D07CE593E9FCD6A3E1A51DA3DD5E72ABED9CEF73D6E3440BE6BF1A9BD1A515ABEAED81F3E2E76FB3B1B9EDE3DFB5C6DBE1DC925BEE25817BE2F1686BBFBCB2EBECDCC4CBEBEDEFD3C956548BEFAED6B3E29ED0D3E11367C3EB9FC073E3B70CEBD77BE1F3E871619BEEEEB40BE7025BBBD5F07CE3D6F1243BEB9FC473E88635DBECDCC0C3EA96AC23D4B3FE13BF0A7063EE0F3C33C739DC63D6A4D33BE6154D2BD2332AC3C0DC3873D0135353D448BEC3D27C2C63D0DABB8BD2F6E633E6666663E857CD0BDDF32A7BC0F6267BDCF6655BEF870C93C65AA203E14AE07BEAE2A7B3CA1B94E3D827346BE3F9127BDBADA4ABEBEC197BDB5C35F3D5A12A03D7F6A7C3E95D4C93D3B014D3EAD69DE3DFD87343E2159C0BCCFF713BEE70041BB2DB21D3E56BC91BC44FA6DBEFDF6753E107A76BE4013E1BD26AAB73B0326703DCE531DBD7B146E3EC1CA613ECE19D1BD96210EBE2BDE88BDB32997BDE71890BC250601BE9EEF27BEAA60D4BDF88DAFBC7C6132BE5F5EC03D5D6D053E8A8EE4BDA1F831BE1635183D41F1E3BDE292A3BD488AC8BCF085C9BCB1502B3EF1F44ABEF662A8BD36CD7BBE90A0783E32776D3E943053BCF8C264BE33A74BBD90A078BE8A8E64BE857C50BE63EEDABD304C66BE4434BABD107A363ED3DE603EAF2564BEF628DC3D265305BE99F562BD2C65593E55DE8EBD09E1D13C5951C33DA9A40E3EA27F823CF8C264BE1FF4ECBD6F0DAC3D448695BDD044583C1826D33D6631B1BC14AE07BE21B0F23D789C22BDB459F53D2C2B4DBDF853E3BD0EBE303E52B81E3EBD35B0BC975683BD7CD5CABCE0F3433D94F606BE57047F3D7D7901BD24EEB1BCC5034ABD5DFE03BE36CD7BBE077CBEBD68B36A3E5BB6963D8E7531BE",
      input: "0x040000004013713FE5D0B2BFD2002EBF2DB2BD3E4A0C82BFA7B393BD3480373EF8C254BF508DA7BFB98D463E5B427E3FCBA125BFBADAAABE21B0D23F12140FBF9CA203BF23DB1940CFF7C3BF6DE74B3F894100C0FED418BF1283C03FBA499C3F7DAE66BF5E4BE8BEA04FA43D2506A1BFFB5C0D3F8D970E40A470ADBF2DB2FDBFF38E933EB3EAF3BD79E9E63FE63F24BEDC804FBD4A7B43BEF6977DBFBA492C3FD578A9BF7D3F953F7E3B093CEEEB003F4D840DBF3A926BBF6666E63F3BDFEF3EFA7E9A3F24973F3E022B27403D0AB73E0AD783BF6ABC443FECC0D93E448B14C0FB5CEDBD63EE7A3F711B4D3FD6C5ADBE96439BBFAC8BFB3E21B092BF9A99A93F5BD39CBEB1BF6CBFCA5411BF24974FBF098A0FBFB6843CBF4A0CC2BE6ABC743E70CE183F7B148EBF819573BF1AC0DBBE5C8F823DAB26C83DE5D002C0AC1CDA3F26E463BF7593E83F560EADBFD0D576BF80B780BE780B64BE948745BF68223C3FF0A7E6BF3D0A873F736851BF8941A03F2041D1BE6F12B3BF6FF0E53E52B80E40D0D556BD1D5AE43D287ECCBE4E6260BF325540BF8716A9BF1D5AB4BFFE48913D295CCF3FE2E9053FEA95F23E00917E3EA8355DBF48BF3D3EF5DBD7BE8E06703FA4709D3F1283A03F917EBB3ECBA1853FF08529BFC841C9BD2BF657BE022B67BF6F1283BF5C8F62BF8C4AEABEDD24F6BFE5D00240BC96503EFD30423D17D91E3F52B81EBEDAACFA3EAB3EF73E96B23C3F79E90EC04260853F07CE193E24971F3F287EEC3EF0A7863ECBA1B53F5B42BEBE986E023FCE1991BEA034D4BBFCA919404A0CE23F07F0963E4625653F1C7C61BE21B0F2BF2BF6073F19E298BE6DE79BBF1F8513C08195B33FA323093FE63F043F1C7C41BF16BEBEBB448BAC3FAA6014BF4013613E736881BF6C783A3E355E8ABF4E6200BF7D3FB5BE4DF35E3F71ACCB3EABCF25BFF46C16BEC8CD70BDD21D44BDC74B67BF705F473F1F856B3EADFA1C3E19041E4024B9FCBEA7E8283FE17AC4BF0000F03FB6F36DBF2FDD84BF637F59BED9CE77BFEE7C9FBF3F353E3FC74B273F4C18CD3B2497BFBE1361233FD34D22BF64CC3DBF",
      bn_statistics: "0x0400000072F97FBF6744693FDAAC3A3F14AE773F529BB8BD13F241BE840DCFBE772DE13E4C37E93FED9EBCBE2D435C3E3D2CD43D9CC4C440560EDD400681E53F3255103FD9CE57BF448B6C3FBE9FAA3F226C383FE5ED08BD4CFDBC3D448B6CBEFB5CED3D79E916C0A2B4373EB840C23E643B6FBFE5D0724060E5103E917EFB3DB072EC40917E6B3FDDB5443F789C623FDFE04B3FBF0E9CBE8CF3373DFE65F7BD5452873E569F5BBF8A1F833E5DDC46BED26F6FBFB6F3ED3F9318243F17D96640AE4771406ADE01BF0AD7733F2B87A63FBC74A33F707CADBDE02D90BE747B893D5B42BE3E871649BF17B7F13E91EDACBF88631DBFF6286C401C7C213E6F123B4009F9A03EDBF96E3FF5DB573F6ABCD43FA7E8683FEEEB80BE287EEC3ED712723E226CF8BDB1BFECBD9031D7BE8863BDBE6210D8BD3F577B3FAE47E13D4C37414020D2EF3DEC51883F9565583FFBCB7E3FFED4983F7DAE763EFDF6B53EEE5F59BD068195BC38F842BE2506F13F1D5A943FAF25A4BE2FDDA43FF4FD4440713DEA3FF2D2FD409CC4803F8716893F17D98E3F4C3779BF9FAB2DBCDDEA39BD1904B6BE8104453EC9E53FBE4CA62ABF52B8EEBF6ABCB4BF713DBA3F7B14964012831E41E17ABC40B6846C3F6891AD3FDD24A6BFD3DE703F60E5203F2653753FDBF9BE3F52B88E3F742497BEFCA9713D8A1FE3BD25408D3DE86A8BBE780B643EE71D273EAB3EF7BE7FFBBA3ED122DB3F9031973EF241CFBEB22E0EBF6ABC943F000080BE6B2B763EC520F03EC3F58C404F1E963E9CC4A03E910F6A3FDF4FED408A8EE43D6F1233408941A03F4D845D3FA08930BF0E2D423FD9CE873F17D99E3F27A029BF08AC9C3FE76FC2BDCBB994BD3C889DBDAAD4ECBC7F6A9CBEBE6639BB1AC01BBE85CEAB3D707CAD3DB00367BF9EEF673F54E3853FF0A7A6BFAE47E13EF5B9DABDAB9589BDC286873E08AC06418B6C973F448BAC404E62BC401058F5401058993ECE88F23EB81E853FB81EA53F448B7C3FCDCC8C3FCFF7933FBA6B79BF19E2383F6DC56E3F6DE264BDA323D93E6C78FABD5B42BEBEB37B723E94F686BE64CDC8BABC7493BCD57889BF4AB58FBD5C8F423E925C9E3E6F81043F849E0DBE7E1DD8BEB072C83F39B43840BF0E1C3E0000C03F083D1B3F35EF383E21B0C240DF4FF54046B6DF40A779573F3333733FAE47813F05A3F23E917E2B3FF2D28D3F022B37BF4C37A93F6C78DABED2005E3D753C66BD9318A4BE20D28FBED49AA6BE58A835BD32E68EBE52B89EBF871609C0E7FBC93E6154523D426085BE611A06BDA65EB7BBBC96103E8941E44042608D401B2FED3F09F9603E5227803E3F35AE3F6ABCC43F6B9A273F29CB103F31086C3FAAF182BF1826433F560E2D3FDBF98E3F6210883F8273163F1B9E1EBE5E4B88BEC5FEB2BC5DFE433E6B9A37BEB37B223FDA1B7CBD7DAE36BE386704BE759308C018213CBD029AC83EEBE2763E8D28AD3E5F988CBDA5BDA1BE7368E13F77BE87401D5ADC4014AEF73FEE7C8F3FA8578A3E0534213F20D28F3E4BEA343FC8987BBF08AC8C3F17D96EBFA8C69BBFF0A7863F14AE973F7FD97D3F5A643B3E74EFA13DD0D5D63D2A3A123E0E4A983D4C1AA33DA4A572BC265385BDD9CE57BF931834BFA8C6FB3F08ACFC3E508D07C04260853EFCA9B13FDD2496BF8FC20D4103098A3EA01A9F4044FA3D3FE7FBA540F5DBD73DF2D28D3F8E06303F022B973F96439B3F7F6A6C3F560E8D3F8D286D3F516B4A3FFE436ABF48E1AA3FFA7E2ABE38F842BEEACFBEBD1CEBE2BD22E090BD6B82A83CD9CEF73DA54E803D1B2F0DC087A7173FCA32043E295C174039B4983FFCA9B1BE26E4033E029A483E355EA24033C4113FA7E8083E52B89E40C74B6F40C520A03FDB8AFD3D4DF34E3E9D1165BFCC7F783F986EA23FA69B943FB7629F3E14AE673F00910E3FFCA9A13FBA49AC3F96212E3FDF4FAD3F8941A03FE7FB893FB4C8863FFA7E8A3F85EB913FFA61843CCD06993C984C553EB4C876BDDFE00BBEF77560BEB7D100BE849ECDBEE0BE0EBED3BC833E431C2B3E751F803CF5B95A3E9014113D5DDC863ED578A9BEBC742340C5200840560EBD3F098A1FBE41F1033F48E19ABE29CB703F26DFAC3DF62345BD55C1E83E89D25E3E5BD32C3FDDB5443E632827BD0F9C33BEDAAC2ABF79E91E41F853BF4031083C40F4FDB43E3F57BB3E96214E3E560EBD3F4D848D3E1DC9253EB4C8CA4029CBB03E6ABCE43F23DB393E9BE6BD3EA5BD413E2B87B63E3789B13F0681853F560E9D3F280F1B3F3789813FB29D8F3F1DC945BF68919D3F21B0823FB840723F2FDDB43F6ADE613F1058993F3BDF8FBFED0D3E3F643BAF3F890794BD4F06473D4CA60ABE3A234ABE123125BDAF7C16BD1D38E73EA7CBA23DDAAC3A3EE4831EBE73A29DBD14D0443D34A2343E9A089BBE5F294BBE3EE899BEFA7EAA3F2CD4BABEAB040BBD79E9463FBE3069BF24B96CBF3EE8193E3867E4BE4F1EF6BECF66D5BC56BC91BD3CBDF2BE13F231BFEBE296BE0E4FEF3E83C02A3FF4FD9440EE7CDF3F6DE79B3E3F351E400AD7034014AEDB4054E3C53E8E75F13D41F1633EB29D0941DBF9EE3F32E62E3F14AE17408D28ED3E8E06303E3D0AC73FFED4983F57EC0F3FBC74B33FF628BC3FE5F21F3F83C07A3F0C029B3F4E62903F7F6A8CBF1B0D503F3333433F302A693F3FC60C3F014D743F295C8F3F6ABC443F75021A3DFDF635BE499D40BE12A0A6BD018750BD3F575B3E287E8CBEF8C2243E87C43D3DC6DCF53E41118BBA4CA6AABEB29DAFBEEE5A823EF931C6BE7AA52CBE1E16CA3EA4DFFE3EE78C083F105839BFE0BEAEBE58CA423F8716E93F4CA6EA3E5249DD3ECC7FE8BECC7F38BFF85383BF1DC9253E9A9901403064753D1CEBE2BD0E2D3A400612143E7D3FB53F8351A93E645DFC3E5EBA814014AEB340F0A70E400681454048E1FA4052B8AE3F6F129B404D154C3E83C0AE40FFB2FB3D6519E23D7593883FA8C68B3F6744693FA8C69B3FDE716A3F7368D13F5A646BBF1B2F8D3F7368A13FA8C67B3F9CC4603FBEC1673FFCA9813F1D5AA43F23DB893F6F12B33F15E2113CF931C63E60E5D03D2BF6173EB84042BE9F3C2C3E17D9CEBD1748103EF706DF3D55302A3EB5A6F9BD5B429EBE728A8E3EB72833BDA30653BDD1790DBD7A36ABBEDDB5C43E7E8CD9BE22899E3D4C37993FF5D6C03DC74B773F6F1213401AC0BBBEB840023ED23593BCDB8A3DBE9A9909BF1AC07B3F54E325C0BB274F3EB6F303414A0CD240DD24F6401D5AA0404A0CC24072F97F3F14AEAF40759330400B24683E8126823E6666C63E643BBF40E7FBC1402B876E4054E317418B6CE73D0AD7833FC286773F5A648BBF96217E3F21B0723F7368813F3D9B453F643B7F3FA01A8F3FF4FD943FEB73553F8941B03F3789B13FD3DE403FDD24063F5C8F823F772DA13D9D1185BE0F4501BDE8D96CBEA5BD41BEFD87F43EABE7A43C1973973EC5E663BC96CFF23CDC68A0BEB80636BD8716D93D08AC5CBEC6DC353E0ABA3D3CC74B1740AAF102BF7A3801BC4E62F03E83C00ABE03091ABFF92CCF3C835109BE8E92973D486AA1BB57ECAFBD295CAFBF5EBA99BF2F6EA3BE280F0BBEA60A563FA01A1741CFF70B40C0EC5E3E696F003FFED4F83D14AE4740AEB6223F48E1AE40871619401C7C213EFB3A103FEC51B83F986E8E407958283EE926913F8195933F"
    }
  }
#-}
