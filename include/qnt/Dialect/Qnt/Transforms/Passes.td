//===- Passes.td - qnt graph transformations -------------*- tablegen -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD
#define QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def QntFoldBatchNormPass : Pass<"qnt-fold-batchnorm"> {
  let summary = "Fold batch-norm and every per-channel affine op into the "
                "weights and bias of the preceding conv / matmul";
  let description = [{
    Folds `y = a_c · x + b_c` (constant `a`, `b` per output channel, or one
    pair per tensor) into the linear op that produces `x`: the weights of
    channel `c` are scaled by `a_c` and the bias becomes `a_c · bias_c + b_c`
    (Jacob et al. 2018 fold batch-norm before quantization).

    Batch-norm is recognised by meaning, not spelling: `qnt.batch_norm`,
    torch-mlir's single `linalg.generic` (`(x − mean)·rsqrt(var + eps)·γ + β`),
    a chain of element-wise generics (as TOSA `sub`/`mul`/`add`/`rsqrt`
    become after `tosa-to-linalg`), a plain per-channel scale or bias add,
    or the affine head of a generic that goes on to apply an activation.
    Element-wise generics whose inputs are all constants are evaluated first,
    so statistics computed from constants (`rsqrt(var + eps)`) count as
    constants.

    Producers: any `linalg` convolution or contraction with a constant
    weight operand (`linalg.conv_2d_nchw_fchw`, `_nhwc_hwcf`,
    `_nhwc_fhwc`, depthwise convs, `linalg.matmul`, `batch_matmul`, ...), with
    any strides, dilations and input padding. The weight may be reached
    through `linalg.transpose` (torch-mlir's fully-connected layers) and
    `qnt.fake_quant`; a weight quantizer is moved behind the fold, its
    per-channel scales multiplied by `|a_c|` (a per-tensor quantizer becomes
    per-axis). The bias is read from the output init (`linalg.fill`,
    `linalg.broadcast`, a broadcasting generic or a constant) and written back
    as a `linalg.broadcast` of a constant.

    Batch-norm *before* a linear op (pre-activation blocks) folds the other
    way when no padding separates them: the weights are scaled along their
    input channel and `Σ W·b` is added to each output channel's bias.

    Nothing is folded, and a remark says why, when the linear op's result has
    other users, an operand of the affine op is not a constant, the affine
    op varies along a dimension that is not an output channel of the linear
    op, or the weight is not a constant.

    Example:

    ```mlir
    %c = linalg.conv_2d_nchw_fchw ins(%x, %w : ...) outs(%zero : ...)
    %y = qnt.batch_norm %c, %gamma, %beta, %mean, %var : ...
    ```

    becomes one `linalg.conv_2d_nchw_fchw` with scaled weights whose init is
    the broadcast folded bias.
  }];
  let options = [
    Option<"emitRemarks", "remarks", "bool", /*default=*/"true",
           "Emit a remark for every per-channel affine op that is not "
           "folded, saying why">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

#endif // QNT_DIALECT_QNT_TRANSFORMS_PASSES_TD
