//===- ConstantIntegers.h - the values of constant integer tensors -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Integer layers read their weights from constants in several spellings:
// `arith.constant dense<...>` (splat or not), `dense_resource` blobs, and
// `qnt.unpack` of a constant holding sub-byte fields, reshaped, transposed
// or sliced (one group of a grouped convolution). Analyses and the
// packing of weights at compile time read them all through one function.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_ANALYSIS_CONSTANTINTEGERS_H
#define QNT_ANALYSIS_CONSTANTINTEGERS_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace mlir::qnt {

/// The elements of `value` in row-major order, sign-extended from its
/// element type (i1 reads as 0/1), when it is a statically shaped constant
/// integer tensor: a dense or `dense_resource` `arith.constant`, or
/// `qnt.unpack` of a constant, possibly reshaped (`tensor.expand_shape`,
/// `tensor.collapse_shape`), transposed (`linalg.transpose`) or sliced
/// (`tensor.extract_slice` with static offsets, sizes and strides). Nullopt
/// otherwise.
std::optional<std::vector<int64_t>> readConstantIntegers(Value value);

} // namespace mlir::qnt

#endif // QNT_ANALYSIS_CONSTANTINTEGERS_H
