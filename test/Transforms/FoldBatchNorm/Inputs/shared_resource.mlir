// Two convolutions whose weight constants hold the same dense_resource blob,
// each followed by its own per-channel scale.
func.func @two_convs(%x: tensor<1x1x2x2xf32>) -> (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x1x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %w1 = arith.constant dense_resource<shared_weight> : tensor<1x1x2x2xf32>
  %c1 = linalg.conv_2d_nchw_fchw ins(%x, %w1 : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) outs(%f : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %w2 = arith.constant dense_resource<shared_weight> : tensor<1x1x2x2xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %c2 = linalg.conv_2d_nchw_fchw ins(%x, %w2 : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) outs(%f2 : tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  %s = arith.constant dense<2.0> : tensor<1xf32>
  %t = arith.constant dense<3.0> : tensor<1xf32>
  %y1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c1, %s : tensor<1x1x1x1xf32>, tensor<1xf32>) outs(%e : tensor<1x1x1x1xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x1x1x1xf32>
  %y2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c2, %t : tensor<1x1x1x1xf32>, tensor<1xf32>) outs(%e : tensor<1x1x1x1xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %r = arith.mulf %in, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x1x1x1xf32>
  return %y1, %y2 : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
}
{-#
  dialect_resources: {
    builtin: {
      shared_weight: "0x040000000000803F0000803F0000803F0000803F"
    }
  }
#-}
