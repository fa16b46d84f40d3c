//===- WeightPath.h - from a linear op's weight to its constant -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Passes that rewrite weights (folding, ternarization, ...) find the
// constant behind a conv/matmul weight operand through the ops frontends put
// in between (transposes, unit-dimension reshapes, quantizers), rewrite the
// constant, and rebuild the same chain on top of it.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_WEIGHTPATH_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_WEIGHTPATH_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::qnt {

/// The path from a weight operand back to its constant: the ops on the way
/// (outermost last) and the channel position at the output of each.
struct WeightPath {
  arith::ConstantOp constant;
  ElementsAttr values;
  /// The traced position in the constant itself.
  int64_t constantPos;
  SmallVector<Operation *> chain;
  SmallVector<int64_t> positions;
};

/// Follows `value` (position `pos` of it) back through linalg.transpose,
/// tensor.collapse_shape / expand_shape that only add or drop unit
/// dimensions around it, and qnt.fake_quant, to an arith.constant.
FailureOr<WeightPath> traceWeight(Value value, int64_t pos);

/// The operand of `op` that traces back to a constant weight, and the
/// position of its output channel: the weight map's one parallel
/// dimension. Nullopt, with a reason, otherwise.
std::optional<std::pair<OpOperand *, int64_t>>
findWeightOutputChannel(linalg::LinalgOp op, std::string &reason);

/// Maps the row-major index of an element of a tensor of `shape` to its
/// channel: the row-major linearization of its indices at `positions` (one
/// position for a plain channel dimension, several for merged channels such
/// as C×M; none for a single channel).
class ChannelIndexer {
public:
  ChannelIndexer(ArrayRef<int64_t> shape, ArrayRef<int64_t> positions);
  int64_t operator()(int64_t flat) const;
  int64_t getNumChannels() const { return numChannels; }

private:
  SmallVector<int64_t> sizes, strides;
  int64_t numChannels = 1;
};

/// True for a two-input, one-output convolution or contraction.
bool isFoldableLinearOp(linalg::LinalgOp op);

/// Recreates the ops between a weight constant and its use on top of
/// `newWeights`, with the given quantizer types (null: unchanged).
Value rebuildWeightChain(RewriterBase &rewriter, const WeightPath &weight,
                         ElementsAttr newWeights, ArrayRef<Type> newQuantTypes);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_WEIGHTPATH_H
