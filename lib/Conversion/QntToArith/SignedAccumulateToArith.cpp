//===- SignedAccumulateToArith.cpp - lower qnt.signed_accumulate ---------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A linalg.generic over the op's iteration space whose body selects ±(x − z)
// (or 0) by the weight and adds: no multiplication.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct LowerSignedAccumulate : OpRewritePattern<SignedAccumulateOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SignedAccumulateOp op,
                                PatternRewriter &rewriter) const override {
    SmallVector<AffineMap> maps = llvm::to_vector(
        op.getIndexingMaps().getAsValueRange<AffineMapAttr>());
    SmallVector<utils::IteratorType> iterators;
    for (StringRef kind : op.getIteratorTypes().getAsValueRange<StringAttr>())
      iterators.push_back(kind == "parallel" ? utils::IteratorType::parallel
                                             : utils::IteratorType::reduction);
    int64_t zp = op.getInputZp();
    bool binary = cast<RankedTensorType>(op.getWeight().getType())
                      .getElementType()
                      .isInteger(1);
    auto generic = linalg::GenericOp::create(
        rewriter, op.getLoc(), op.getType(),
        ValueRange{op.getInput(), op.getWeight()}, op.getInit(), maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Type i32 = b.getI32Type();
          Value x = args[0];
          if (x.getType() != i32)
            x = arith::ExtSIOp::create(b, l, i32, x);
          if (zp != 0)
            x = arith::SubIOp::create(
                b, l, x, arith::ConstantOp::create(b, l, b.getI32IntegerAttr(zp)));
          Value zero = arith::ConstantOp::create(b, l, b.getI32IntegerAttr(0));
          Value negated = arith::SubIOp::create(b, l, zero, x);
          Value term;
          if (binary) {
            term = arith::SelectOp::create(b, l, args[1], x, negated);
          } else {
            Value w = arith::ExtSIOp::create(b, l, i32, args[1]);
            Value positive = arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::sgt, w, zero);
            Value negative = arith::CmpIOp::create(
                b, l, arith::CmpIPredicate::slt, w, zero);
            term = arith::SelectOp::create(
                b, l, positive, x,
                arith::SelectOp::create(b, l, negative, negated, zero));
          }
          Value sum = arith::AddIOp::create(b, l, args[2], term);
          linalg::YieldOp::create(b, l, sum);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntSignedAccumulateToArithPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerSignedAccumulate>(patterns.getContext());
}
