//===- Calibration.h - clipping ranges from activation statistics -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt-calibrate records a histogram of each activation over the calibration
// inputs and picks the range its quantizer covers:
//   - minmax:     the observed [min, max];
//   - percentile: the p-th and (100 − p)-th percentiles;
//   - mse:        the clipping range minimising the expected squared
//                 quantization error (rounding inside, clipping outside);
//   - entropy:    TensorRT's KL-divergence calibration (as MXNet and TVM
//                 implement it): the threshold whose quantized distribution
//                 is closest to the observed one.
// All functions work on bin centres: exact for the histogram, not for the
// raw samples.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_UTILS_CALIBRATION_H
#define QNT_DIALECT_QNT_UTILS_CALIBRATION_H

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace mlir::qnt {

struct Histogram {
  double lo = 0.0, hi = 0.0;
  std::vector<int64_t> counts;

  Histogram(double lo, double hi, unsigned bins)
      : lo(lo), hi(hi), counts(bins, 0) {}
  double binWidth() const { return (hi - lo) / double(counts.size()); }
  double center(size_t bin) const { return lo + (double(bin) + 0.5) * binWidth(); }
  void add(float value);
  int64_t total() const;
};

/// The value below which `fraction` of the histogram's mass lies: the upper
/// edge of the bin where the CDF reaches it.
double histogramQuantile(const Histogram &histogram, double fraction);

/// Percentile p (e.g. 99.99) keeps [q(100 − p), q(p)]: the outer edges of
/// the bins where the CDF reaches those fractions, widened to contain 0.
std::pair<double, double> percentileRange(const Histogram &histogram,
                                          double percentile);

/// Expected squared error of quantizing the histogram with an affine grid
/// of `levels` levels covering [lo, hi] (values outside are clipped).
double quantizationMse(const Histogram &histogram, double lo, double hi,
                       int64_t levels);

/// The clipping range minimising quantizationMse among `steps` shrinkings
/// of [min(lo, 0), max(hi, 0)] towards 0 (both ends scaled together).
std::pair<double, double> mseRange(const Histogram &histogram, int64_t levels,
                                   unsigned steps = 200);

/// KL-divergence calibration on a histogram of magnitudes over [0, M]
/// (|x|, or x itself when nothing is negative): the threshold T minimising
/// KL(P‖Q), where P is the histogram cut at T with the clipped mass added
/// to its last bin and Q is P merged into `levels` bins and spread back
/// over P's non-empty bins (both smoothed by 1e-4 as MXNet/TVM do).
double entropyThreshold(const Histogram &magnitudes, int64_t levels);

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_UTILS_CALIBRATION_H
