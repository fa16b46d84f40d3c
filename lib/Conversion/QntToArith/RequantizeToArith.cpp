//===- RequantizeToArith.cpp - lower qnt.requantize ----------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The lowering computes in 64 bits exactly what tosa.apply_scale does
// (TosaToArith's 64-bit path), then adds the zero point and clamps.
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

struct LowerRequantize : OpRewritePattern<RequantizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(RequantizeOp op,
                                PatternRewriter &rewriter) const override {
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
          if (outputZp != 0)
            r = arith::AddIOp::create(b, loc, r,
                                      intConstant(b, loc, i64, outputZp));
          r = arith::MaxSIOp::create(b, loc, r, intConstant(b, loc, i64, lo));
          r = arith::MinSIOp::create(b, loc, r, intConstant(b, loc, i64, hi));
          // The clamped value fits the result (unsigned results keep their
          // bit pattern in the signless type).
          return arith::TruncIOp::create(b, loc, resultElement, r);
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
