//===- CalibrationTest.cpp - clipping ranges against brute force ---------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Calibration.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <random>

using namespace mlir::qnt;

namespace {

Histogram histogramOf(const std::vector<float> &values, unsigned bins) {
  auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  Histogram h(*lo, *hi, bins);
  for (float v : values)
    h.add(v);
  return h;
}

TEST(Calibration, PercentileMatchesSortedSamples) {
  std::mt19937 rng(1);
  std::normal_distribution<float> normal(1.0f, 2.0f);
  std::vector<float> values(100000);
  for (float &v : values)
    v = normal(rng);
  Histogram h = histogramOf(values, 4096);
  auto [lo, hi] = percentileRange(h, 99.0);
  std::vector<float> sorted(values);
  std::sort(sorted.begin(), sorted.end());
  double qlo = sorted[size_t(0.01 * sorted.size())];
  double qhi = sorted[size_t(0.99 * sorted.size())];
  EXPECT_NEAR(lo, qlo, 2 * h.binWidth());
  EXPECT_NEAR(hi, qhi, 2 * h.binWidth());
  // 100 keeps everything.
  auto [all_lo, all_hi] = percentileRange(h, 100.0);
  EXPECT_DOUBLE_EQ(all_lo, h.lo);
  EXPECT_DOUBLE_EQ(all_hi, h.hi);
}

/// The expected error the histogram predicts is the error of actually
/// quantizing its bin centres.
TEST(Calibration, MseIsTheErrorOfQuantizingTheBins) {
  Histogram h(-1.0, 3.0, 8);
  h.counts = {1, 0, 2, 5, 3, 0, 0, 1};
  double lo = -0.5, hi = 2.0;
  int64_t levels = 4;
  double scale = (hi - lo) / 3, sum = 0.0;
  int64_t n = 0;
  for (size_t i = 0; i < 8; ++i) {
    double x = h.center(i);
    double q = std::clamp(std::nearbyint((x - lo) / scale), 0.0, 3.0);
    sum += h.counts[i] * (x - (lo + q * scale)) * (x - (lo + q * scale));
    n += h.counts[i];
  }
  EXPECT_NEAR(quantizationMse(h, lo, hi, levels), sum / n, 1e-12);
}

TEST(Calibration, MseClipsOutliersButNotUniformData) {
  std::mt19937 rng(2);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> values(50000);
  for (float &v : values)
    v = normal(rng);
  values.push_back(40.0f); // one outlier stretches the range 10x
  Histogram h = histogramOf(values, 2048);
  // At 4 bit the rounding error of a grid stretched to the outlier costs
  // more than clipping it.
  auto [lo, hi] = mseRange(h, 16);
  EXPECT_LT(hi, 20.0);
  EXPECT_LT(quantizationMse(h, lo, hi, 16), quantizationMse(h, h.lo, h.hi, 16));
  // The search returns the best of its candidates.
  for (unsigned k = 1; k <= 200; ++k) {
    double f = k / 200.0;
    EXPECT_LE(quantizationMse(h, lo, hi, 16),
              quantizationMse(h, h.lo * f, h.hi * f, 16) + 1e-15);
  }
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  std::vector<float> flat(50000);
  for (float &v : flat)
    v = uniform(rng);
  Histogram u = histogramOf(flat, 2048);
  EXPECT_GT(mseRange(u, 256).second, 0.97);
}

TEST(Calibration, EntropyThresholdClipsLongTails) {
  std::mt19937 rng(3);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> magnitudes(100000);
  for (float &v : magnitudes)
    v = std::fabs(normal(rng));
  magnitudes.push_back(30.0f);
  Histogram h(0.0, 30.0, 2048);
  for (float v : magnitudes)
    h.add(v);
  double t = entropyThreshold(h, 128);
  EXPECT_GT(t, 2.0);
  EXPECT_LT(t, 10.0);
  // A uniform distribution has nothing to clip.
  Histogram u(0.0, 1.0, 2048);
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  for (int i = 0; i < 100000; ++i)
    u.add(uniform(rng));
  EXPECT_GT(entropyThreshold(u, 128), 0.9);
}

} // namespace
