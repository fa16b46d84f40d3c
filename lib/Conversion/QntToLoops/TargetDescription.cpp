//===- TargetDescription.cpp - the dot instructions of each target --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/QntToLoops/TargetDescription.h"

#include "qnt/Analysis/AccumulatorWidth.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;
using namespace mlir::qnt;

TargetDescription::~TargetDescription() = default;

StringRef mlir::qnt::stringifyDotKind(DotKind kind) {
  switch (kind) {
  case DotKind::I16Pairs:
    return "i16_pairs";
  case DotKind::U8S8Quads:
    return "u8s8_quads";
  case DotKind::S8S8Quads:
    return "s8s8_quads";
  case DotKind::U8S8QuadsI16:
    return "u8s8_quads_i16";
  case DotKind::S8S8Mmla:
    return "s8s8_mmla";
  case DotKind::XorPopcount:
    return "xor_popcount";
  case DotKind::U8S8PairsI16:
    return "u8s8_pairs_i16";
  }
  llvm_unreachable("unknown dot kind");
}

std::optional<DotKind> mlir::qnt::parseDotKind(StringRef name) {
  for (DotKind kind :
       {DotKind::I16Pairs, DotKind::U8S8Quads, DotKind::S8S8Quads,
        DotKind::U8S8QuadsI16, DotKind::S8S8Mmla, DotKind::XorPopcount,
        DotKind::U8S8PairsI16})
    if (stringifyDotKind(kind) == name)
      return kind;
  return std::nullopt;
}

Value mlir::qnt::emitPortableDot(OpBuilder &builder, Location loc,
                                 const MicroKernel &kernel, Value acc,
                                 Value a, Value b) {
  if (kernel.kind == DotKind::XorPopcount) {
    // acc[j] += popcount(a[j] ⊕ b[j]) on 64-bit lanes.
    auto words = cast<VectorType>(acc.getType());
    Value x = vector::BitCastOp::create(builder, loc, words, a);
    Value y = vector::BitCastOp::create(builder, loc, words, b);
    Value differ = arith::XOrIOp::create(builder, loc, x, y);
    Value count = LLVM::CtPopOp::create(builder, loc, differ);
    return arith::AddIOp::create(builder, loc, acc, count);
  }
  if (kernel.kind == DotKind::S8S8Mmla) {
    // acc[2i + j] += Σ_t a[8i + t]·b[8j + t].
    auto wide = VectorType::get({16}, builder.getI32Type());
    Value aWide = arith::ExtSIOp::create(builder, loc, wide, a);
    Value bWide = arith::ExtSIOp::create(builder, loc, wide, b);
    SmallVector<Value> sums;
    for (int64_t i = 0; i < 2; ++i)
      for (int64_t j = 0; j < 2; ++j) {
        SmallVector<int64_t> rowI, rowJ;
        for (int64_t t = 0; t < 8; ++t) {
          rowI.push_back(8 * i + t);
          rowJ.push_back(8 * j + t);
        }
        Value x = vector::ShuffleOp::create(builder, loc, aWide, aWide, rowI);
        Value y = vector::ShuffleOp::create(builder, loc, bWide, bWide, rowJ);
        Value product = arith::MulIOp::create(builder, loc, x, y);
        sums.push_back(vector::ReductionOp::create(
            builder, loc, vector::CombiningKind::ADD, product));
      }
    Value tile = vector::FromElementsOp::create(
        builder, loc, cast<VectorType>(acc.getType()), sums);
    return arith::AddIOp::create(builder, loc, acc, tile);
  }
  int64_t group = kernel.getGroup(), lanes = kernel.lanes;
  auto wide = VectorType::get({lanes * group}, builder.getI32Type());
  auto accType = cast<VectorType>(acc.getType());
  // i16 lanes: the pair sums in i32, narrowed (the producer bounds them).
  bool narrow = accType.getElementTypeBitWidth() != 32;
  Value aWide = kernel.isUnsignedData()
                    ? arith::ExtUIOp::create(builder, loc, wide, a).getResult()
                    : arith::ExtSIOp::create(builder, loc, wide, a).getResult();
  Value bWide = arith::ExtSIOp::create(builder, loc, wide, b);
  Value products = arith::MulIOp::create(builder, loc, aWide, bWide);
  Value sum;
  for (int64_t t = 0; t < group; ++t) {
    SmallVector<int64_t> lanesOfT;
    for (int64_t j = 0; j < lanes; ++j)
      lanesOfT.push_back(j * group + t);
    Value part =
        vector::ShuffleOp::create(builder, loc, products, products, lanesOfT);
    sum = sum ? arith::AddIOp::create(builder, loc, sum, part).getResult()
              : part;
  }
  if (narrow)
    sum = arith::TruncIOp::create(builder, loc, accType, sum);
  return arith::AddIOp::create(builder, loc, acc, sum);
}

Value TargetDescription::emitDot(OpBuilder &builder, Location loc,
                                 const MicroKernel &kernel, Value acc, Value a,
                                 Value b) const {
  return emitPortableDot(builder, loc, kernel, acc, a, b);
}

/// Empty when the running CPU is of `arch` and has every feature in
/// `features`, else what it lacks.
static std::string missingHostFeatures(llvm::Triple::ArchType arch,
                                       ArrayRef<StringRef> features) {
  llvm::Triple host(llvm::sys::getProcessTriple());
  if (host.getArch() != arch)
    return ("code for " + llvm::Triple::getArchTypeName(arch) +
            " cannot run on this " + host.getArchName() + " machine")
        .str();
  llvm::StringMap<bool> available = llvm::sys::getHostCPUFeatures();
  std::string missing;
  for (StringRef feature : features)
    if (!available.lookup(feature))
      missing += (missing.empty() ? "" : ", ") + feature.str();
  return missing.empty() ? "" : "this CPU lacks " + missing;
}

/// `llvm.call_intrinsic name(operands)` returning `resultType`.
static Value callIntrinsic(OpBuilder &builder, Location loc, StringRef name,
                           Type resultType, ValueRange operands) {
  return LLVM::CallIntrinsicOp::create(builder, loc, resultType,
                                       builder.getStringAttr(name), operands)
      .getResult(0);
}

/// An XorPopcount kernel on `wordBits`-bit words with `lanes` 64-bit lanes.
static MicroKernel popcountKernel(unsigned wordBits, int64_t lanes,
                                  int64_t mr, int64_t nr) {
  MicroKernel kernel{DotKind::XorPopcount, lanes, mr, nr};
  kernel.wordBits = wordBits;
  return kernel;
}

namespace {

/// Portable vector arithmetic; LLVM picks the instructions.
class GenericTarget : public TargetDescription {
public:
  StringRef getName() const override { return "generic"; }
  MicroKernel selectKernel(int64_t, int64_t) const override {
    return {DotKind::I16Pairs, /*lanes=*/8, /*mr=*/4, /*nr=*/16};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    return popcountKernel(wordBits, /*lanes=*/4, /*mr=*/4, /*nr=*/8);
  }
};

/// AVX2: vpmaddubsw + vpmaddwd (by ones) on u8 × s8 quads where no i16
/// pair sum can saturate (weights within ±64), else vpmaddwd on i16 pairs
/// (exact for every i8 operand).
class X86Avx2Target : public TargetDescription {
public:
  StringRef getName() const override { return "x86-avx2"; }
  std::string checkHost() const override {
    return missingHostFeatures(llvm::Triple::x86_64, {"avx2"});
  }
  StringRef getLlvmCpu() const override { return "x86-64-v3"; }
  StringRef getLlvmFeatures() const override {
    return "+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe,+popcnt";
  }
  MicroKernel selectKernel(int64_t lo, int64_t hi) const override {
    if (areI16PairSumsExact(lo, hi)) {
      MicroKernel kernel{DotKind::U8S8QuadsI16, /*lanes=*/8, /*mr=*/4,
                         /*nr=*/16};
      int64_t steps = i16PairSumSteps(lo, hi);
      kernel.i16Steps = steps > 1 ? steps : 0;
      return kernel;
    }
    return {DotKind::I16Pairs, /*lanes=*/8, /*mr=*/4, /*nr=*/16};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    // ymm words; the popcount is vpshufb nibble lookups + vpsadbw.
    return popcountKernel(wordBits, /*lanes=*/4, /*mr=*/4, /*nr=*/8);
  }
  Value emitDot(OpBuilder &builder, Location loc, const MicroKernel &kernel,
                Value acc, Value a, Value b) const override {
    if (kernel.kind == DotKind::U8S8PairsI16) {
      Value pairs = callIntrinsic(builder, loc, "llvm.x86.avx2.pmadd.ub.sw",
                                  acc.getType(), {a, b});
      return arith::AddIOp::create(builder, loc, acc, pairs);
    }
    if (kernel.kind == DotKind::U8S8QuadsI16) {
      auto i16 = VectorType::get({2 * kernel.lanes}, builder.getI16Type());
      Value pairs = callIntrinsic(builder, loc, "llvm.x86.avx2.pmadd.ub.sw",
                                  i16, {a, b});
      Value ones = arith::ConstantOp::create(
          builder, loc, i16,
          DenseElementsAttr::get(i16, builder.getI16IntegerAttr(1)));
      Value quads = callIntrinsic(builder, loc, "llvm.x86.avx2.pmadd.wd",
                                  acc.getType(), {pairs, ones});
      return arith::AddIOp::create(builder, loc, acc, quads);
    }
    if (kernel.kind != DotKind::I16Pairs)
      return emitPortableDot(builder, loc, kernel, acc, a, b);
    Value pairs = callIntrinsic(builder, loc, "llvm.x86.avx2.pmadd.wd",
                                acc.getType(), {a, b});
    return arith::AddIOp::create(builder, loc, acc, pairs);
  }
};

/// AVX-512 VNNI: vpdpbusd on u8 × s8 quads in 512-bit registers; vpmaddwd
/// (512-bit) when a weight does not fit s8 (a weight zero point).
class X86Avx512VnniTarget : public TargetDescription {
public:
  StringRef getName() const override { return "x86-avx512-vnni"; }
  std::string checkHost() const override {
    return missingHostFeatures(llvm::Triple::x86_64,
                               {"avx512f", "avx512bw", "avx512vnni"});
  }
  MicroKernel selectKernel(int64_t lo, int64_t hi) const override {
    if (lo >= -128 && hi <= 127)
      return {DotKind::U8S8Quads, /*lanes=*/16, /*mr=*/8, /*nr=*/32};
    return {DotKind::I16Pairs, /*lanes=*/16, /*mr=*/8, /*nr=*/32};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    // zmm words (vpopcntq where the CPU has AVX512-VPOPCNTDQ).
    return popcountKernel(wordBits, /*lanes=*/8, /*mr=*/6, /*nr=*/32);
  }
  Value emitDot(OpBuilder &builder, Location loc, const MicroKernel &kernel,
                Value acc, Value a, Value b) const override {
    if (kernel.kind == DotKind::U8S8Quads)
      return callIntrinsic(builder, loc, "llvm.x86.avx512.vpdpbusd.512",
                           acc.getType(), {acc, a, b});
    if (kernel.kind != DotKind::I16Pairs)
      return emitPortableDot(builder, loc, kernel, acc, a, b);
    Value pairs = callIntrinsic(builder, loc, "llvm.x86.avx512.pmaddw.d.512",
                                acc.getType(), {a, b});
    return arith::AddIOp::create(builder, loc, acc, pairs);
  }
};

/// AVX-VNNI: vpdpbusd on u8 × s8 quads in 256-bit registers (the VEX
/// encoding of CPUs without AVX-512, such as Alder Lake; AVX-512 VNNI CPUs
/// run the same instruction EVEX-encoded); vpmaddwd on i16 pairs when a
/// weight does not fit s8.
class X86AvxVnniTarget : public TargetDescription {
public:
  StringRef getName() const override { return "x86-avxvnni"; }
  std::string checkHost() const override {
    if (hasAvxVnni())
      return "";
    std::string why = missingHostFeatures(
        llvm::Triple::x86_64, {"avx2", "avx512vnni", "avx512vl"});
    return why.empty() ? "" : why + " (and AVX-VNNI)";
  }
  // Code for a CPU with AVX-VNNI uses the VEX encoding; an AVX-512 VNNI CPU
  // without it (Zen 4) gets its own EVEX encoding of the same instruction.
  StringRef getLlvmCpu() const override {
    return hasAvxVnni() ? "x86-64-v3" : "";
  }
  StringRef getLlvmFeatures() const override {
    return hasAvxVnni() ? "+avx2,+fma,+f16c,+bmi,+bmi2,+lzcnt,+movbe,+popcnt,"
                          "+avxvnni"
                        : "";
  }
  MicroKernel selectKernel(int64_t lo, int64_t hi) const override {
    if (lo >= -128 && hi <= 127)
      return {DotKind::U8S8Quads, /*lanes=*/8, /*mr=*/4, /*nr=*/16};
    return {DotKind::I16Pairs, /*lanes=*/8, /*mr=*/4, /*nr=*/16};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    return popcountKernel(wordBits, /*lanes=*/4, /*mr=*/4, /*nr=*/8);
  }
  Value emitDot(OpBuilder &builder, Location loc, const MicroKernel &kernel,
                Value acc, Value a, Value b) const override {
    if (kernel.kind == DotKind::U8S8Quads)
      return callIntrinsic(builder, loc, "llvm.x86.avx512.vpdpbusd.256",
                           acc.getType(), {acc, a, b});
    if (kernel.kind != DotKind::I16Pairs)
      return emitPortableDot(builder, loc, kernel, acc, a, b);
    Value pairs = callIntrinsic(builder, loc, "llvm.x86.avx2.pmadd.wd",
                                acc.getType(), {a, b});
    return arith::AddIOp::create(builder, loc, acc, pairs);
  }

private:
  static bool hasAvxVnni() {
    return llvm::Triple(llvm::sys::getProcessTriple()).isX86() &&
           llvm::sys::getHostCPUFeatures().lookup("avxvnni");
  }
};

/// Arm NEON with the dot-product extension: sdot on s8 quads.
class AArch64DotProdTarget : public TargetDescription {
public:
  StringRef getName() const override { return "aarch64-neon-dotprod"; }
  std::string checkHost() const override {
    return missingHostFeatures(llvm::Triple::aarch64, {"dotprod"});
  }
  MicroKernel selectKernel(int64_t lo, int64_t hi) const override {
    if (lo >= -128 && hi <= 127)
      return {DotKind::S8S8Quads, /*lanes=*/4, /*mr=*/4, /*nr=*/16};
    return {DotKind::I16Pairs, /*lanes=*/4, /*mr=*/4, /*nr=*/16};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    // q registers of words; the popcount is cnt + pairwise adds.
    return popcountKernel(wordBits, /*lanes=*/2, /*mr=*/4, /*nr=*/8);
  }
  Value emitDot(OpBuilder &builder, Location loc, const MicroKernel &kernel,
                Value acc, Value a, Value b) const override {
    if (kernel.kind == DotKind::S8S8Quads)
      return callIntrinsic(builder, loc, "llvm.aarch64.neon.sdot.v4i32.v16i8",
                           acc.getType(), {acc, a, b});
    return emitPortableDot(builder, loc, kernel, acc, a, b);
  }
};

/// Arm NEON with the int8 matrix-multiply extension: smmla on 2×8 by 8×2
/// s8 tiles.
class AArch64I8mmTarget : public TargetDescription {
public:
  StringRef getName() const override { return "aarch64-i8mm"; }
  std::string checkHost() const override {
    return missingHostFeatures(llvm::Triple::aarch64, {"i8mm"});
  }
  MicroKernel selectKernel(int64_t lo, int64_t hi) const override {
    if (lo >= -128 && hi <= 127)
      return {DotKind::S8S8Mmla, /*lanes=*/2, /*mr=*/8, /*nr=*/8};
    return {DotKind::I16Pairs, /*lanes=*/4, /*mr=*/4, /*nr=*/16};
  }
  MicroKernel selectPopcountKernel(unsigned wordBits) const override {
    return popcountKernel(wordBits, /*lanes=*/2, /*mr=*/4, /*nr=*/8);
  }
  Value emitDot(OpBuilder &builder, Location loc, const MicroKernel &kernel,
                Value acc, Value a, Value b) const override {
    if (kernel.kind == DotKind::S8S8Mmla)
      return callIntrinsic(builder, loc, "llvm.aarch64.neon.smmla.v4i32.v16i8",
                           acc.getType(), {acc, a, b});
    return emitPortableDot(builder, loc, kernel, acc, a, b);
  }
};

} // namespace

StringRef mlir::qnt::getTargetNames() {
  return "generic, x86-avx2, x86-avxvnni, x86-avx512-vnni, "
         "aarch64-neon-dotprod, aarch64-i8mm, host";
}

std::string mlir::qnt::getHostTargetName() {
  llvm::Triple triple(llvm::sys::getProcessTriple());
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  auto has = [&](StringRef name) { return features.lookup(name); };
  if (triple.isX86()) {
    if (has("avx512vnni") && has("avx512bw") && has("avx512f"))
      return "x86-avx512-vnni";
    if (has("avxvnni") && has("avx2"))
      return "x86-avxvnni";
    if (has("avx2"))
      return "x86-avx2";
  }
  if (triple.isAArch64() && has("i8mm"))
    return "aarch64-i8mm";
  if (triple.isAArch64() && has("dotprod"))
    return "aarch64-neon-dotprod";
  return "generic";
}

std::unique_ptr<TargetDescription>
mlir::qnt::getTargetDescription(StringRef name) {
  if (name == "host")
    return getTargetDescription(getHostTargetName());
  if (name == "generic")
    return std::make_unique<GenericTarget>();
  if (name == "x86-avx2")
    return std::make_unique<X86Avx2Target>();
  if (name == "x86-avx512-vnni")
    return std::make_unique<X86Avx512VnniTarget>();
  if (name == "x86-avxvnni")
    return std::make_unique<X86AvxVnniTarget>();
  if (name == "aarch64-neon-dotprod")
    return std::make_unique<AArch64DotProdTarget>();
  if (name == "aarch64-i8mm")
    return std::make_unique<AArch64I8mmTarget>();
  return nullptr;
}
