//===- GenericBuilder.h - element-wise linalg.generic helpers ---*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Private helpers shared by the qnt-to-arith patterns: every qnt op lowers
// to a linalg.generic over its operand whose body reads per-channel
// parameters (scales, zero points, multipliers, thresholds) either as
// scalar constants or from 1-D constant tensors indexed by the channel axis.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOARITH_GENERICBUILDER_H
#define QNT_LIB_CONVERSION_QNTTOARITH_GENERICBUILDER_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::qnt::lowering {

/// One per-channel parameter: one value per tensor or one per channel.
struct ChannelParam {
  /// 1-D dense attribute with 1 or C elements.
  DenseElementsAttr values;

  static ChannelParam floats(MLIRContext *ctx, Type elementType,
                             ArrayRef<double> values);
  static ChannelParam ints(MLIRContext *ctx, Type elementType,
                           ArrayRef<int64_t> values);
};

/// Body builder: `x` is the element of the input, `params[i]` the value of
/// parameter `i` for the element's channel.
using ElementwiseBody =
    function_ref<Value(OpBuilder &, Location, Value x, ArrayRef<Value> params)>;

/// Builds `linalg.generic` mapping every element of the ranked tensor
/// `input` to an element of type `resultElementType` (same shape), with
/// channel parameters taken along `axis` (-1 for per tensor).
Value buildElementwise(OpBuilder &b, Location loc, Value input, int64_t axis,
                       ArrayRef<ChannelParam> params, Type resultElementType,
                       ElementwiseBody body);

/// Inside a generic body over a tensor with sizes `dims` (index values
/// defined outside the body): the row-major linear index of the current
/// element, truncated to i32.
Value buildLinearIndexI32(OpBuilder &b, Location loc, ArrayRef<Value> dims);

/// The sizes of every dimension of `tensor` as index values.
SmallVector<Value> buildDimSizes(OpBuilder &b, Location loc, Value tensor);

/// Scalar constants of a float or integer type.
Value floatConstant(OpBuilder &b, Location loc, Type type, double value);
Value intConstant(OpBuilder &b, Location loc, Type type, int64_t value);

} // namespace mlir::qnt::lowering

#endif // QNT_LIB_CONVERSION_QNTTOARITH_GENERICBUILDER_H
