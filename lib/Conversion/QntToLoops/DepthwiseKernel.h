//===- DepthwiseKernel.h - depthwise layers by pairs of taps ----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_DEPTHWISEKERNEL_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_DEPTHWISEKERNEL_H

#include "IntegerDot.h"

#include "qnt/Conversion/QntToLoops/TargetDescription.h"

#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir::qnt {

/// Replaces a depthwise layer (matchDepthwiseDot) whose channels are the
/// last dimension of its data and output (NHWC) by loops over its pixels
/// and vectors of channels: the taps go two at a time, the data of both
/// interleaved in i16 against the weights interleaved alike at compile
/// time, into the target's i16 pair dot (x86 vpmaddwd, ...); the data zero
/// point becomes a per-channel correction z_x·Σ_t w. Fails, with the reason
/// in `why`, for other layouts (left to the window kernel of
/// qnt-vectorize-elementwise).
LogicalResult lowerDepthwiseByTapPairs(RewriterBase &rewriter,
                                       const IntegerDot &dot,
                                       const TargetDescription &target,
                                       std::string &why);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_DEPTHWISEKERNEL_H
