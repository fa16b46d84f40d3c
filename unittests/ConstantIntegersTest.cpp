//===- ConstantIntegersTest.cpp - constant reads vs brute force ----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Random constant tensors read through chains of spellings (reshape,
// transpose, static slices with strides) must give the values a direct
// row-major computation gives.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/ConstantIntegers.h"
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

/// The value returned by the function of `text` (its single `return`).
std::optional<std::vector<int64_t>> readReturned(MLIRContext &ctx,
                                                 const std::string &text) {
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &ctx);
  if (!module)
    return std::nullopt;
  std::optional<std::vector<int64_t>> values;
  module->walk([&](func::ReturnOp ret) {
    values = readConstantIntegers(ret.getOperand(0));
  });
  return values;
}

class ConstantIntegers : public ::testing::Test {
protected:
  ConstantIntegers() {
    DialectRegistry registry;
    registry.insert<arith::ArithDialect, func::FuncDialect,
                    linalg::LinalgDialect, tensor::TensorDialect,
                    QntDialect>();
    ctx = std::make_unique<MLIRContext>(registry);
    ctx->loadAllAvailableDialects();
  }
  std::unique_ptr<MLIRContext> ctx;
};

TEST_F(ConstantIntegers, StridedSlicesOfTransposedReshapes) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 40; ++trial) {
    // A 4x5x6 i8 constant, transposed by a random permutation, sliced.
    int64_t dims[3] = {4, 5, 6};
    std::vector<int64_t> v(4 * 5 * 6);
    for (int64_t &x : v)
      x = std::uniform_int_distribution<int>(-128, 127)(rng);
    int64_t perm[3] = {0, 1, 2};
    std::shuffle(perm, perm + 3, rng);
    int64_t tdims[3] = {dims[perm[0]], dims[perm[1]], dims[perm[2]]};
    int64_t offsets[3], sizes[3], strides[3];
    for (int d = 0; d < 3; ++d) {
      strides[d] = std::uniform_int_distribution<int64_t>(1, 2)(rng);
      offsets[d] = std::uniform_int_distribution<int64_t>(0, 1)(rng);
      int64_t most = (tdims[d] - offsets[d] - 1) / strides[d] + 1;
      sizes[d] = std::uniform_int_distribution<int64_t>(1, most)(rng);
    }
    std::string values;
    for (size_t i = 0; i < v.size(); ++i)
      values += (i ? "," : "") + std::to_string(v[i]);
    auto list = [](const int64_t *a) {
      return std::to_string(a[0]) + ", " + std::to_string(a[1]) + ", " +
             std::to_string(a[2]);
    };
    auto shape = [](const int64_t *a) {
      return std::to_string(a[0]) + "x" + std::to_string(a[1]) + "x" +
             std::to_string(a[2]);
    };
    std::string text =
        "func.func @f() -> tensor<" + shape(sizes) + "xi8> {\n"
        "  %flat = arith.constant dense<[" + values + "]> : tensor<120xi8>\n"
        "  %c = tensor.expand_shape %flat [[0, 1, 2]] output_shape [4, 5, 6] "
        ": tensor<120xi8> into tensor<4x5x6xi8>\n"
        "  %e = tensor.empty() : tensor<" + shape(tdims) + "xi8>\n"
        "  %t = linalg.transpose ins(%c : tensor<4x5x6xi8>) outs(%e : "
        "tensor<" + shape(tdims) + "xi8>) permutation = [" + list(perm) +
        "]\n"
        "  %s = tensor.extract_slice %t[" + list(offsets) + "] [" +
        list(sizes) + "] [" + list(strides) + "] : tensor<" + shape(tdims) +
        "xi8> to tensor<" + shape(sizes) + "xi8>\n"
        "  return %s : tensor<" + shape(sizes) + "xi8>\n}\n";
    std::optional<std::vector<int64_t>> read = readReturned(*ctx, text);
    ASSERT_TRUE(read.has_value()) << text;
    std::vector<int64_t> expected;
    for (int64_t i = 0; i < sizes[0]; ++i)
      for (int64_t j = 0; j < sizes[1]; ++j)
        for (int64_t k = 0; k < sizes[2]; ++k) {
          // Index into the transposed tensor, then into the original.
          int64_t t[3] = {offsets[0] + i * strides[0],
                          offsets[1] + j * strides[1],
                          offsets[2] + k * strides[2]};
          int64_t o[3];
          for (int d = 0; d < 3; ++d)
            o[perm[d]] = t[d];
          expected.push_back(v[(o[0] * 5 + o[1]) * 6 + o[2]]);
        }
    EXPECT_EQ(*read, expected) << text;
  }
}

TEST_F(ConstantIntegers, RankReducedSliceAndRuntimeValues) {
  // A rank-reducing slice keeps the row-major order of what it selects.
  std::optional<std::vector<int64_t>> read = readReturned(*ctx, R"(
    func.func @f() -> tensor<3xi8> {
      %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi8>
      %s = tensor.extract_slice %c[1, 0] [1, 3] [1, 1] : tensor<2x3xi8> to tensor<3xi8>
      return %s : tensor<3xi8>
    })");
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(*read, (std::vector<int64_t>{4, 5, 6}));
  // A slice at a run-time offset is not a constant.
  EXPECT_FALSE(readReturned(*ctx, R"(
    func.func @f(%i: index) -> tensor<3xi8> {
      %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi8>
      %s = tensor.extract_slice %c[%i, 0] [1, 3] [1, 1] : tensor<2x3xi8> to tensor<3xi8>
      return %s : tensor<3xi8>
    })").has_value());
}

} // namespace
