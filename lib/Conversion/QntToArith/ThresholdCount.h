//===- ThresholdCount.h - count thresholds reached --------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOARITH_THRESHOLDCOUNT_H
#define QNT_LIB_CONVERSION_QNTTOARITH_THRESHOLDCOUNT_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::qnt::lowering {

/// Builds a linalg.generic computing `init + Σ_i [x ≥ t_{c,i}]` for every
/// element of `input`, as a tensor of `countType` (integer or float).
/// `thresholds` has shape [T] (axis = -1) or [C, T] (one row per slice of
/// `input` along `axis`) and the input's element type.
Value buildThresholdCount(OpBuilder &b, Location loc, Value input,
                          TypedAttr thresholds, int64_t axis, Type countType,
                          double init);

} // namespace mlir::qnt::lowering

#endif // QNT_LIB_CONVERSION_QNTTOARITH_THRESHOLDCOUNT_H
