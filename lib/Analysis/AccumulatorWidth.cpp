//===- AccumulatorWidth.cpp - bounds on integer dot-product sums ---------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/AccumulatorWidth.h"
#include "qnt/Analysis/ConstantIntegers.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

bool mlir::qnt::areI16PairSumsExact(int64_t weightMin, int64_t weightMax) {
  int64_t maxWeight = std::max(std::abs(weightMin), std::abs(weightMax));
  return 255 * 2 * maxWeight <= 32767;
}

int64_t mlir::qnt::i16PairSumSteps(int64_t weightMin, int64_t weightMax) {
  int64_t maxWeight = std::max(std::abs(weightMin), std::abs(weightMax));
  if (maxWeight == 0)
    return 1024;
  return std::min<int64_t>(1024, 32767 / (255 * 2 * maxWeight));
}

unsigned mlir::qnt::signedBitsFor(IntRange range) {
  for (unsigned bits = 1; bits < 64; ++bits) {
    IntRange r = storageRange(bits, /*isSigned=*/true);
    if (range.min >= r.min && range.max <= r.max)
      return bits;
  }
  return 64;
}

namespace {

/// Interval arithmetic in doubles (exact below 2^53, ample here).
struct Interval {
  double lo, hi;
};

Interval hull(std::initializer_list<double> values) {
  return {std::min(values), std::max(values)};
}

IntRange toRange(Interval i) {
  return {static_cast<int64_t>(i.lo), static_cast<int64_t>(i.hi)};
}

/// The values of a constant integer operand, through the reshapes and
/// transposes qnt-realize rebuilds on weights.
std::optional<Interval> constantRange(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def)) {
      value = def->getOperand(0);
      continue;
    }
    if (auto transpose = dyn_cast<linalg::TransposeOp>(def)) {
      value = transpose.getInput();
      continue;
    }
    break;
  }
  std::optional<std::vector<int64_t>> values = readConstantIntegers(value);
  if (!values || values->empty())
    return std::nullopt;
  auto [lo, hi] = std::minmax_element(values->begin(), values->end());
  return Interval{double(*lo), double(*hi)};
}

/// The range its producer guarantees for a run-time integer tensor: a
/// requantization's clamp, a quantized value's storage range (4-bit grids
/// stored in i8 among them), through reshapes, slices and constant pads.
std::optional<Interval> producedRange(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  if (auto requantize = dyn_cast<RequantizeOp>(def))
    return Interval{double(int64_t(requantize.getClampMin())),
                    double(int64_t(requantize.getClampMax()))};
  if (auto storage = dyn_cast<quant::StorageCastOp>(def)) {
    auto type = dyn_cast<quant::QuantizedType>(
        getElementTypeOrSelf(storage.getInput().getType()));
    if (!type)
      return std::nullopt;
    return Interval{double(type.getStorageTypeMin()),
                    double(type.getStorageTypeMax())};
  }
  if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp,
          tensor::ExtractSliceOp>(def))
    return producedRange(def->getOperand(0));
  if (auto pad = dyn_cast<tensor::PadOp>(def)) {
    std::optional<Interval> inner = producedRange(pad.getSource());
    APInt padding;
    if (!inner ||
        !matchPattern(pad.getConstantPaddingValue(), m_ConstantInt(&padding)))
      return std::nullopt;
    double p = double(padding.getSExtValue());
    return Interval{std::min(inner->lo, p), std::max(inner->hi, p)};
  }
  return std::nullopt;
}

/// The range of an integer tensor operand: its constant values, what its
/// producer guarantees, or its element type's full range.
Interval operandRange(Value value, bool &isConstant) {
  if (std::optional<Interval> c = constantRange(value)) {
    isConstant = true;
    return *c;
  }
  isConstant = false;
  if (std::optional<Interval> produced = producedRange(value))
    return *produced;
  unsigned bits = getElementTypeOrSelf(value.getType()).getIntOrFloatBitWidth();
  IntRange r = storageRange(std::min(bits, 63u), true);
  return {double(r.min), double(r.max)};
}

/// The init's range: a constant, a fill or a broadcast of a constant.
std::optional<Interval> initRange(Value init) {
  if (auto fill = init.getDefiningOp<linalg::FillOp>()) {
    IntegerAttr v;
    if (matchPattern(fill.getInputs()[0], m_Constant(&v)))
      return Interval{double(v.getInt()), double(v.getInt())};
    return std::nullopt;
  }
  if (auto broadcast = init.getDefiningOp<linalg::BroadcastOp>())
    return constantRange(broadcast.getInput());
  return constantRange(init);
}

/// The range of `v` in a generic's body, from the block arguments' ranges.
std::optional<Interval> bodyRange(Value v, DenseMap<Value, Interval> &known) {
  if (auto it = known.find(v); it != known.end())
    return it->second;
  Operation *def = v.getDefiningOp();
  if (!def)
    return std::nullopt;
  IntegerAttr c;
  if (matchPattern(v, m_Constant(&c)))
    return Interval{double(c.getInt()), double(c.getInt())};
  auto operand = [&](unsigned i) { return bodyRange(def->getOperand(i), known); };
  std::optional<Interval> result;
  if (isa<arith::ExtSIOp>(def)) {
    result = operand(0);
  } else if (isa<arith::ExtUIOp>(def)) {
    std::optional<Interval> a = operand(0);
    unsigned bits = def->getOperand(0).getType().getIntOrFloatBitWidth();
    if (a && a->lo >= 0)
      result = a;
    else
      result = Interval{0.0, std::ldexp(1.0, bits) - 1};
  } else if (isa<arith::AddIOp, arith::SubIOp, arith::MulIOp>(def)) {
    std::optional<Interval> a = operand(0), b = operand(1);
    if (a && b) {
      if (isa<arith::AddIOp>(def))
        result = Interval{a->lo + b->lo, a->hi + b->hi};
      else if (isa<arith::SubIOp>(def))
        result = Interval{a->lo - b->hi, a->hi - b->lo};
      else
        result = hull({a->lo * b->lo, a->lo * b->hi, a->hi * b->lo,
                       a->hi * b->hi});
    }
  } else if (auto select = dyn_cast<arith::SelectOp>(def)) {
    std::optional<Interval> a = operand(1), b = operand(2);
    if (a && b)
      result = Interval{std::min(a->lo, b->lo), std::max(a->hi, b->hi)};
  }
  if (result)
    known[v] = *result;
  return result;
}

int64_t reductionLength(ArrayRef<int64_t> ranges,
                        ArrayRef<utils::IteratorType> iterators) {
  int64_t k = 1;
  for (auto [range, kind] : llvm::zip(ranges, iterators))
    if (kind == utils::IteratorType::reduction)
      k *= range;
  return k;
}

void finish(AccumulatorBound &bound, unsigned operandBits) {
  double k = double(bound.reduction);
  double lo = std::min(0.0, k * bound.term.min);
  double hi = std::max(0.0, k * bound.term.max);
  bound.sums = toRange({lo, hi});
  bound.bits = signedBitsFor(bound.sums);
  if (bound.init) {
    IntRange total{bound.init->min + bound.sums.min,
                   bound.init->max + bound.sums.max};
    bound.totalBits = signedBitsFor(total);
  }
  bound.analyticBits =
      2 * operandBits +
      unsigned(std::ceil(std::log2(std::max<double>(k, 1.0))));
  double maxTerm = std::max(std::fabs(double(bound.term.min)),
                            std::fabs(double(bound.term.max)));
  bound.i16Run = maxTerm == 0.0 ? bound.reduction
                                : int64_t(std::floor(32767.0 / maxTerm));
  bound.i16PairsExact =
      areI16PairSumsExact(bound.weight.min, bound.weight.max);
}

} // namespace

std::optional<AccumulatorBound>
mlir::qnt::analyzeAccumulator(Operation *op, std::string &why) {
  AccumulatorBound bound;
  if (auto xnor = dyn_cast<XnorPopcountOp>(op)) {
    bound.term = {-1, 1};
    bound.data = bound.weight = {-1, 1};
    bound.reduction = xnor.getNumBits();
    if (std::optional<Interval> init = initRange(xnor.getInit()))
      bound.init = toRange(*init);
    finish(bound, 1);
    return bound;
  }
  if (auto signs = dyn_cast<SignedAccumulateOp>(op)) {
    bool constant;
    Interval x = operandRange(signs.getInput(), constant);
    double zp = double(static_cast<int64_t>(signs.getInputZp()));
    Interval centered{x.lo - zp, x.hi - zp};
    double m = std::max(std::fabs(centered.lo), std::fabs(centered.hi));
    bound.term = toRange({-m, m});
    bound.data = toRange(centered);
    bound.weight = {-1, 1};
    auto shapedInit = cast<RankedTensorType>(signs.getInit().getType());
    (void)shapedInit;
    // K: the reduction loops' extents, from the operands they index.
    SmallVector<int64_t> ranges(signs.getIteratorTypes().size(), 1);
    SmallVector<utils::IteratorType> iterators;
    for (StringRef kind :
         signs.getIteratorTypes().getAsValueRange<StringAttr>())
      iterators.push_back(kind == "parallel" ? utils::IteratorType::parallel
                                             : utils::IteratorType::reduction);
    Value operands[] = {signs.getInput(), signs.getWeight(), signs.getInit()};
    for (auto [map, operand] :
         llvm::zip(signs.getIndexingMaps().getAsValueRange<AffineMapAttr>(),
                   operands))
      for (auto [r, expr] : llvm::enumerate(map.getResults()))
        if (auto dim = dyn_cast<AffineDimExpr>(expr))
          ranges[dim.getPosition()] =
              cast<RankedTensorType>(operand.getType()).getDimSize(r);
    bound.reduction = reductionLength(ranges, iterators);
    if (std::optional<Interval> init = initRange(signs.getInit()))
      bound.init = toRange(*init);
    finish(bound, getElementTypeOrSelf(signs.getInput().getType())
                      .getIntOrFloatBitWidth());
    return bound;
  }
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || generic.getNumDpsInits() != 1 ||
      generic.getNumDpsInputs() != 2 || generic.getNumReductionLoops() == 0) {
    why = "not a two-input reduction";
    return std::nullopt;
  }
  Type accType = getElementTypeOrSelf(generic.getDpsInitOperand(0)->get());
  if (!accType.isSignlessInteger(32)) {
    why = "does not accumulate in i32";
    return std::nullopt;
  }
  Block &body = generic.getRegion().front();
  Value acc = body.getArguments().back();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  auto add = yield.getOperand(0).getDefiningOp<arith::AddIOp>();
  if (!add || (add.getLhs() != acc && add.getRhs() != acc)) {
    why = "its body is not acc + term";
    return std::nullopt;
  }
  Value term = add.getLhs() == acc ? add.getRhs() : add.getLhs();
  DenseMap<Value, Interval> known;
  unsigned operandBits = 0;
  bool constants[2] = {false, false};
  Interval ranges[2];
  for (int i = 0; i < 2; ++i) {
    Value operand = generic.getDpsInputOperand(i)->get();
    Type element = getElementTypeOrSelf(operand);
    if (!isa<IntegerType>(element)) {
      why = "its inputs are not integers";
      return std::nullopt;
    }
    operandBits = std::max(operandBits, element.getIntOrFloatBitWidth());
    ranges[i] = operandRange(operand, constants[i]);
    known[body.getArgument(i)] = ranges[i];
  }
  std::optional<Interval> t = bodyRange(term, known);
  if (!t) {
    why = "its term is not integer arithmetic of the inputs";
    return std::nullopt;
  }
  bound.term = toRange(*t);
  // The weight: the constant operand (else the second); centered by the
  // zero point the body subtracts, when it does.
  int w = constants[0] && !constants[1] ? 0 : 1;
  bound.weightIsConstant = constants[w];
  auto centeredRange = [&](int i) {
    Value arg = body.getArgument(i);
    for (Operation *user : arg.getUsers()) {
      Value v = user->getResult(0);
      if (isa<arith::ExtSIOp, arith::ExtUIOp>(user) && v.hasOneUse())
        if (auto sub = dyn_cast<arith::SubIOp>(*v.getUsers().begin()))
          if (std::optional<Interval> r = bodyRange(sub.getResult(), known))
            return toRange(*r);
    }
    return toRange(ranges[i]);
  };
  bound.weight = centeredRange(w);
  bound.data = centeredRange(1 - w);
  bound.reduction = reductionLength(generic.getStaticLoopRanges(),
                                    generic.getIteratorTypesArray());
  if (std::optional<Interval> init =
          initRange(generic.getDpsInitOperand(0)->get()))
    bound.init = toRange(*init);
  finish(bound, operandBits);
  return bound;
}
