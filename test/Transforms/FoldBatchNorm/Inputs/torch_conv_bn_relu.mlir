// Conv2d(3->4, k=3, stride 1, pad 0, bias) -> BatchNorm2d(4, eval, eps=1e-5)
// -> ReLU, in the form torch-mlir's torch-backend-to-linalg-on-tensors-backend-
// pipeline produces (ConvertTorchToLinalg, then canonicalize + cse).
// Produced from torch_conv_bn_relu.guarded.mlir with
// `quant-opt --canonicalize --cse` (MLIR 22); only the 4x3x3x3 literal was
// re-wrapped by hand.
//
// What to match:
//  * conv bias: linalg.broadcast ins(bias : tensor<4xf32>) dimensions = [0, 2, 3]
//    into tensor.empty, used as the outs (init) of linalg.conv_2d_nchw_fchw.
//  * BN: ONE linalg.generic, ins(conv, gamma, beta, mean, var), outs(conv)
//    (the conv result itself, not a tensor.empty), maps [id, (d1) x4, id].
//    Body: truncf(eps f64 -> f32) ; addf(var, eps) ; rsqrt ; subf(x, mean) ;
//    mulf(_, rstd) ; mulf(_, gamma) ; addf(_, beta). The truncf stays: the f64
//    1e-5 is not exactly representable in f32, so arith does not fold it.
//  * The static cf.assert guards of ConvertAtenBatchNormOp fold away.
//  * ReLU: generic, input map (0, d1, d2, d3) (static size-1 batch dim),
//    body cmpf ugt + select against 0.0; its init is the same tensor.empty
//    as the conv (cse).
// Parameter values: conv.weight filters f0 = all 1, f1 = all 0.5,
// f2 = channels (1, -1, 2), f3 = 1 at [c0, 1, 1] only; conv.bias
// (0.5, -1, 0, 2); gamma (1, 2, 0.5, -1); beta (0, 1, -1, 0.5);
// running_mean (1, 0, -2, 0.5); running_var (1, 4, 0.25, 3).
// RUN lines belong to the tests that use this file (Inputs/ is not run by lit).

#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>
#map2 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
module {
  func.func @forward(%arg0: tensor<1x3x6x6xf32>) -> tensor<1x4x4x4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<[
      [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
       [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
       [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]],
      [[[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
       [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
       [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]]],
      [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
       [[-1.0, -1.0, -1.0], [-1.0, -1.0, -1.0], [-1.0, -1.0, -1.0]],
       [[2.0, 2.0, 2.0], [2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]],
      [[[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]],
       [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
       [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]]> : tensor<4x3x3x3xf32>
    %cst_1 = arith.constant dense<[5.000000e-01, -1.000000e+00, 0.000000e+00, 2.000000e+00]> : tensor<4xf32>
    %cst_2 = arith.constant dense<[1.000000e+00, 2.000000e+00, 5.000000e-01, -1.000000e+00]> : tensor<4xf32>
    %cst_3 = arith.constant dense<[0.000000e+00, 1.000000e+00, -1.000000e+00, 5.000000e-01]> : tensor<4xf32>
    %cst_4 = arith.constant dense<[1.000000e+00, 0.000000e+00, -2.000000e+00, 5.000000e-01]> : tensor<4xf32>
    %cst_5 = arith.constant dense<[1.000000e+00, 4.000000e+00, 2.500000e-01, 3.000000e+00]> : tensor<4xf32>
    %cst_6 = arith.constant 1.000000e-05 : f64
    %0 = tensor.empty() : tensor<1x4x4x4xf32>
    %broadcasted = linalg.broadcast ins(%cst_1 : tensor<4xf32>) outs(%0 : tensor<1x4x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %cst_0 : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%broadcasted : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1, %cst_2, %cst_3, %cst_4, %cst_5 : tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%1 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %in_7: f32, %in_8: f32, %in_9: f32, %in_10: f32, %out: f32):
      %4 = arith.truncf %cst_6 : f64 to f32
      %5 = arith.addf %in_10, %4 : f32
      %6 = math.rsqrt %5 : f32
      %7 = arith.subf %in, %in_9 : f32
      %8 = arith.mulf %7, %6 : f32
      %9 = arith.mulf %8, %in_7 : f32
      %10 = arith.addf %9, %in_8 : f32
      linalg.yield %10 : f32
    } -> tensor<1x4x4x4xf32>
    %3 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2 : tensor<1x4x4x4xf32>) outs(%0 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %4 = arith.cmpf ugt, %in, %cst : f32
      %5 = arith.select %4, %in, %cst : f32
      linalg.yield %5 : f32
    } -> tensor<1x4x4x4xf32>
    return %3 : tensor<1x4x4x4xf32>
  }
}

