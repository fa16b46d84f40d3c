//===- BitwidthGains.h - what a layer gains from more bits ------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The estimators behind qnt-assign-bitwidths (docs/MixedPrecision.md):
// EAGL's entropy of the quantized weights (data-free), and measured output
// noise with one layer or one activation quantized at a time (ALPS-like,
// without fine-tuning).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_BITWIDTHGAINS_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_BITWIDTHGAINS_H

#include "Layers.h"
#include "Quantizers.h"

#include "qnt/Execution/JitFunction.h"

#include <array>

namespace mlir::qnt {

/// A value per bit width 0..8 (only the candidates are filled in).
using PerWidth = std::array<double, 9>;

/// One quantizable layer as mixed precision sees it.
struct LayerModel {
  Layer layer;
  int64_t macs = 0;
  int64_t params = 0;
  WeightValues weights;
  /// The activation group: layers reading the same tensor share it.
  unsigned group = 0;
  PerWidth weightGain{};
};

/// Layers that read the same activation tensor.
struct ActivationGroup {
  Value input;
  SmallVector<unsigned> layers;
  PerWidth activationGain{};
};

/// Entropy in bits per weight of the layer's weights quantized at `bits`
/// (symmetric, narrow range, per output channel).
double weightEntropy(const WeightValues &weights, unsigned bits);

/// Measures, on the calibration samples, the output noise power (relative
/// to the float output's power) with one layer's weights, or one group's
/// input, quantized at each width while every other layer's weights and
/// every other group sit at their base width (0: float), and stores minus
/// it as the gains.
LogicalResult measureSensitivity(ModuleOp module, StringRef entry,
                                 MutableArrayRef<LayerModel> layers,
                                 MutableArrayRef<ActivationGroup> groups,
                                 ArrayRef<unsigned> widths,
                                 ArrayRef<unsigned> baseWeightBits,
                                 ArrayRef<unsigned> baseActivationBits,
                                 ArrayRef<SmallVector<HostTensor>> samples,
                                 std::string &error);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_BITWIDTHGAINS_H
