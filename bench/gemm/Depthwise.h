//===- Depthwise.h - the depthwise 3x3 layer of the benchmark ----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A depthwise convolution out[oh][ow][c] = Σ_{kh,kw} a[oh+kh][ow+kw][c] ·
// w[c][kh][kw], NHWC, stride 1, on an input already padded (no padding in
// the layer), u8 activations and s8 weights; and the libraries that run
// it: oneDNN's grouped u8s8s32 convolution and XNNPACK's qs8 convolution
// with one channel per group (its depthwise kernels).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_BENCH_GEMM_DEPTHWISE_H
#define QNT_BENCH_GEMM_DEPTHWISE_H

#include "Baselines.h"

namespace qnt_bench {

struct DepthwiseProblem {
  int64_t h, w, c, kh = 3, kw = 3;
  std::vector<uint8_t> a;         // H×W×C
  std::vector<int8_t> weights;    // C×KH×KW
  std::vector<int64_t> reference; // OH×OW×C

  int64_t oh() const { return h - kh + 1; }
  int64_t ow() const { return w - kw + 1; }
  /// Multiply-accumulates per call.
  double macs() const { return double(oh()) * ow() * c * kh * kw; }
};

/// Random operands and the int64 reference.
DepthwiseProblem makeDepthwiseProblem(int64_t h, int64_t w, int64_t c,
                                      unsigned seed);

/// The layer as qnt-realize writes it (activations as x − 128 in i8 with
/// zero point −128), function @gemm taking the input.
std::string depthwiseLayer(const DepthwiseProblem &p);

Runner makeOneDnnDepthwise(const DepthwiseProblem &p);
Runner makeXnnpackDepthwise(const DepthwiseProblem &p);

} // namespace qnt_bench

#endif // QNT_BENCH_GEMM_DEPTHWISE_H
