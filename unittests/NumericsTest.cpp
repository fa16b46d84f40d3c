//===- NumericsTest.cpp - scalar quantization arithmetic vs brute force --===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "gtest/gtest.h"

#include <cmath>
#include <random>
#include <vector>

using namespace mlir::qnt;

namespace {

/// floor(num / 2^shift) for a 128-bit numerator, by division (not shifts).
__int128 floorDivPow2(__int128 num, int shift) {
  __int128 den = (__int128)1 << shift;
  __int128 q = num / den;
  if ((num % den != 0) && (num < 0))
    --q;
  return q;
}

TEST(StorageRange, SignedAndUnsigned) {
  EXPECT_EQ(storageRange(8, true).min, -128);
  EXPECT_EQ(storageRange(8, true).max, 127);
  EXPECT_EQ(storageRange(8, false).min, 0);
  EXPECT_EQ(storageRange(8, false).max, 255);
  EXPECT_EQ(storageRange(4, true).min, -8);
  EXPECT_EQ(storageRange(2, false).max, 3);
  EXPECT_EQ(storageRange(16, true).max, 32767);
}

TEST(Quantize, NearestEvenTies) {
  IntRange r = storageRange(8, true);
  const float inputs[] = {0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 3.5f};
  const int64_t expected[] = {0, 2, 2, 0, -2, -2, 4};
  for (int i = 0; i < 7; ++i)
    EXPECT_EQ(quantize(inputs[i], 1.0f, 0, r), expected[i]) << inputs[i];
}

TEST(Quantize, NearestAwayAndFloorTies) {
  IntRange r = storageRange(8, true);
  EXPECT_EQ(quantize(0.5f, 1.0f, 0, r, Rounding::NearestAway), 1);
  EXPECT_EQ(quantize(-2.5f, 1.0f, 0, r, Rounding::NearestAway), -3);
  EXPECT_EQ(quantize(-0.5f, 1.0f, 0, r, Rounding::Floor), -1);
  EXPECT_EQ(quantize(2.99f, 1.0f, 0, r, Rounding::Floor), 2);
}

TEST(Quantize, SaturatesAtBothEnds) {
  IntRange r = storageRange(8, true);
  EXPECT_EQ(quantize(1e9f, 0.1f, 0, r), 127);
  EXPECT_EQ(quantize(-1e9f, 0.1f, 0, r), -128);
  EXPECT_EQ(quantize(100.0f, 1.0f, 100, r), 127); // zero point pushes over
  IntRange narrow{-127, 127};
  EXPECT_EQ(quantize(-1e9f, 0.1f, 0, narrow), -127);
  // NaN saturates to the lower bound rather than propagating.
  EXPECT_EQ(quantize(NAN, 1.0f, 0, r), -128);
}

TEST(Quantize, DequantizeInverts) {
  IntRange r = storageRange(8, false);
  for (int q = 0; q <= 255; ++q) {
    float x = dequantize(q, 0.0625f, 128);
    EXPECT_EQ(quantize(x, 0.0625f, 128, r), q);
  }
}

TEST(Stochastic, UnbiasedAndReproducible) {
  uint32_t key = stochasticSeedKey(1234);
  EXPECT_EQ(key, stochasticSeedKey(1234));
  EXPECT_NE(key, stochasticSeedKey(1235));
  IntRange r = storageRange(8, true);
  double sum = 0;
  const int n = 200000;
  for (int i = 0; i < n; ++i) {
    float d = stochasticDither(key, i);
    ASSERT_GE(d, 0.0f);
    ASSERT_LT(d, 1.0f);
    sum += quantize(0.3f, 1.0f, 0, r, Rounding::Stochastic, d);
  }
  // E[q] = 0.3; the standard error of the mean is ~0.001.
  EXPECT_NEAR(sum / n, 0.3, 0.005);
}

TEST(FixedPoint, ClosestMultiplierForEveryScale) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> logScale(-20.0, 0.0);
  for (int i = 0; i < 20000; ++i) {
    double real = std::pow(2.0, logScale(rng));
    auto fp = computeFixedPointScale(real);
    ASSERT_TRUE(fp.has_value()) << real;
    ASSERT_GE(fp->multiplier, 1 << 30);
    ASSERT_LE(fp->multiplier, INT32_MAX);
    // Brute force: no neighbouring multiplier is closer.
    double step = std::ldexp(1.0, -fp->shift);
    double err = std::fabs(fp->multiplier * step - real);
    EXPECT_LE(err, std::fabs((fp->multiplier + 1.0) * step - real));
    EXPECT_LE(err, std::fabs((fp->multiplier - 1.0) * step - real));
    EXPECT_LE(err, step / 2);
  }
}

TEST(FixedPoint, RejectsUnrepresentable) {
  EXPECT_FALSE(computeFixedPointScale(0.0).has_value());
  EXPECT_FALSE(computeFixedPointScale(-0.5).has_value());
  EXPECT_FALSE(computeFixedPointScale(INFINITY).has_value());
  EXPECT_FALSE(computeFixedPointScale(NAN).has_value());
  EXPECT_FALSE(computeFixedPointScale(std::ldexp(1.0, -40)).has_value());
  // Exactly representable powers of two.
  auto half = computeFixedPointScale(0.5);
  ASSERT_TRUE(half.has_value());
  EXPECT_EQ(half->multiplier, 1 << 30);
  EXPECT_EQ(half->shift, 31);
}

TEST(ApplyScale, SingleRoundIsRoundHalfUpOfTheExactProduct) {
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<int32_t> values(INT32_MIN, INT32_MAX);
  std::uniform_int_distribution<int32_t> multipliers(1 << 30, INT32_MAX);
  std::uniform_int_distribution<int32_t> shifts(2, 62);
  for (int i = 0; i < 200000; ++i) {
    int64_t v = values(rng);
    int32_t m = multipliers(rng), s = shifts(rng);
    // round(v·m / 2^s), ties toward +inf, by exact 128-bit division.
    __int128 twice = (__int128)v * m * 2 + ((__int128)1 << s);
    __int128 expected = floorDivPow2(twice, s + 1);
    ASSERT_EQ((__int128)applyScale(v, m, s, false), expected)
        << v << " " << m << " " << s;
  }
}

TEST(ApplyScale, DoubleRoundDiffersByAtMostOneAndOnlyAboveShift31) {
  std::mt19937_64 rng(13);
  std::uniform_int_distribution<int32_t> values(INT32_MIN, INT32_MAX);
  std::uniform_int_distribution<int32_t> multipliers(1 << 30, INT32_MAX);
  std::uniform_int_distribution<int32_t> shifts(2, 62);
  for (int i = 0; i < 100000; ++i) {
    int64_t v = values(rng);
    int32_t m = multipliers(rng), s = shifts(rng);
    int64_t single = applyScale(v, m, s, false);
    int64_t dbl = applyScale(v, m, s, true);
    if (s <= 31)
      ASSERT_EQ(single, dbl);
    else
      ASSERT_LE(std::llabs(single - dbl), 1);
  }
}

TEST(RoundingShift, MatchesExactDivision) {
  for (int s = 0; s <= 20; ++s)
    for (int64_t v = -5000; v <= 5000; ++v) {
      __int128 expected =
          s == 0 ? v
                 : floorDivPow2((__int128)v * 2 + ((__int128)1 << s), s + 1);
      ASSERT_EQ((__int128)roundingShiftRight(v, s), expected) << v << " " << s;
    }
}

TEST(PowerOfTwo, Detects) {
  EXPECT_TRUE(isPowerOfTwo(1.0));
  EXPECT_TRUE(isPowerOfTwo(0.125));
  EXPECT_TRUE(isPowerOfTwo(1024.0));
  EXPECT_FALSE(isPowerOfTwo(0.1));
  EXPECT_FALSE(isPowerOfTwo(3.0));
  EXPECT_FALSE(isPowerOfTwo(0.0));
  EXPECT_FALSE(isPowerOfTwo(-0.5));
}

TEST(Sqnr, MatchesDefinition) {
  std::vector<float> x{1.0f, -2.0f, 3.0f}, y{1.0f, -2.0f, 2.0f};
  // Σx² = 14, Σ(x−y)² = 1.
  EXPECT_NEAR(sqnrDb(x, y), 10.0 * std::log10(14.0), 1e-12);
  EXPECT_TRUE(std::isinf(sqnrDb(x, x)));
}

} // namespace

namespace {

TEST(ChooseScale, SymmetricCoversTheRange) {
  EXPECT_DOUBLE_EQ(chooseSymmetricScale(2.54, 127, false), 0.02);
  EXPECT_DOUBLE_EQ(chooseSymmetricScale(2.54, 127, true), 0.03125);
  EXPECT_DOUBLE_EQ(chooseSymmetricScale(0.0, 127, false), 1.0);
}

TEST(ChooseScale, AffineRepresentsZeroExactlyAndCoversTheRange) {
  std::mt19937_64 rng(17);
  std::uniform_real_distribution<double> dist(-10.0, 10.0);
  for (bool pow2 : {false, true})
    for (unsigned bits : {2u, 4u, 8u})
      for (bool isSigned : {false, true})
        for (int t = 0; t < 2000; ++t) {
          double a = dist(rng), b = dist(rng);
          double lo = std::min(a, b), hi = std::max(a, b);
          IntRange r = storageRange(bits, isSigned);
          AffineParams p = chooseAffineParams(lo, hi, r, pow2);
          ASSERT_GT(p.scale, 0.0);
          ASSERT_GE(p.zeroPoint, r.min);
          ASSERT_LE(p.zeroPoint, r.max);
          if (pow2)
            ASSERT_TRUE(isPowerOfTwo(p.scale));
          // 0 is a grid point; the range ends are within half a step of the
          // grid's ends (or inside it).
          double gridLo = p.scale * double(r.min - p.zeroPoint);
          double gridHi = p.scale * double(r.max - p.zeroPoint);
          EXPECT_LE(gridLo, std::min(lo, 0.0) + p.scale / 2 + 1e-12);
          EXPECT_GE(gridHi, std::max(hi, 0.0) - p.scale / 2 - 1e-12);
        }
}

} // namespace

TEST(Entropy, KnownDistributions) {
  EXPECT_EQ(entropyBits({}), 0.0);
  EXPECT_EQ(entropyBits({0, 7, 0}), 0.0);
  EXPECT_DOUBLE_EQ(entropyBits({5, 5}), 1.0);
  EXPECT_DOUBLE_EQ(entropyBits({1, 1, 1, 1, 0, 0, 0, 0}), 2.0);
  // p = (1/2, 1/4, 1/4): 1.5 bits.
  EXPECT_DOUBLE_EQ(entropyBits({2, 1, 1}), 1.5);
}
