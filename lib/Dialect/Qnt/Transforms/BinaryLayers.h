//===- BinaryLayers.h - binary × binary layers for qnt-realize -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A conv / matmul whose weights and input are both binary becomes
// qnt.xnor_popcount on words of bits: the weights packed at compile time,
// the input packed by qnt.pack_bits, both along the same reduction loop (the
// channels of a convolution, K of a matmul). Padding holds words of 0 bits
// (−1); the sum of the weights each padded position meets is added back
// through the accumulator's init, so padding contributes 0 as in the float
// model.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_BINARYLAYERS_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_BINARYLAYERS_H

#include "WeightPath.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::qnt {

/// A binary × binary layer to build.
struct BinaryLayer {
  linalg::LinalgOp op;
  OpOperand *data;
  OpOperand *weight;
  /// The input's ±1 signs (i8) before padding, and the pads on the way to
  /// the layer, innermost first.
  Value signs;
  SmallVector<tensor::PadOp> pads;
  /// The weight's path and the index of its binary qnt.fake_quant.
  WeightPath path;
  size_t quantIndex;
  /// The i32 accumulator init (the bias) before padding corrections.
  Value init;
};

/// The i32 ±1 dot products (plus bias) of `layer`: qnt.xnor_popcount on
/// packed words. Failure with a reason when the weight's path or the
/// padding has no such form.
FailureOr<Value> createBinaryAccumulation(RewriterBase &rewriter,
                                          const BinaryLayer &layer,
                                          std::string &why);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_BINARYLAYERS_H
