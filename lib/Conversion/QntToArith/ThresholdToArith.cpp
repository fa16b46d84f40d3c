//===- ThresholdToArith.cpp - lower qnt.threshold ------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"
#include "ThresholdCount.h"

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

Value lowering::buildThresholdCount(OpBuilder &b, Location loc, Value input,
                                    TypedAttr thresholds, int64_t axis,
                                    Type countType, double init) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t rank = inputType.getRank();
  MLIRContext *ctx = b.getContext();

  Value initValue =
      isa<FloatType>(countType)
          ? floatConstant(b, loc, countType, init)
          : intConstant(b, loc, countType, static_cast<int64_t>(init));
  Value empty = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, input), countType);
  Value acc = linalg::FillOp::create(b, loc, initValue, empty).getResult(0);
  Value table = arith::ConstantOp::create(b, loc, thresholds);

  // Dimensions d0..d{rank-1} walk the input, d{rank} the thresholds.
  SmallVector<AffineExpr> elementDims;
  for (int64_t d = 0; d < rank; ++d)
    elementDims.push_back(b.getAffineDimExpr(d));
  AffineExpr thresholdDim = b.getAffineDimExpr(rank);
  AffineMap elementMap = AffineMap::get(rank + 1, 0, elementDims, ctx);
  AffineMap tableMap =
      axis >= 0 ? AffineMap::get(rank + 1, 0,
                                 {b.getAffineDimExpr(axis), thresholdDim}, ctx)
                : AffineMap::get(rank + 1, 0, thresholdDim);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);

  bool isFloatInput = isa<FloatType>(inputType.getElementType());
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{acc.getType()}, ValueRange{input, table},
      ValueRange{acc}, ArrayRef<AffineMap>{elementMap, tableMap, elementMap},
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value reached =
            isFloatInput
                ? arith::CmpFOp::create(nb, nloc, arith::CmpFPredicate::OGE,
                                        args[0], args[1])
                      .getResult()
                : arith::CmpIOp::create(nb, nloc, arith::CmpIPredicate::sge,
                                        args[0], args[1])
                      .getResult();
        Value one, zero, sum;
        if (isa<FloatType>(countType)) {
          one = floatConstant(nb, nloc, countType, 1.0);
          zero = floatConstant(nb, nloc, countType, 0.0);
          Value step = arith::SelectOp::create(nb, nloc, reached, one, zero);
          sum = arith::AddFOp::create(nb, nloc, args[2], step);
        } else {
          Value step = arith::ExtUIOp::create(nb, nloc, countType, reached);
          sum = arith::AddIOp::create(nb, nloc, args[2], step);
        }
        linalg::YieldOp::create(nb, nloc, sum);
      });
  return generic.getResult(0);
}

namespace {

struct LowerThreshold : OpRewritePattern<ThresholdOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ThresholdOp op,
                                PatternRewriter &rewriter) const override {
    auto resultType = cast<RankedTensorType>(op.getType());
    Value counts = buildThresholdCount(
        rewriter, op.getLoc(), op.getInput(),
        cast<TypedAttr>(op.getThresholds()), op.getAxis().value_or(-1),
        resultType.getElementType(),
        static_cast<double>(static_cast<int64_t>(op.getOutBias())));
    rewriter.replaceOp(op, counts);
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntThresholdToArithPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerThreshold>(patterns.getContext());
}
