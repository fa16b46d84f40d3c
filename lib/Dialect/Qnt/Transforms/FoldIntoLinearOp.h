//===- FoldIntoLinearOp.h - fold y = a·x + b into a conv/matmul -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H

#include "qnt/Analysis/ChannelAffine.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir::qnt {

/// Builds a copy of the convolution or contraction `linearOp` whose result is
/// `affine.scale[c] · result + affine.shift[c]` along `affine.channelDim`:
/// the weights of output channel c are scaled (through `linalg.transpose` and
/// `qnt.fake_quant` on the way to the weight constant) and the bias in the
/// init is updated. Returns the new result, or failure with `reason` set;
/// nothing is created on failure. `linearOp` itself is left in place.
FailureOr<Value> foldAffineIntoLinearOp(RewriterBase &rewriter,
                                        linalg::LinalgOp linearOp,
                                        const ChannelAffine &affine,
                                        std::string &reason);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_FOLDINTOLINEAROP_H
