//===- ScalarQuantize.h - quantization arithmetic in IR ---------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The IR counterparts of qnt/Dialect/Qnt/Utils/Numerics.h: each builder
// emits exactly the scalar operations the C++ reference performs, so the
// two agree bit for bit.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOARITH_SCALARQUANTIZE_H
#define QNT_LIB_CONVERSION_QNTTOARITH_SCALARQUANTIZE_H

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/IR/Builders.h"

namespace mlir::qnt::lowering {

/// A uniform integer grid: scales and zero points (one each per tensor, or
/// one per slice along `axis`) and the clamp range of the stored integer.
struct UniformGrid {
  int64_t axis = -1;
  SmallVector<double> scales;
  SmallVector<int64_t> zeroPoints;
  int64_t qmin = 0, qmax = 0;
  FloatType expressedType;
};

/// The grid of `!quant.uniform` (per tensor or per axis) and of
/// `!qnt.ternary` (levels {-1, 0, 1}); nullopt for other types.
std::optional<UniformGrid> getUniformGrid(Type quantType);

/// The dither of stochastic rounding for the element at `linearIndex` (i32):
/// (mix32(index ^ seedKey) >> 8) · 2^-24, as a value of `floatType`.
Value buildStochasticDither(OpBuilder &b, Location loc, Value linearIndex,
                            uint32_t seedKey, FloatType floatType);

/// Rounds the float `v` to an integral float. `dither` is used (and must be
/// non-null) for stochastic rounding only.
Value buildRound(OpBuilder &b, Location loc, Value v, RoundingMode mode,
                 Value dither);

/// q = clamp(round(x / scale) + zeroPoint, qmin, qmax) as an integral float
/// of x's type; scale and zeroPoint are float values of the same type.
Value buildQuantizeToGrid(OpBuilder &b, Location loc, Value x, Value scale,
                          Value zeroPoint, double qmin, double qmax,
                          RoundingMode mode, Value dither);

} // namespace mlir::qnt::lowering

#endif // QNT_LIB_CONVERSION_QNTTOARITH_SCALARQUANTIZE_H
