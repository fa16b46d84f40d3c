//===- IntegerDot.h - an integer layer as a GEMM ----------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt-realize writes every integer conv and matmul as one linalg.generic
// accumulating out + (ext(x) − z_x)·(ext(w) − z_w) in i32, with the layer's
// own indexing maps. Its loops split into M (index the data and the output),
// N (the weights and the output) and K (the data and the weights,
// reductions), which makes it the GEMM C[M,N] += A[M,K]·B[K,N], A read
// through the data's indexing map (an implicit im2col).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <string>
#include <vector>

namespace mlir::qnt {

struct IntegerDot {
  linalg::GenericOp op;
  /// The i8 operand read at run time, and the constant weights.
  OpOperand *data = nullptr, *weights = nullptr;
  int64_t dataZeroPoint = 0, weightZeroPoint = 0;
  /// Loop positions of each class, in loop order.
  SmallVector<unsigned> mLoops, nLoops, kLoops;
  SmallVector<int64_t> loopRanges;
  int64_t m = 1, n = 1, k = 1;
  /// The weights, row-major in their tensor's shape.
  std::vector<int64_t> weightValues;

  /// The indexing map of one of the op's operands.
  AffineMap getMap(OpOperand *operand) const {
    return linalg::GenericOp(op).getMatchingIndexingMap(operand);
  }
  unsigned getNumLoops() const { return loopRanges.size(); }
};

/// Matches `op` as an integer GEMM; otherwise fails with the reason in `why`
/// (not an integer dot product, weights not constant, a loop that indexes
/// all operands such as a depthwise channel, dynamic shapes).
FailureOr<IntegerDot> matchIntegerDot(linalg::GenericOp op, std::string &why);

/// True when `op` computes out + (ext(a) − za)·(ext(b) − zb) in i32, the
/// precondition of matchIntegerDot (so callers can tell "not a layer"
/// apart from "a layer this lowering cannot pack").
bool isIntegerDotBody(linalg::GenericOp op);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H
