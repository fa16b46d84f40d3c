//===- QuantCastToArith.cpp - lower quant.qcast / quant.dcast ------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Upstream `lower-quant-ops` truncates x / s toward zero and clamps only
// narrow ranges; DESIGN.md fixes round half to even and saturation, as ONNX
// QuantizeLinear. The quantized tensor is reinterpreted as its storage type
// with quant.scast on either side, as upstream does.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"
#include "ScalarQuantize.h"

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

namespace {

/// The grid of a ranked tensor of `!quant.uniform` elements.
std::optional<UniformGrid> getTensorGrid(Type type) {
  auto tensorType = dyn_cast<RankedTensorType>(type);
  if (!tensorType)
    return std::nullopt;
  Type element = tensorType.getElementType();
  if (!isa<quant::UniformQuantizedType, quant::UniformQuantizedPerAxisType>(
          element))
    return std::nullopt;
  return getUniformGrid(element);
}

SmallVector<ChannelParam> gridParams(MLIRContext *ctx,
                                     const UniformGrid &grid) {
  SmallVector<double> zeroPoints(grid.zeroPoints.begin(),
                                 grid.zeroPoints.end());
  return {ChannelParam::floats(ctx, grid.expressedType, grid.scales),
          ChannelParam::floats(ctx, grid.expressedType, zeroPoints)};
}

struct LowerQuantizeCast : OpRewritePattern<quant::QuantizeCastOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(quant::QuantizeCastOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<UniformGrid> grid = getTensorGrid(op.getType());
    if (!grid)
      return rewriter.notifyMatchFailure(op, "not a ranked uniform tensor");
    auto resultType = cast<RankedTensorType>(op.getType());
    auto quantType = cast<quant::QuantizedType>(resultType.getElementType());
    Type storage = quantType.getStorageType();
    bool isSigned = quantType.isSigned();
    Value stored = buildElementwise(
        rewriter, op.getLoc(), op.getInput(), grid->axis,
        gridParams(rewriter.getContext(), *grid), storage,
        [&](OpBuilder &b, Location loc, Value x, ArrayRef<Value> p) -> Value {
          Value q = buildQuantizeToGrid(b, loc, x, p[0], p[1], grid->qmin,
                                        grid->qmax, RoundingMode::nearest_even,
                                        /*dither=*/nullptr);
          if (isSigned)
            return arith::FPToSIOp::create(b, loc, storage, q);
          return arith::FPToUIOp::create(b, loc, storage, q);
        });
    rewriter.replaceOpWithNewOp<quant::StorageCastOp>(op, resultType, stored);
    return success();
  }
};

struct LowerDequantizeCast : OpRewritePattern<quant::DequantizeCastOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(quant::DequantizeCastOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<UniformGrid> grid = getTensorGrid(op.getInput().getType());
    if (!grid)
      return rewriter.notifyMatchFailure(op, "not a ranked uniform tensor");
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    auto quantType = cast<quant::QuantizedType>(inputType.getElementType());
    Location loc = op.getLoc();
    Value stored = quant::StorageCastOp::create(
        rewriter, loc, inputType.clone(quantType.getStorageType()),
        op.getInput());
    bool isSigned = quantType.isSigned();
    FloatType floatType = grid->expressedType;
    Value result = buildElementwise(
        rewriter, loc, stored, grid->axis,
        gridParams(rewriter.getContext(), *grid), floatType,
        [&](OpBuilder &b, Location nloc, Value q, ArrayRef<Value> p) -> Value {
          Value asFloat =
              isSigned
                  ? arith::SIToFPOp::create(b, nloc, floatType, q).getResult()
                  : arith::UIToFPOp::create(b, nloc, floatType, q).getResult();
          Value centered = arith::SubFOp::create(b, nloc, asFloat, p[1]);
          return arith::MulFOp::create(b, nloc, centered, p[0]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::qnt::populateQuantCastToArithPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerQuantizeCast, LowerDequantizeCast>(patterns.getContext());
}
