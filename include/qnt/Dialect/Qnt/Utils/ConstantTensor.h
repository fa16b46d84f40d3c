//===- ConstantTensor.h - read and write float constants --------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Weights arrive as `dense<...>` or `dense_resource<...>` constants. These
// helpers read either kind as f32 values (one copy, no per-element APFloat)
// and write a new constant of the same kind, so transforming a 25 M
// parameter model stays within a small multiple of its weight memory.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_UTILS_CONSTANTTENSOR_H
#define QNT_DIALECT_QNT_UTILS_CONSTANTTENSOR_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/BuiltinTypes.h"

#include <optional>
#include <vector>

namespace mlir::qnt {

/// The elements (row-major, splats expanded) of a float `DenseElementsAttr`
/// or f32 `DenseResourceElementsAttr`, as floats. Nullopt otherwise.
std::optional<std::vector<float>> readFloatElements(ElementsAttr attr);

/// A constant of `type` holding `values`: a `dense_resource` blob named
/// after `blobName` when `like` is a resource (so large weights stay blobs),
/// a `DenseElementsAttr` otherwise.
ElementsAttr buildFloatElements(ElementsAttr like, ShapedType type,
                                ArrayRef<float> values, StringRef blobName);

/// The elements of the constant `value` (an `arith.constant`, or a
/// `linalg.fill` of a constant scalar) as doubles. Nullopt otherwise.
std::optional<SmallVector<double>> getConstantFloatTensor(Value value);

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_UTILS_CONSTANTTENSOR_H
