//===- LowBitTest.cpp - ternary/binary approximations vs brute force -----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/LowBit.h"

#include "gtest/gtest.h"

#include <cmath>
#include <random>
#include <vector>

using namespace mlir::qnt;

namespace {

/// min over every ŵ ∈ {-1, 0, 1}ⁿ (3ⁿ of them) of min_α ‖w − αŵ‖², with the
/// optimal α = wᵀŵ/ŵᵀŵ for each ŵ.
double bruteForceTernaryError(const std::vector<float> &w) {
  size_t n = w.size();
  size_t total = 1;
  for (size_t i = 0; i < n; ++i)
    total *= 3;
  double best = INFINITY, norm = 0.0;
  for (float x : w)
    norm += double(x) * x;
  for (size_t code = 0; code < total; ++code) {
    double dot = 0.0, count = 0.0;
    size_t c = code;
    for (size_t i = 0; i < n; ++i, c /= 3) {
      int level = int(c % 3) - 1;
      dot += level * double(w[i]);
      count += level * level;
    }
    // ‖w − αŵ‖² at α = dot/count is ‖w‖² − dot²/count; α must be ≥ 0.
    double error = count == 0 || dot < 0 ? norm : norm - dot * dot / count;
    best = std::min(best, error);
  }
  return best;
}

std::vector<float> randomWeights(std::mt19937 &rng, size_t n) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> w(n);
  for (float &x : w)
    x = normal(rng);
  return w;
}

TEST(OptimalTernary, MatchesBruteForceUpToFourteenWeights) {
  std::mt19937 rng(2018);
  for (size_t n = 1; n <= 14; ++n) {
    int trials = n <= 10 ? 40 : 4;
    for (int t = 0; t < trials; ++t) {
      std::vector<float> w = randomWeights(rng, n);
      LowBitApproximation approx = optimalTernary(w);
      double error = approximationError(w, approx);
      EXPECT_NEAR(error, bruteForceTernaryError(w), 1e-9 * (1 + error))
          << "n = " << n << " trial " << t;
    }
  }
}

TEST(OptimalTernary, AlphaIsTheClosedForm) {
  std::mt19937 rng(7);
  for (int t = 0; t < 200; ++t) {
    std::vector<float> w = randomWeights(rng, 64);
    LowBitApproximation approx = optimalTernary(w);
    double dot = 0.0, count = 0.0;
    for (size_t i = 0; i < w.size(); ++i) {
      dot += approx.levels[i] * double(w[i]);
      count += approx.levels[i] * approx.levels[i];
    }
    ASSERT_GT(count, 0);
    EXPECT_NEAR(approx.alpha, dot / count, 1e-12);
    // Support = the r largest magnitudes, with the signs of w.
    for (size_t i = 0; i < w.size(); ++i)
      if (approx.levels[i])
        EXPECT_EQ(approx.levels[i], w[i] < 0 ? -1 : 1);
  }
}

TEST(OptimalTernary, NeverWorseThanThresholdTernary) {
  std::mt19937 rng(11);
  for (int t = 0; t < 500; ++t) {
    std::vector<float> w = randomWeights(rng, 1 + t % 200);
    EXPECT_LE(approximationError(w, optimalTernary(w)),
              approximationError(w, thresholdTernary(w)) + 1e-9);
  }
}

TEST(OptimalTernary, EdgeCases) {
  EXPECT_EQ(optimalTernary({}).alpha, 0.0);
  LowBitApproximation zeros = optimalTernary({0.0f, 0.0f, 0.0f});
  EXPECT_EQ(zeros.alpha, 0.0);
  EXPECT_EQ(zeros.levels, (llvm::SmallVector<int8_t>{0, 0, 0}));
  // Equal magnitudes: every weight joins the support.
  LowBitApproximation flat = optimalTernary({1.0f, -1.0f, 1.0f});
  EXPECT_EQ(flat.alpha, 1.0);
  EXPECT_EQ(flat.levels, (llvm::SmallVector<int8_t>{1, -1, 1}));
  // One outlier: the support is just the outlier.
  LowBitApproximation spike = optimalTernary({0.01f, 10.0f, -0.02f});
  EXPECT_EQ(spike.levels, (llvm::SmallVector<int8_t>{0, 1, 0}));
}

TEST(ThresholdTernary, UsesSeventyPercentOfMeanMagnitude) {
  // mean|w| = 1, Δ = 0.7: 0.5 drops out, α = mean(|1.0|, |-1.5|) = 1.25.
  LowBitApproximation a = thresholdTernary({1.0f, -1.5f, 0.5f});
  EXPECT_EQ(a.levels, (llvm::SmallVector<int8_t>{1, -1, 0}));
  EXPECT_DOUBLE_EQ(a.alpha, 1.25);
}

TEST(Binary, IsTheExactOptimumOverSigns) {
  std::mt19937 rng(5);
  for (int t = 0; t < 200; ++t) {
    std::vector<float> w = randomWeights(rng, 1 + t % 12);
    LowBitApproximation approx = binaryApproximation(w);
    // Brute force over all 2ⁿ sign patterns.
    size_t n = w.size();
    double best = INFINITY;
    for (size_t code = 0; code < (size_t(1) << n); ++code) {
      double dot = 0.0, norm = 0.0;
      for (size_t i = 0; i < n; ++i) {
        int level = (code >> i & 1) ? 1 : -1;
        dot += level * double(w[i]);
        norm += double(w[i]) * w[i];
      }
      best = std::min(best, norm - dot * dot / double(n));
    }
    EXPECT_NEAR(approximationError(w, approx), best, 1e-9 * (1 + best));
  }
  EXPECT_EQ(binaryApproximation({0.0f}).levels[0], 1); // sign(0) = +1
}

} // namespace
