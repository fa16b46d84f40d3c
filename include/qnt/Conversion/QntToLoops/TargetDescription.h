//===- TargetDescription.h - what a CPU's integer dot products are -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt-lower-to-loops writes one packed GEMM for every integer layer; the
// targets differ only in the instruction at the heart of the micro-kernel
// and the operand encoding it needs. A TargetDescription says which dot
// instruction to use for an operand range, the register tile, and emits the
// instruction. Adding a target is one subclass in TargetDescription.cpp.
//
// Dot kinds (one output lane of `lanes` i32 accumulators each):
//  - I16Pairs: acc[j] += a[2j]·b[2j] + a[2j+1]·b[2j+1] on i16 operands
//    (x86 vpmaddwd; portable vector arithmetic on `generic`). The data is
//    packed as (x − z_x) in i16, so no correction is needed.
//  - U8S8Quads: acc[j] += Σ_{t<4} a[4j+t]·b[4j+t], a unsigned, b signed
//    (x86 vpdpbusd). The data is packed as x + 128 in u8; the GEMM result is
//    corrected by (z_x + 128)·Σ_k w per output column at compile time.
//  - S8S8Quads: the same with both signed (Arm sdot); the data is packed as
//    x itself and the result corrected by z_x·Σ_k w.
//  - U8S8QuadsI16: U8S8Quads through pair sums in saturating i16 (x86
//    vpmaddubsw, then vpmaddwd by ones): twice the products per instruction
//    of I16Pairs, chosen only where areI16PairSumsExact proves no pair sum
//    saturates (weights within ±64: 6-bit, 4-bit, ternary, binary).
//    With `i16Steps` = T > 1 (weights within ±8 give T = 8, ternary 64), T
//    steps are summed in i16 lanes first (U8S8PairsI16: vpmaddubsw +
//    vpaddw, acc16[j] += a[2j]·b[2j] + a[2j+1]·b[2j+1]) and only then
//    widened into the i32 lanes by one I16Pairs dot with ones: T·255·2·max|w|
//    ≤ 32767 keeps the i16 sums exact (i16PairSumSteps).
//  - S8S8Mmla: a 2×8 by 8×2 s8 matrix product into a 2×2 i32 tile (Arm
//    smmla): acc[2i+j] += Σ_{t<8} a[8i+t]·b[8j+t]; a holds two rows of the
//    data, b two columns of the weights, each 8 reductions long. The data
//    is packed as x and corrected like S8S8Quads.
//  - XorPopcount: acc[j] += popcount(a[j] ⊕ b[j]) on 64-bit words into
//    i64 accumulators (narrowed to i32 once per tile), for
//    qnt.xnor_popcount (binary data × binary weights). The operands are
//    vectors of the layer's words (i8 … i64), `64 / wordBits` of them per
//    lane; LLVM lowers the vector popcount to the target's instruction
//    (AVX-512 vpopcntq, AVX2 vpshufb nibble lookups + vpsadbw, NEON cnt).
//    The GEMM result C then gives init + num_bits − 2·C.
//
// All of them are exact: every product and every partial sum fits the
// instruction's lanes, and i32 wrap-around leaves the final sum exact when
// it fits i32 (which qnt-accumulator-width proves).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_CONVERSION_QNTTOLOOPS_TARGETDESCRIPTION_H
#define QNT_CONVERSION_QNTTOLOOPS_TARGETDESCRIPTION_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <optional>
#include <string>

namespace mlir::qnt {

enum class DotKind {
  I16Pairs,
  U8S8Quads,
  S8S8Quads,
  U8S8QuadsI16,
  S8S8Mmla,
  XorPopcount,
  U8S8PairsI16
};

/// The `kind` of qnt.vector_dot: i16_pairs, u8s8_quads, s8s8_quads,
/// u8s8_quads_i16, s8s8_mmla, xor_popcount, u8s8_pairs_i16.
llvm::StringRef stringifyDotKind(DotKind kind);
std::optional<DotKind> parseDotKind(llvm::StringRef name);

/// The instruction, register tile and operand encoding of one micro-kernel.
struct MicroKernel {
  DotKind kind = DotKind::I16Pairs;
  /// Accumulator lanes per vector register (S8S8Mmla: the 2 weight
  /// columns each weight vector holds; its accumulators are 2×2 tiles).
  int64_t lanes = 4;
  /// Rows of the data (M) and output columns (N) per register tile; `nr`
  /// is a multiple of `lanes`.
  int64_t mr = 4, nr = 8;
  /// XorPopcount: the bits of one word of the layer (8, 16, 32 or 64).
  unsigned wordBits = 64;
  /// U8S8QuadsI16: steps summed in i16 lanes before they are widened into
  /// the i32 accumulators (0: every step is widened).
  int64_t i16Steps = 0;
  /// 8-bit kinds: the weights are stored as 4-bit w + 8 in [0, 15], two per
  /// byte, and unpacked in registers (and / shift); the data's row sums
  /// take the + 8 back out.
  bool nibbleWeights = false;

  /// Whether the data is packed as x + 128 in u8.
  /// The accumulators' lanes: i64 for XorPopcount, i16 for U8S8PairsI16,
  /// else i32.
  unsigned getAccumulatorBits() const {
    return kind == DotKind::XorPopcount    ? 64
           : kind == DotKind::U8S8PairsI16 ? 16
                                           : 32;
  }
  bool isUnsignedData() const {
    return kind == DotKind::U8S8Quads || kind == DotKind::U8S8QuadsI16 ||
           kind == DotKind::U8S8PairsI16;
  }
  /// Reduction elements each lane consumes per instruction (2, 4, 8, or
  /// the words in 64 bits).
  int64_t getGroup() const {
    switch (kind) {
    case DotKind::I16Pairs:
    case DotKind::U8S8PairsI16:
      return 2;
    case DotKind::S8S8Mmla:
      return 8;
    case DotKind::XorPopcount:
      return 64 / wordBits;
    default:
      return 4;
    }
  }
  /// Bits of one packed data / weight element (16, 8, or the word).
  unsigned getElementBits() const {
    return kind == DotKind::I16Pairs      ? 16
           : kind == DotKind::XorPopcount ? wordBits
                                          : 8;
  }
};

class TargetDescription {
public:
  virtual ~TargetDescription();

  /// The name `target=` accepts.
  virtual llvm::StringRef getName() const = 0;

  /// Empty when the running CPU can execute this target's code, else why
  /// not (the missing features), for tools that JIT-compile.
  virtual std::string checkHost() const { return ""; }

  /// The LLVM CPU (and features) to generate this target's code for when a
  /// more capable CPU runs it (x86-avx2 on an AVX-512 machine: x86-64-v3,
  /// so LLVM fuses nothing the target lacks); empty: the running CPU's.
  virtual llvm::StringRef getLlvmCpu() const { return ""; }
  virtual llvm::StringRef getLlvmFeatures() const { return ""; }

  /// The micro-kernel for a layer whose weights (after their zero point is
  /// subtracted) lie in [weightMin, weightMax] and whose data is i8.
  virtual MicroKernel selectKernel(int64_t weightMin,
                                   int64_t weightMax) const = 0;

  /// The XorPopcount micro-kernel for binary layers of `wordBits`-bit
  /// words: 64-bit lanes as wide as the target's vector registers.
  virtual MicroKernel selectPopcountKernel(unsigned wordBits) const = 0;

  /// acc + dot(a, b) for `kernel` (what qnt-lower-vector-dot makes of a
  /// qnt.vector_dot): acc is vector<lanes x i32>, a and b are
  /// vector<lanes·group x i16/i8> (XorPopcount: i64 lanes of acc, 64 bits
  /// of a and b per lane).
  virtual Value emitDot(OpBuilder &builder, Location loc,
                        const MicroKernel &kernel, Value acc, Value a,
                        Value b) const;
};

/// The target named `name` (`generic`, `x86-avx2`, `x86-avx512-vnni`,
/// `aarch64-neon-dotprod`, `aarch64-i8mm`, `host`), or null.
std::unique_ptr<TargetDescription> getTargetDescription(llvm::StringRef name);

/// The name `host` resolves to on the running CPU.
std::string getHostTargetName();

/// Every name getTargetDescription accepts, for diagnostics and --help.
llvm::StringRef getTargetNames();

/// The portable expansion of a dot (vector extsi / muli / shuffles / addi;
/// xori / ctpop for XorPopcount), which every target may use.
Value emitPortableDot(OpBuilder &builder, Location loc,
                      const MicroKernel &kernel, Value acc, Value a, Value b);

} // namespace mlir::qnt

#endif // QNT_CONVERSION_QNTTOLOOPS_TARGETDESCRIPTION_H
