//===- Calibration.cpp - clipping ranges from activation statistics ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlir::qnt;

void Histogram::add(float value) {
  double width = binWidth();
  int64_t bin = width > 0.0 ? static_cast<int64_t>((value - lo) / width) : 0;
  bin = std::clamp<int64_t>(bin, 0, static_cast<int64_t>(counts.size()) - 1);
  ++counts[bin];
}

int64_t Histogram::total() const {
  int64_t sum = 0;
  for (int64_t c : counts)
    sum += c;
  return sum;
}

double mlir::qnt::histogramQuantile(const Histogram &histogram,
                                    double fraction) {
  double target = fraction * double(histogram.total()), cumulative = 0.0;
  for (size_t i = 0; i < histogram.counts.size(); ++i) {
    cumulative += double(histogram.counts[i]);
    if (cumulative >= target)
      return histogram.lo + double(i + 1) * histogram.binWidth();
  }
  return histogram.hi;
}

std::pair<double, double>
mlir::qnt::percentileRange(const Histogram &histogram, double percentile) {
  int64_t total = histogram.total();
  if (total == 0)
    return {0.0, 0.0};
  double tail = (100.0 - percentile) / 100.0 * double(total);
  size_t bins = histogram.counts.size();
  size_t first = 0, last = bins - 1;
  double cumulative = 0.0;
  for (size_t i = 0; i < bins; ++i) {
    cumulative += double(histogram.counts[i]);
    if (cumulative > tail) {
      first = i;
      break;
    }
  }
  cumulative = 0.0;
  for (size_t i = bins; i-- > 0;) {
    cumulative += double(histogram.counts[i]);
    if (cumulative > tail) {
      last = i;
      break;
    }
  }
  double lo = histogram.lo + double(first) * histogram.binWidth();
  double hi = histogram.lo + double(last + 1) * histogram.binWidth();
  return {std::min(lo, 0.0), std::max(hi, 0.0)};
}

double mlir::qnt::quantizationMse(const Histogram &histogram, double lo,
                                  double hi, int64_t levels) {
  int64_t total = histogram.total();
  if (total == 0 || levels < 2)
    return 0.0;
  double scale = (hi - lo) / double(levels - 1);
  double error = 0.0;
  for (size_t i = 0; i < histogram.counts.size(); ++i) {
    if (histogram.counts[i] == 0)
      continue;
    double x = histogram.center(i);
    double xq;
    if (scale <= 0.0) {
      xq = lo;
    } else {
      double q = std::nearbyint((x - lo) / scale);
      q = std::clamp(q, 0.0, double(levels - 1));
      xq = lo + q * scale;
    }
    error += double(histogram.counts[i]) * (x - xq) * (x - xq);
  }
  return error / double(total);
}

std::pair<double, double> mlir::qnt::mseRange(const Histogram &histogram,
                                              int64_t levels,
                                              unsigned steps) {
  double lo = std::min(histogram.lo, 0.0), hi = std::max(histogram.hi, 0.0);
  std::pair<double, double> best{lo, hi};
  double bestError = std::numeric_limits<double>::infinity();
  // Widest first, so that ties keep the larger range.
  for (unsigned k = steps; k >= 1; --k) {
    double f = double(k) / double(steps);
    double error = quantizationMse(histogram, lo * f, hi * f, levels);
    if (error < bestError) {
      bestError = error;
      best = {lo * f, hi * f};
    }
  }
  return best;
}

namespace {

/// MXNet's _smooth_distribution: moves `eps` of mass onto every empty bin.
/// Fails when every bin is empty.
bool smooth(std::vector<double> &p, double eps = 1e-4) {
  size_t zeros = 0;
  for (double v : p)
    zeros += v == 0.0;
  size_t nonzeros = p.size() - zeros;
  if (nonzeros == 0)
    return false;
  double take = eps * double(zeros) / double(nonzeros);
  for (double &v : p)
    v = v == 0.0 ? eps : v - take;
  return true;
}

double klDivergence(const std::vector<double> &p, const std::vector<double> &q) {
  double sp = 0.0, sq = 0.0;
  for (size_t i = 0; i < p.size(); ++i) {
    sp += p[i];
    sq += q[i];
  }
  double kl = 0.0;
  for (size_t i = 0; i < p.size(); ++i) {
    double pi = p[i] / sp, qi = q[i] / sq;
    if (pi > 0.0)
      kl += pi * std::log(pi / qi);
  }
  return kl;
}

} // namespace

double mlir::qnt::entropyThreshold(const Histogram &magnitudes,
                                   int64_t levels) {
  const std::vector<int64_t> &hist = magnitudes.counts;
  size_t bins = hist.size();
  size_t quantized = static_cast<size_t>(std::max<int64_t>(levels, 1));
  if (bins <= quantized || magnitudes.total() == 0)
    return magnitudes.hi;
  double bestKl = std::numeric_limits<double>::infinity();
  size_t bestI = bins;
  for (size_t i = quantized; i <= bins; ++i) {
    std::vector<double> p(hist.begin(), hist.begin() + i);
    double outliers = 0.0;
    for (size_t j = i; j < bins; ++j)
      outliers += double(hist[j]);
    p[i - 1] += outliers;
    // Merge the first i bins into `quantized` bins, then spread each merged
    // count evenly over the bins it came from that are non-empty.
    std::vector<double> q(i, 0.0);
    size_t merged = i / quantized;
    for (size_t j = 0; j < quantized; ++j) {
      size_t start = j * merged;
      size_t stop = j + 1 == quantized ? i : start + merged;
      double sum = 0.0;
      size_t nonzero = 0;
      for (size_t k = start; k < stop; ++k) {
        sum += double(hist[k]);
        nonzero += hist[k] != 0;
      }
      for (size_t k = start; k < stop; ++k)
        if (hist[k] != 0)
          q[k] = sum / double(nonzero);
    }
    if (!smooth(p) || !smooth(q))
      continue;
    double kl = klDivergence(p, q);
    if (kl < bestKl) {
      bestKl = kl;
      bestI = i;
    }
  }
  return std::min(magnitudes.hi,
                  magnitudes.lo + (double(bestI) + 0.5) * magnitudes.binWidth());
}
