// Conv2d(3->4, k=3, bias) + BatchNorm2d(4, eval) + ReLU as ConvertTorchToLinalg
// (torch-mlir) emits it, BEFORE the canonicalize/cse that
// torch-backend-to-linalg-on-tensors-backend-pipeline runs right afterwards.
// Kept: the cf.assert guards of ConvertAtenBatchNormOp, the f64 eps truncated
// inside the BN body, the BN generic writing into its own input (outs = conv),
// the bias broadcast into the conv init, the ReLU cmpf-ugt/select generic with
// a constant-0 map for the static size-1 batch dim. Dropped: dead index
// arithmetic of the conv lowering and tensor.cast no-ops (they fold away).
// torch.vtensor.literal weights appear as arith.constant (after
// convert-torch-to-arith); eps/training come from torch.constant.float/bool.
// torch_conv_bn_relu.mlir is this file after --canonicalize --cse.

#map_id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map_ch = affine_map<(d0, d1, d2, d3) -> (d1)>
#map_b0 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
module {
  func.func @forward(%x: tensor<1x3x6x6xf32>) -> tensor<1x4x4x4xf32> {
    // Parameters: conv.weight [F=4, C=3, 3, 3], conv.bias [4].
    // f0: all 1.0; f1: all 0.5; f2: channel c0 = 1, c1 = -1, c2 = 2;
    // f3: 1.0 only at [c=0, kh=1, kw=1] (copies the centre of channel 0).
    %w = arith.constant dense<[
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
    %bias = arith.constant dense<[0.5, -1.0, 0.0, 2.0]> : tensor<4xf32>
    // bn.weight (gamma), bn.bias (beta), bn.running_mean, bn.running_var.
    %gamma = arith.constant dense<[1.0, 2.0, 0.5, -1.0]> : tensor<4xf32>
    %beta = arith.constant dense<[0.0, 1.0, -1.0, 0.5]> : tensor<4xf32>
    %mean = arith.constant dense<[1.0, 0.0, -2.0, 0.5]> : tensor<4xf32>
    %var = arith.constant dense<[1.0, 4.0, 0.25, 3.0]> : tensor<4xf32>
    // torch.constant.float 1.000000e-05 / torch.constant.bool false.
    %eps = arith.constant 1.000000e-05 : f64
    %training = arith.constant false

    // aten.convolution (Linear.cpp ConvertAtenConvolutionOp): bias is
    // linalg.broadcast into tensor.empty (dims = all but 1), which becomes the
    // conv init. padding = 0, so no tensor.pad survives.
    %empty = tensor.empty() : tensor<1x4x4x4xf32>
    %binit = linalg.broadcast ins(%bias : tensor<4xf32>) outs(%empty : tensor<1x4x4x4xf32>) dimensions = [0, 2, 3]
    %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
        ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>)
        outs(%binit : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>

    // aten.batch_norm (Uncategorized.cpp ConvertAtenBatchNormOp).
    %false = arith.constant false
    %t = arith.cmpi eq, %training, %false : i1
    cf.assert %t, "training is not supported for now"
    %c1 = arith.constant 1 : index
    %nf = tensor.dim %conv, %c1 : tensor<1x4x4x4xf32>
    %c0 = arith.constant 0 : index
    %d_w = tensor.dim %gamma, %c0 : tensor<4xf32>
    %e_w = arith.cmpi eq, %nf, %d_w : index
    cf.assert %e_w, "expect the size of dim 0 equal to the number of features"
    %d_b = tensor.dim %beta, %c0 : tensor<4xf32>
    %e_b = arith.cmpi eq, %nf, %d_b : index
    cf.assert %e_b, "expect the size of dim 0 equal to the number of features"
    %d_m = tensor.dim %mean, %c0 : tensor<4xf32>
    %e_m = arith.cmpi eq, %nf, %d_m : index
    cf.assert %e_m, "expect the size of dim 0 equal to the number of features"
    %d_v = tensor.dim %var, %c0 : tensor<4xf32>
    %e_v = arith.cmpi eq, %nf, %d_v : index
    cf.assert %e_v, "expect the size of dim 0 equal to the number of features"
    %bn = linalg.generic {indexing_maps = [#map_id, #map_ch, #map_ch, #map_ch, #map_ch, #map_id],
                          iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
        ins(%conv, %gamma, %beta, %mean, %var : tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
        outs(%conv : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %wt: f32, %bs: f32, %mn: f32, %vr: f32, %out: f32):
      %epsf = arith.truncf %eps : f64 to f32
      %ve = arith.addf %vr, %epsf : f32
      %rstd = math.rsqrt %ve : f32
      %xm = arith.subf %in, %mn : f32
      %n = arith.mulf %xm, %rstd : f32
      %s = arith.mulf %n, %wt : f32
      %y = arith.addf %s, %bs : f32
      linalg.yield %y : f32
    } -> tensor<1x4x4x4xf32>

    // aten.relu (ConvertElementwiseOp + createElementwiseLinalgGeneric):
    // static size-1 dims get a constant-0 index in the input map.
    %e2 = tensor.empty() : tensor<1x4x4x4xf32>
    %relu = linalg.generic {indexing_maps = [#map_b0, #map_id],
                            iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
        ins(%bn : tensor<1x4x4x4xf32>) outs(%e2 : tensor<1x4x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %zero = arith.constant 0.000000e+00 : f32
      %gt = arith.cmpf ugt, %in, %zero : f32
      %r = arith.select %gt, %in, %zero : f32
      linalg.yield %r : f32
    } -> tensor<1x4x4x4xf32>
    return %relu : tensor<1x4x4x4xf32>
  }
}
