//===- FoldIntoLinearOp.h - fold y = a·x + b into a conv/matmul -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H

#include "qnt/Analysis/ChannelAffine.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir::qnt {

/// Builds a copy of the convolution or contraction `linearOp` whose result is
/// `affine.scale[c] · result + affine.shift[c]` along `affine.channelDim`:
/// the weights of output channel c are scaled (through `linalg.transpose` and
/// `qnt.fake_quant` on the way to the weight constant) and the bias in the
/// init is updated. Returns the new result, or failure with `reason` set;
/// nothing is created on failure. `linearOp` itself is left in place.
///
/// With `collapse`, the affine map applies to `collapse`'s result (the
/// linear op's result with channel dimensions merged, as TOSA's depthwise
/// C×M or torch-mlir's grouped G×F): the fold goes through it and the new
/// result is collapsed the same way.
FailureOr<Value> foldAffineIntoLinearOp(RewriterBase &rewriter,
                                        linalg::LinalgOp linearOp,
                                        const ChannelAffine &affine,
                                        std::string &reason,
                                        tensor::CollapseShapeOp collapse = {});

/// The other direction, for batch-norm *before* a linear op (pre-activation
/// blocks): `dataOperand` of `linearOp` is `affine.scale[c] · x + shift[c]`
/// along `affine.channelDim`. Scales the weights along their input-channel
/// dimension and adds Σ W·shift to each output channel's bias. Only valid
/// without padding between the two (the operand is the affine result
/// itself) and when the weight has a single parallel (output-channel)
/// dimension. Returns the new result (computed from `affine.input`).
FailureOr<Value> foldAffineIntoConsumerLinearOp(RewriterBase &rewriter,
                                                linalg::LinalgOp linearOp,
                                                OpOperand &dataOperand,
                                                const ChannelAffine &affine,
                                                std::string &reason);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H
