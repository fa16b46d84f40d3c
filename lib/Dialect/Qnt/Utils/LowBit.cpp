//===- LowBit.cpp - ternary and binary weight approximations -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/LowBit.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace mlir::qnt;

static int8_t signOf(float w) { return w < 0.0f ? -1 : 1; }

LowBitApproximation mlir::qnt::optimalTernary(llvm::ArrayRef<float> weights) {
  size_t n = weights.size();
  LowBitApproximation result;
  result.levels.assign(n, 0);
  // Indices by decreasing |w|, ties in index order (the order a stable
  // sort keeps; the index tie-break avoids std::stable_sort's deprecated
  // temporary buffer in libstdc++ 12).
  llvm::SmallVector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    float wa = std::fabs(weights[a]), wb = std::fabs(weights[b]);
    return wa != wb ? wa > wb : a < b;
  });
  double prefix = 0.0, bestScore = 0.0, bestSum = 0.0;
  size_t bestR = 0;
  for (size_t r = 1; r <= n; ++r) {
    prefix += std::fabs(weights[order[r - 1]]);
    double score = prefix * prefix / static_cast<double>(r);
    if (score > bestScore) {
      bestScore = score;
      bestSum = prefix;
      bestR = r;
    }
  }
  if (bestR == 0)
    return result;
  result.alpha = bestSum / static_cast<double>(bestR);
  for (size_t i = 0; i < bestR; ++i)
    result.levels[order[i]] = signOf(weights[order[i]]);
  return result;
}

LowBitApproximation mlir::qnt::thresholdTernary(llvm::ArrayRef<float> weights) {
  LowBitApproximation result;
  result.levels.assign(weights.size(), 0);
  if (weights.empty())
    return result;
  double meanAbs = 0.0;
  for (float w : weights)
    meanAbs += std::fabs(w);
  meanAbs /= static_cast<double>(weights.size());
  double delta = 0.7 * meanAbs, supportSum = 0.0;
  size_t support = 0;
  for (auto [i, w] : llvm::enumerate(weights)) {
    if (std::fabs(w) <= delta)
      continue;
    result.levels[i] = signOf(w);
    supportSum += std::fabs(w);
    ++support;
  }
  if (support)
    result.alpha = supportSum / static_cast<double>(support);
  return result;
}

LowBitApproximation
mlir::qnt::binaryApproximation(llvm::ArrayRef<float> weights) {
  LowBitApproximation result;
  double sum = 0.0;
  for (float w : weights) {
    sum += std::fabs(w);
    result.levels.push_back(signOf(w));
  }
  if (!weights.empty())
    result.alpha = sum / static_cast<double>(weights.size());
  return result;
}

double mlir::qnt::approximationError(llvm::ArrayRef<float> weights,
                                     const LowBitApproximation &approx) {
  double error = 0.0;
  for (auto [w, level] : llvm::zip(weights, approx.levels)) {
    double d = w - approx.alpha * level;
    error += d * d;
  }
  return error;
}
