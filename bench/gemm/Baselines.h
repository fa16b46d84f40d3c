//===- Baselines.h - the libraries the GEMM benchmark compares with -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// One int8 GEMM C[M][N] = Σ_k A[m][k]·W[k][n] per library, A unsigned
// (full-range u8 activations) and W signed, each library in its own
// layout (prepared outside the timed call, as a compiler would at compile
// time), one thread. `run` is the timed call; `exact` compares its result
// with the int64 reference.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_BENCH_GEMM_BASELINES_H
#define QNT_BENCH_GEMM_BASELINES_H

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace qnt_bench {

struct Problem {
  int64_t m, n, k;
  std::vector<uint8_t> a;         // M×K, row-major
  std::vector<int8_t> w;          // K×N, row-major
  std::vector<int64_t> reference; // M×N
};

struct Runner {
  /// The timed call.
  std::function<void()> run;
  /// Whether the last run's result equals the reference (or, for a
  /// library that requantizes, the reference requantized the same way).
  std::function<bool()> exact;
  /// Nonempty when the library cannot run this problem.
  std::string unavailable;
};

/// The body qnt-realize writes for an int8 layer whose activations are
/// u8 stored as x − 128 in i8 (zero point −128): out + (x + 128)·w in i32.
inline constexpr const char *kRealizedDotBody =
    "  ^bb0(%a: i8, %b: i8, %o: i32):\n"
    "    %0 = arith.extsi %a : i8 to i32\n"
    "    %z = arith.constant -128 : i32\n"
    "    %1 = arith.subi %0, %z : i32\n"
    "    %2 = arith.extsi %b : i8 to i32\n"
    "    %3 = arith.muli %1, %2 : i32\n"
    "    %4 = arith.addi %o, %3 : i32\n"
    "    linalg.yield %4 : i32\n";

Runner makeOneDnn(const Problem &p);
Runner makeXnnpack(const Problem &p);
Runner makeGemmlowp(const Problem &p);
Runner makeOpenBlas(const Problem &p);

} // namespace qnt_bench

#endif // QNT_BENCH_GEMM_BASELINES_H
