//===- ChannelAffine.h - recognise per-channel affine maps ------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Recognises, by meaning rather than spelling, ops that compute
// y = a_c · x + b_c with constant a, b along one dimension of x (batch-norm
// in inference, a per-channel scale, a bias add), whatever sequence of
// element-wise arithmetic expresses them.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_ANALYSIS_CHANNELAFFINE_H
#define QNT_ANALYSIS_CHANNELAFFINE_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"

#include <optional>
#include <string>

namespace mlir::qnt {

/// y = scale[c] · x + shift[c], with c the index along `channelDim` of x, or
/// a single pair for every element when `channelDim` is unset.
struct ChannelAffine {
  /// The operand x.
  Value input;
  std::optional<int64_t> channelDim;
  SmallVector<double> scale, shift;
  /// For a linalg.generic whose body goes on after the affine part (an
  /// activation): the body value equal to a·x + b. Null when the op's result
  /// is the affine map itself.
  Value bodyValue;

  /// Number of channels (1 per tensor).
  int64_t getNumChannels() const { return scale.size(); }
};

enum class ChannelAffineMatch {
  /// Not an affine map of one operand with constant coefficients.
  NoMatch,
  /// Looks like one (a batch-norm, a per-channel scale or bias) but cannot
  /// be used: the reason says why.
  Blocked,
  /// `result` describes the op.
  Matched,
};

/// The values of a constant operand of a linalg op along the one loop
/// dimension they vary with (`loopDim`), or a single value when they vary
/// along none.
struct ChannelConstant {
  SmallVector<double> values;
  std::optional<unsigned> loopDim;
};

/// Reads the constant `operand`, indexed by `map` in its linalg op, as a
/// per-channel vector. Failure with an empty `reason` when it is not a
/// constant; failure with a reason when it varies along several dimensions
/// or is indexed by a non-trivial expression.
FailureOr<ChannelConstant> readChannelConstant(Value operand, AffineMap map,
                                               std::string &reason);

/// Matches `qnt.batch_norm` and element-wise `linalg.generic` ops.
ChannelAffineMatch matchChannelAffine(Operation *op, ChannelAffine &result,
                                      std::string &reason);

} // namespace mlir::qnt

#endif // QNT_ANALYSIS_CHANNELAFFINE_H
