//===- ChannelAffine.cpp - recognise per-channel affine maps -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A linalg.generic is interpreted symbolically: every body value is either a
// per-channel constant, an affine form a_c · x + b_c of the chosen input x,
// or anything else. The op is a per-channel affine map of x when exactly one
// affine value escapes into non-affine code or the yield (the "frontier"):
// that value is what folding replaces by x.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/ChannelAffine.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// A body value as a function of x, per channel (vectors of length 1 are
/// broadcast over every channel).
struct Form {
  enum Kind { Constant, Affine, Other } kind = Other;
  SmallVector<double> a, b; // value = a · x + b (a unused for Constant)

  static Form constant(SmallVector<double> b) {
    return {Constant, SmallVector<double>(b.size(), 0.0), std::move(b)};
  }
  static Form other() { return {}; }
  bool dependsOnX() const { return kind == Affine; }
};

/// Applies `fn` channel by channel over vectors of length 1 or N.
SmallVector<double> zipChannels(ArrayRef<double> x, ArrayRef<double> y,
                                function_ref<double(double, double)> fn) {
  size_t n = std::max(x.size(), y.size());
  SmallVector<double> out(n);
  for (size_t i = 0; i < n; ++i)
    out[i] = fn(x[x.size() == 1 ? 0 : i], y[y.size() == 1 ? 0 : i]);
  return out;
}

SmallVector<double> mapChannels(ArrayRef<double> x,
                                function_ref<double(double)> fn) {
  SmallVector<double> out;
  for (double v : x)
    out.push_back(fn(v));
  return out;
}

Form add(const Form &l, const Form &r, double sign) {
  if (l.kind == Form::Other || r.kind == Form::Other)
    return Form::other();
  auto op = [&](double p, double q) { return p + sign * q; };
  Form f{l.kind == Form::Affine || r.kind == Form::Affine ? Form::Affine
                                                          : Form::Constant,
         zipChannels(l.a, r.a, op), zipChannels(l.b, r.b, op)};
  return f;
}

Form scale(const Form &f, const Form &c, bool divide) {
  auto op = [&](double p, double q) { return divide ? p / q : p * q; };
  return {f.kind, zipChannels(f.a, c.b, op), zipChannels(f.b, c.b, op)};
}

Form mul(const Form &l, const Form &r) {
  if (l.kind == Form::Other || r.kind == Form::Other)
    return Form::other();
  if (l.kind == Form::Affine && r.kind == Form::Affine)
    return Form::other(); // quadratic in x
  if (l.kind == Form::Affine)
    return scale(l, r, false);
  return scale(r, l, false);
}

Form div(const Form &l, const Form &r) {
  if (l.kind == Form::Other || r.kind != Form::Constant)
    return Form::other();
  return scale(l, r, true);
}

Form unaryConstant(const Form &f, function_ref<double(double)> fn) {
  if (f.kind != Form::Constant)
    return Form::other();
  return Form::constant(mapChannels(f.b, fn));
}

/// Interprets one body op given the forms of its operands.
Form interpret(Operation *op, ArrayRef<Form> in) {
  return llvm::TypeSwitch<Operation *, Form>(op)
      .Case([&](arith::ConstantOp c) {
        if (auto f = dyn_cast<FloatAttr>(c.getValue()))
          return Form::constant({f.getValueAsDouble()});
        return Form::other();
      })
      .Case([&](arith::AddFOp) { return add(in[0], in[1], 1.0); })
      .Case([&](arith::SubFOp) { return add(in[0], in[1], -1.0); })
      .Case([&](arith::MulFOp) { return mul(in[0], in[1]); })
      .Case([&](arith::DivFOp) { return div(in[0], in[1]); })
      .Case([&](arith::NegFOp) {
        if (in[0].kind == Form::Other)
          return Form::other();
        return Form{in[0].kind,
                    mapChannels(in[0].a, [](double v) { return -v; }),
                    mapChannels(in[0].b, [](double v) { return -v; })};
      })
      .Case([&](math::SqrtOp) {
        return unaryConstant(in[0], [](double v) { return std::sqrt(v); });
      })
      .Case([&](math::RsqrtOp) {
        return unaryConstant(in[0],
                             [](double v) { return 1.0 / std::sqrt(v); });
      })
      .Case<arith::ExtFOp, arith::TruncFOp>([&](Operation *) { return in[0]; })
      .Default([&](Operation *) { return Form::other(); });
}

} // namespace

FailureOr<ChannelConstant> mlir::qnt::readChannelConstant(Value operand,
                                                          AffineMap map,
                                                          std::string &reason) {
  std::optional<SmallVector<double>> values = getConstantFloatTensor(operand);
  if (!values)
    return failure();
  auto type = cast<RankedTensorType>(operand.getType());
  ArrayRef<int64_t> shape = type.getShape();
  SmallVector<int64_t> base(shape.size(), 0);
  std::optional<unsigned> loopDim;
  int64_t varyingPos = -1;
  for (auto [pos, expr] : llvm::enumerate(map.getResults())) {
    if (auto cst = dyn_cast<AffineConstantExpr>(expr)) {
      base[pos] = cst.getValue();
      continue;
    }
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim) {
      reason = "an operand is indexed by a non-trivial affine expression";
      return failure();
    }
    if (shape[pos] == 1)
      continue;
    if (loopDim) {
      reason = "a constant operand varies along more than one dimension, so "
               "the op is not per-channel";
      return failure();
    }
    loopDim = dim.getPosition();
    varyingPos = pos;
  }
  auto flatIndex = [&](ArrayRef<int64_t> index) {
    int64_t flat = 0;
    for (auto [i, size] : llvm::enumerate(shape))
      flat = flat * size + index[i];
    return flat;
  };
  ChannelConstant result{{}, loopDim};
  if (!loopDim) {
    result.values.push_back((*values)[flatIndex(base)]);
    return result;
  }
  for (int64_t c = 0; c < shape[varyingPos]; ++c) {
    base[varyingPos] = c;
    result.values.push_back((*values)[flatIndex(base)]);
  }
  return result;
}

namespace {

ChannelAffineMatch matchGeneric(linalg::GenericOp generic,
                                ChannelAffine &result, std::string &reason) {
  if (generic.getNumDpsInits() != 1 || generic->getNumResults() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops())
    return ChannelAffineMatch::NoMatch;
  auto outType = dyn_cast<RankedTensorType>(generic->getResult(0).getType());
  if (!outType || !outType.hasStaticShape() ||
      !isa<FloatType>(outType.getElementType()) ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
           .isIdentity())
    return ChannelAffineMatch::NoMatch;

  // x is the one non-constant input read element for element.
  int64_t xIndex = -1;
  std::string blocked;
  SmallVector<std::optional<ChannelConstant>> constants;
  for (OpOperand *operand : generic.getDpsInputOperands()) {
    AffineMap map = generic.getMatchingIndexingMap(operand);
    std::string why;
    FailureOr<ChannelConstant> constant =
        readChannelConstant(operand->get(), map, why);
    if (succeeded(constant)) {
      constants.push_back(*constant);
      continue;
    }
    constants.push_back(std::nullopt);
    if (!why.empty()) {
      blocked = why;
      continue;
    }
    if (map.isIdentity() && operand->get().getType() == outType) {
      if (xIndex >= 0)
        return ChannelAffineMatch::NoMatch; // e.g. a residual add
      xIndex = operand->getOperandNumber();
      continue;
    }
    blocked = "operand #" + std::to_string(operand->getOperandNumber()) +
              " is not a constant";
  }
  if (xIndex < 0)
    return ChannelAffineMatch::NoMatch;

  // Every varying constant must vary along the same loop dimension.
  std::optional<unsigned> channelLoop;
  for (const std::optional<ChannelConstant> &c : constants) {
    if (!c || !c->loopDim)
      continue;
    if (channelLoop && *channelLoop != *c->loopDim) {
      blocked = "constants vary along different dimensions";
      break;
    }
    channelLoop = c->loopDim;
  }

  Block &body = generic.getRegion().front();
  llvm::DenseMap<Value, Form> forms;
  for (auto [i, arg] : llvm::enumerate(body.getArguments())) {
    if (static_cast<int64_t>(i) == xIndex)
      forms[arg] = Form{Form::Affine, {1.0}, {0.0}};
    else if (i < constants.size() && constants[i])
      forms[arg] = Form::constant(constants[i]->values);
    else if (i < constants.size())
      // A non-constant input: analysed as an unknown constant so that the
      // op is still recognised (and reported as blocked).
      forms[arg] = Form::constant({std::nan("")});
    else
      forms[arg] = Form::other();
  }
  for (Operation &op : body.without_terminator()) {
    SmallVector<Form> in;
    for (Value operand : op.getOperands()) {
      auto it = forms.find(operand);
      if (it != forms.end()) {
        in.push_back(it->second);
        continue;
      }
      // A scalar captured from outside the body (constants get hoisted).
      FloatAttr scalar;
      if (matchPattern(operand, m_Constant(&scalar)))
        in.push_back(Form::constant({scalar.getValueAsDouble()}));
      else
        in.push_back(Form::other());
    }
    Form f = interpret(&op, in);
    for (Value r : op.getResults())
      forms[r] = f;
  }

  // The frontier: affine values used by non-affine code or the yield.
  SmallVector<Value> frontier;
  auto visit = [&](Value v) {
    if (!forms[v].dependsOnX())
      return;
    for (OpOperand &use : v.getUses()) {
      Operation *user = use.getOwner();
      bool escapes = isa<linalg::YieldOp>(user) ||
                     llvm::any_of(user->getResults(), [&](Value r) {
                       return !forms[r].dependsOnX();
                     });
      if (escapes) {
        frontier.push_back(v);
        return;
      }
    }
  };
  for (BlockArgument arg : body.getArguments())
    visit(arg);
  for (Operation &op : body.without_terminator())
    for (Value r : op.getResults())
      visit(r);
  if (frontier.size() != 1 || isa<BlockArgument>(frontier.front()))
    return ChannelAffineMatch::NoMatch;
  if (!blocked.empty()) {
    reason = blocked;
    return ChannelAffineMatch::Blocked;
  }

  Value v = frontier.front();
  const Form &form = forms[v];
  result.input = generic->getOperand(xIndex);
  result.channelDim =
      channelLoop ? std::optional<int64_t>(*channelLoop) : std::nullopt;
  size_t n = std::max(form.a.size(), form.b.size());
  result.scale.clear();
  result.shift.clear();
  for (size_t c = 0; c < n; ++c) {
    result.scale.push_back(form.a[form.a.size() == 1 ? 0 : c]);
    result.shift.push_back(form.b[form.b.size() == 1 ? 0 : c]);
  }
  bool wholeOp = llvm::all_of(
      v.getUsers(), [](Operation *user) { return isa<linalg::YieldOp>(user); });
  result.bodyValue = wholeOp ? Value() : v;
  if (wholeOp && generic->getResult(0).getType() != result.input.getType())
    return ChannelAffineMatch::NoMatch;
  return ChannelAffineMatch::Matched;
}

ChannelAffineMatch matchBatchNorm(BatchNormOp bn, ChannelAffine &result,
                                  std::string &reason) {
  std::optional<SmallVector<double>> gamma =
      getConstantFloatTensor(bn.getScale());
  std::optional<SmallVector<double>> beta =
      getConstantFloatTensor(bn.getBias());
  std::optional<SmallVector<double>> mean =
      getConstantFloatTensor(bn.getMean());
  std::optional<SmallVector<double>> var =
      getConstantFloatTensor(bn.getVariance());
  const char *missing = !gamma  ? "scale"
                        : !beta ? "bias"
                        : !mean ? "mean"
                        : !var  ? "variance"
                                : nullptr;
  if (missing) {
    reason = std::string("its ") + missing + " operand is not a constant";
    return ChannelAffineMatch::Blocked;
  }
  double epsilon = bn.getEpsilon().convertToDouble();
  result.input = bn.getInput();
  result.channelDim = bn.getAxis();
  result.scale.clear();
  result.shift.clear();
  for (size_t c = 0; c < gamma->size(); ++c) {
    double a = (*gamma)[c] / std::sqrt((*var)[c] + epsilon);
    result.scale.push_back(a);
    result.shift.push_back((*beta)[c] - (*mean)[c] * a);
  }
  result.bodyValue = Value();
  return ChannelAffineMatch::Matched;
}

} // namespace

ChannelAffineMatch mlir::qnt::matchChannelAffine(Operation *op,
                                                 ChannelAffine &result,
                                                 std::string &reason) {
  if (auto bn = dyn_cast<BatchNormOp>(op))
    return matchBatchNorm(bn, result, reason);
  if (auto generic = dyn_cast<linalg::GenericOp>(op))
    return matchGeneric(generic, result, reason);
  return ChannelAffineMatch::NoMatch;
}
