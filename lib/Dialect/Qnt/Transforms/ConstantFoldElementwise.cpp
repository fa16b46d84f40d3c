//===- ConstantFoldElementwise.cpp - evaluate constant generics ----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "ConstantFoldElementwise.h"

#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// Evaluates one scalar body op on doubles; nullopt for unsupported ops.
std::optional<double> evaluate(Operation *op, ArrayRef<double> in) {
  return llvm::TypeSwitch<Operation *, std::optional<double>>(op)
      .Case([&](arith::ConstantOp c) -> std::optional<double> {
        if (auto f = dyn_cast<FloatAttr>(c.getValue()))
          return f.getValueAsDouble();
        return std::nullopt;
      })
      .Case([&](arith::AddFOp) { return in[0] + in[1]; })
      .Case([&](arith::SubFOp) { return in[0] - in[1]; })
      .Case([&](arith::MulFOp) { return in[0] * in[1]; })
      .Case([&](arith::DivFOp) { return in[0] / in[1]; })
      .Case([&](arith::NegFOp) { return -in[0]; })
      .Case([&](arith::MaximumFOp) { return std::fmax(in[0], in[1]); })
      .Case([&](arith::MinimumFOp) { return std::fmin(in[0], in[1]); })
      .Case([&](math::SqrtOp) { return std::sqrt(in[0]); })
      .Case([&](math::RsqrtOp) { return 1.0 / std::sqrt(in[0]); })
      .Case<arith::ExtFOp, arith::TruncFOp>([&](Operation *) { return in[0]; })
      .Default([](Operation *) { return std::nullopt; });
}

struct FoldConstantElementwiseGeneric : OpRewritePattern<linalg::GenericOp> {
  FoldConstantElementwiseGeneric(MLIRContext *ctx, int64_t maxElements)
      : OpRewritePattern(ctx), maxElements(maxElements) {}

  LogicalResult matchAndRewrite(linalg::GenericOp generic,
                                PatternRewriter &rewriter) const override {
    if (generic.getNumDpsInits() != 1 || generic->getNumResults() != 1 ||
        generic.getNumDpsInputs() == 0 ||
        generic.getNumParallelLoops() != generic.getNumLoops())
      return failure();
    auto type = dyn_cast<RankedTensorType>(generic->getResult(0).getType());
    if (!type || !type.hasStaticShape() ||
        !isa<FloatType>(type.getElementType()) ||
        type.getNumElements() > maxElements ||
        !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
             .isIdentity())
      return failure();

    // Every input is a constant read through dims and constants only.
    SmallVector<SmallVector<double>> inputs;
    SmallVector<AffineMap> maps;
    for (OpOperand *operand : generic.getDpsInputOperands()) {
      std::optional<SmallVector<double>> values =
          getConstantFloatTensor(operand->get());
      if (!values)
        return failure();
      AffineMap map = generic.getMatchingIndexingMap(operand);
      if (!llvm::all_of(map.getResults(), [](AffineExpr e) {
            return isa<AffineDimExpr, AffineConstantExpr>(e);
          }))
        return failure();
      inputs.push_back(std::move(*values));
      maps.push_back(map);
    }
    Block &body = generic.getRegion().front();
    if (!body.getArgument(body.getNumArguments() - 1).use_empty())
      return failure();
    // A pure broadcast or copy computes nothing: materializing it would only
    // grow the constant (and hide the broadcast a bias is read from).
    if (isa<BlockArgument>(body.getTerminator()->getOperand(0)))
      return failure();

    ArrayRef<int64_t> shape = type.getShape();
    int64_t rank = type.getRank();
    SmallVector<float> result;
    result.reserve(type.getNumElements());
    SmallVector<int64_t> index(rank, 0);
    llvm::DenseMap<Value, double> values;
    for (int64_t flat = 0, e = type.getNumElements(); flat < e; ++flat) {
      for (int64_t d = rank - 1, rest = flat; d >= 0; --d) {
        index[d] = rest % shape[d];
        rest /= shape[d];
      }
      values.clear();
      for (auto [i, map] : llvm::enumerate(maps)) {
        auto operandType =
            cast<RankedTensorType>(generic.getDpsInputs()[i].getType());
        int64_t offset = 0;
        for (auto [pos, expr] : llvm::enumerate(map.getResults())) {
          int64_t v = isa<AffineDimExpr>(expr)
                          ? index[cast<AffineDimExpr>(expr).getPosition()]
                          : cast<AffineConstantExpr>(expr).getValue();
          offset = offset * operandType.getDimSize(pos) + v;
        }
        values[body.getArgument(i)] = inputs[i][offset];
      }
      for (Operation &op : body.without_terminator()) {
        SmallVector<double> in;
        for (Value operand : op.getOperands()) {
          auto it = values.find(operand);
          if (it == values.end())
            return failure(); // a value from outside the body, or an index
          in.push_back(it->second);
        }
        std::optional<double> out = evaluate(&op, in);
        if (!out || op.getNumResults() != 1)
          return failure();
        values[op.getResult(0)] = *out;
      }
      auto found = values.find(body.getTerminator()->getOperand(0));
      if (found == values.end())
        return failure();
      result.push_back(static_cast<float>(found->second));
    }
    ElementsAttr like = DenseElementsAttr::get(
        RankedTensorType::get({}, rewriter.getF32Type()), 0.0f);
    ElementsAttr attr = buildFloatElements(like, type, result, "");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(generic,
                                                   cast<TypedAttr>(attr));
    return success();
  }

  int64_t maxElements;
};

} // namespace

void mlir::qnt::populateConstantFoldElementwisePatterns(
    RewritePatternSet &patterns, int64_t maxElements) {
  patterns.add<FoldConstantElementwiseGeneric>(patterns.getContext(),
                                               maxElements);
}
