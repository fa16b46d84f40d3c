// Linear(3->4, bias) + BatchNorm1d(4, eval, eps=1e-5) as ConvertTorchToLinalg
// (torch-mlir) emits it, BEFORE the canonicalize/cse of
// torch-backend-to-linalg-on-tensors-backend-pipeline. DecomposeComplexOps
// turned aten.linear into aten.t(weight) -> aten.matmul (-> aten.mm) ->
// aten.add.Tensor(mm, bias, alpha = 1.0). Kept: all cf.assert guards, the f64
// alpha/eps truncated inside the bodies. Simplified: the mm init is written
// with static sizes (torch-mlir builds tensor.empty from tensor.dim values and
// tensor.cast's the result back; canonicalize makes it static).
// torch_linear_bn.mlir is this file after --canonicalize --cse.

#id = affine_map<(d0, d1) -> (d0, d1)>
#ch = affine_map<(d0, d1) -> (d1)>
module {
  func.func @forward(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
    // fc.weight [out=4, in=3], fc.bias [4].
    %w = arith.constant dense<[[1.0, 0.0, 0.0],
                               [0.0, 1.0, 0.0],
                               [1.0, 1.0, 1.0],
                               [2.0, -1.0, 0.5]]> : tensor<4x3xf32>
    %bias = arith.constant dense<[0.5, -1.0, 0.0, 2.0]> : tensor<4xf32>
    // bn.weight (gamma), bn.bias (beta), bn.running_mean, bn.running_var.
    %gamma = arith.constant dense<[1.0, 2.0, 0.5, -1.0]> : tensor<4xf32>
    %beta = arith.constant dense<[0.0, 1.0, -1.0, 0.5]> : tensor<4xf32>
    %mean = arith.constant dense<[1.0, 0.0, -2.0, 0.5]> : tensor<4xf32>
    %var = arith.constant dense<[1.0, 4.0, 0.25, 3.0]> : tensor<4xf32>
    // torch.constant.float 1.0 (alpha, made by DecomposeAtenLinearOp),
    // torch.constant.float 1.000000e-05 (eps), torch.constant.bool false.
    %alpha = arith.constant 1.000000e+00 : f64
    %eps = arith.constant 1.000000e-05 : f64
    %training = arith.constant false

    // aten.transpose.int(weight, 0, 1) (DataMovement.cpp ConvertAtenTransposeIntOp).
    %et = tensor.empty() : tensor<3x4xf32>
    %wt = linalg.transpose ins(%w : tensor<4x3xf32>) outs(%et : tensor<3x4xf32>) permutation = [1, 0]

    // aten.mm (Linear.cpp ConvertAtenMmOp): contracting-dim guard, zero-filled init.
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %lhs1 = tensor.dim %x, %c1 : tensor<2x3xf32>
    %rhs0 = tensor.dim %wt, %c0 : tensor<3x4xf32>
    %k_eq = arith.cmpi eq, %lhs1, %rhs0 : index
    cf.assert %k_eq, "mismatching contracting dimension for torch.aten.mm"
    %em = tensor.empty() : tensor<2x4xf32>
    %zero = arith.constant 0.000000e+00 : f32
    %fill = linalg.fill ins(%zero : f32) outs(%em : tensor<2x4xf32>) -> tensor<2x4xf32>
    %mm = linalg.matmul ins(%x, %wt : tensor<2x3xf32>, tensor<3x4xf32>) outs(%fill : tensor<2x4xf32>) -> tensor<2x4xf32>

    // aten.add.Tensor(mm, bias, alpha) (ConvertElementwiseOp): bias broadcast
    // through the indexing map, result in a fresh tensor.empty.
    %c4 = arith.constant 4 : index
    %bc_eq = arith.cmpi eq, %c4, %c4 : index
    cf.assert %bc_eq, "mismatched size for broadcast"
    %ea = tensor.empty() : tensor<2x4xf32>
    %lin = linalg.generic {indexing_maps = [#id, #ch, #id], iterator_types = ["parallel", "parallel"]}
        ins(%mm, %bias : tensor<2x4xf32>, tensor<4xf32>) outs(%ea : tensor<2x4xf32>) {
    ^bb0(%in: f32, %b: f32, %out: f32):
      %a = arith.truncf %alpha : f64 to f32
      %sc = arith.mulf %b, %a : f32
      %s = arith.addf %in, %sc : f32
      linalg.yield %s : f32
    } -> tensor<2x4xf32>

    // aten.batch_norm (Uncategorized.cpp ConvertAtenBatchNormOp), rank-2 input.
    %false = arith.constant false
    %t = arith.cmpi eq, %training, %false : i1
    cf.assert %t, "training is not supported for now"
    %nf = tensor.dim %lin, %c1 : tensor<2x4xf32>
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
    %bn = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel"]}
        ins(%lin, %gamma, %beta, %mean, %var : tensor<2x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
        outs(%lin : tensor<2x4xf32>) {
    ^bb0(%in: f32, %wt_: f32, %bs: f32, %mn: f32, %vr: f32, %out: f32):
      %epsf = arith.truncf %eps : f64 to f32
      %ve = arith.addf %vr, %epsf : f32
      %rstd = math.rsqrt %ve : f32
      %xm = arith.subf %in, %mn : f32
      %n = arith.mulf %xm, %rstd : f32
      %s = arith.mulf %n, %wt_ : f32
      %y = arith.addf %s, %bs : f32
      linalg.yield %y : f32
    } -> tensor<2x4xf32>
    return %bn : tensor<2x4xf32>
  }
}
