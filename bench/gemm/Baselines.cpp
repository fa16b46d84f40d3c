//===- Baselines.cpp - oneDNN, XNNPACK, gemmlowp and OpenBLAS GEMMs -------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Baselines.h"

#include <cblas.h>
#include <gemmlowp/public/gemmlowp.h>
#include <oneapi/dnnl/dnnl.h>
#include <xnnpack.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace qnt_bench;

Runner qnt_bench::makeOneDnn(const Problem &p) {
  // u8s8s32, row-major, no offsets: C = A·W exactly when the library is.
  auto c = std::make_shared<std::vector<int32_t>>(p.m * p.n);
  Runner r;
  r.run = [&p, c] {
    int32_t co = 0;
    dnnl_gemm_u8s8s32('N', 'N', 'F', p.m, p.n, p.k, 1.0f, p.a.data(), p.k, 0,
                      p.w.data(), p.n, 0, 0.0f, c->data(), p.n, &co);
  };
  r.exact = [&p, c] {
    return std::equal(c->begin(), c->end(), p.reference.begin());
  };
  return r;
}

Runner qnt_bench::makeXnnpack(const Problem &p) {
  Runner r;
  static bool initialized = xnn_initialize(nullptr) == xnn_status_success;
  if (!initialized) {
    r.unavailable = "xnn_initialize failed";
    return r;
  }
  // qs8: the activations as x − 128 with zero point −128, the weights
  // transposed to [N][K]; the output requantized to s8 by 2^-12 (scale
  // 1 / 4096), so `exact` compares with the reference requantized alike.
  std::vector<int8_t> weights(p.n * p.k);
  for (int64_t k = 0; k < p.k; ++k)
    for (int64_t n = 0; n < p.n; ++n)
      weights[n * p.k + k] = p.w[k * p.n + n];
  auto input = std::make_shared<std::vector<int8_t>>(p.m * p.k);
  for (size_t i = 0; i < p.a.size(); ++i)
    (*input)[i] = static_cast<int8_t>(int(p.a[i]) - 128);
  auto output = std::make_shared<std::vector<int8_t>>(p.m * p.n);
  const float scale = 1.0f / 4096.0f;
  // XNNPACK reads the input at run time through the pointer given to
  // setup: `run` keeps it alive.
  std::vector<int32_t> bias(p.n, 0);
  xnn_operator_t op = nullptr;
  if (xnn_create_fully_connected_nc_qs8(p.k, p.n, p.k, p.n, -128, 1.0f, 1.0f,
                                        weights.data(), bias.data(), 0, 4096.0f,
                                        -128, 127, 0, &op) !=
          xnn_status_success ||
      xnn_setup_fully_connected_nc_qs8(op, p.m, input->data(), output->data(),
                                       nullptr) != xnn_status_success) {
    r.unavailable = "xnn_create/setup_fully_connected_nc_qs8 failed";
    return r;
  }
  std::shared_ptr<xnn_operator> owner(op, xnn_delete_operator);
  r.run = [owner, input] { xnn_run_operator(owner.get(), nullptr); };
  r.exact = [&p, output, scale] {
    for (size_t i = 0; i < output->size(); ++i) {
      float q = std::nearbyint(float(p.reference[i]) * scale);
      int expected = int(std::clamp(q, -128.0f, 127.0f));
      if ((*output)[i] != expected) {
        if (std::getenv("QNT_BENCH_DEBUG"))
        {
          long long sum = 0;
          for (int64_t k = 0; k < p.k; ++k)
            sum += p.w[k * p.n + i % p.n];
          std::fprintf(stderr,
                       "xnnpack [%zu]: %d, expected %d (acc %lld, sum w %lld)\n",
                       i, int((*output)[i]), expected,
                       (long long)p.reference[i], sum);
        }
        return false;
      }
    }
    return true;
  };
  return r;
}

Runner qnt_bench::makeGemmlowp(const Problem &p) {
  // u8 × u8 with offsets: (a + 0)·((w + 128) − 128); W as column-major K×N.
  auto rhs = std::make_shared<std::vector<uint8_t>>(p.k * p.n);
  for (int64_t k = 0; k < p.k; ++k)
    for (int64_t n = 0; n < p.n; ++n)
      (*rhs)[n * p.k + k] = static_cast<uint8_t>(int(p.w[k * p.n + n]) + 128);
  auto c = std::make_shared<std::vector<int32_t>>(p.m * p.n);
  auto context = std::make_shared<gemmlowp::GemmContext>();
  context->set_max_num_threads(1);
  Runner r;
  r.run = [&p, rhs, c, context] {
    gemmlowp::MatrixMap<const uint8_t, gemmlowp::MapOrder::RowMajor> lhs(
        p.a.data(), p.m, p.k);
    gemmlowp::MatrixMap<const uint8_t, gemmlowp::MapOrder::ColMajor> right(
        rhs->data(), p.k, p.n);
    gemmlowp::MatrixMap<int32_t, gemmlowp::MapOrder::RowMajor> result(
        c->data(), p.m, p.n);
    gemmlowp::GemmWithOutputPipeline<uint8_t, int32_t,
                                     gemmlowp::DefaultL8R8BitDepthParams>(
        context.get(), lhs, right, &result, 0, -128, std::make_tuple());
  };
  r.exact = [&p, c] {
    return std::equal(c->begin(), c->end(), p.reference.begin());
  };
  return r;
}

Runner qnt_bench::makeOpenBlas(const Problem &p) {
  // fp32 SGEMM on the same values (exact while every sum stays below 2^24).
  auto a = std::make_shared<std::vector<float>>(p.a.begin(), p.a.end());
  auto w = std::make_shared<std::vector<float>>(p.w.begin(), p.w.end());
  auto c = std::make_shared<std::vector<float>>(p.m * p.n);
  Runner r;
  r.run = [&p, a, w, c] {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, p.m, p.n, p.k, 1.0f,
                a->data(), p.k, w->data(), p.n, 0.0f, c->data(), p.n);
  };
  r.exact = [&p, c] {
    for (size_t i = 0; i < c->size(); ++i)
      if (int64_t((*c)[i]) != p.reference[i])
        return false;
    return true;
  };
  return r;
}
