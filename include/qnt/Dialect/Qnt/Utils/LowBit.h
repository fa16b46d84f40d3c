//===- LowBit.h - ternary and binary weight approximations ------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Approximations w ≈ α·ŵ of one filter's weights w with ŵ ternary
// ({-1, 0, +1}) or binary ({-1, +1}).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_UTILS_LOWBIT_H
#define QNT_DIALECT_QNT_UTILS_LOWBIT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>

namespace mlir::qnt {

/// α and ŵ of an approximation w ≈ α·ŵ.
struct LowBitApproximation {
  double alpha = 0.0;
  llvm::SmallVector<int8_t> levels; // ŵ, one per weight
};

/// Two-Step Quantization's optimal ternary weight approximation (OTWA): the
/// exact minimiser of ‖w − αŵ‖² over α ≥ 0 and ŵ ∈ {-1, 0, 1}ⁿ. For a
/// support of size r the best ŵ is sign(w) on the r largest |w|, the best α
/// is wᵀŵ/ŵᵀŵ, and the error is ‖w‖² − (wᵀŵ)²/r; so r is chosen to maximise
/// (Σ of the r largest |w|)² / r, by one sort and a scan: O(n log n).
/// An all-zero w gives α = 0 and ŵ = 0.
LowBitApproximation optimalTernary(llvm::ArrayRef<float> weights);

/// Ternary weight networks (TWN): threshold Δ = 0.7·mean|w|, ŵ = sign(w)
/// where |w| > Δ, α = mean of |w| over that support.
LowBitApproximation thresholdTernary(llvm::ArrayRef<float> weights);

/// XNOR-Net: ŵ = sign(w) (sign(0) = +1), α = mean|w|, the exact minimiser
/// of ‖w − αŵ‖² over binary ŵ.
LowBitApproximation binaryApproximation(llvm::ArrayRef<float> weights);

/// ‖w − αŵ‖².
double approximationError(llvm::ArrayRef<float> weights,
                          const LowBitApproximation &approx);

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_UTILS_LOWBIT_H
