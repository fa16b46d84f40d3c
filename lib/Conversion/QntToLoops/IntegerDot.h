//===- IntegerDot.h - an integer layer as a GEMM ----------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt-realize writes every integer conv and matmul as one linalg.generic
// accumulating out + (ext(x) − z_x)·(ext(w) − z_w) in i32, with the layer's
// own indexing maps, and ternary / binary-weight layers as
// qnt.signed_accumulate (the same sum with weights −1, 0, +1). Their loops
// split into M (index the data and the output), N (the weights and the
// output) and K (the data and the weights, reductions), which makes each
// the GEMM C[M,N] += A[M,K]·B[K,N], A read through the data's indexing map
// (an implicit im2col). Loops that index all three as a dimension of their
// own (a grouped convolution's groups) are batch loops: one GEMM per group.
// qnt.xnor_popcount (binary data and weights packed
// into words) is the same GEMM with popcount(x ⊕ w) for the product.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Operation.h"

#include <optional>

#include <string>
#include <vector>

namespace mlir::qnt {

struct IntegerDot {
  Operation *op = nullptr;
  /// The operand read at run time (8 bits or fewer), the constant weights
  /// and the i32 init, with their indexing maps.
  Value data, weights, init;
  AffineMap dataMap, weightMap, initMap;
  int64_t dataZeroPoint = 0, weightZeroPoint = 0;
  /// Loop positions of each class, in loop order.
  SmallVector<unsigned> mLoops, nLoops, kLoops, batchLoops;
  SmallVector<int64_t> loopRanges;
  int64_t m = 1, n = 1, k = 1, batch = 1;
  /// The weights' values (−1/0/+1 for sign weights, the words' bits for
  /// qnt.xnor_popcount), row-major in their tensor's shape.
  std::vector<int64_t> weightValues;
  /// qnt.xnor_popcount: the bits its words hold (the result is
  /// init + xnorBits − 2·Σ popcount(x ⊕ w)); 0 for a dot product.
  int64_t xnorBits = 0;

  unsigned getNumLoops() const { return loopRanges.size(); }
};

/// A layer's init (its bias) as its epilogue can read it without the
/// tensor being materialized first: a `linalg.broadcast` of a smaller
/// tensor, or a splat constant.
struct InitSource {
  /// The broadcast's input, null for a splat.
  Value source;
  /// For each dimension of `source`, the output dimension it spans.
  SmallVector<unsigned> sourceDims;
  /// The splat's value.
  int64_t splat = 0;
};

/// `init` as an InitSource, when it is one.
std::optional<InitSource> getInitSource(Value init);

/// True when `op` is an integer layer this lowering handles when it can: a
/// linalg.generic computing out + (ext(a) − za)·(ext(b) − zb) in i32, a
/// qnt.signed_accumulate or a qnt.xnor_popcount.
bool isIntegerLayer(Operation *op);

/// Matches an integer layer as a GEMM (batched over groups); otherwise
/// fails with the reason in `why` (weights not constant, a depthwise
/// channel, dynamic shapes, operands wider than 8 bits, words of single
/// bits).
FailureOr<IntegerDot> matchIntegerDot(Operation *op, std::string &why);

/// Matches a depthwise integer layer (a linalg.generic dot product with one
/// loop indexing data, weights and output as a dimension of its own, the
/// channel, pixel loops and tap loops, constant weights); `batchLoops`
/// holds the channel loop, `mLoops` the pixels, `kLoops` the taps.
FailureOr<IntegerDot> matchDepthwiseDot(Operation *op, std::string &why);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_INTEGERDOT_H
