//===- ScalarBody.h - what an element-wise generic computes -----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt-realize recognises activations, residual adds and the divide of an
// average pooling by what their linalg.generic computes, not by spelling:
// the body is evaluated on sample values (ReLU as cmpf + select, maximumf,
// clamps, a multiply by 1/N or a divide by N all qualify).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_SCALARBODY_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_SCALARBODY_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <optional>

namespace mlir::qnt {

/// A generic with one input, one init it does not read, all loops parallel
/// and the same indexing for both: an element-wise function of one value.
bool isUnaryElementwise(linalg::GenericOp op);

/// The body of a unary element-wise generic evaluated at `x` (double
/// arithmetic over the float ops it supports); nullopt when it uses
/// anything else.
std::optional<double> evaluateUnary(linalg::GenericOp op, double x);

/// [lo, hi] when the generic computes clamp(x, lo, hi) (ReLU: [0, +inf],
/// ReLU6: [0, 6]); either bound may be infinite.
std::optional<std::pair<double, double>> matchClamp(linalg::GenericOp op);

/// k when the generic computes x · k (x / N gives 1/N).
std::optional<double> matchScale(linalg::GenericOp op);

/// True when the generic adds its two inputs element-wise (linalg.add is
/// checked by the caller).
bool isElementwiseAdd(linalg::GenericOp op);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_SCALARBODY_H
