// Linear(3->4, bias) -> BatchNorm1d(4, eval, eps=1e-5) on a [2, 3] batch, in the
// form torch-mlir's torch-backend-to-linalg-on-tensors-backend-pipeline
// produces. Produced from torch_linear_bn.guarded.mlir with
// `quant-opt --canonicalize --cse` (MLIR 22), unedited.
//
// What to match:
//  * aten.linear is decomposed (DecomposeAtenLinearOp) into aten.t + aten.mm +
//    aten.add.Tensor: the weight constant [out=4, in=3] goes through
//    linalg.transpose permutation = [1, 0] into tensor<3x4xf32> (not folded),
//    linalg.matmul ins(x, transposed) outs(linalg.fill 0.0), then a separate
//    bias generic: maps [(d0, d1), (d1), (d0, d1)], body one arith.addf
//    (the alpha = 1.0 multiply folded away). It is NOT a broadcast into the
//    matmul init (that form is only used for convolution).
//  * cse makes the bias generic's outs the same tensor.empty as the fill.
//  * BN: same 5-input generic as for conv, rank 2: maps [id, (d1) x4, id],
//    outs = its own input (the bias-add result), truncf(eps) kept in the body.
// Parameter values: fc.weight rows (1,0,0) (0,1,0) (1,1,1) (2,-1,0.5);
// fc.bias (0.5, -1, 0, 2); gamma (1, 2, 0.5, -1); beta (0, 1, -1, 0.5);
// running_mean (1, 0, -2, 0.5); running_var (1, 4, 0.25, 3).
// RUN lines belong to the tests that use this file (Inputs/ is not run by lit).

#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @forward(%arg0: tensor<2x3xf32>) -> tensor<2x4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<[[1.000000e+00, 0.000000e+00, 0.000000e+00], [0.000000e+00, 1.000000e+00, 0.000000e+00], [1.000000e+00, 1.000000e+00, 1.000000e+00], [2.000000e+00, -1.000000e+00, 5.000000e-01]]> : tensor<4x3xf32>
    %cst_1 = arith.constant dense<[5.000000e-01, -1.000000e+00, 0.000000e+00, 2.000000e+00]> : tensor<4xf32>
    %cst_2 = arith.constant dense<[1.000000e+00, 2.000000e+00, 5.000000e-01, -1.000000e+00]> : tensor<4xf32>
    %cst_3 = arith.constant dense<[0.000000e+00, 1.000000e+00, -1.000000e+00, 5.000000e-01]> : tensor<4xf32>
    %cst_4 = arith.constant dense<[1.000000e+00, 0.000000e+00, -2.000000e+00, 5.000000e-01]> : tensor<4xf32>
    %cst_5 = arith.constant dense<[1.000000e+00, 4.000000e+00, 2.500000e-01, 3.000000e+00]> : tensor<4xf32>
    %cst_6 = arith.constant 1.000000e-05 : f64
    %0 = tensor.empty() : tensor<3x4xf32>
    %transposed = linalg.transpose ins(%cst_0 : tensor<4x3xf32>) outs(%0 : tensor<3x4xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<2x4xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<2x4xf32>) -> tensor<2x4xf32>
    %3 = linalg.matmul ins(%arg0, %transposed : tensor<2x3xf32>, tensor<3x4xf32>) outs(%2 : tensor<2x4xf32>) -> tensor<2x4xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%3, %cst_1 : tensor<2x4xf32>, tensor<4xf32>) outs(%1 : tensor<2x4xf32>) {
    ^bb0(%in: f32, %in_7: f32, %out: f32):
      %6 = arith.addf %in, %in_7 : f32
      linalg.yield %6 : f32
    } -> tensor<2x4xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%4, %cst_2, %cst_3, %cst_4, %cst_5 : tensor<2x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%4 : tensor<2x4xf32>) {
    ^bb0(%in: f32, %in_7: f32, %in_8: f32, %in_9: f32, %in_10: f32, %out: f32):
      %6 = arith.truncf %cst_6 : f64 to f32
      %7 = arith.addf %in_10, %6 : f32
      %8 = math.rsqrt %7 : f32
      %9 = arith.subf %in, %in_9 : f32
      %10 = arith.mulf %9, %8 : f32
      %11 = arith.mulf %10, %in_7 : f32
      %12 = arith.addf %11, %in_8 : f32
      linalg.yield %12 : f32
    } -> tensor<2x4xf32>
    return %5 : tensor<2x4xf32>
  }
}

