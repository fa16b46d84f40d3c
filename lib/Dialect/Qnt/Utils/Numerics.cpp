//===- Numerics.cpp - scalar quantization arithmetic ---------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace mlir::qnt {

IntRange storageRange(unsigned bits, bool isSigned) {
  assert(bits >= 1 && bits <= 63 && "unsupported storage width");
  if (isSigned)
    return {-(int64_t(1) << (bits - 1)), (int64_t(1) << (bits - 1)) - 1};
  return {0, (int64_t(1) << bits) - 1};
}

uint32_t mix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

uint32_t stochasticSeedKey(int64_t seed) {
  auto u = static_cast<uint64_t>(seed);
  return mix32(static_cast<uint32_t>(u) ^
               (static_cast<uint32_t>(u >> 32) * 0x9e3779b9u));
}

float stochasticDither(uint32_t seedKey, uint32_t linearIndex) {
  // 24 random bits: every value k·2^-24 is exact in f32.
  return static_cast<float>(mix32(linearIndex ^ seedKey) >> 8) *
         (1.0f / 16777216.0f);
}

float roundFloat(float v, Rounding mode, float dither) {
  switch (mode) {
  case Rounding::NearestEven:
    return std::nearbyint(v); // default FP environment: ties to even
  case Rounding::NearestAway:
    return std::round(v);
  case Rounding::Floor:
    return std::floor(v);
  case Rounding::Stochastic:
    return std::floor(v + dither);
  }
  return v;
}

int64_t quantize(float x, float scale, int64_t zeroPoint, IntRange range,
                 Rounding mode, float dither) {
  float q = roundFloat(x / scale, mode, dither) + static_cast<float>(zeroPoint);
  // maxnum/minnum semantics: a NaN operand yields the other operand.
  q = std::fmax(q, static_cast<float>(range.min));
  q = std::fmin(q, static_cast<float>(range.max));
  return static_cast<int64_t>(q);
}

float dequantize(int64_t q, float scale, int64_t zeroPoint) {
  return static_cast<float>(q - zeroPoint) * scale;
}

std::optional<FixedPointScale> computeFixedPointScale(double real) {
  if (!(real > 0.0) || !std::isfinite(real))
    return std::nullopt;
  int exponent = 0;
  double fraction = std::frexp(real, &exponent); // real = fraction · 2^exp
  auto multiplier = static_cast<int64_t>(std::llround(fraction * (1ll << 31)));
  if (multiplier == (1ll << 31)) {
    multiplier /= 2;
    ++exponent;
  }
  int64_t shift = 31 - exponent;
  if (shift < 2 || shift > 62)
    return std::nullopt;
  return FixedPointScale{static_cast<int32_t>(multiplier),
                         static_cast<int32_t>(shift)};
}

int64_t applyScale(int64_t value, int32_t multiplier, int32_t shift,
                   bool doubleRound) {
  assert(shift >= 2 && shift <= 62 && "shift out of range");
  int64_t round = int64_t(1) << (shift - 1);
  if (doubleRound && shift > 31)
    round += value >= 0 ? (int64_t(1) << 30) : -(int64_t(1) << 30);
  return (value * multiplier + round) >> shift;
}

int64_t roundingShiftRight(int64_t value, int32_t shift) {
  assert(shift >= 0 && shift <= 62 && "shift out of range");
  if (shift == 0)
    return value;
  return (value + (int64_t(1) << (shift - 1))) >> shift;
}

/// The smallest power of two ≥ x (x > 0).
static double roundUpToPowerOfTwo(double x) {
  return std::exp2(std::ceil(std::log2(x)));
}

double chooseSymmetricScale(double maxAbs, int64_t qmax, bool powerOfTwo) {
  if (!(maxAbs > 0.0) || !std::isfinite(maxAbs))
    return 1.0;
  double scale = maxAbs / static_cast<double>(qmax);
  return powerOfTwo ? roundUpToPowerOfTwo(scale) : scale;
}

AffineParams chooseAffineParams(double lo, double hi, IntRange range,
                                bool powerOfTwo) {
  lo = std::min(lo, 0.0);
  hi = std::max(hi, 0.0);
  if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
    return {1.0, std::clamp<int64_t>(0, range.min, range.max)};
  double scale = (hi - lo) / static_cast<double>(range.max - range.min);
  if (powerOfTwo)
    scale = roundUpToPowerOfTwo(scale);
  double zp = std::nearbyint(static_cast<double>(range.min) - lo / scale);
  return {scale, std::clamp(static_cast<int64_t>(zp), range.min, range.max)};
}

bool isPowerOfTwo(double x) {
  if (!(x > 0.0) || !std::isfinite(x))
    return false;
  int exponent = 0;
  return std::frexp(x, &exponent) == 0.5;
}

double sqnrDb(llvm::ArrayRef<float> reference, llvm::ArrayRef<float> approx) {
  assert(reference.size() == approx.size() && "size mismatch");
  double signal = 0.0, noise = 0.0;
  for (size_t i = 0, e = reference.size(); i < e; ++i) {
    double x = reference[i], d = reference[i] - approx[i];
    signal += x * x;
    noise += d * d;
  }
  if (noise == 0.0)
    return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(signal / noise);
}

} // namespace mlir::qnt

double mlir::qnt::entropyBits(llvm::ArrayRef<int64_t> counts) {
  int64_t total = 0;
  for (int64_t count : counts)
    total += count;
  if (total == 0)
    return 0.0;
  double entropy = 0.0;
  for (int64_t count : counts)
    if (count > 0) {
      double p = static_cast<double>(count) / static_cast<double>(total);
      entropy -= p * std::log2(p);
    }
  return entropy;
}
