//===- Depthwise.cpp - the depthwise 3x3 layer of the benchmark -----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Depthwise.h"

#include <oneapi/dnnl/dnnl.hpp>
#include <xnnpack.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>

using namespace qnt_bench;

DepthwiseProblem qnt_bench::makeDepthwiseProblem(int64_t h, int64_t w,
                                                 int64_t c, unsigned seed) {
  DepthwiseProblem p;
  p.h = h, p.w = w, p.c = c;
  std::mt19937 rng(seed);
  p.a.resize(h * w * c);
  p.weights.resize(c * p.kh * p.kw);
  for (auto &v : p.a)
    v = static_cast<uint8_t>(rng());
  for (auto &v : p.weights)
    v = static_cast<int8_t>(rng());
  p.reference.assign(p.oh() * p.ow() * c, 0);
  for (int64_t y = 0; y < p.oh(); ++y)
    for (int64_t x = 0; x < p.ow(); ++x)
      for (int64_t ch = 0; ch < c; ++ch) {
        int64_t sum = 0;
        for (int64_t i = 0; i < p.kh; ++i)
          for (int64_t j = 0; j < p.kw; ++j)
            sum += int64_t(p.a[((y + i) * w + x + j) * c + ch]) *
                   p.weights[(ch * p.kh + i) * p.kw + j];
        p.reference[(y * p.ow() + x) * c + ch] = sum;
      }
  return p;
}

std::string qnt_bench::depthwiseLayer(const DepthwiseProblem &p) {
  std::ostringstream s;
  auto dims = [](std::initializer_list<int64_t> d) {
    std::string t;
    for (int64_t v : d)
      t += std::to_string(v) + "x";
    return t;
  };
  std::string in = "tensor<" + dims({1, p.h, p.w, p.c}) + "i8>";
  std::string wt = "tensor<" + dims({p.c, p.kh, p.kw}) + "i8>";
  std::string out = "tensor<" + dims({1, p.oh(), p.ow(), p.c}) + "i32>";
  s << "func.func @gemm(%x: " << in << ") -> " << out << " {\n"
    << "  %w = arith.constant dense<[";
  for (size_t i = 0; i < p.weights.size(); ++i)
    s << (i ? "," : "") << int(p.weights[i]);
  s << "]> : tensor<" << p.weights.size() << "xi8>\n"
    << "  %wr = tensor.expand_shape %w [[0, 1, 2]] output_shape [" << p.c
    << ", " << p.kh << ", " << p.kw << "] : tensor<" << p.weights.size()
    << "xi8> into " << wt << "\n"
    << "  %zero = arith.constant dense<0> : " << out << "\n"
    << "  %r = linalg.generic {indexing_maps = ["
    << "affine_map<(n, oh, ow, c, kh, kw) -> (n, oh + kh, ow + kw, c)>, "
    << "affine_map<(n, oh, ow, c, kh, kw) -> (c, kh, kw)>, "
    << "affine_map<(n, oh, ow, c, kh, kw) -> (n, oh, ow, c)>], "
    << "iterator_types = [\"parallel\", \"parallel\", \"parallel\", "
       "\"parallel\", \"reduction\", \"reduction\"]} "
    << "ins(%x, %wr : " << in << ", " << wt << ") outs(%zero : " << out
    << ") {\n"
    << kRealizedDotBody
    << "  } -> " << out << "\n"
    << "  return %r : " << out << "\n}\n";
  return s.str();
}

Runner qnt_bench::makeOneDnnDepthwise(const DepthwiseProblem &p) {
  // A grouped convolution with one channel per group, u8 × s8 → s32, NHWC;
  // the weights reordered once into the layout the primitive chooses.
  using namespace dnnl;
  using dt = memory::data_type;
  using tag = memory::format_tag;
  Runner r;
  try {
    auto eng = std::make_shared<engine>(engine::kind::cpu, 0);
    auto strm = std::make_shared<stream>(*eng);
    memory::desc src({1, p.c, p.h, p.w}, dt::u8, tag::nhwc);
    memory::desc wei({p.c, 1, 1, p.kh, p.kw}, dt::s8, tag::any);
    memory::desc dst({1, p.c, p.oh(), p.ow()}, dt::s32, tag::nhwc);
    convolution_forward::desc d(prop_kind::forward_inference,
                                algorithm::convolution_direct, src, wei, dst,
                                {1, 1}, {0, 0}, {0, 0});
    convolution_forward::primitive_desc pd(d, *eng);
    memory user({{p.c, 1, 1, p.kh, p.kw}, dt::s8, tag::goihw}, *eng,
                const_cast<int8_t *>(p.weights.data()));
    auto weights = std::make_shared<memory>(pd.weights_desc(), *eng);
    reorder(user, *weights).execute(*strm, user, *weights);
    strm->wait();
    auto c = std::make_shared<std::vector<int32_t>>(p.reference.size());
    auto in = std::make_shared<memory>(pd.src_desc(), *eng,
                                       const_cast<uint8_t *>(p.a.data()));
    auto out = std::make_shared<memory>(pd.dst_desc(), *eng, c->data());
    auto conv = std::make_shared<convolution_forward>(pd);
    r.run = [=] {
      conv->execute(*strm, {{DNNL_ARG_SRC, *in},
                            {DNNL_ARG_WEIGHTS, *weights},
                            {DNNL_ARG_DST, *out}});
      strm->wait();
    };
    r.exact = [&p, c] {
      return std::equal(c->begin(), c->end(), p.reference.begin());
    };
  } catch (const dnnl::error &e) {
    r.unavailable = std::string("oneDNN: ") + e.what();
  }
  return r;
}

Runner qnt_bench::makeXnnpackDepthwise(const DepthwiseProblem &p) {
  Runner r;
  static bool initialized = xnn_initialize(nullptr) == xnn_status_success;
  if (!initialized) {
    r.unavailable = "xnn_initialize failed";
    return r;
  }
  // qs8 with one channel per group (XNNPACK's depthwise kernels): the
  // activations as x − 128 with zero point −128, the output requantized by
  // 2^-12 like the fully-connected baseline.
  auto input = std::make_shared<std::vector<int8_t>>(p.a.size());
  for (size_t i = 0; i < p.a.size(); ++i)
    (*input)[i] = static_cast<int8_t>(int(p.a[i]) - 128);
  auto output = std::make_shared<std::vector<int8_t>>(p.reference.size());
  std::vector<int32_t> bias(p.c, 0);
  xnn_operator_t op = nullptr;
  if (xnn_create_convolution2d_nhwc_qs8(
          0, 0, 0, 0, p.kh, p.kw, 1, 1, 1, 1, p.c, 1, 1, p.c, p.c, -128, 1.0f,
          1.0f, p.weights.data(), bias.data(), 0, 4096.0f, -128, 127, 0,
          &op) != xnn_status_success ||
      xnn_setup_convolution2d_nhwc_qs8(op, 1, p.h, p.w, input->data(),
                                       output->data(),
                                       nullptr) != xnn_status_success) {
    r.unavailable = "xnn_create/setup_convolution2d_nhwc_qs8 failed";
    return r;
  }
  std::shared_ptr<xnn_operator> owner(op, xnn_delete_operator);
  r.run = [owner, input] { xnn_run_operator(owner.get(), nullptr); };
  r.exact = [&p, output] {
    for (size_t i = 0; i < output->size(); ++i) {
      float q = std::nearbyint(float(p.reference[i]) / 4096.0f);
      if ((*output)[i] != int(std::clamp(q, -128.0f, 127.0f)))
        return false;
    }
    return true;
  };
  return r;
}
