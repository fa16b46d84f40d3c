//===- SignLayersTest.cpp - ternary and binary layers vs brute force -----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// One layer whose weights are signs per case: binary × binary (XNOR-Net:
// sign activations with scale β, binary weights ±α_c) and ternary × int8
// (TSQ: weights α_c·{−1, 0, +1}, affine int8 activations), with a bias on
// the grid: convolutions in both layouts with odd channel counts (word
// tails), strides, dilation and asymmetric zero padding, a depthwise
// convolution (no channel reduction: unpacked bits), and dense layers with K
// not a multiple of the word. qnt-realize must turn each into
// qnt.xnor_popcount (binary) or qnt.signed_accumulate (ternary), with no
// multiplication; executed, its integers equal the dot products counted
// here by brute force (padding contributing 0), and its logits the float
// simulation of the same model to 1e-5.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
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

enum class Kind { ConvNhwc, ConvNchw, Depthwise, Dense, DenseTransposed };
enum class Signs { Binary, Ternary };

struct Case {
  const char *name;
  Kind kind;
  int c, f, h, w, k, stride, dilation, padLo, padHi;
};

/// The activation grid of the ternary cases: int8, scale s, zero point z.
constexpr double kActScale = 0.05;
constexpr int kActZp = 3;

std::string join(const std::vector<double> &values) {
  std::string s;
  for (size_t i = 0; i < values.size(); ++i)
    s += (i ? ", " : "") + llvm::formatv("{0:e17}", values[i]).str();
  return s;
}

/// A dense literal of any shape: the f32 bytes in hex.
std::string hex(const std::vector<double> &values) {
  std::string s = "\"0x";
  for (double v : values) {
    float f = static_cast<float>(v);
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    for (int byte = 0; byte < 4; ++byte)
      s += llvm::formatv("{0:X-2}", (bits >> (8 * byte)) & 0xFF).str();
  }
  return s + "\"";
}

std::string shape(std::initializer_list<int> dims) {
  std::string s;
  for (int d : dims)
    s += std::to_string(d) + "x";
  return s;
}

/// The layer, its random binary weights and biases, and the brute-force
/// ±1 dot products.
struct Layer {
  Case c;
  Signs signs;
  int oh = 1, ow = 1, channels;
  /// The activation scale: β of the sign activation, or s of the int8 grid.
  double beta;
  std::vector<double> alpha;
  std::vector<int> weightSigns; // in the weight constant's layout
  std::vector<int> biasSteps;   // bias_c = steps · β·α_c
  std::string text;

  Layer(const Case &c, Signs signs, std::mt19937 &rng)
      : c(c), signs(signs),
        beta(signs == Signs::Binary ? 0.37 : kActScale) {
    bool conv = c.kind != Kind::Dense && c.kind != Kind::DenseTransposed;
    channels = c.kind == Kind::Depthwise ? c.c : c.f;
    if (conv) {
      int span = c.dilation * (c.k - 1) + 1;
      oh = (c.h + c.padLo + c.padHi - span) / c.stride + 1;
      ow = (c.w + c.padLo + c.padHi - span) / c.stride + 1;
    }
    std::uniform_real_distribution<double> scale(0.05, 0.9);
    std::uniform_int_distribution<int> bit(0, 1), trit(-1, 1), steps(-9, 9);
    for (int i = 0; i < channels; ++i) {
      alpha.push_back(static_cast<float>(scale(rng)));
      biasSteps.push_back(steps(rng));
    }
    size_t n = c.kind == Kind::Depthwise ? size_t(c.k) * c.k * c.c
               : conv                    ? size_t(c.k) * c.k * c.c * c.f
                                         : size_t(c.c) * c.f;
    for (size_t i = 0; i < n; ++i)
      weightSigns.push_back(signs == Signs::Binary ? (bit(rng) ? 1 : -1)
                                                   : trit(rng));
    text = moduleText();
  }

  /// Output channel of weight element `i` (row-major in the constant).
  int weightChannel(size_t i) const {
    switch (c.kind) {
    case Kind::ConvNhwc: // [k][k][c][f]
      return int(i % c.f);
    case Kind::ConvNchw: // [f][c][k][k]
      return int(i / (size_t(c.c) * c.k * c.k));
    case Kind::Depthwise: // [k][k][c]
      return int(i % c.c);
    case Kind::Dense: // [c][f]
      return int(i % c.f);
    case Kind::DenseTransposed: // [f][c]
      return int(i / c.c);
    }
    return 0;
  }

  std::string moduleText() const {
    std::vector<double> weights;
    for (size_t i = 0; i < weightSigns.size(); ++i)
      weights.push_back(weightSigns[i] * alpha[weightChannel(i)]);
    std::vector<double> bias;
    for (int i = 0; i < channels; ++i)
      bias.push_back(static_cast<float>(biasSteps[i] * beta * alpha[i]));
    std::string in, padded, out, wType, op, outDims, padAmounts;
    int axis = 0;
    int ph = c.h + c.padLo + c.padHi, pw = c.w + c.padLo + c.padHi;
    std::string lo = std::to_string(c.padLo), hi = std::to_string(c.padHi);
    std::string attrs = llvm::formatv(
        "{{dilations = dense<{0}> : tensor<2xi64>, strides = dense<{1}> : "
        "tensor<2xi64>}",
        c.dilation, c.stride);
    switch (c.kind) {
    case Kind::ConvNhwc:
      in = shape({1, c.h, c.w, c.c});
      padded = shape({1, ph, pw, c.c});
      out = shape({1, oh, ow, c.f});
      wType = shape({c.k, c.k, c.c, c.f});
      op = "linalg.conv_2d_nhwc_hwcf " + attrs;
      axis = 3;
      outDims = "[0, 1, 2]";
      padAmounts = "low[0, " + lo + ", " + lo + ", 0] high[0, " + hi + ", " +
                   hi + ", 0]";
      break;
    case Kind::ConvNchw:
      in = shape({1, c.c, c.h, c.w});
      padded = shape({1, c.c, ph, pw});
      out = shape({1, c.f, oh, ow});
      wType = shape({c.f, c.c, c.k, c.k});
      op = "linalg.conv_2d_nchw_fchw " + attrs;
      axis = 0;
      outDims = "[0, 2, 3]";
      padAmounts = "low[0, 0, " + lo + ", " + lo + "] high[0, 0, " + hi +
                   ", " + hi + "]";
      break;
    case Kind::Depthwise:
      in = shape({1, c.h, c.w, c.c});
      padded = shape({1, ph, pw, c.c});
      out = shape({1, oh, ow, c.c});
      wType = shape({c.k, c.k, c.c});
      op = "linalg.depthwise_conv_2d_nhwc_hwc " + attrs;
      axis = 2;
      outDims = "[0, 1, 2]";
      padAmounts = "low[0, " + lo + ", " + lo + ", 0] high[0, " + hi + ", " +
                   hi + ", 0]";
      break;
    case Kind::Dense:
    case Kind::DenseTransposed:
      in = padded = shape({c.h, c.c});
      out = shape({c.h, c.f});
      wType = c.kind == Kind::Dense ? shape({c.c, c.f}) : shape({c.f, c.c});
      op = "linalg.matmul";
      axis = c.kind == Kind::Dense ? 1 : 0;
      outDims = "[0]";
      break;
    }
    std::string s;
    llvm::raw_string_ostream os(s);
    os << "func.func @layer(%x: tensor<" << in << "f32>) -> tensor<" << out
       << "f32> {\n  %zero = arith.constant 0.0 : f32\n"
       << "  %xb = qnt.fake_quant %x to "
       << (signs == Signs::Binary
               ? llvm::formatv("!qnt.binary<f32, {0:e17}>", beta).str()
               : llvm::formatv("!quant.uniform<i8:f32, {0:e17}:{1}>", beta,
                               kActZp)
                     .str())
       << " : tensor<" << in << "f32>\n";
    std::string data = "%xb";
    if (!padAmounts.empty() && (c.padLo || c.padHi)) {
      os << "  %p = tensor.pad %xb " << padAmounts
         << " {\n  ^bb0(%i: index, %j: index, %k: index, %l: index):\n"
         << "    tensor.yield %zero : f32\n  } : tensor<" << in
         << "f32> to tensor<" << padded << "f32>\n";
      data = "%p";
    } else {
      padded = in;
    }
    os << "  %wr = arith.constant dense<" << hex(weights) << "> : tensor<"
       << wType << "f32>\n";
    std::string weight = "%wr";
    if (c.kind == Kind::DenseTransposed) {
      os << "  %te = tensor.empty() : tensor<" << shape({c.c, c.f})
         << "f32>\n  %wt = linalg.transpose ins(%wr : tensor<" << wType
         << "f32>) outs(%te : tensor<" << shape({c.c, c.f})
         << "f32>) permutation = [1, 0]\n";
      weight = "%wt";
    }
    os << "  %wb = qnt.fake_quant " << weight << " to !qnt."
       << (signs == Signs::Binary ? "binary" : "ternary") << "<f32:"
       << (c.kind == Kind::DenseTransposed ? 1 : axis) << ", {" << join(alpha)
       << "}> : tensor<"
       << (c.kind == Kind::DenseTransposed ? shape({c.c, c.f}) : wType)
       << "f32>\n"
       << "  %bias = arith.constant dense<[" << join(bias) << "]> : tensor<"
       << channels << "xf32>\n"
       << "  %e = tensor.empty() : tensor<" << out << "f32>\n"
       << "  %init = linalg.broadcast ins(%bias : tensor<" << channels
       << "xf32>) outs(%e : tensor<" << out << "f32>) dimensions = " << outDims
       << "\n  %y = " << op << " ins(" << data << ", %wb : tensor<" << padded
       << "f32>, tensor<"
       << (c.kind == Kind::DenseTransposed ? shape({c.c, c.f}) : wType)
       << "f32>) outs(%init : tensor<" << out << "f32>) -> tensor<" << out
       << "f32>\n  return %y : tensor<" << out << "f32>\n}\n";
    return s;
  }

  /// Dot products over the unpadded taps, in the output's layout: of the
  /// signs (binary) or of the centered int8 values (ternary).
  std::vector<int64_t> dots(const std::vector<float> &x) const {
    auto sign = [&](float v) -> int64_t {
      if (signs == Signs::Binary)
        return v >= 0.0f ? 1 : -1;
      double q = std::nearbyint(double(v) / kActScale) + kActZp;
      return int64_t(std::clamp(q, -128.0, 127.0)) - kActZp;
    };
    std::vector<int64_t> out;
    if (c.kind == Kind::Dense || c.kind == Kind::DenseTransposed) {
      for (int m = 0; m < c.h; ++m)
        for (int n = 0; n < c.f; ++n) {
          int64_t acc = 0;
          for (int k = 0; k < c.c; ++k) {
            size_t wi = c.kind == Kind::Dense ? size_t(k) * c.f + n
                                              : size_t(n) * c.c + k;
            acc += sign(x[size_t(m) * c.c + k]) * weightSigns[wi];
          }
          out.push_back(acc);
        }
      return out;
    }
    bool nchw = c.kind == Kind::ConvNchw;
    auto xAt = [&](int ch, int i, int j) {
      return nchw ? x[(size_t(ch) * c.h + i) * c.w + j]
                  : x[(size_t(i) * c.w + j) * c.c + ch];
    };
    auto value = [&](int o, int y, int z) {
      int64_t acc = 0;
      for (int a = 0; a < c.k; ++a)
        for (int b = 0; b < c.k; ++b) {
          int i = y * c.stride + a * c.dilation - c.padLo;
          int j = z * c.stride + b * c.dilation - c.padLo;
          if (i < 0 || j < 0 || i >= c.h || j >= c.w)
            continue; // padding contributes 0
          if (c.kind == Kind::Depthwise) {
            acc += sign(xAt(o, i, j)) *
                   weightSigns[(size_t(a) * c.k + b) * c.c + o];
            continue;
          }
          for (int ch = 0; ch < c.c; ++ch) {
            size_t wi = nchw ? ((size_t(o) * c.c + ch) * c.k + a) * c.k + b
                             : ((size_t(a) * c.k + b) * c.c + ch) * c.f + o;
            acc += sign(xAt(ch, i, j)) * weightSigns[wi];
          }
        }
      return acc;
    };
    if (nchw) {
      for (int o = 0; o < channels; ++o)
        for (int y = 0; y < oh; ++y)
          for (int z = 0; z < ow; ++z)
            out.push_back(value(o, y, z));
    } else {
      for (int y = 0; y < oh; ++y)
        for (int z = 0; z < ow; ++z)
          for (int o = 0; o < channels; ++o)
            out.push_back(value(o, y, z));
    }
    return out;
  }

  int outputChannel(size_t i) const {
    if (c.kind == Kind::ConvNchw)
      return int(i / (size_t(oh) * ow));
    return int(i % channels);
  }
};

class SignLayersTest
    : public ::testing::TestWithParam<std::tuple<Signs, Case>> {};

TEST_P(SignLayersTest, MatchesBruteForce) {
  auto [signs, c] = GetParam();
  DialectRegistry registry;
  registerAllDialects(registry);
  registry.insert<QntDialect>();
  MLIRContext ctx(registry);
  std::mt19937 rng(c.c * 131 + c.f);
  Layer layer(c, signs, rng);
  OwningOpRef<ModuleOp> fakeQuant =
      parseSourceString<ModuleOp>(layer.text, &ctx);
  ASSERT_TRUE(fakeQuant) << layer.text;
  OwningOpRef<ModuleOp> realized(cast<ModuleOp>((*fakeQuant)->clone()));
  PassManager pm(&ctx);
  pm.addPass(createQntRealizePass());
  ASSERT_TRUE(succeeded(pm.run(*realized)));
  int xnor = 0, signed_ = 0, multiplies = 0;
  unsigned word = 0;
  realized->walk([&](Operation *op) {
    if (auto x = dyn_cast<XnorPopcountOp>(op)) {
      ++xnor;
      word = getElementTypeOrSelf(x.getInput().getType()).getIntOrFloatBitWidth();
    }
    signed_ += isa<SignedAccumulateOp>(op);
    multiplies += isa<arith::MulIOp, arith::MulFOp>(op);
  });
  EXPECT_EQ(multiplies, 0);
  if (signs == Signs::Binary) {
    ASSERT_EQ(xnor, 1) << "not realized by xnor-popcount";
    EXPECT_EQ(signed_, 0);
    // Channels packed into words, except where no loop reduces channels.
    EXPECT_EQ(word == 1, c.kind == Kind::Depthwise);
  } else {
    ASSERT_EQ(signed_, 1) << "not realized by qnt.signed_accumulate";
    EXPECT_EQ(xnor, 0);
  }

  std::string error;
  std::unique_ptr<JitFunction> fq =
      JitFunction::compile(*fakeQuant, "layer", error);
  ASSERT_TRUE(fq) << error;
  std::unique_ptr<JitFunction> in =
      JitFunction::compile(*realized, "layer", error);
  ASSERT_TRUE(in) << error;
  SmallVector<int64_t> inShape =
      c.kind == Kind::ConvNchw ? SmallVector<int64_t>{1, c.c, c.h, c.w}
      : (c.kind == Kind::Dense || c.kind == Kind::DenseTransposed)
          ? SmallVector<int64_t>{c.h, c.c}
          : SmallVector<int64_t>{1, c.h, c.w, c.c};
  std::normal_distribution<float> normal;
  std::bernoulli_distribution zero(0.1); // sign(0) = +1
  for (int trial = 0; trial < 5; ++trial) {
    HostTensor x{inShape, {}};
    int64_t n = 1;
    for (int64_t d : inShape)
      n *= d;
    for (int64_t i = 0; i < n; ++i)
      x.data.push_back(zero(rng) ? 0.0f : normal(rng));
    FailureOr<SmallVector<HostTensor>> yi = in->run({x}, error);
    FailureOr<SmallVector<HostTensor>> yf = fq->run({x}, error);
    ASSERT_TRUE(succeeded(yi) && succeeded(yf)) << error;
    std::vector<int64_t> dots = layer.dots(x.data);
    ASSERT_EQ(dots.size(), (*yi)[0].data.size());
    for (size_t i = 0; i < dots.size(); ++i) {
      int o = layer.outputChannel(i);
      double s = layer.beta * layer.alpha[o];
      int64_t expected = dots[i] + layer.biasSteps[o];
      float got = (*yi)[0].data[i];
      // The integers: the dot product plus the bias, exactly.
      EXPECT_EQ(std::llround(got / s), expected) << c.name << " output " << i;
      // The float simulation of the same binary model.
      EXPECT_NEAR(got, (*yf)[0].data[i], 1e-5 * std::max(1.0, std::fabs(double(got))))
          << c.name << " output " << i;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Layers, SignLayersTest,
    ::testing::Combine(::testing::Values(Signs::Binary, Signs::Ternary),
                       ::testing::Values(
        // name, kind, C, F, H, W, k, stride, dilation, pad low, pad high
        Case{"nhwc_c37_stride2_pad1", Kind::ConvNhwc, 37, 5, 7, 6, 3, 2, 1, 1,
             1},
        Case{"nchw_c9_dilated_pad_1_2", Kind::ConvNchw, 9, 3, 6, 5, 3, 1, 2, 1,
             2},
        Case{"nhwc_c70_two_words_pad2", Kind::ConvNhwc, 70, 2, 4, 5, 3, 1, 1,
             2, 2},
        Case{"nhwc_c8_exact_word_no_pad", Kind::ConvNhwc, 8, 4, 5, 5, 3, 2, 1,
             0, 0},
        Case{"depthwise_c6_stride2_pad1", Kind::Depthwise, 6, 6, 7, 7, 3, 2,
             1, 1, 1},
        Case{"dense_k100", Kind::Dense, 100, 7, 3, 1, 1, 1, 1, 0, 0},
        Case{"dense_transposed_k33", Kind::DenseTransposed, 33, 5, 2, 1, 1, 1,
             1, 0, 0})),
    [](const ::testing::TestParamInfo<std::tuple<Signs, Case>> &info) {
      return std::string(std::get<0>(info.param) == Signs::Binary
                             ? "xnor_"
                             : "ternary_") +
             std::get<1>(info.param).name;
    });

} // namespace
