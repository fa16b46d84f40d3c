//===- AccumulatorWidthTest.cpp - accumulator bounds vs brute force ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Random integer matmul layers (int8 activations with a zero point, constant
// weights of 2..8 bits, K up to 96) are analyzed, and the bound is checked
// against the exact extremes computed by brute force: for every output and
// every prefix length k ≤ K, the largest and smallest partial sums any input
// can produce (each term at its own extreme). The bound must contain them
// all, and be attained when all weights are equal; the i16 pair claim must
// hold for every adjacent weight pair.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/AccumulatorWidth.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace mlir::qnt;

namespace {

TEST(AccumulatorWidth, BoundContainsEveryReachablePartialSum) {
  DialectRegistry registry;
  registry.insert<arith::ArithDialect, func::FuncDialect,
                  linalg::LinalgDialect, tensor::TensorDialect, QntDialect>();
  MLIRContext ctx(registry);
  std::mt19937 rng(7);
  for (int trial = 0; trial < 60; ++trial) {
    int k = std::uniform_int_distribution<int>(1, 96)(rng);
    int n = std::uniform_int_distribution<int>(1, 4)(rng);
    int bits = std::uniform_int_distribution<int>(2, 8)(rng);
    int zp = std::uniform_int_distribution<int>(-20, 20)(rng);
    int limit = (1 << (bits - 1)) - 1;
    bool allEqual = trial % 5 == 0;
    std::uniform_int_distribution<int> weight(-limit, limit);
    int same = trial % 10 == 0 ? limit : -limit;
    std::vector<int> w(k * n);
    for (int &v : w)
      v = allEqual ? same : weight(rng);
    std::string values;
    for (int i = 0; i < k; ++i) {
      values += i ? ", [" : "[";
      for (int j = 0; j < n; ++j)
        values += (j ? ", " : "") + std::to_string(w[i * n + j]);
      values += "]";
    }
    std::string text =
        "func.func @f(%x: tensor<1x" + std::to_string(k) +
        "xi8>) -> tensor<1x" + std::to_string(n) + "xi32> {\n"
        "  %w = arith.constant dense<[" + values + "]> : tensor<" +
        std::to_string(k) + "x" + std::to_string(n) + "xi8>\n"
        "  %zero = arith.constant 0 : i32\n"
        "  %e = tensor.empty() : tensor<1x" + std::to_string(n) + "xi32>\n"
        "  %i = linalg.fill ins(%zero : i32) outs(%e : tensor<1x" +
        std::to_string(n) + "xi32>) -> tensor<1x" + std::to_string(n) +
        "xi32>\n"
        "  %y = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, "
        "k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, "
        "n)>], iterator_types = [\"parallel\", \"parallel\", \"reduction\"]} "
        "ins(%x, %w : tensor<1x" + std::to_string(k) + "xi8>, tensor<" +
        std::to_string(k) + "x" + std::to_string(n) +
        "xi8>) outs(%i : tensor<1x" + std::to_string(n) + "xi32>) {\n"
        "  ^bb0(%a: i8, %b: i8, %c: i32):\n"
        "    %ae = arith.extsi %a : i8 to i32\n"
        "    %z = arith.constant " + std::to_string(zp) + " : i32\n"
        "    %ac = arith.subi %ae, %z : i32\n"
        "    %be = arith.extsi %b : i8 to i32\n"
        "    %p = arith.muli %ac, %be : i32\n"
        "    %s = arith.addi %c, %p : i32\n"
        "    linalg.yield %s : i32\n"
        "  } -> tensor<1x" + std::to_string(n) + "xi32>\n"
        "  return %y : tensor<1x" + std::to_string(n) + "xi32>\n}\n";
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &ctx);
    ASSERT_TRUE(module) << text;
    linalg::GenericOp generic;
    module->walk([&](linalg::GenericOp op) { generic = op; });
    std::string why;
    std::optional<AccumulatorBound> bound = analyzeAccumulator(generic, why);
    ASSERT_TRUE(bound) << why;
    EXPECT_EQ(bound->reduction, k);
    // Brute force: each term's extremes over x in [-128, 127].
    int64_t reachedMin = 0, reachedMax = 0;
    for (int j = 0; j < n; ++j) {
      int64_t lo = 0, hi = 0;
      for (int i = 0; i < k; ++i) {
        int64_t a = int64_t(-128 - zp) * w[i * n + j];
        int64_t b = int64_t(127 - zp) * w[i * n + j];
        lo += std::min(a, b);
        hi += std::max(a, b);
        reachedMin = std::min(reachedMin, lo);
        reachedMax = std::max(reachedMax, hi);
      }
    }
    EXPECT_LE(bound->sums.min, reachedMin) << text;
    EXPECT_GE(bound->sums.max, reachedMax) << text;
    if (allEqual) {
      // Every weight the same: the bound is attained.
      EXPECT_EQ(std::max(-bound->sums.min, bound->sums.max),
                std::max(-reachedMin, reachedMax))
          << text;
    }
    IntRange signedRange = storageRange(bound->bits, true);
    EXPECT_GE(bound->sums.min, signedRange.min);
    EXPECT_LE(bound->sums.max, signedRange.max);
    // vpmaddubsw: u8 x s8 pairs along K, saturating at 32767.
    if (bound->i16PairsExact)
      for (int j = 0; j < n; ++j)
        for (int i = 0; i + 1 < k; i += 2)
          EXPECT_LE(255 * (std::abs(w[i * n + j]) + std::abs(w[(i + 1) * n + j])),
                    32767);
    // Weights of 7 bits or fewer always qualify.
    if (bits <= 7)
      EXPECT_TRUE(bound->i16PairsExact) << "bits " << bits;
  }
}

TEST(AccumulatorWidth, I16PairSumRunsStayInI16) {
  // The worst run: every u8 at 255 against every weight at ±max, T steps of
  // pairs summed in one i16 lane; one more step must leave i16 (below the
  // cap of 1024 steps).
  for (int64_t max = 0; max <= 80; ++max) {
    int64_t steps = i16PairSumSteps(-max, max);
    int64_t worst = steps * 255 * 2 * max;
    EXPECT_LE(worst, 32767) << "max " << max;
    if (steps < 1024)
      EXPECT_GT(worst + 255 * 2 * max, 32767) << "max " << max;
    EXPECT_EQ(steps >= 1, areI16PairSumsExact(-max, max)) << "max " << max;
  }
  EXPECT_EQ(i16PairSumSteps(-8, 7), 8);
  EXPECT_EQ(i16PairSumSteps(-1, 1), 64);
}

} // namespace
