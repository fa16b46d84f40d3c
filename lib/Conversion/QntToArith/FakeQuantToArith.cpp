//===- FakeQuantToArith.cpp - lower qnt.fake_quant -----------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"
#include "ScalarQuantize.h"
#include "ThresholdCount.h"

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

namespace {

/// Uniform and ternary grids: x̂ = s · (clamp(round(x / s) + z) − z).
Value lowerGridFakeQuant(OpBuilder &b, Location loc, FakeQuantOp op,
                         const UniformGrid &grid) {
  Value input = op.getInput();
  auto floatType = cast<FloatType>(grid.expressedType);
  MLIRContext *ctx = b.getContext();
  SmallVector<double> zeroPoints(grid.zeroPoints.begin(),
                                 grid.zeroPoints.end());
  SmallVector<ChannelParam> params{
      ChannelParam::floats(ctx, floatType, grid.scales),
      ChannelParam::floats(ctx, floatType, zeroPoints)};

  RoundingMode mode = op.getRoundingMode();
  std::optional<double> epsilon;
  if (std::optional<APFloat> e = op.getSparseThreshold())
    epsilon = e->convertToDouble();
  SmallVector<Value> dims;
  uint32_t seedKey = 0;
  if (mode == RoundingMode::stochastic) {
    dims = buildDimSizes(b, loc, input);
    seedKey = stochasticSeedKey(*op.getSeed());
  }
  return buildElementwise(
      b, loc, input, grid.axis, params, floatType,
      [&](OpBuilder &nb, Location nloc, Value x, ArrayRef<Value> p) -> Value {
        Value dither;
        if (mode == RoundingMode::stochastic)
          dither = buildStochasticDither(nb, nloc,
                                         buildLinearIndexI32(nb, nloc, dims),
                                         seedKey, floatType);
        Value q = buildQuantizeToGrid(nb, nloc, x, p[0], p[1], grid.qmin,
                                      grid.qmax, mode, dither);
        Value centered = arith::SubFOp::create(nb, nloc, q, p[1]);
        Value result = arith::MulFOp::create(nb, nloc, centered, p[0]);
        if (!epsilon)
          return result;
        // TSQ's Q_ε: at or below ε, 0.
        Value small = arith::CmpFOp::create(
            nb, nloc, arith::CmpFPredicate::OLE, x,
            floatConstant(nb, nloc, floatType, *epsilon));
        return arith::SelectOp::create(
            nb, nloc, small, floatConstant(nb, nloc, floatType, 0.0), result);
      });
}

/// Binary: x̂ = x ≥ 0 ? +α_c : −α_c.
Value lowerBinaryFakeQuant(OpBuilder &b, Location loc, FakeQuantOp op,
                           BinaryType type) {
  FloatType floatType = type.getExpressedType();
  SmallVector<ChannelParam> params{ChannelParam::floats(
      b.getContext(), floatType, type.getScales().asArrayRef())};
  return buildElementwise(
      b, loc, op.getInput(), type.getAxis(), params, floatType,
      [&](OpBuilder &nb, Location nloc, Value x, ArrayRef<Value> p) -> Value {
        Value nonNegative =
            arith::CmpFOp::create(nb, nloc, arith::CmpFPredicate::OGE, x,
                                  floatConstant(nb, nloc, floatType, 0.0));
        Value negated = arith::NegFOp::create(nb, nloc, p[0]);
        return arith::SelectOp::create(nb, nloc, nonNegative, p[0], negated);
      });
}

/// Threshold: x̂ = scale · (Σ_i [x ≥ t_i] − zp).
Value lowerThresholdFakeQuant(OpBuilder &b, Location loc, FakeQuantOp op,
                              ThresholdType type) {
  FloatType floatType = type.getExpressedType();
  MLIRContext *ctx = b.getContext();
  // One row [T] per tensor, or a [C, T] table per axis.
  SmallVector<int64_t> tableShape{type.getNumThresholds()};
  if (type.isPerAxis())
    tableShape.insert(tableShape.begin(), type.getNumChannels());
  auto thresholdsType = RankedTensorType::get(tableShape, floatType);
  SmallVector<APFloat> values;
  for (double t : type.getThresholds().asArrayRef()) {
    APFloat f(t);
    bool losesInfo;
    f.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    values.push_back(f);
  }
  // Counting in float is exact: counts are small integers.
  Value counts = buildThresholdCount(
      b, loc, op.getInput(), DenseElementsAttr::get(thresholdsType, values),
      type.isPerAxis() ? type.getAxis() : -1, floatType,
      static_cast<double>(-type.getZeroPoint()));
  SmallVector<ChannelParam> params{
      ChannelParam::floats(ctx, floatType, {type.getScaleValue()})};
  return buildElementwise(
      b, loc, counts, -1, params, floatType,
      [&](OpBuilder &nb, Location nloc, Value c, ArrayRef<Value> p) -> Value {
        return arith::MulFOp::create(nb, nloc, c, p[0]);
      });
}

struct LowerFakeQuant : OpRewritePattern<FakeQuantOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(FakeQuantOp op,
                                PatternRewriter &rewriter) const override {
    Type quantType = op.getQuantType();
    Location loc = op.getLoc();
    Value result;
    if (std::optional<UniformGrid> grid = getUniformGrid(quantType))
      result = lowerGridFakeQuant(rewriter, loc, op, *grid);
    else if (auto binary = dyn_cast<BinaryType>(quantType))
      result = lowerBinaryFakeQuant(rewriter, loc, op, binary);
    else if (auto threshold = dyn_cast<ThresholdType>(quantType))
      result = lowerThresholdFakeQuant(rewriter, loc, op, threshold);
    else
      return rewriter.notifyMatchFailure(op, "unsupported quantization type");
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntFakeQuantToArithPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerFakeQuant>(patterns.getContext());
}
