//===- gemm_bench.cpp - int8 GEMM: quant-opt vs the libraries -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// For each shape, in one run on one thread: quant-opt's qnt-lower-to-loops
// code (JIT-compiled for each --target), oneDNN u8s8s32 GEMM, XNNPACK qs8
// fully-connected, gemmlowp (u8, AVX2), OpenBLAS fp32 SGEMM, and upstream
// MLIR's tile + vectorize lowering of linalg.matmul (i8 → i32); then
// depthwise 3×3 layers against oneDNN's and XNNPACK's depthwise
// convolutions. Prints the median GOP/s (2 per multiply-accumulate), the
// fraction of this core's measured peak, each library's ratio to ours, and
// whether each result is exact.
//
//===----------------------------------------------------------------------===//

#include "Baselines.h"
#include "Depthwise.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Execution/JitFunction.h"

#include "mlir/Dialect/Transform/IR/TransformOps.h"
#include "mlir/Dialect/Transform/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <immintrin.h>
#include <random>
#include <sstream>

using namespace mlir;
using namespace qnt_bench;
namespace cl = llvm::cl;

static cl::list<std::string>
    targets("target", cl::desc("qnt-lower-to-loops targets to measure "
                               "(default: host and x86-avx2)"));
static cl::opt<int> samples("samples", cl::desc("Timed samples per figure"),
                            cl::init(7));
static cl::opt<std::string>
    only("only", cl::desc("Run only the shape with this name"), cl::init(""));
static cl::opt<bool> skipUpstream("no-upstream",
                                  cl::desc("Skip upstream MLIR's lowering"),
                                  cl::init(false));

namespace {

struct Shape {
  const char *name;
  int64_t m, n, k;
};

const Shape kShapes[] = {
    {"square-512", 512, 512, 512},
    {"square-1024", 1024, 1024, 1024},
    {"resnet18-conv2", 3136, 64, 576},
    {"resnet18-conv3", 784, 128, 1152},
    {"resnet18-conv4", 196, 256, 2304},
    {"resnet18-conv5", 49, 512, 4608},
    {"mobilenet-pw1", 12544, 64, 32},
    {"mobilenet-pw13", 49, 1024, 1024},
    {"fc-1000", 1, 1000, 512},
};

/// Depthwise 3×3, stride 1, on inputs padded by 1 (MobileNet v1's first
/// and a middle depthwise layer).
struct DepthwiseShape {
  const char *name;
  int64_t h, w, c;
};

const DepthwiseShape kDepthwiseShapes[] = {
    {"mobilenet-dw1", 114, 114, 32},
    {"mobilenet-dw6", 30, 30, 256},
};

double now() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

/// Median seconds per call: each sample repeats the call for >= 20 ms.
double medianSeconds(const std::function<void()> &call) {
  call(); // warm up
  double start = now();
  call();
  double once = std::max(now() - start, 1e-7);
  int reps = std::max(1, int(0.02 / once));
  std::vector<double> times;
  for (int s = 0; s < samples; ++s) {
    double t0 = now();
    for (int r = 0; r < reps; ++r)
      call();
    times.push_back((now() - t0) / reps);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

/// This core's int8 multiply-accumulate peak (GOP/s, 2 ops per MAC) from a
/// loop of independent dot instructions: vpdpbusd (zmm) where the CPU has
/// AVX-512 VNNI, else vpmaddwd + vpaddd (ymm), the exact AVX2 sequence.
__attribute__((target("avx512f,avx512bw,avx512vnni"))) double peakVnni() {
  __m512i acc[8];
  for (auto &a : acc)
    a = _mm512_setzero_si512();
  __m512i x[8], y = _mm512_set1_epi8(5);
  for (int j = 0; j < 8; ++j)
    x[j] = _mm512_set1_epi8(char(j + 1));
  const long iterations = 20'000'000;
  double t0 = now();
  for (long i = 0; i < iterations; ++i) {
    for (int j = 0; j < 8; ++j) {
      acc[j] = _mm512_dpbusd_epi32(acc[j], x[j], y);
      asm volatile("" : "+v"(x[j]));
    }
  }
  double seconds = now() - t0;
  __m512i all = acc[0];
  for (int j = 1; j < 8; ++j)
    all = _mm512_add_epi32(all, acc[j]);
  volatile int sink = _mm512_reduce_add_epi32(all);
  (void)sink;
  return iterations * 8.0 * 64 * 2 / seconds / 1e9;
}

__attribute__((target("avx2"))) double peakAvx2() {
  // 6 accumulators and 3 × 2 distinct operands: 11 of the 16 ymm registers,
  // so nothing spills.
  __m256i acc[6], x[3], y[2];
  for (int j = 0; j < 6; ++j)
    acc[j] = _mm256_setzero_si256();
  for (int j = 0; j < 3; ++j)
    x[j] = _mm256_set1_epi16(short(j + 1));
  for (int j = 0; j < 2; ++j)
    y[j] = _mm256_set1_epi16(short(j + 5));
  const long iterations = 20'000'000;
  double t0 = now();
  for (long i = 0; i < iterations; ++i) {
    for (int j = 0; j < 6; ++j)
      acc[j] = _mm256_add_epi32(acc[j], _mm256_madd_epi16(x[j % 3], y[j / 3]));
    for (auto &v : x)
      asm volatile("" : "+x"(v));
  }
  double seconds = now() - t0;
  __m256i all = acc[0];
  for (int j = 1; j < 6; ++j)
    all = _mm256_add_epi32(all, acc[j]);
  alignas(32) int out[8];
  _mm256_store_si256(reinterpret_cast<__m256i *>(out), all);
  volatile int sink = out[0];
  (void)sink;
  return iterations * 6.0 * 16 * 2 / seconds / 1e9;
}

std::string hex(const void *data, size_t bytes) {
  static const char digits[] = "0123456789ABCDEF";
  std::string s;
  s.reserve(2 * bytes);
  for (size_t i = 0; i < bytes; ++i) {
    uint8_t b = static_cast<const uint8_t *>(data)[i];
    s += digits[b >> 4];
    s += digits[b & 15];
  }
  return s;
}

/// The layer as qnt-realize writes it: the u8 activations as x − 128 in
/// i8 with zero point −128, the constant weights.
std::string ourLayer(const Problem &p) {
  std::ostringstream s;
  s << "func.func @gemm(%x: tensor<" << p.m << "x" << p.k
    << "xi8>) -> tensor<" << p.m << "x" << p.n << "xi32> {\n"
    << "  %w = arith.constant dense<\"0x" << hex(p.w.data(), p.w.size())
    << "\"> : tensor<" << p.k << "x" << p.n << "xi8>\n"
    << "  %zero = arith.constant dense<0> : tensor<" << p.m << "x" << p.n
    << "xi32>\n"
    << "  %r = linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, "
       "k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, "
       "n)>], iterator_types = [\"parallel\", \"parallel\", \"reduction\"]} "
       "ins(%x, %w : tensor<"
    << p.m << "x" << p.k << "xi8>, tensor<" << p.k << "x" << p.n
    << "xi8>) outs(%zero : tensor<" << p.m << "x" << p.n << "xi32>) {\n"
    << kRealizedDotBody
    << "  } -> tensor<" << p.m << "x" << p.n << "xi32>\n"
    << "  return %r : tensor<" << p.m << "x" << p.n << "xi32>\n}\n";
  return s.str();
}

int64_t tileFor(int64_t size, std::initializer_list<int64_t> options) {
  for (int64_t t : options)
    if (size % t == 0)
      return t;
  return 1;
}

/// Upstream MLIR's lowering of linalg.matmul (i8 × i8 → i32, sign-extended):
/// tile for registers, vectorize, contraction as outer products.
std::string upstreamLayer(const Problem &p) {
  int64_t tm = tileFor(p.m, {4, 7}), tn = tileFor(p.n, {16, 8}),
          tk = tileFor(p.k, {8});
  std::ostringstream s;
  s << "module attributes {transform.with_named_sequence} {\n"
    << "func.func @gemm(%x: tensor<" << p.m << "x" << p.k
    << "xi8>, %w: tensor<" << p.k << "x" << p.n << "xi8>) -> tensor<" << p.m
    << "x" << p.n << "xi32> {\n"
    << "  %c0 = arith.constant 0 : i32\n"
    << "  %e = tensor.empty() : tensor<" << p.m << "x" << p.n << "xi32>\n"
    << "  %z = linalg.fill ins(%c0 : i32) outs(%e : tensor<" << p.m << "x"
    << p.n << "xi32>) -> tensor<" << p.m << "x" << p.n << "xi32>\n"
    << "  %r = linalg.matmul ins(%x, %w : tensor<" << p.m << "x" << p.k
    << "xi8>, tensor<" << p.k << "x" << p.n << "xi8>) outs(%z : tensor<"
    << p.m << "x" << p.n << "xi32>) -> tensor<" << p.m << "x" << p.n
    << "xi32>\n"
    << "  return %r : tensor<" << p.m << "x" << p.n << "xi32>\n}\n"
    << R"(transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
  %mm = transform.structured.match ops{["linalg.matmul"]} in %root : (!transform.any_op) -> !transform.any_op
  %t, %l:3 = transform.structured.tile_using_for %mm tile_sizes [)"
    << tm << ", " << tn << ", " << tk << R"(] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
  transform.structured.vectorize %t {create_named_contraction} : !transform.any_op
  %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
  transform.apply_patterns to %f {
    transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
    transform.apply_patterns.vector.lower_outerproduct
    transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerparallel"
    transform.apply_patterns.vector.lower_transpose
    transform.apply_patterns.vector.lower_broadcast
    transform.apply_patterns.vector.lower_shape_cast
    transform.apply_patterns.vector.transfer_permutation_patterns
    transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
    transform.apply_patterns.canonicalization
  } : !transform.any_op
  transform.yield
}
}
)";
  return s.str();
}

struct Measured {
  double gops = 0;
  bool exact = false;
  std::string note;
};

/// GOP/s of `r` for `macs` multiply-accumulates per call.
Measured measure(double macs, const Runner &r) {
  Measured m;
  if (!r.unavailable.empty()) {
    m.note = r.unavailable;
    return m;
  }
  double seconds = medianSeconds(r.run);
  m.gops = 2.0 * macs / seconds / 1e9;
  m.exact = r.exact();
  return m;
}

Measured measure(const Problem &p, const Runner &r) {
  return measure(double(p.m) * p.n * p.k, r);
}

/// The u8 activations as x − 128 in i8 (qnt-realize's encoding).
std::shared_ptr<std::vector<int8_t>> shifted(const std::vector<uint8_t> &a) {
  auto x = std::make_shared<std::vector<int8_t>>(a.size());
  for (size_t i = 0; i < a.size(); ++i)
    (*x)[i] = static_cast<int8_t>(int(a[i]) - 128);
  return x;
}

/// Function @gemm of `text` JIT-compiled for `target` (after upstream's
/// transform script when `upstream`), called on `x` and `extra`; its i32
/// result is exact when it equals `expected`.
Runner makeJit(MLIRContext &context, const std::string &text,
               const std::string &target, bool upstream,
               std::shared_ptr<std::vector<int8_t>> x,
               SmallVector<const void *> extra,
               std::vector<int64_t> expected) {
  Runner r;
  std::string diagnostics;
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(text, ParserConfig(&context));
  if (!module) {
    r.unavailable = "parse failed";
    return r;
  }
  if (upstream) {
    PassManager pm(&context);
    pm.addPass(transform::createInterpreterPass());
    if (failed(pm.run(*module))) {
      r.unavailable = "transform script failed";
      return r;
    }
    // The script has done its work; the JIT needs only the function.
    for (Operation &op : llvm::make_early_inc_range(module->getOps()))
      if (isa<transform::NamedSequenceOp>(op))
        op.erase();
  }
  std::string error;
  std::shared_ptr<qnt::JitFunction> jit =
      qnt::JitFunction::compile(*module, "gemm", error, target);
  if (!jit) {
    r.unavailable = error.substr(0, 400);
    return r;
  }
  auto want = std::make_shared<std::vector<int64_t>>(std::move(expected));
  auto c = std::make_shared<std::vector<int32_t>>(want->size());
  SmallVector<const void *> in = {x->data()};
  in.append(extra.begin(), extra.end());
  r.run = [jit, x, c, in] {
    std::string e;
    (void)jit->runRaw(in, {c->data()}, e);
  };
  r.exact = [c, want] {
    return std::equal(c->begin(), c->end(), want->begin());
  };
  return r;
}

/// Our GEMM layer, or upstream's (which takes the weights as an operand and
/// computes Σ (a − 128)·w: the reference minus 128·Σ_k w).
Runner makeGemmJit(MLIRContext &context, const Problem &p,
                   const std::string &text, const std::string &target,
                   bool upstream) {
  std::vector<int64_t> expected = p.reference;
  SmallVector<const void *> extra;
  if (upstream) {
    extra.push_back(p.w.data());
    std::vector<int64_t> sums(p.n, 0);
    for (int64_t k = 0; k < p.k; ++k)
      for (int64_t n = 0; n < p.n; ++n)
        sums[n] += p.w[k * p.n + n];
    for (int64_t i = 0; i < p.m * p.n; ++i)
      expected[i] -= 128 * sums[i % p.n];
  }
  return makeJit(context, text, target, upstream, shifted(p.a), extra,
                 std::move(expected));
}

/// One shape's rows: GOP/s, % of `peak`, the ratio to the first row.
void printRows(const std::string &name, const std::string &dims,
               const std::vector<std::pair<std::string, Measured>> &rows,
               double peak) {
  double ours = rows.front().second.gops;
  std::printf("%-16s (%s)\n", name.c_str(), dims.c_str());
  for (auto &[label, m] : rows) {
    if (!m.note.empty()) {
      std::printf("%-16s %-22s %9s %7s %8s %s\n", "", label.c_str(), "n/a", "",
                  "", m.note.c_str());
      continue;
    }
    std::printf("%-16s %-22s %9.1f %6.0f%% %7.2fx %s\n", "", label.c_str(),
                m.gops, 100.0 * m.gops / peak, m.gops / ours,
                m.exact ? "yes" : "NO");
  }
  std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
  cl::ParseCommandLineOptions(argc, argv, "int8 GEMM benchmark\n");
  qnt::retainFreedMemory();
  if (targets.empty()) {
    targets.push_back("host");
    targets.push_back("x86-avx2");
  }
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registry.insert<qnt::QntDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  bool vnni = __builtin_cpu_supports("avx512vnni");
  double peak = vnni ? peakVnni() : peakAvx2();
  double peakAvx2Exact = peakAvx2();
  std::printf("peak int8 on this core: %.1f GOP/s (%s); AVX2 exact "
              "(vpmaddwd): %.1f GOP/s\n",
              peak, vnni ? "vpdpbusd zmm" : "vpmaddwd ymm", peakAvx2Exact);
  std::printf("%-16s %-22s %9s %7s %8s %s\n", "shape", "implementation",
              "GOP/s", "%peak", "vs ours", "exact");

  std::mt19937 rng(42);
  for (const Shape &shape : kShapes) {
    if (!only.empty() && only != shape.name)
      continue;
    Problem p;
    p.m = shape.m, p.n = shape.n, p.k = shape.k;
    p.a.resize(p.m * p.k);
    p.w.resize(p.k * p.n);
    for (auto &v : p.a)
      v = static_cast<uint8_t>(rng());
    for (auto &v : p.w)
      v = static_cast<int8_t>(rng());
    p.reference.assign(p.m * p.n, 0);
    for (int64_t m = 0; m < p.m; ++m)
      for (int64_t k = 0; k < p.k; ++k) {
        int64_t a = p.a[m * p.k + k];
        const int8_t *w = &p.w[k * p.n];
        int64_t *c = &p.reference[m * p.n];
        for (int64_t n = 0; n < p.n; ++n)
          c[n] += a * w[n];
      }

    std::vector<std::pair<std::string, Measured>> rows;
    std::string text = ourLayer(p);
    for (const std::string &target : targets)
      rows.push_back({"quant-opt " + target,
                      measure(p, makeGemmJit(context, p, text, target, false))});
    // 4-bit weights (in [-8, 7]): x86-avx2 proves no vpmaddubsw pair sum
    // saturates and takes the u8 × s8 path.
    Problem p4 = p;
    for (auto &v : p4.w)
      v = static_cast<int8_t>(v >> 4);
    p4.reference.assign(p.m * p.n, 0);
    for (int64_t m = 0; m < p.m; ++m)
      for (int64_t k = 0; k < p.k; ++k)
        for (int64_t n = 0; n < p.n; ++n)
          p4.reference[m * p.n + n] +=
              int64_t(p4.a[m * p.k + k]) * p4.w[k * p.n + n];
    std::string text4 = ourLayer(p4);
    for (const std::string &target : targets)
      rows.push_back({"quant-opt " + target + " w4",
                      measure(p4, makeGemmJit(context, p4, text4, target, false))});
    rows.push_back({"oneDNN u8s8s32", measure(p, makeOneDnn(p))});
    rows.push_back({"XNNPACK qs8 FC", measure(p, makeXnnpack(p))});
    rows.push_back({"gemmlowp u8", measure(p, makeGemmlowp(p))});
    rows.push_back({"OpenBLAS fp32", measure(p, makeOpenBlas(p))});
    if (!skipUpstream) {
      // With an M tile of 1 (M = 1 here) upstream's vector patterns grew
      // past 6 GB before finishing; that figure is not measured.
      Runner upstream;
      if (p.m % 4 == 0 || p.m % 7 == 0)
        upstream =
            makeGemmJit(context, p, upstreamLayer(p), "reference", true);
      else
        upstream.unavailable = "not measured (an M tile of 1 exhausts memory "
                               "in upstream's vector lowering)";
      rows.push_back({"upstream MLIR", measure(p, upstream)});
    }
    printRows(shape.name,
              "M×N×K = " + std::to_string(p.m) + "×" + std::to_string(p.n) +
                  "×" + std::to_string(p.k),
              rows, peak);
  }

  for (const DepthwiseShape &shape : kDepthwiseShapes) {
    if (!only.empty() && only != shape.name)
      continue;
    DepthwiseProblem p = makeDepthwiseProblem(shape.h, shape.w, shape.c, 7);
    std::vector<std::pair<std::string, Measured>> rows;
    std::string text = depthwiseLayer(p);
    for (const std::string &target : targets)
      rows.push_back(
          {"quant-opt " + target,
           measure(p.macs(), makeJit(context, text, target, false,
                                     shifted(p.a), {}, p.reference))});
    rows.push_back({"oneDNN u8s8s32 dw", measure(p.macs(),
                                                 makeOneDnnDepthwise(p))});
    rows.push_back({"XNNPACK qs8 dw", measure(p.macs(),
                                              makeXnnpackDepthwise(p))});
    printRows(shape.name,
              "depthwise 3×3, " + std::to_string(p.oh()) + "×" +
                  std::to_string(p.ow()) + "×" + std::to_string(p.c) +
                  " outputs",
              rows, peak);
  }
  return 0;
}
