#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1)>
func.func @f(%x: tensor<1x2x4x4xf16>) -> tensor<1x2x2x2xf16> {
  %w = arith.constant dense_resource<wh> : tensor<2x2x3x3xf16>
  %g = arith.constant dense<[1.0, -2.0]> : tensor<2xf16>
  %b = arith.constant dense<[0.5, 0.25]> : tensor<2xf16>
  %m = arith.constant dense<[0.1, 0.2]> : tensor<2xf16>
  %v = arith.constant dense<[4.0, 0.25]> : tensor<2xf16>
  %eps = arith.constant 1.0e-05 : f64
  %zero = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<1x2x2x2xf16>
  %f = linalg.fill ins(%zero : f16) outs(%e : tensor<1x2x2x2xf16>) -> tensor<1x2x2x2xf16>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x2x4x4xf16>, tensor<2x2x3x3xf16>) outs(%f : tensor<1x2x2x2xf16>) -> tensor<1x2x2x2xf16>
  %bn = linalg.generic {indexing_maps = [#map, #map1, #map1, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %g, %b, %m, %v : tensor<1x2x2x2xf16>, tensor<2xf16>, tensor<2xf16>, tensor<2xf16>, tensor<2xf16>) outs(%c : tensor<1x2x2x2xf16>) {
  ^bb0(%in: f16, %in_1: f16, %in_2: f16, %in_3: f16, %in_4: f16, %out: f16):
    %0 = arith.truncf %eps : f64 to f16
    %1 = arith.subf %in, %in_3 : f16
    %2 = arith.addf %in_4, %0 : f16
    %3 = math.rsqrt %2 : f16
    %4 = arith.mulf %1, %3 : f16
    %5 = arith.mulf %4, %in_1 : f16
    %6 = arith.addf %5, %in_2 : f16
    linalg.yield %6 : f16
  } -> tensor<1x2x2x2xf16>
  return %bn : tensor<1x2x2x2xf16>
}

{-#
  dialect_resources: {
    builtin: {
      wh: "0x02000000003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042003C00400042"
    }
  }
#-}
