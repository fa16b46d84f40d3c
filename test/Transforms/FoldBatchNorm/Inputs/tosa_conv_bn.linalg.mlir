// tosa_conv_bn.mlir after
//   quant-opt --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith))"
// (MLIR 22), unedited except that the 4x3x3x3 OHWI weight literal was
// re-wrapped by hand. No canonicalize/cse has run: dead zero-point and shift
// constants, and one tensor.empty per op, are still there.
//
// What to match:
//  * conv bias: a linalg.generic broadcast (maps [(d3), id], body yields the
//    input) into tensor.empty, used as the outs of linalg.conv_2d_nhwc_fhwc.
//    The OHWI tosa weight is used directly (conv_2d_nhwc_fhwc), no transpose.
//  * BN: five separate binary/unary generics, each with its own tensor.empty:
//      subf(conv, mean)      maps [id, (d0, 0, 0, d3), id]
//      addf(var, eps)        maps [id, (d0, d1, d2, 0), id]  on 1x1x1x4 constants
//      math.rsqrt(_)         maps [id, id]                  on 1x1x1x4 constants
//      mulf(_, rsqrt)        maps [id, (d0, 0, 0, d3), id]
//      mulf(_, gamma)        maps [id, (d0, 0, 0, d3), id]
//      addf(_, beta)         maps [id, (d0, 0, 0, d3), id]
//    The size-1 batch dim keeps d0 (it is 1 in both operand and result); only
//    the broadcast H and W dims become 0. rsqrt(var + eps) is NOT constant
//    folded: it is computed by two generics over arith.constant operands.
//  * ReLU (tosa.clamp): minimumf(x, 3.40282347E+38) then maximumf(_, 0.0),
//    constants materialized inside the body.
// RUN lines belong to the tests that use this file (Inputs/ is not run by lit).

#map = affine_map<(d0, d1, d2, d3) -> (d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<1x6x6x3xf32>) -> tensor<1x4x4x4xf32> {
    %cst = arith.constant dense<[
       [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
        [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
        [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]],
       [[[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
        [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
        [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]]],
       [[[1.0, -1.0, 2.0], [1.0, -1.0, 2.0], [1.0, -1.0, 2.0]],
        [[1.0, -1.0, 2.0], [1.0, -1.0, 2.0], [1.0, -1.0, 2.0]],
        [[1.0, -1.0, 2.0], [1.0, -1.0, 2.0], [1.0, -1.0, 2.0]]],
       [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
        [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
        [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]]> : tensor<4x3x3x3xf32>
    %cst_0 = arith.constant dense<[5.000000e-01, -1.000000e+00, 0.000000e+00, 2.000000e+00]> : tensor<4xf32>
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %0 = tensor.empty() : tensor<1x4x4x4xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_0 : tensor<4xf32>) outs(%0 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x4x4x4xf32>
    %2 = linalg.conv_2d_nhwc_fhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%arg0, %cst : tensor<1x6x6x3xf32>, tensor<4x3x3x3xf32>) outs(%1 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %cst_2 = arith.constant dense<[[[[1.000000e+00, 0.000000e+00, -2.000000e+00, 5.000000e-01]]]]> : tensor<1x1x1x4xf32>
    %cst_3 = arith.constant dense<[[[[1.000000e+00, 4.000000e+00, 2.500000e-01, 3.000000e+00]]]]> : tensor<1x1x1x4xf32>
    %cst_4 = arith.constant dense<[[[[1.000000e+00, 2.000000e+00, 5.000000e-01, -1.000000e+00]]]]> : tensor<1x1x1x4xf32>
    %cst_5 = arith.constant dense<[[[[0.000000e+00, 1.000000e+00, -1.000000e+00, 5.000000e-01]]]]> : tensor<1x1x1x4xf32>
    %cst_6 = arith.constant dense<1.000000e-03> : tensor<1x1x1x1xf32>
    %cst_7 = arith.constant dense<0> : tensor<1xi8>
    %3 = tensor.empty() : tensor<1x4x4x4xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %cst_2 : tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) outs(%3 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %17 = arith.subf %in, %in_8 : f32
      linalg.yield %17 : f32
    } -> tensor<1x4x4x4xf32>
    %5 = tensor.empty() : tensor<1x1x1x4xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %cst_6 : tensor<1x1x1x4xf32>, tensor<1x1x1x1xf32>) outs(%5 : tensor<1x1x1x4xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %17 = arith.addf %in, %in_8 : f32
      linalg.yield %17 : f32
    } -> tensor<1x1x1x4xf32>
    %7 = tensor.empty() : tensor<1x1x1x4xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<1x1x1x4xf32>) outs(%7 : tensor<1x1x1x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %17 = math.rsqrt %in : f32
      linalg.yield %17 : f32
    } -> tensor<1x1x1x4xf32>
    %9 = tensor.empty() : tensor<1x4x4x4xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %8 : tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) outs(%9 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %17 = arith.mulf %in, %in_8 : f32
      linalg.yield %17 : f32
    } -> tensor<1x4x4x4xf32>
    %11 = tensor.empty() : tensor<1x4x4x4xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %cst_4 : tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) outs(%11 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %17 = arith.mulf %in, %in_8 : f32
      linalg.yield %17 : f32
    } -> tensor<1x4x4x4xf32>
    %13 = tensor.empty() : tensor<1x4x4x4xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_5 : tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) outs(%13 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %17 = arith.addf %in, %in_8 : f32
      linalg.yield %17 : f32
    } -> tensor<1x4x4x4xf32>
    %15 = tensor.empty() : tensor<1x4x4x4xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14 : tensor<1x4x4x4xf32>) outs(%15 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %cst_8 = arith.constant 0.000000e+00 : f32
      %cst_9 = arith.constant 3.40282347E+38 : f32
      %17 = arith.minimumf %in, %cst_9 : f32
      %18 = arith.maximumf %17, %cst_8 : f32
      linalg.yield %18 : f32
    } -> tensor<1x4x4x4xf32>
    return %16 : tensor<1x4x4x4xf32>
  }
}

