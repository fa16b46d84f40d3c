//===- BatchNormToArith.cpp - lower qnt.batch_norm and qnt.observe -------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

namespace {

/// y = (x − mean) / sqrt(var + eps) · scale + bias, in the order ONNX
/// BatchNormalization specifies. The parameters are SSA tensors (not always
/// constants), so they are generic inputs indexed by the channel axis.
struct LowerBatchNorm : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(BatchNormOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op.getInput();
    auto type = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank();
    MLIRContext *ctx = rewriter.getContext();
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap channel =
        AffineMap::get(rank, 0, rewriter.getAffineDimExpr(op.getAxis()));
    Value init = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, input),
        type.getElementType());
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    double epsilon = op.getEpsilon().convertToDouble();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{type},
        ValueRange{input, op.getScale(), op.getBias(), op.getMean(),
                   op.getVariance()},
        ValueRange{init},
        ArrayRef<AffineMap>{identity, channel, channel, channel, channel,
                            identity},
        iterators, [&](OpBuilder &b, Location nloc, ValueRange args) {
          Value x = args[0], gamma = args[1], beta = args[2], mean = args[3],
                var = args[4];
          Value eps = floatConstant(b, nloc, x.getType(), epsilon);
          Value stddev = math::SqrtOp::create(
              b, nloc, arith::AddFOp::create(b, nloc, var, eps));
          Value normalized = arith::DivFOp::create(
              b, nloc, arith::SubFOp::create(b, nloc, x, mean), stddev);
          Value scaled = arith::MulFOp::create(b, nloc, normalized, gamma);
          linalg::YieldOp::create(
              b, nloc,
              arith::AddFOp::create(b, nloc, scaled, beta).getResult());
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

/// An observer is the identity once calibration is over.
struct LowerObserve : OpRewritePattern<ObserveOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ObserveOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, op.getInput());
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntBatchNormToArithPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerBatchNorm, LowerObserve>(patterns.getContext());
}
