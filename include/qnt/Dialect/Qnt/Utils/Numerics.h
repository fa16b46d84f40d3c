//===- Numerics.h - scalar quantization arithmetic --------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The scalar definition of every quantization formula the compiler emits.
// Lowerings compute their compile-time constants with these functions and
// tests use them as the reference the generated code must match bit for bit.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_UTILS_NUMERICS_H
#define QNT_DIALECT_QNT_UTILS_NUMERICS_H

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <optional>
#include <utility>

namespace mlir::qnt {

/// How `x / scale` is rounded to an integer; mirrors the `RoundingMode` enum
/// of the dialect (kept separate so this header has no MLIR dependency).
enum class Rounding { NearestEven, NearestAway, Floor, Stochastic };

/// Inclusive range of an integer storage type.
struct IntRange {
  int64_t min;
  int64_t max;
};

/// The full range of a `bits`-wide integer (1..63 bits).
IntRange storageRange(unsigned bits, bool isSigned);

/// murmur3's 32-bit finalizer: a bijective avalanche mix.
uint32_t mix32(uint32_t h);

/// The per-seed key the stochastic-rounding hash xors into element indices.
uint32_t stochasticSeedKey(int64_t seed);

/// The dither added before flooring in stochastic rounding: the top 24 bits
/// of `mix32(index ^ key)` scaled to [0, 1); exact in f32.
float stochasticDither(uint32_t seedKey, uint32_t linearIndex);

/// Rounds `v` to an integral float as `mode` says. Stochastic rounding needs
/// the dither of the element.
float roundFloat(float v, Rounding mode, float dither = 0.0f);

/// q = clamp(round(x / scale) + zeroPoint, qmin, qmax), in f32 as the
/// generated code computes it.
int64_t quantize(float x, float scale, int64_t zeroPoint, IntRange range,
                 Rounding mode = Rounding::NearestEven, float dither = 0.0f);

/// x = scale · (q − zeroPoint), in f32.
float dequantize(int64_t q, float scale, int64_t zeroPoint);

/// A 32-bit fixed-point multiplier and right shift: real ≈ m · 2^-shift.
struct FixedPointScale {
  int32_t multiplier;
  int32_t shift;
};

/// TFLite/gemmlowp: for real in (0, 2^31), m in [2^30, 2^31) and shift in
/// [2, 62] so that m · 2^-shift is the closest such value to `real`.
/// Returns nullopt when the scale is not representable (zero, negative,
/// non-finite, too small or too large for that shift range).
std::optional<FixedPointScale> computeFixedPointScale(double real);

/// tosa.apply_scale (scale32): (value · multiplier + round) >> shift with
/// round = 1 << (shift − 1), adjusted by ±2^30 for double rounding when
/// shift > 31. `shift` must be in [2, 62].
int64_t applyScale(int64_t value, int32_t multiplier, int32_t shift,
                   bool doubleRound);

/// Shift-only requantization for power-of-two scales: rounds half up.
int64_t roundingShiftRight(int64_t value, int32_t shift);

/// The scale of a symmetric grid covering [-maxAbs, maxAbs] with `qmax`
/// the largest level: maxAbs / qmax, rounded up to a power of two when
/// `powerOfTwo`. A zero range gives scale 1 (any positive scale is exact).
double chooseSymmetricScale(double maxAbs, int64_t qmax, bool powerOfTwo);

/// Scale and zero point of an affine grid [qmin, qmax] covering [lo, hi]
/// (widened to contain 0, so that 0 is exactly representable, as TFLite
/// requires): scale = (hi − lo) / (qmax − qmin), zp = round(qmin − lo/scale)
/// clamped to the grid. With `powerOfTwo` the scale is rounded up first.
struct AffineParams {
  double scale;
  int64_t zeroPoint;
};
AffineParams chooseAffineParams(double lo, double hi, IntRange range,
                                bool powerOfTwo);

/// True when `x` is a (positive, finite) power of two.
bool isPowerOfTwo(double x);

/// Signal-to-quantization-noise ratio in dB: 10·log10(Σx² / Σ(x − x̂)²);
/// +inf when the two are equal.
double sqnrDb(llvm::ArrayRef<float> reference, llvm::ArrayRef<float> approx);

/// Shannon entropy in bits of the distribution with these bin counts:
/// −Σ p·log2 p over the non-empty bins; 0 for an empty histogram.
double entropyBits(llvm::ArrayRef<int64_t> counts);

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_UTILS_NUMERICS_H
