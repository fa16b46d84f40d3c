// Conv2D(3->4, k=3, NHWC, bias) -> BatchNorm(4, inference, eps=1e-3) -> ReLU in
// TOSA 1.0 (MLIR 22 syntax), BN decomposed the way TF->TOSA (legalize_tf.cc,
// ConvertTFFusedBatchNormV3Op) and torch-mlir TorchToTosa (batch_norm) do it:
//   op1 = sub(x, mean); op2 = add(var, eps); op3 = rsqrt(op2);
//   op4 = mul(op1, op3); op5 = mul(op4, gamma); op6 = add(op5, beta)
// The per-channel constants are rank-4 tensor<1x1x1x4xf32> (TOSA 1.0 binary
// ops need equal ranks; the frontends reshape the [C] vectors, and the
// reshape of a constant is folded). rsqrt(var + eps) is left as ops on
// constants, as the legalizations emit it. tosa.mul carries the i8 shift
// operand (0). ReLU is tosa.clamp [0, FLT_MAX].
// tosa_conv_bn.linalg.mlir is this file after
//   --pass-pipeline="builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith))"
// Weight layout is OHWI; filters as in torch_conv_bn_relu.mlir: f0 = all 1,
// f1 = all 0.5, f2 = input channels (1, -1, 2), f3 = 1 at [kh 1, kw 1, ic 0].
// RUN lines belong to the tests that use this file (Inputs/ is not run by lit).

module {
  func.func @forward(%x: tensor<1x6x6x3xf32>) -> tensor<1x4x4x4xf32> {
    %w = "tosa.const"() <{values = dense<[
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
        [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]]> : tensor<4x3x3x3xf32>}> : () -> tensor<4x3x3x3xf32>
    %bias = "tosa.const"() <{values = dense<[0.5, -1.0, 0.0, 2.0]> : tensor<4xf32>}> : () -> tensor<4xf32>
    %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
    %conv = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>}
        : (tensor<1x6x6x3xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>

    // BN parameters: moving_mean, moving_variance, gamma (scale), beta (offset), epsilon.
    %mean = "tosa.const"() <{values = dense<[[[[1.0, 0.0, -2.0, 0.5]]]]> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
    %var = "tosa.const"() <{values = dense<[[[[1.0, 4.0, 0.25, 3.0]]]]> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
    %gamma = "tosa.const"() <{values = dense<[[[[1.0, 2.0, 0.5, -1.0]]]]> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
    %beta = "tosa.const"() <{values = dense<[[[[0.0, 1.0, -1.0, 0.5]]]]> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
    %eps = "tosa.const"() <{values = dense<1.000000e-03> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>

    %xm = tosa.sub %conv, %mean : (tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x4x4x4xf32>
    %ve = tosa.add %var, %eps : (tensor<1x1x1x4xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x4xf32>
    %rstd = tosa.rsqrt %ve : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
    %n = tosa.mul %xm, %rstd, %shift : (tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x4x4x4xf32>
    %s = tosa.mul %n, %gamma, %shift : (tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x4x4x4xf32>
    %bn = tosa.add %s, %beta : (tensor<1x4x4x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x4x4x4xf32>

    %relu = tosa.clamp %bn {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    return %relu : tensor<1x4x4x4xf32>
  }
}
