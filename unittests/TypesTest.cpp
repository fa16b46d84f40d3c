//===- TypesTest.cpp - qnt element types: printing round trips -----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace mlir::qnt;

namespace {

std::string print(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

/// Scales survive printing and parsing bit for bit, whatever their digits.
TEST(QntTypes, ScalesRoundTripExactly) {
  MLIRContext ctx;
  ctx.loadDialect<QntDialect>();
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> dist(1e-9, 1e3);
  for (int i = 0; i < 500; ++i) {
    SmallVector<double> scales{dist(rng), dist(rng), dist(rng)};
    auto type = TernaryType::get(&ctx, Float32Type::get(&ctx), 0,
                                 DenseF64ArrayAttr::get(&ctx, scales));
    std::string text = print(type);
    Type parsed = parseType(text, &ctx);
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(parsed, type) << text;
  }
}

TEST(QntTypes, ThresholdAccessors) {
  MLIRContext ctx;
  ctx.loadDialect<QntDialect>();
  Type parsed = parseType(
      "!qnt.threshold<ui2:f32:1, {{-0.2, 0.3, 0.8}, {-1.0, 0.0, 1.0}}, 0.5:1>",
      &ctx);
  auto type = dyn_cast_or_null<ThresholdType>(parsed);
  ASSERT_TRUE(type);
  EXPECT_EQ(type.getNumChannels(), 2);
  EXPECT_EQ(type.getNumThresholds(), 3);
  EXPECT_EQ(type.getChannelThresholds(1)[2], 1.0);
  EXPECT_EQ(type.getScaleValue(), 0.5);
  EXPECT_EQ(type.getZeroPoint(), 1);
}

} // namespace
