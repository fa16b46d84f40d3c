//===- Passes.h - qnt graph transformations ---------------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_TRANSFORMS_PASSES_H
#define QNT_DIALECT_QNT_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::qnt {

/// How qnt-ternarize chooses ternary weights.
enum class TernarizeMethod {
  /// Two-Step Quantization's optimal ternary weight approximation.
  otwa,
  /// Ternary Weight Networks: threshold 0.7·mean|w|.
  twn,
};

/// How qnt-insert-fake-quant quantizes activations.
enum class ActivationScheme {
  /// Scale and zero point covering the calibrated [min, max].
  affine,
  /// Zero point 0, covering ±max|x|.
  symmetric,
};

/// How qnt-assign-bitwidths estimates the gain of a width.
enum class BitwidthStrategy { entropy, sensitivity, uniform };

/// What qnt-assign-bitwidths' budget limits.
enum class BitwidthCost { weightBits, bops, latency };

/// How qnt-calibrate picks a clipping range from the statistics.
enum class CalibrationMethod { minmax, percentile, mse, entropy };

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"

/// Registers the named pipelines (qnt-ptq-pipeline).
void registerQntPipelines();

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_TRANSFORMS_PASSES_H
