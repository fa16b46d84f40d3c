//===- IntegerBuilders.h - integer ops qnt-realize emits --------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The integer building blocks of the realized graph: element-wise generics
// on integer tensors, qnt.requantize with fixed-point multipliers computed
// as TFLite/gemmlowp do (or shift-only for power-of-two ratios), integer
// constants, and the quantize / dequantize casts at the float boundary.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_INTEGERBUILDERS_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_INTEGERBUILDERS_H

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::qnt {

/// An integer tensor and the affine grid it represents: real = scale · (q −
/// zeroPoint), q in range.
struct IntTensor {
  Value value;
  double scale;
  int64_t zeroPoint;
  IntRange range;
  /// The values are ±1 only (a binary activation: i8 signs, scale β).
  bool binary = false;

  IntegerType getStorageType() const;
};

/// `x` on the grid of `t`: round half to even, saturating; ±inf go to the
/// ends.
int64_t quantizeScalar(double x, const IntTensor &t);

/// A dense constant of integers of `type` with `shape`.
Value createIntConstant(OpBuilder &b, Location loc, ArrayRef<int64_t> shape,
                        IntegerType type, ArrayRef<int64_t> values);

/// Sub-byte integers (`bits` = 1, 2 or 4; two's complement, or 0/1 bits)
/// of `shape` stored packed in an i8 constant and read back by qnt.unpack
/// (docs/Numerics.md gives the layout).
Value createPackedConstant(OpBuilder &b, Location loc, ArrayRef<int64_t> shape,
                           unsigned bits, ArrayRef<int64_t> values);

/// An all-parallel, identity-indexed generic over `inputs` (same shape)
/// producing `resultElement`; `body` gets the block arguments of the inputs.
Value createElementwise(
    OpBuilder &b, Location loc, ValueRange inputs, Type resultElement,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body);

/// Sign-extends an integer tensor to i32 and subtracts `zeroPoint`.
Value createCentered(OpBuilder &b, Location loc, Value value,
                     int64_t zeroPoint);

/// A tensor of `shape` filled with the integer `value`.
Value createIntFill(OpBuilder &b, Location loc, ArrayRef<int64_t> shape,
                    IntegerType type, int64_t value);

/// qnt.requantize of `input` (i16/i32) by the real multipliers (one, or one
/// per index along `axis`): shift-only when every multiplier is 2^-k with k
/// in [0, 31], else fixed point with multipliers in [2^30, 2^31).
/// Fails with `error` when a multiplier is not representable.
FailureOr<Value> createRequantize(OpBuilder &b, Location loc, Value input,
                                  ArrayRef<double> multipliers,
                                  std::optional<int64_t> axis,
                                  int64_t inputZeroPoint,
                                  int64_t outputZeroPoint, IntRange clamp,
                                  IntegerType resultType, bool doubleRound,
                                  std::string &error);

/// Float → integer at the boundary: quant.qcast + quant.scast.
Value createQuantize(OpBuilder &b, Location loc, Value floatValue,
                     quant::UniformQuantizedType type);

/// Integer → float: quant.scast + quant.dcast with one scale (zero point
/// `zeroPoint`) or one per index along `axis` (zero points 0).
Value createDequantize(OpBuilder &b, Location loc, Value intValue,
                       ArrayRef<double> scales, std::optional<int64_t> axis,
                       int64_t zeroPoint, FloatType floatType);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_INTEGERBUILDERS_H
