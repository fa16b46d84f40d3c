//===- Quantizers.h - choosing weight and activation quantizers -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The quantizer decisions shared by qnt-insert-fake-quant and
// qnt-assign-bitwidths: symmetric weight quantizers from the constants,
// affine or symmetric activation quantizers from a calibrated range. The
// numbers come from chooseSymmetricScale / chooseAffineParams (Numerics.h).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_QUANTIZERS_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_QUANTIZERS_H

#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

namespace mlir::qnt {

struct WeightQuantizerOptions {
  unsigned bits = 8;
  bool perChannel = true;
  bool powerOfTwo = false;
  bool narrowRange = true;
};

struct ActivationQuantizerOptions {
  unsigned bits = 8;
  bool symmetric = false;
  bool powerOfTwo = false;
};

/// The weights of a layer as floats, with the channel each element belongs
/// to (one channel when per-tensor).
struct WeightValues {
  std::vector<float> values;
  SmallVector<int64_t> channelOf;
  int64_t numChannels;
};

/// Reads the constant behind `path`; nullopt when it is not readable.
std::optional<WeightValues> readWeightValues(const WeightPath &path,
                                             bool perChannel);

/// The symmetric scale of each channel at `options.bits`.
SmallVector<double> weightScales(const WeightValues &weights,
                                 const WeightQuantizerOptions &options);

/// The quantizer type of a weight whose channel is dimension `axis` of the
/// operand the layer reads.
Type weightQuantType(MLIRContext *ctx, const WeightValues &weights,
                     Type expressed, int32_t axis,
                     const WeightQuantizerOptions &options);

/// How many weights land on each integer level (index q − qmin).
SmallVector<int64_t> weightLevelCounts(const WeightValues &weights,
                                       const WeightQuantizerOptions &options);

/// A per-tensor quantizer covering [lo, hi].
Type activationQuantType(MLIRContext *ctx, double lo, double hi,
                         Type expressed,
                         const ActivationQuantizerOptions &options);

/// The per-tensor min/max calibration left on `value`: a qnt.observe that
/// produces or reads it.
std::optional<std::pair<double, double>> observedRange(Value value);

/// The real range a per-tensor uniform quantizer represents.
std::optional<std::pair<double, double>> quantizerRange(Type quantType);

/// Inserts `qnt.fake_quant` to `quantType` on `operand`, right before its
/// owner.
FakeQuantOp insertFakeQuant(RewriterBase &rewriter, OpOperand &operand,
                            Type quantType, bool powerOfTwo);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_QUANTIZERS_H
