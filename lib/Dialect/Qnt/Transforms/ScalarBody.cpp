//===- ScalarBody.cpp - what an element-wise generic computes ------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "ScalarBody.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::qnt;

/// Reads `operand` element for element with the output: the same map as the
/// identity output map, up to constant 0 on unit dimensions (torch-mlir reads
/// a batch of 1 through `(0, d1, d2, d3)`).
static bool readsElementwise(linalg::GenericOp op, OpOperand &operand) {
  AffineMap out = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  AffineMap in = op.getMatchingIndexingMap(&operand);
  auto type = dyn_cast<RankedTensorType>(operand.get().getType());
  if (!out.isIdentity() || !type || in.getNumResults() != out.getNumResults() ||
      type.getShape() !=
          cast<ShapedType>(op.getResult(0).getType()).getShape())
    return false;
  for (auto [i, expr] : llvm::enumerate(in.getResults())) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr); dim && dim.getPosition() == i)
      continue;
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    if (!constant || constant.getValue() != 0 || type.getDimSize(i) != 1)
      return false;
  }
  return true;
}

bool mlir::qnt::isUnaryElementwise(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumResults() != 1 || op.getNumParallelLoops() != op.getNumLoops())
    return false;
  if (op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)))
    return false;
  return readsElementwise(op, *op.getDpsInputOperand(0));
}

std::optional<double> mlir::qnt::evaluateUnary(linalg::GenericOp op,
                                               double x) {
  Block &body = op.getRegion().front();
  DenseMap<Value, double> values;
  values[body.getArgument(0)] = x;
  auto lookup = [&](Value v) -> std::optional<double> {
    if (auto it = values.find(v); it != values.end())
      return it->second;
    FloatAttr constant;
    if (matchPattern(v, m_Constant(&constant)))
      return constant.getValueAsDouble();
    return std::nullopt;
  };
  DenseMap<Value, bool> predicates;
  for (Operation &inner : body) {
    if (auto yield = dyn_cast<linalg::YieldOp>(inner))
      return lookup(yield.getOperand(0));
    if (auto constant = dyn_cast<arith::ConstantOp>(inner)) {
      if (auto f = dyn_cast<FloatAttr>(constant.getValue()))
        values[constant] = f.getValueAsDouble();
      continue;
    }
    if (auto cmp = dyn_cast<arith::CmpFOp>(inner)) {
      std::optional<double> a = lookup(cmp.getLhs()), b = lookup(cmp.getRhs());
      if (!a || !b)
        return std::nullopt;
      bool r;
      switch (cmp.getPredicate()) {
      case arith::CmpFPredicate::OGT:
      case arith::CmpFPredicate::UGT:
        r = *a > *b;
        break;
      case arith::CmpFPredicate::OGE:
      case arith::CmpFPredicate::UGE:
        r = *a >= *b;
        break;
      case arith::CmpFPredicate::OLT:
      case arith::CmpFPredicate::ULT:
        r = *a < *b;
        break;
      case arith::CmpFPredicate::OLE:
      case arith::CmpFPredicate::ULE:
        r = *a <= *b;
        break;
      default:
        return std::nullopt;
      }
      predicates[cmp] = r;
      continue;
    }
    if (auto select = dyn_cast<arith::SelectOp>(inner)) {
      auto it = predicates.find(select.getCondition());
      if (it == predicates.end())
        return std::nullopt;
      std::optional<double> v =
          lookup(it->second ? select.getTrueValue() : select.getFalseValue());
      if (!v)
        return std::nullopt;
      values[select] = *v;
      continue;
    }
    if (inner.getNumOperands() == 2 && inner.getNumResults() == 1) {
      std::optional<double> a = lookup(inner.getOperand(0));
      std::optional<double> b = lookup(inner.getOperand(1));
      if (!a || !b)
        return std::nullopt;
      double r;
      if (isa<arith::MaximumFOp, arith::MaxNumFOp>(inner))
        r = std::max(*a, *b);
      else if (isa<arith::MinimumFOp, arith::MinNumFOp>(inner))
        r = std::min(*a, *b);
      else if (isa<arith::AddFOp>(inner))
        r = *a + *b;
      else if (isa<arith::SubFOp>(inner))
        r = *a - *b;
      else if (isa<arith::MulFOp>(inner))
        r = *a * *b;
      else if (isa<arith::DivFOp>(inner))
        r = *a / *b;
      else
        return std::nullopt;
      values[inner.getResult(0)] = r;
      continue;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::pair<double, double>>
mlir::qnt::matchClamp(linalg::GenericOp op) {
  if (!isUnaryElementwise(op))
    return std::nullopt;
  constexpr double big = 1e30;
  std::optional<double> lo = evaluateUnary(op, -big);
  std::optional<double> hi = evaluateUnary(op, big);
  if (!lo || !hi || *lo > *hi)
    return std::nullopt;
  double l = *lo <= -big ? -std::numeric_limits<double>::infinity() : *lo;
  double h = *hi >= big ? std::numeric_limits<double>::infinity() : *hi;
  // The identity is not an activation; check clamp(x, l, h) on samples.
  if (std::isinf(l) && std::isinf(h))
    return std::nullopt;
  for (double x : {-7.5, -1.0, -0.25, 0.0, 0.3, 1.0, 2.5, 5.9, 6.0, 6.1, 100.0,
                   l - 1.0, l, h, h + 1.0}) {
    if (!std::isfinite(x))
      continue;
    std::optional<double> y = evaluateUnary(op, x);
    if (!y || *y != std::clamp(x, l, h))
      return std::nullopt;
  }
  return std::make_pair(l, h);
}

std::optional<double> mlir::qnt::matchScale(linalg::GenericOp op) {
  if (!isUnaryElementwise(op))
    return std::nullopt;
  std::optional<double> k = evaluateUnary(op, 1.0);
  if (!k || !std::isfinite(*k) || *k == 0.0)
    return std::nullopt;
  for (double x : {0.0, -3.0, 2.0, 17.0}) {
    std::optional<double> y = evaluateUnary(op, x);
    if (!y || std::fabs(*y - x * *k) > 1e-12 * std::fabs(x * *k) + 1e-300)
      return std::nullopt;
  }
  return k;
}

bool mlir::qnt::isElementwiseAdd(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumResults() != 1 || op.getNumParallelLoops() != op.getNumLoops())
    return false;
  if (!readsElementwise(op, *op.getDpsInputOperand(0)) ||
      !readsElementwise(op, *op.getDpsInputOperand(1)))
    return false;
  Block &body = op.getRegion().front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add || add->getBlock() != &body)
    return false;
  Value a = body.getArgument(0), b = body.getArgument(1);
  return (add.getLhs() == a && add.getRhs() == b) ||
         (add.getLhs() == b && add.getRhs() == a);
}
