//===- JitFunctionTest.cpp - JIT execution against brute force -----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Execution/JitFunction.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// relu(x · w) with a matmul, a second result (x + 1) and a fake-quant:
/// every argument and result reaches memory through the right descriptor.
constexpr const char *kModule = R"mlir(
func.func @f(%x: tensor<3x5xf32>, %w: tensor<5x2xf32>) -> (tensor<3x2xf32>, tensor<3x5xf32>) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<3x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %m = linalg.matmul ins(%x, %w : tensor<3x5xf32>, tensor<5x2xf32>) outs(%f : tensor<3x2xf32>) -> tensor<3x2xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<3x2xf32>) outs(%e : tensor<3x2xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.maximumf %a, %zero : f32
    linalg.yield %c : f32
  } -> tensor<3x2xf32>
  %e2 = tensor.empty() : tensor<3x5xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<3x5xf32>) outs(%e2 : tensor<3x5xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.addf %a, %one : f32
    linalg.yield %c : f32
  } -> tensor<3x5xf32>
  %q = qnt.fake_quant %p to !quant.uniform<i8:f32, 0.5> : tensor<3x5xf32>
  return %r, %q : tensor<3x2xf32>, tensor<3x5xf32>
}
)mlir";

TEST(JitFunction, MatchesBruteForce) {
  DialectRegistry registry;
  registry.insert<arith::ArithDialect, func::FuncDialect, linalg::LinalgDialect,
                  tensor::TensorDialect, QntDialect, quant::QuantDialect>();
  MLIRContext ctx(registry);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(kModule, &ctx);
  ASSERT_TRUE(module);
  std::string error;
  std::unique_ptr<JitFunction> jit = JitFunction::compile(*module, "f", error);
  ASSERT_TRUE(jit) << error;

  std::mt19937 rng(3);
  std::uniform_real_distribution<float> dist(-3.0f, 3.0f);
  for (int trial = 0; trial < 5; ++trial) {
    HostTensor x{{3, 5}, std::vector<float>(15)}, w{{5, 2}, std::vector<float>(10)};
    for (float &v : x.data)
      v = dist(rng);
    for (float &v : w.data)
      v = dist(rng);
    FailureOr<SmallVector<HostTensor>> out = jit->run({x, w}, error);
    ASSERT_TRUE(succeeded(out)) << error;
    ASSERT_EQ(out->size(), 2u);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 2; ++j) {
        float acc = 0.0f;
        for (int k = 0; k < 5; ++k)
          acc += x.data[i * 5 + k] * w.data[k * 2 + j];
        EXPECT_NEAR((*out)[0].data[i * 2 + j], std::max(acc, 0.0f), 1e-5f);
      }
    for (int i = 0; i < 15; ++i) {
      // Round half to even on the 0.5 grid, clamped to [-64, 63.5].
      float q = std::nearbyint((x.data[i] + 1.0f) / 0.5f);
      q = std::min(127.0f, std::max(-128.0f, q));
      EXPECT_EQ((*out)[1].data[i], q * 0.5f) << "element " << i;
    }
  }
}

TEST(JitFunction, RejectsWhatItCannotRun) {
  DialectRegistry registry;
  registry.insert<arith::ArithDialect, func::FuncDialect>();
  MLIRContext ctx(registry);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      "func.func @g(%x: tensor<?xf32>) -> tensor<?xf32> { return %x : "
      "tensor<?xf32> }",
      &ctx);
  ASSERT_TRUE(module);
  std::string error;
  EXPECT_FALSE(JitFunction::compile(*module, "g", error));
  EXPECT_EQ(error, "function 'g': argument #0 has type tensor<?xf32>; only "
                   "statically shaped tensors of f32, f64, i8, i16, i32 or "
                   "i64 can be executed");
  EXPECT_FALSE(JitFunction::compile(*module, "h", error));
  EXPECT_EQ(error, "no function named 'h' with a body");
}

TEST(JitFunction, SplitsBatches) {
  std::string error;
  HostTensor batch{{6, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}};
  // [6, 2] as three samples of [2, 2], or six of [2].
  FailureOr<SmallVector<HostTensor>> samples =
      splitSamples(batch, {2, 2}, error);
  ASSERT_TRUE(succeeded(samples));
  ASSERT_EQ(samples->size(), 3u);
  EXPECT_EQ((*samples)[2].data, (std::vector<float>{8, 9, 10, 11}));
  samples = splitSamples(batch, {2}, error);
  ASSERT_TRUE(succeeded(samples));
  EXPECT_EQ(samples->size(), 6u);
  EXPECT_TRUE(failed(splitSamples(batch, {4, 2}, error)));
  EXPECT_EQ(error, "an array of shape [6,2] is neither a sample of shape "
                   "[4,2] nor a batch of them");
}

} // namespace
