//===- AccumulatorWidth.h - bounds on integer dot-product sums --*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// For an integer contraction (the i32-accumulating linalg.generic of an
// integer layer, qnt.signed_accumulate, qnt.xnor_popcount), bounds every
// partial sum from the operand ranges (the element types, the actual
// constant weights, the zero points in the body) and the reduction length
// K, and derives what a kernel may do with narrower arithmetic:
//
//  - bits: the signed width that holds every partial sum of the K terms
//    (the a-priori formula for n-bit operands is 2n + log2(K), K = c·k²);
//  - i16 pairs (x86 vpmaddubsw): with the activation offset to u8 and the
//    weight signed, each product pair u8·s8 + u8·s8 is summed in saturating
//    i16: exact iff 255·(|w0| + |w1|) ≤ 32767, guaranteed by max|w| ≤ 64
//    (true for weights of 7 bits or fewer, and for 8-bit weights whose
//    actual values stay within ±64);
//  - i16 run: how many terms an i16 accumulator can add exactly.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_ANALYSIS_ACCUMULATORWIDTH_H
#define QNT_ANALYSIS_ACCUMULATORWIDTH_H

#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/IR/Operation.h"

#include <optional>
#include <string>

namespace mlir::qnt {

struct AccumulatorBound {
  /// The range of one term (one product, or one ±1 / select).
  IntRange term;
  /// The number of terms each output sums (K).
  int64_t reduction = 0;
  /// Every sum of at most K terms lies here (without the init).
  IntRange sums;
  /// Signed bits that hold `sums`.
  unsigned bits = 0;
  /// The range of the init (the bias), when it is a known constant.
  std::optional<IntRange> init;
  /// Signed bits that hold init + sums (when the init is known).
  std::optional<unsigned> totalBits;
  /// The operand ranges (data, weight); the weight's from its constant
  /// values when it is one.
  IntRange data, weight;
  bool weightIsConstant = false;
  /// 2n + ceil(log2 K) with n the wider operand's storage bits.
  unsigned analyticBits = 0;
  /// u8 × s8 pairs summed in i16 (vpmaddubsw) never saturate.
  bool i16PairsExact = false;
  /// The most terms an i16 accumulator adds without overflow.
  int64_t i16Run = 0;
};

/// The bound of `op`'s accumulation, or nullopt with a reason when `op` is
/// not an integer contraction this analysis understands.
std::optional<AccumulatorBound> analyzeAccumulator(Operation *op,
                                                   std::string &why);

/// Whether u8 × s8 products summed in pairs into saturating i16 (x86
/// vpmaddubsw) are exact for every u8 data when every weight lies in
/// [weightMin, weightMax]: 255·(|w0| + |w1|) ≤ 32767, which max|w| ≤ 64
/// guarantees.
bool areI16PairSumsExact(int64_t weightMin, int64_t weightMax);

/// How many such pair sums one i16 lane may add up exactly (vpmaddubsw
/// results summed by vpaddw): T with T·255·2·max|w| ≤ 32767 (8 for weights
/// within ±8, 64 for ternary), at most 1024; 0 when not even one fits.
int64_t i16PairSumSteps(int64_t weightMin, int64_t weightMax);

/// Signed bits that hold every value of `range`.
unsigned signedBitsFor(IntRange range);

} // namespace mlir::qnt

#endif // QNT_ANALYSIS_ACCUMULATORWIDTH_H
