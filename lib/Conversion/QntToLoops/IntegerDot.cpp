//===- IntegerDot.cpp - an integer layer as a GEMM ------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "IntegerDot.h"

#include "qnt/Analysis/ConstantIntegers.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

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

std::optional<InitSource> mlir::qnt::getInitSource(Value init) {
  InitSource result;
  if (auto broadcast = init.getDefiningOp<linalg::BroadcastOp>()) {
    if (!broadcast.hasPureTensorSemantics())
      return std::nullopt;
    ArrayRef<int64_t> added = broadcast.getDimensions();
    auto rank = cast<ShapedType>(init.getType()).getRank();
    for (int64_t d = 0; d < rank; ++d)
      if (!llvm::is_contained(added, d))
        result.sourceDims.push_back(d);
    result.source = broadcast.getInput();
    return result;
  }
  APInt value;
  if (matchPattern(init, m_ConstantInt(&value))) {
    result.splat = value.getSExtValue();
    return result;
  }
  return std::nullopt;
}

bool mlir::qnt::isIntegerLayer(Operation *op) {
  if (isa<SignedAccumulateOp, XnorPopcountOp>(op))
    return true;
  auto generic = dyn_cast<linalg::GenericOp>(op);
  return generic && matchBody(generic).has_value();
}

/// Whether loop `d` is exactly one result of `map` and enters no other.
static bool isOwnDimension(AffineMap map, unsigned d) {
  unsigned uses = 0;
  bool exact = false;
  for (AffineExpr expr : map.getResults()) {
    if (!expr.isFunctionOfDim(d))
      continue;
    ++uses;
    exact = isa<AffineDimExpr>(expr);
  }
  return uses == 1 && exact;
}

/// Classifies the loops and checks shapes; `dot` has its operands and maps.
/// `depthwise`: the layer must be one (a single group loop, no N loop).
static LogicalResult classifyLoops(IntegerDot &dot,
                                   ArrayRef<utils::IteratorType> iterators,
                                   std::string &why, bool depthwise = false) {
  for (Value operand : {dot.data, dot.weights, dot.init}) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    if (!type || !type.hasStaticShape() || type.getNumElements() == 0) {
      why = "an operand is not a non-empty statically shaped tensor";
      return failure();
    }
  }
  if (dot.xnorBits != 0) {
    unsigned word = getElementTypeOrSelf(dot.data.getType()).getIntOrFloatBitWidth();
    if (word < 8) {
      why = "the words are single bits (not packed into bytes)";
      return failure();
    }
  } else if (getElementTypeOrSelf(dot.data.getType()).getIntOrFloatBitWidth() >
             8) {
    why = "the data is wider than 8 bits";
    return failure();
  } else if (getElementTypeOrSelf(dot.weights.getType())
                 .getIntOrFloatBitWidth() > 8) {
    why = "the weights are wider than 8 bits";
    return failure();
  }
  if (!dot.weightMap.isProjectedPermutation() ||
      !dot.initMap.isProjectedPermutation()) {
    why = "the weight or output indexing is not a projected permutation";
    return failure();
  }
  // Loop ranges from the operands' static shapes.
  unsigned numLoops = iterators.size();
  dot.loopRanges.assign(numLoops, ShapedType::kDynamic);
  for (auto [value, map] : {std::make_pair(dot.weights, dot.weightMap),
                            std::make_pair(dot.init, dot.initMap)}) {
    ArrayRef<int64_t> shape = cast<RankedTensorType>(value.getType()).getShape();
    for (unsigned r = 0; r < map.getNumResults(); ++r)
      dot.loopRanges[map.getDimPosition(r)] = shape[r];
  }
  for (unsigned d = 0; d < numLoops; ++d) {
    bool inData = dot.dataMap.isFunctionOfDim(d);
    bool inWeights = dot.weightMap.isFunctionOfDim(d);
    bool inOut = dot.initMap.isFunctionOfDim(d);
    bool parallel = iterators[d] == utils::IteratorType::parallel;
    if (ShapedType::isDynamic(dot.loopRanges[d])) {
      why = "the range of loop d" + std::to_string(d) + " is unknown";
      return failure();
    }
    if (inData && inOut && !inWeights && parallel) {
      dot.mLoops.push_back(d);
      dot.m *= dot.loopRanges[d];
    } else if (inWeights && inOut && !inData && parallel) {
      dot.nLoops.push_back(d);
      dot.n *= dot.loopRanges[d];
    } else if (inData && inWeights && !inOut && !parallel) {
      dot.kLoops.push_back(d);
      dot.k *= dot.loopRanges[d];
    } else if (inData && inWeights && inOut && parallel &&
               isOwnDimension(dot.dataMap, d) &&
               isOwnDimension(dot.weightMap, d) &&
               isOwnDimension(dot.initMap, d)) {
      dot.batchLoops.push_back(d);
      dot.batch *= dot.loopRanges[d];
    } else if (inData && inWeights && inOut) {
      why = "loop d" + std::to_string(d) +
            " indexes the data, the weights and the output, but not as a "
            "dimension of its own";
      return failure();
    } else {
      why = "loop d" + std::to_string(d) + " is not an M, N or K loop";
      return failure();
    }
  }
  if (depthwise) {
    if (dot.batchLoops.size() != 1 || !dot.nLoops.empty() ||
        dot.mLoops.empty() || dot.kLoops.empty()) {
      why = "not a depthwise layer (one channel loop, pixel and tap loops)";
      return failure();
    }
    return success();
  }
  if (!dot.batchLoops.empty() && dot.nLoops.empty()) {
    why = "loop d" + std::to_string(dot.batchLoops.front()) +
          " indexes the data, the weights and the output with no output "
          "channel per group (a depthwise channel)";
    return failure();
  }
  if (dot.mLoops.empty() || dot.nLoops.empty() || dot.kLoops.empty()) {
    why = "the contraction lacks an M, N or K loop";
    return failure();
  }
  if (!dot.batchLoops.empty() && !isa<linalg::GenericOp>(dot.op)) {
    why = "groups are split only for linalg.generic layers";
    return failure();
  }
  // One GEMM per group: keep the code size bounded.
  constexpr int64_t kMaxGroups = 256;
  if (dot.batch > kMaxGroups) {
    why = std::to_string(dot.batch) + " groups (at most " +
          std::to_string(kMaxGroups) + " are split into GEMMs)";
    return failure();
  }
  return success();
}

/// qnt.signed_accumulate and qnt.xnor_popcount: input, constant weight and
/// init with their maps and iterators as attributes.
template <typename OpTy>
static FailureOr<IntegerDot> matchSignLayer(OpTy op, std::string &why) {
  IntegerDot dot;
  dot.op = op;
  dot.data = op.getInput();
  dot.weights = op.getWeight();
  dot.init = op.getInit();
  SmallVector<AffineMap> maps = llvm::to_vector(
      op.getIndexingMaps().template getAsValueRange<AffineMapAttr>());
  dot.dataMap = maps[0];
  dot.weightMap = maps[1];
  dot.initMap = maps[2];
  std::optional<std::vector<int64_t>> values =
      readConstantIntegers(dot.weights);
  if (!values) {
    why = "the weights are not a constant (weights are packed at compile "
          "time)";
    return failure();
  }
  if constexpr (std::is_same_v<OpTy, XnorPopcountOp>) {
    dot.xnorBits = op.getNumBits();
  } else {
    dot.dataZeroPoint = op.getInputZp();
    // Binary weights: bit 1 is +1, bit 0 is −1.
    if (getElementTypeOrSelf(dot.weights.getType()).isInteger(1))
      for (int64_t &v : *values)
        v = 2 * v - 1;
  }
  dot.weightValues = std::move(*values);
  SmallVector<utils::IteratorType> iterators;
  for (StringRef name :
       op.getIteratorTypes().template getAsValueRange<StringAttr>())
    iterators.push_back(name == "parallel" ? utils::IteratorType::parallel
                                           : utils::IteratorType::reduction);
  if (failed(classifyLoops(dot, iterators, why)))
    return failure();
  return dot;
}

/// The dot-product generic `operation` (a GEMM, or a depthwise layer).
static FailureOr<IntegerDot> matchGenericDot(Operation *operation,
                                             std::string &why,
                                             bool depthwise) {
  auto op = dyn_cast<linalg::GenericOp>(operation);
  std::optional<DotBody> body = op ? matchBody(op) : std::nullopt;
  if (!body) {
    why = "not an integer dot product";
    return failure();
  }
  if (!op.hasPureTensorSemantics()) {
    why = "not on tensors";
    return failure();
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
    dot.weights = inputs[i]->get();
    dot.weightMap = op.getMatchingIndexingMap(inputs[i]);
    dot.weightZeroPoint = factors[i].zeroPoint;
    dot.weightValues = std::move(*values);
    dot.data = inputs[1 - i]->get();
    dot.dataMap = op.getMatchingIndexingMap(inputs[1 - i]);
    dot.dataZeroPoint = factors[1 - i].zeroPoint;
    break;
  }
  if (!dot.weights) {
    why = "neither input is a constant (weights are packed at compile time)";
    return failure();
  }
  OpOperand *init = op.getDpsInitOperand(0);
  dot.init = init->get();
  dot.initMap = op.getMatchingIndexingMap(init);
  if (failed(classifyLoops(dot, op.getIteratorTypesArray(), why, depthwise)))
    return failure();
  return dot;
}

FailureOr<IntegerDot> mlir::qnt::matchIntegerDot(Operation *operation,
                                                 std::string &why) {
  if (auto accumulate = dyn_cast<SignedAccumulateOp>(operation))
    return matchSignLayer(accumulate, why);
  if (auto xnor = dyn_cast<XnorPopcountOp>(operation))
    return matchSignLayer(xnor, why);
  return matchGenericDot(operation, why, /*depthwise=*/false);
}

FailureOr<IntegerDot> mlir::qnt::matchDepthwiseDot(Operation *operation,
                                                   std::string &why) {
  return matchGenericDot(operation, why, /*depthwise=*/true);
}
