//===- IntegerDot.cpp - an integer layer as a GEMM ------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "IntegerDot.h"

#include "qnt/Analysis/ConstantIntegers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// One factor of the product: ext(block argument) − zero point.
struct Factor {
  BlockArgument arg;
  int64_t zeroPoint = 0;
};

/// ext(x) − z, or ext(x) + (−z) as the canonicalizer writes it.
std::optional<Factor> matchFactor(Value v) {
  Factor factor;
  APInt z;
  if (auto sub = v.getDefiningOp<arith::SubIOp>()) {
    if (!matchPattern(sub.getRhs(), m_ConstantInt(&z)))
      return std::nullopt;
    factor.zeroPoint = z.getSExtValue();
    v = sub.getLhs();
  } else if (auto add = v.getDefiningOp<arith::AddIOp>()) {
    if (matchPattern(add.getRhs(), m_ConstantInt(&z)))
      v = add.getLhs();
    else if (matchPattern(add.getLhs(), m_ConstantInt(&z)))
      v = add.getRhs();
    else
      return std::nullopt;
    factor.zeroPoint = -z.getSExtValue();
  }
  auto ext = v.getDefiningOp<arith::ExtSIOp>();
  if (!ext)
    return std::nullopt;
  factor.arg = dyn_cast<BlockArgument>(ext.getIn());
  if (!factor.arg)
    return std::nullopt;
  return factor;
}

struct DotBody {
  Factor a, b;
};

std::optional<DotBody> matchBody(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op->getNumResults() != 1)
    return std::nullopt;
  Block &body = op.getRegion().front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  auto add = yield.getValues()[0].getDefiningOp<arith::AddIOp>();
  if (!add || !add.getType().isInteger(32))
    return std::nullopt;
  BlockArgument out = body.getArgument(2);
  Value product = add.getLhs() == out   ? add.getRhs()
                  : add.getRhs() == out ? add.getLhs()
                                        : Value();
  auto mul = product ? product.getDefiningOp<arith::MulIOp>() : nullptr;
  if (!mul)
    return std::nullopt;
  std::optional<Factor> a = matchFactor(mul.getLhs());
  std::optional<Factor> b = matchFactor(mul.getRhs());
  if (!a || !b || a->arg.getOwner() != &body || b->arg.getOwner() != &body ||
      a->arg.getArgNumber() > 1 || b->arg.getArgNumber() > 1 ||
      a->arg.getArgNumber() == b->arg.getArgNumber())
    return std::nullopt;
  return DotBody{*a, *b};
}

} // namespace

bool mlir::qnt::isIntegerDotBody(linalg::GenericOp op) {
  return matchBody(op).has_value();
}

FailureOr<IntegerDot> mlir::qnt::matchIntegerDot(linalg::GenericOp op,
                                                 std::string &why) {
  std::optional<DotBody> body = matchBody(op);
  if (!body) {
    why = "not an integer dot product";
    return failure();
  }
  if (!op.hasPureTensorSemantics() || !op.getRegionOutputArgs()[0]
                                           .getType()
                                           .isInteger(32)) {
    why = "not an i32 accumulation on tensors";
    return failure();
  }
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.get().getType());
    if (!type || !type.hasStaticShape() || type.getNumElements() == 0) {
      why = "operand #" + std::to_string(operand.getOperandNumber()) +
            " is not a non-empty statically shaped tensor";
      return failure();
    }
  }
  IntegerDot dot;
  dot.op = op;
  OpOperand *inputs[2] = {op.getDpsInputOperand(0), op.getDpsInputOperand(1)};
  Factor factors[2];
  factors[body->a.arg.getArgNumber()] = body->a;
  factors[body->b.arg.getArgNumber()] = body->b;
  // The weights are the constant input.
  for (unsigned i = 0; i < 2; ++i) {
    std::optional<std::vector<int64_t>> values =
        readConstantIntegers(inputs[i]->get());
    if (!values)
      continue;
    dot.weights = inputs[i];
    dot.weightZeroPoint = factors[i].zeroPoint;
    dot.weightValues = std::move(*values);
    dot.data = inputs[1 - i];
    dot.dataZeroPoint = factors[1 - i].zeroPoint;
    break;
  }
  if (!dot.weights) {
    why = "neither input is a constant (weights are packed at compile time)";
    return failure();
  }
  if (!getElementTypeOrSelf(dot.data->get().getType()).isInteger(8)) {
    why = "the data is not i8";
    return failure();
  }
  if (getElementTypeOrSelf(dot.weights->get().getType())
          .getIntOrFloatBitWidth() > 8) {
    why = "the weights are wider than 8 bits";
    return failure();
  }
  AffineMap dataMap = op.getMatchingIndexingMap(dot.data);
  AffineMap weightMap = op.getMatchingIndexingMap(dot.weights);
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!weightMap.isProjectedPermutation() || !outMap.isProjectedPermutation()) {
    why = "the weight or output indexing is not a projected permutation";
    return failure();
  }
  dot.loopRanges = op.getStaticLoopRanges();
  auto iterators = op.getIteratorTypesArray();
  for (unsigned d = 0; d < op.getNumLoops(); ++d) {
    bool inData = dataMap.isFunctionOfDim(d);
    bool inWeights = weightMap.isFunctionOfDim(d);
    bool inOut = outMap.isFunctionOfDim(d);
    bool parallel = iterators[d] == utils::IteratorType::parallel;
    if (inData && inOut && !inWeights && parallel) {
      dot.mLoops.push_back(d);
      dot.m *= dot.loopRanges[d];
    } else if (inWeights && inOut && !inData && parallel) {
      dot.nLoops.push_back(d);
      dot.n *= dot.loopRanges[d];
    } else if (inData && inWeights && !inOut && !parallel) {
      dot.kLoops.push_back(d);
      dot.k *= dot.loopRanges[d];
    } else if (inData && inWeights && inOut) {
      why = "loop d" + std::to_string(d) +
            " indexes the data, the weights and the output (a depthwise or "
            "grouped channel)";
      return failure();
    } else {
      why = "loop d" + std::to_string(d) + " is not an M, N or K loop";
      return failure();
    }
  }
  if (dot.mLoops.empty() || dot.nLoops.empty() || dot.kLoops.empty()) {
    why = "the contraction lacks an M, N or K loop";
    return failure();
  }
  return dot;
}
