//===- ConstantFoldElementwise.h - evaluate constant generics ---*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_CONSTANTFOLDELEMENTWISE_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_CONSTANTFOLDELEMENTWISE_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::qnt {

/// Evaluates element-wise float `linalg.generic` ops whose inputs are all
/// constants (at most `maxElements` results) into `arith.constant`: batch-norm
/// statistics computed from constants (`rsqrt(var + eps)` as TOSA writes it)
/// become constants the affine analysis can read.
void populateConstantFoldElementwisePatterns(RewritePatternSet &patterns,
                                             int64_t maxElements = 65536);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_CONSTANTFOLDELEMENTWISE_H
