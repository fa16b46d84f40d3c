// torch_conv_bn_relu.mlir (../../FoldBatchNorm/Inputs) with the attributes
// torch-mlir leaves on the module, the function and its arguments, from
// dialects quant-opt does not load: they are carried through untouched.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>
#map2 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
module attributes {torch.debug_module_name = "ConvBnRelu"} {
  func.func @forward(%arg0: tensor<1x3x6x6xf32> {torch.type_bound_name = "x", onnx.name = "input"}) -> (tensor<1x4x4x4xf32> {torch.result_name = "y"}) attributes {torch.assume_strict_symbolic_shapes} {
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

