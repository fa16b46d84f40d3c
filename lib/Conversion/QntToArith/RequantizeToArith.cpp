//===- RequantizeToArith.cpp - lower qnt.requantize ----------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The lowering computes in 64 bits exactly what tosa.apply_scale does
// (TosaToArith's 64-bit path), then adds the zero point and clamps.
//
// With a multiplier, single rounding, every shift s ≥ 32 and no input zero
// point (what qnt-realize writes for scales below 1/2) the same result
// comes from 32-bit lanes and a high multiply: with v·m = hi·2^32 + lo,
//   (v·m + 2^(s−1)) >> s = (hi + 2^(s−33)) >> (s − 32)   for s ≥ 33,
//                        = hi + (lo >> 31, logical)       for s = 32,
// since the dropped low word only adds a fraction below one to a quotient
// of integers. |v·m| < 2^62 keeps hi + 2^(s−33) within i32. Vector code
// then keeps 32-bit lanes but for the widening multiply (x86 vpmuldq, Arm
// smull), whose high word it takes.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

namespace {

/// r + output zero point, clamped to [lo, hi] and narrowed to the result
/// element, in r's integer type (the clamped value fits the result;
/// unsigned results keep their bit pattern in the signless type).
Value clampToResult(OpBuilder &b, Location loc, Value r, int64_t outputZp,
                    int64_t lo, int64_t hi, Type resultElement) {
  Type type = r.getType();
  if (outputZp != 0)
    r = arith::AddIOp::create(b, loc, r, intConstant(b, loc, type, outputZp));
  r = arith::MaxSIOp::create(b, loc, r, intConstant(b, loc, type, lo));
  r = arith::MinSIOp::create(b, loc, r, intConstant(b, loc, type, hi));
  if (resultElement == type)
    return r;
  return arith::TruncIOp::create(b, loc, resultElement, r);
}

/// Whether the 32-bit form (above) computes `op` exactly.
bool hasHighMultiplyForm(RequantizeOp op) {
  auto input = cast<ShapedType>(op.getInput().getType());
  auto result = cast<ShapedType>(op.getType());
  return op.getMultiplier() && !op.getDoubleRound() && op.getInputZp() == 0 &&
         input.getElementTypeBitWidth() <= 32 &&
         result.getElementTypeBitWidth() <= 32 &&
         std::abs(int64_t(op.getOutputZp())) < (int64_t(1) << 30) &&
         llvm::all_of(op.getShift(), [](int32_t s) { return s >= 32; });
}

/// The 32-bit form: per channel the multiplier m, the rounding term
/// r = 2^(s−33) (0 for s = 32), the carry mask e (1 for s = 32, else 0) and
/// the shift t = s − 32: result = (hi + r + ((lo >> 31) & e)) >> t.
Value lowerWithHighMultiply(PatternRewriter &rewriter, RequantizeOp op) {
  MLIRContext *ctx = rewriter.getContext();
  Type i32 = rewriter.getI32Type();
  SmallVector<int64_t> mults, rounds, carries, shifts;
  // Only a shift of 32 needs the low word.
  bool carry = llvm::is_contained(op.getShift(), 32);
  for (auto [m, s] : llvm::zip(*op.getMultiplier(), op.getShift())) {
    mults.push_back(m);
    rounds.push_back(s == 32 ? 0 : int64_t(1) << (s - 33));
    carries.push_back(s == 32 ? 1 : 0);
    shifts.push_back(s - 32);
  }
  SmallVector<ChannelParam> params{
      ChannelParam::ints(ctx, i32, mults), ChannelParam::ints(ctx, i32, rounds),
      ChannelParam::ints(ctx, i32, carries),
      ChannelParam::ints(ctx, i32, shifts)};
  Type resultElement = cast<ShapedType>(op.getType()).getElementType();
  int64_t outputZp = op.getOutputZp();
  int64_t lo = op.getClampMin(), hi = op.getClampMax();
  return buildElementwise(
      rewriter, op.getLoc(), op.getInput(), op.getAxis().value_or(-1), params,
      resultElement,
      [&](OpBuilder &b, Location loc, Value x, ArrayRef<Value> p) -> Value {
        if (x.getType() != i32)
          x = arith::ExtSIOp::create(b, loc, i32, x);
        // The 64-bit product of sign-extended i32 values (x86 vpmuldq) and
        // its two words.
        Type i64 = b.getI64Type();
        Value product = arith::MulIOp::create(
            b, loc, arith::ExtSIOp::create(b, loc, i64, x),
            arith::ExtSIOp::create(b, loc, i64, p[0]));
        Value high = arith::TruncIOp::create(
            b, loc, i32,
            arith::ShRSIOp::create(b, loc, product,
                                   intConstant(b, loc, i64, 32)));
        Value sum = arith::AddIOp::create(b, loc, high, p[1]);
        if (carry) {
          Value low = arith::TruncIOp::create(b, loc, i32, product);
          Value bit = arith::ShRUIOp::create(b, loc, low,
                                             intConstant(b, loc, i32, 31));
          bit = arith::AndIOp::create(b, loc, bit, p[2]);
          sum = arith::AddIOp::create(b, loc, sum, bit);
        }
        Value r = arith::ShRSIOp::create(b, loc, sum, p[3]);
        return clampToResult(b, loc, r, outputZp, lo, hi, resultElement);
      });
}

struct LowerRequantize : OpRewritePattern<RequantizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(RequantizeOp op,
                                PatternRewriter &rewriter) const override {
    if (hasHighMultiplyForm(op)) {
      rewriter.replaceOp(op, lowerWithHighMultiply(rewriter, op));
      return success();
    }
    MLIRContext *ctx = rewriter.getContext();
    Type i64 = rewriter.getI64Type();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type resultElement = resultType.getElementType();
    std::optional<ArrayRef<int32_t>> multipliers = op.getMultiplier();
    bool doubleRound = op.getDoubleRound();

    // Per-channel 64-bit constants: multiplier, shift, and the rounding
    // term for non-negative and negative values (they differ only with
    // double rounding and shift > 31).
    SmallVector<int64_t> mults, shifts, roundPos, roundNeg;
    for (auto [i, shift] : llvm::enumerate(op.getShift())) {
      int64_t round = shift > 0 ? int64_t(1) << (shift - 1) : 0;
      int64_t extra = doubleRound && shift > 31 ? int64_t(1) << 30 : 0;
      shifts.push_back(shift);
      roundPos.push_back(round + extra);
      roundNeg.push_back(round - extra);
      mults.push_back(multipliers ? (*multipliers)[i] : 1);
    }
    SmallVector<ChannelParam> params{ChannelParam::ints(ctx, i64, shifts),
                                     ChannelParam::ints(ctx, i64, roundPos)};
    if (doubleRound)
      params.push_back(ChannelParam::ints(ctx, i64, roundNeg));
    if (multipliers)
      params.push_back(ChannelParam::ints(ctx, i64, mults));

    int64_t inputZp = op.getInputZp(), outputZp = op.getOutputZp();
    int64_t lo = op.getClampMin(), hi = op.getClampMax();
    Value result = buildElementwise(
        rewriter, op.getLoc(), op.getInput(), op.getAxis().value_or(-1), params,
        resultElement,
        [&](OpBuilder &b, Location loc, Value x, ArrayRef<Value> p) -> Value {
          Value v = arith::ExtSIOp::create(b, loc, i64, x);
          if (inputZp != 0)
            v = arith::SubIOp::create(b, loc, v,
                                      intConstant(b, loc, i64, inputZp));
          Value round = p[1];
          if (doubleRound) {
            Value nonNegative =
                arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, v,
                                      intConstant(b, loc, i64, 0));
            round = arith::SelectOp::create(b, loc, nonNegative, p[1], p[2]);
          }
          Value product =
              multipliers
                  ? arith::MulIOp::create(b, loc, v, p.back()).getResult()
                  : v;
          Value sum = arith::AddIOp::create(b, loc, product, round);
          Value r = arith::ShRSIOp::create(b, loc, sum, p[0]);
          return clampToResult(b, loc, r, outputZp, lo, hi, resultElement);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntRequantizeToArithPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerRequantize>(patterns.getContext());
}
