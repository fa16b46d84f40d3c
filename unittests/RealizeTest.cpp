//===- RealizeTest.cpp - integer-only CNN vs a scalar C++ reference ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A small CNN (conv + bias + ReLU, depthwise conv + ReLU, residual add,
// average pooling, dense) with fake quantizers at 8, 4 and 2 bits is run
// three ways: as the fake-quant float graph, realized by qnt-realize and
// lowered through the reference path, and by the scalar integer arithmetic
// written out below. The realized outputs equal the reference bit for bit;
// the fake-quant outputs agree up to the rounding of biases and of the
// fixed-point multipliers.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"
#include "qnt/Execution/JitFunction.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllDialects.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/FormatVariadic.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>
#include <random>

using namespace mlir;
using namespace mlir::qnt;

namespace {

constexpr int C = 2, F = 4, H = 5, N = 3;

struct Grid {
  double scale;
  int64_t zp;
  IntRange range;
};

enum class Weights { Uniform, Ternary, Binary };

struct Model {
  unsigned bits;
  Weights weights = Weights::Uniform;
  std::vector<float> convW, convB, dwW, dwB, fcW, fcB; // fcW is [F, N]
  Grid input, conv, dw, add, pool;
  std::vector<double> convS, dwS, fcS; // per-channel weight scales
};

/// A dense literal of any shape: the f32 bytes in hex.
std::string hex(const std::vector<float> &values) {
  std::string s = "\"0x";
  for (float v : values) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    for (int byte = 0; byte < 4; ++byte)
      s += llvm::formatv("{0:X-2}", (bits >> (8 * byte)) & 0xFF).str();
  }
  return s + "\"";
}

std::string list(const std::vector<float> &values) {
  std::string s;
  for (size_t i = 0; i < values.size(); ++i)
    s += (i ? ", " : "") + llvm::formatv("{0:e9}", values[i]).str();
  return s;
}
std::string scales(const std::vector<double> &values) {
  std::string s;
  for (size_t i = 0; i < values.size(); ++i)
    s += (i ? ", " : "") + llvm::formatv("{0:e17}", values[i]).str();
  return s;
}

Model makeModel(unsigned bits, unsigned seed,
                Weights kind = Weights::Uniform) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal(0.0f, 0.5f);
  auto fill = [&](size_t n) {
    std::vector<float> v(n);
    for (float &x : v)
      x = normal(rng);
    return v;
  };
  Model m{bits, Weights::Uniform, fill(F * C * 9), fill(F), fill(F * 9), fill(F), fill(F * N),
          fill(N), {}, {}, {}, {}, {}, {}, {}, {}};
  IntRange act = storageRange(bits, true);
  int64_t wmax = storageRange(bits, true).max;
  auto weightScales = [&](const std::vector<float> &w, int channels,
                          auto channelOf) {
    std::vector<double> s(channels, 0.0);
    for (size_t i = 0; i < w.size(); ++i)
      s[channelOf(i)] = std::max(s[channelOf(i)], double(std::fabs(w[i])));
    for (double &x : s)
      x /= double(wmax);
    return s;
  };
  m.weights = kind;
  m.convS = weightScales(m.convW, F, [](size_t i) { return i / (C * 9); });
  m.dwS = weightScales(m.dwW, F, [](size_t i) { return i / 9; });
  m.fcS = weightScales(m.fcW, N, [](size_t i) { return i % N; });
  // Ternary: α = (2/3)·max|w| puts about half of the weights on 0. Binary:
  // α = max|w| works as well as XNOR-Net's mean|w| for this test.
  if (kind != Weights::Uniform)
    for (std::vector<double> *s : {&m.convS, &m.dwS, &m.fcS})
      for (double &x : *s)
        x *= double(wmax) * (kind == Weights::Ternary ? 2.0 / 3.0 : 1.0);
  // Activation grids over plausible ranges (affine, odd zero points).
  auto grid = [&](double lo, double hi) {
    AffineParams p = chooseAffineParams(lo, hi, act, false);
    return Grid{p.scale, p.zeroPoint, act};
  };
  m.input = grid(-2.0, 2.5);
  m.conv = grid(0.0, 6.0);
  m.dw = grid(0.0, 5.0);
  m.add = grid(0.0, 9.0);
  m.pool = grid(0.0, 4.0);
  return m;
}

std::string actType(unsigned bits, const Grid &g) {
  return llvm::formatv("!quant.uniform<i{0}:f32, {1:e17}:{2}>", bits,
                       g.scale, g.zp);
}
std::string weightType(const Model &m, int axis,
                       const std::vector<double> &s) {
  if (m.weights != Weights::Uniform)
    return llvm::formatv("!qnt.{0}<f32:{1}, {{{2}}>",
                         m.weights == Weights::Ternary ? "ternary" : "binary",
                         axis, scales(s));
  unsigned bits = m.bits;
  int64_t max = storageRange(bits, true).max;
  return llvm::formatv("!quant.uniform<i{0}<{1}:{2}>:f32:{3}, {{{4}}>", bits,
                       -max, max, axis, scales(s));
}

std::string moduleText(const Model &m) {
  unsigned b = m.bits;
  std::string relu = R"( {
  ^bb0(%in: f32, %out: f32):
    %gt = arith.cmpf ugt, %in, %zero : f32
    %s = arith.select %gt, %in, %zero : f32
    linalg.yield %s : f32
  })";
  std::string id4 = "affine_map<(a, b, c, d) -> (a, b, c, d)>";
  std::string par4 = R"(["parallel", "parallel", "parallel", "parallel"])";
  std::string t = llvm::formatv("tensor<1x{0}x{1}x{1}xf32>", F, H).str();
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "func.func @cnn(%x: tensor<1x" << C << "x" << H << "x" << H
     << "xf32>) -> tensor<1x" << N << "xf32> {\n"
     << "  %zero = arith.constant 0.0 : f32\n"
     << "  %count = arith.constant 25.0 : f32\n"
     << "  %xq = qnt.fake_quant %x to " << actType(b, m.input)
     << " : tensor<1x2x5x5xf32>\n"
     << "  %xp = tensor.pad %xq low[0, 0, 1, 1] high[0, 0, 1, 1] {\n"
     << "  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):\n"
     << "    tensor.yield %zero : f32\n"
     << "  } : tensor<1x2x5x5xf32> to tensor<1x2x7x7xf32>\n"
     << "  %cw4 = arith.constant dense<" << hex(m.convW)
     << "> : tensor<4x2x3x3xf32>\n"
     << "  %cwq = qnt.fake_quant %cw4 to " << weightType(m, 0, m.convS)
     << " : tensor<4x2x3x3xf32>\n"
     << "  %cb = arith.constant dense<[" << list(m.convB) << "]> : tensor<4xf32>\n"
     << "  %e = tensor.empty() : " << t << "\n"
     << "  %cinit = linalg.broadcast ins(%cb : tensor<4xf32>) outs(%e : " << t
     << ") dimensions = [0, 2, 3]\n"
     << "  %c = linalg.conv_2d_nchw_fchw ins(%xp, %cwq : tensor<1x2x7x7xf32>, "
        "tensor<4x2x3x3xf32>) outs(%cinit : " << t << ") -> " << t << "\n"
     << "  %cr = linalg.generic {indexing_maps = [" << id4 << ", " << id4
     << "], iterator_types = " << par4 << "} ins(%c : " << t << ") outs(%e : "
     << t << ")" << relu << " -> " << t << "\n"
     << "  %crq = qnt.fake_quant %cr to " << actType(b, m.conv) << " : " << t
     << "\n"
     << "  %cp = tensor.pad %crq low[0, 0, 1, 1] high[0, 0, 1, 1] {\n"
     << "  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):\n"
     << "    tensor.yield %zero : f32\n"
     << "  } : " << t << " to tensor<1x4x7x7xf32>\n"
     << "  %dw3 = arith.constant dense<" << hex(m.dwW)
     << "> : tensor<4x3x3xf32>\n"
     << "  %dwq = qnt.fake_quant %dw3 to " << weightType(m, 0, m.dwS)
     << " : tensor<4x3x3xf32>\n"
     << "  %db = arith.constant dense<[" << list(m.dwB) << "]> : tensor<4xf32>\n"
     << "  %dinit = linalg.broadcast ins(%db : tensor<4xf32>) outs(%e : " << t
     << ") dimensions = [0, 2, 3]\n"
     << "  %d = linalg.depthwise_conv_2d_nchw_chw ins(%cp, %dwq : "
        "tensor<1x4x7x7xf32>, tensor<4x3x3xf32>) outs(%dinit : " << t
     << ") -> " << t << "\n"
     << "  %dr = linalg.generic {indexing_maps = [" << id4 << ", " << id4
     << "], iterator_types = " << par4 << "} ins(%d : " << t << ") outs(%e : "
     << t << ")" << relu << " -> " << t << "\n"
     << "  %drq = qnt.fake_quant %dr to " << actType(b, m.dw) << " : " << t
     << "\n"
     << "  %sum = linalg.add ins(%drq, %crq : " << t << ", " << t
     << ") outs(%e : " << t << ") -> " << t << "\n"
     << "  %sumq = qnt.fake_quant %sum to " << actType(b, m.add) << " : " << t
     << "\n"
     << "  %pe = tensor.empty() : tensor<1x4x1x1xf32>\n"
     << "  %pf = linalg.fill ins(%zero : f32) outs(%pe : tensor<1x4x1x1xf32>) "
        "-> tensor<1x4x1x1xf32>\n"
     << "  %win = tensor.empty() : tensor<5x5xf32>\n"
     << "  %ps = linalg.pooling_nchw_sum {dilations = dense<1> : "
        "vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%sumq, %win : "
     << t << ", tensor<5x5xf32>) outs(%pf : tensor<1x4x1x1xf32>) -> "
        "tensor<1x4x1x1xf32>\n"
     << "  %avg = linalg.generic {indexing_maps = [" << id4 << ", " << id4
     << "], iterator_types = " << par4
     << "} ins(%ps : tensor<1x4x1x1xf32>) outs(%pe : tensor<1x4x1x1xf32>) {\n"
     << "  ^bb0(%in: f32, %out: f32):\n"
     << "    %v = arith.divf %in, %count : f32\n"
     << "    linalg.yield %v : f32\n"
     << "  } -> tensor<1x4x1x1xf32>\n"
     << "  %flat = tensor.collapse_shape %avg [[0], [1, 2, 3]] : "
        "tensor<1x4x1x1xf32> into tensor<1x4xf32>\n"
     << "  %flatq = qnt.fake_quant %flat to " << actType(b, m.pool)
     << " : tensor<1x4xf32>\n"
     << "  %fw2 = arith.constant dense<" << hex(m.fcW)
     << "> : tensor<4x3xf32>\n"
     << "  %fwq = qnt.fake_quant %fw2 to " << weightType(m, 1, m.fcS)
     << " : tensor<4x3xf32>\n"
     << "  %fb = arith.constant dense<[" << list(m.fcB) << "]> : tensor<3xf32>\n"
     << "  %fe = tensor.empty() : tensor<1x3xf32>\n"
     << "  %finit = linalg.broadcast ins(%fb : tensor<3xf32>) outs(%fe : "
        "tensor<1x3xf32>) dimensions = [0]\n"
     << "  %y = linalg.matmul ins(%flatq, %fwq : tensor<1x4xf32>, "
        "tensor<4x3xf32>) outs(%finit : tensor<1x3xf32>) -> tensor<1x3xf32>\n"
     << "  return %y : tensor<1x3xf32>\n}\n";
  return s;
}

/// qnt.requantize's arithmetic (single rounding).
int64_t requantize(int64_t acc, double real, int64_t zp, IntRange clamp) {
  std::optional<FixedPointScale> fixed = computeFixedPointScale(real);
  EXPECT_TRUE(fixed.has_value()) << real;
  int64_t r = applyScale(acc, fixed->multiplier, fixed->shift, false) + zp;
  return std::clamp(r, clamp.min, clamp.max);
}

int64_t q(const Grid &g, double x) {
  return quantize(static_cast<float>(x), static_cast<float>(g.scale), g.zp,
                  g.range);
}

/// The integer network, written out.
std::vector<float> reference(const Model &m, const std::vector<float> &x) {
  IntRange wr{-storageRange(m.bits, true).max, storageRange(m.bits, true).max};
  auto qw = [&](float w, double s) -> int64_t {
    switch (m.weights) {
    case Weights::Ternary: // clamp(round_half_even(w / α), −1, 1)
      return static_cast<int64_t>(std::clamp(
          std::nearbyint(w / static_cast<float>(s)), -1.0f, 1.0f));
    case Weights::Binary: // sign, sign(0) = +1
      return w >= 0.0f ? 1 : -1;
    case Weights::Uniform:
      break;
    }
    return quantize(w, static_cast<float>(s), 0, wr);
  };
  // Input, padded with its zero point.
  std::vector<int64_t> xi(C * 7 * 7, m.input.zp);
  for (int c = 0; c < C; ++c)
    for (int h = 0; h < H; ++h)
      for (int w = 0; w < H; ++w)
        xi[(c * 7 + h + 1) * 7 + w + 1] = q(m.input, x[(c * H + h) * H + w]);
  auto reluClamp = [](const Grid &g) {
    return IntRange{std::max(g.range.min, g.zp), g.range.max};
  };
  // conv + bias + ReLU.
  std::vector<int64_t> conv(F * H * H);
  for (int f = 0; f < F; ++f) {
    double s = m.input.scale * m.convS[f];
    int64_t bias = static_cast<int64_t>(std::nearbyint(m.convB[f] / s));
    for (int h = 0; h < H; ++h)
      for (int w = 0; w < H; ++w) {
        int64_t acc = bias;
        for (int c = 0; c < C; ++c)
          for (int kh = 0; kh < 3; ++kh)
            for (int kw = 0; kw < 3; ++kw)
              acc += (xi[(c * 7 + h + kh) * 7 + w + kw] - m.input.zp) *
                     qw(m.convW[((f * C + c) * 3 + kh) * 3 + kw], m.convS[f]);
        conv[(f * H + h) * H + w] =
            requantize(acc, s / m.conv.scale, m.conv.zp, reluClamp(m.conv));
      }
  }
  // depthwise + bias + ReLU on the padded conv output.
  std::vector<int64_t> dw(F * H * H);
  for (int f = 0; f < F; ++f) {
    double s = m.conv.scale * m.dwS[f];
    int64_t bias = static_cast<int64_t>(std::nearbyint(m.dwB[f] / s));
    for (int h = 0; h < H; ++h)
      for (int w = 0; w < H; ++w) {
        int64_t acc = bias;
        for (int kh = 0; kh < 3; ++kh)
          for (int kw = 0; kw < 3; ++kw) {
            int hh = h + kh - 1, ww = w + kw - 1;
            int64_t v = (hh < 0 || hh >= H || ww < 0 || ww >= H)
                            ? m.conv.zp
                            : conv[(f * H + hh) * H + ww];
            acc += (v - m.conv.zp) * qw(m.dwW[(f * 3 + kh) * 3 + kw], m.dwS[f]);
          }
        dw[(f * H + h) * H + w] =
            requantize(acc, s / m.dw.scale, m.dw.zp, reluClamp(m.dw));
      }
  }
  // Residual add, TFLite's scheme.
  double twiceMax = 2.0 * std::max(m.dw.scale, m.conv.scale);
  double headroom = double(1 << 20);
  IntRange i32{INT32_MIN, INT32_MAX};
  std::vector<int64_t> sum(F * H * H);
  for (size_t i = 0; i < sum.size(); ++i) {
    int64_t a = requantize(dw[i] - m.dw.zp, m.dw.scale / twiceMax * headroom,
                           0, i32);
    int64_t b = requantize(conv[i] - m.conv.zp,
                           m.conv.scale / twiceMax * headroom, 0, i32);
    sum[i] = requantize(a + b, twiceMax / (headroom * m.add.scale), m.add.zp,
                        m.add.range);
  }
  // Average pooling over the 5x5 map.
  std::vector<int64_t> pooled(F);
  for (int f = 0; f < F; ++f) {
    int64_t acc = 0;
    for (int i = 0; i < H * H; ++i)
      acc += sum[f * H * H + i] - m.add.zp;
    pooled[f] = requantize(acc, m.add.scale * (1.0 / 25.0) / m.pool.scale,
                           m.pool.zp, m.pool.range);
  }
  // Dense, dequantized per output (as quant.dcast does, in f32).
  std::vector<float> y(N);
  for (int n = 0; n < N; ++n) {
    double s = m.pool.scale * m.fcS[n];
    int64_t acc = static_cast<int64_t>(std::nearbyint(m.fcB[n] / s));
    for (int k = 0; k < F; ++k)
      acc += (pooled[k] - m.pool.zp) * qw(m.fcW[k * N + n], m.fcS[n]);
    y[n] = (static_cast<float>(acc) - 0.0f) * static_cast<float>(s);
  }
  return y;
}

class RealizeTest
    : public ::testing::TestWithParam<std::tuple<unsigned, Weights>> {};

TEST_P(RealizeTest, MatchesScalarReferenceExactly) {
  auto [bits, kind] = GetParam();
  DialectRegistry registry;
  registerAllDialects(registry);
  registry.insert<QntDialect>();
  MLIRContext ctx(registry);
  Model model = makeModel(bits, 40 + bits, kind);
  std::string text = moduleText(model);
  OwningOpRef<ModuleOp> fakeQuant = parseSourceString<ModuleOp>(text, &ctx);
  ASSERT_TRUE(fakeQuant) << text;
  OwningOpRef<ModuleOp> realized(cast<ModuleOp>((*fakeQuant)->clone()));
  PassManager pm(&ctx);
  pm.addPass(createQntRealizePass());
  ASSERT_TRUE(succeeded(pm.run(*realized)));
  // Integer-only: no float arithmetic left between the boundary casts; sign
  // weights accumulate without multiplying.
  int floatOps = 0, signed_ = 0;
  realized->walk([&](Operation *op) {
    if (isa<arith::MulFOp, arith::AddFOp, arith::DivFOp>(op))
      ++floatOps;
    signed_ += isa<SignedAccumulateOp>(op);
  });
  EXPECT_EQ(floatOps, 0);
  EXPECT_EQ(signed_, kind == Weights::Uniform ? 0 : 3);

  std::string error;
  std::unique_ptr<JitFunction> fq = JitFunction::compile(*fakeQuant, "cnn", error);
  ASSERT_TRUE(fq) << error;
  std::unique_ptr<JitFunction> in = JitFunction::compile(*realized, "cnn", error);
  ASSERT_TRUE(in) << error;

  std::mt19937 rng(bits);
  std::uniform_real_distribution<float> dist(-2.2f, 2.7f);
  int mismatches = 0;
  double worst = 0.0;
  for (int trial = 0; trial < 20; ++trial) {
    HostTensor x{{1, C, H, H}, std::vector<float>(C * H * H)};
    for (float &v : x.data)
      v = dist(rng);
    FailureOr<SmallVector<HostTensor>> yi = in->run({x}, error);
    FailureOr<SmallVector<HostTensor>> yf = fq->run({x}, error);
    ASSERT_TRUE(succeeded(yi) && succeeded(yf)) << error;
    std::vector<float> ref = reference(model, x.data);
    for (int n = 0; n < N; ++n) {
      // Bit for bit: same integers, same f32 dequantization.
      EXPECT_EQ((*yi)[0].data[n], ref[n]) << "trial " << trial << " out " << n;
      // One step of every pooled input moves logit n by s_pool·Σ_k|w_kn|.
      double step = 0.0;
      for (int k = 0; k < F; ++k)
        step += model.pool.scale * std::fabs(model.fcW[k * N + n]);
      double diff = std::fabs((*yf)[0].data[n] - (*yi)[0].data[n]) / step;
      worst = std::max(worst, diff);
      mismatches += diff > 0.0;
    }
  }
  // The fake-quant graph rounds biases and requantization scales in float:
  // an intermediate value can land one step away, which the pooling
  // averages. The logits differ by at most two steps of the dense layer's
  // input.
  RecordProperty("worst_logit_difference_in_input_steps",
                 std::to_string(worst));
  RecordProperty("logits_differing", std::to_string(mismatches));
  EXPECT_LE(worst, 2.0);
}

INSTANTIATE_TEST_SUITE_P(
    Bits, RealizeTest,
    ::testing::Values(std::make_tuple(8u, Weights::Uniform),
                      std::make_tuple(4u, Weights::Uniform),
                      std::make_tuple(2u, Weights::Uniform),
                      std::make_tuple(8u, Weights::Ternary),
                      std::make_tuple(8u, Weights::Binary),
                      std::make_tuple(4u, Weights::Ternary)));

} // namespace
