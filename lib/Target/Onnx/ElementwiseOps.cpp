//===- ElementwiseOps.cpp - ONNX element-wise, normalization, softmax ----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Element-wise operators become linalg.generic with numpy broadcasting
// (Importer::elementwise); constant Clip bounds are folded into the body so
// that the clamp is recognised and fused by qnt-realize.
// BatchNormalization becomes qnt.batch_norm (folded by qnt-fold-batchnorm).
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include <cfloat>
#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

namespace {

enum class Arith { Add, Sub, Mul, Div };

LogicalResult emitBinary(Importer &imp, Arith kind) {
  FailureOr<Tensor> a = imp.input(0), c = imp.input(1);
  FailureOr<RankedTensorType> type = imp.outputType(0);
  if (failed(a) || failed(c) || failed(type))
    return failure();
  Type element = type->getElementType();
  if (a->getElementType() != element || c->getElementType() != element)
    return imp.error() << "operands of different element types";
  bool isFloat = isa<FloatType>(element);
  bool isUnsigned = a->isUnsigned;
  Value result = imp.elementwise(
      ValueRange{a->value, c->value}, type->getShape(), element,
      [&](OpBuilder &b, Location l, ValueRange args) -> Value {
        Value x = args[0], y = args[1];
        switch (kind) {
        case Arith::Add:
          return isFloat ? Value(arith::AddFOp::create(b, l, x, y))
                         : Value(arith::AddIOp::create(b, l, x, y));
        case Arith::Sub:
          return isFloat ? Value(arith::SubFOp::create(b, l, x, y))
                         : Value(arith::SubIOp::create(b, l, x, y));
        case Arith::Mul:
          return isFloat ? Value(arith::MulFOp::create(b, l, x, y))
                         : Value(arith::MulIOp::create(b, l, x, y));
        case Arith::Div:
          if (isFloat)
            return arith::DivFOp::create(b, l, x, y);
          return isUnsigned ? Value(arith::DivUIOp::create(b, l, x, y))
                            : Value(arith::DivSIOp::create(b, l, x, y));
        }
        return x;
      });
  imp.setOutput(0, result, isUnsigned);
  return success();
}

/// A float unary operator.
LogicalResult
emitUnary(Importer &imp,
          function_ref<Value(OpBuilder &, Location, Value)> body) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> type = imp.outputType(0);
  if (failed(x) || failed(type))
    return failure();
  if (!isa<FloatType>(x->getElementType()))
    return imp.error() << "only float inputs are supported, got "
                       << x->getElementType();
  imp.setOutput(0, imp.elementwise(x->value, type->getShape(),
                                   type->getElementType(),
                                   [&](OpBuilder &b, Location l,
                                       ValueRange args) {
                                     return body(b, l, args[0]);
                                   }));
  return success();
}

Value floatConstant(OpBuilder &b, Location l, Type type, double v) {
  return arith::ConstantOp::create(b, l, b.getFloatAttr(type, v));
}

LogicalResult emitRelu(Importer &imp) {
  return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
    return arith::MaximumFOp::create(b, l, x,
                                     floatConstant(b, l, x.getType(), 0.0))
        .getResult();
  });
}

LogicalResult emitLeakyRelu(Importer &imp) {
  double alpha = imp.attrFloat("alpha", 0.01);
  return emitUnary(imp, [&](OpBuilder &b, Location l, Value x) {
    Value zero = floatConstant(b, l, x.getType(), 0.0);
    Value scaled =
        arith::MulFOp::create(b, l, x, floatConstant(b, l, x.getType(), alpha));
    Value positive =
        arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT, x, zero);
    return arith::SelectOp::create(b, l, positive, x, scaled).getResult();
  });
}

LogicalResult emitSigmoid(Importer &imp) {
  return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
    Type t = x.getType();
    Value one = floatConstant(b, l, t, 1.0);
    Value e = math::ExpOp::create(b, l, arith::NegFOp::create(b, l, x));
    return arith::DivFOp::create(b, l, one, arith::AddFOp::create(b, l, one, e))
        .getResult();
  });
}

/// Clip: bounds from attributes (opset < 11) or optional inputs. Constant
/// bounds live in the body; others are read as broadcast scalars.
LogicalResult emitClip(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> type = imp.outputType(0);
  if (failed(x) || failed(type))
    return failure();
  Type element = type->getElementType();
  bool isFloat = isa<FloatType>(element);
  bool isUnsigned = x->isUnsigned;
  std::optional<double> lo, hi;
  SmallVector<Value> inputs{x->value};
  int loIndex = -1, hiIndex = -1;
  if (imp.opset < 11) {
    lo = imp.attrFloat("min", -FLT_MAX);
    hi = imp.attrFloat("max", FLT_MAX);
  } else {
    for (unsigned i : {1u, 2u}) {
      if (!imp.hasInput(i))
        continue;
      std::optional<double> bound;
      if (std::optional<DenseElementsAttr> c = imp.constantInput(i)) {
        FailureOr<SmallVector<double>> v = imp.constantDoubles(i, "bound");
        if (failed(v) || v->size() != 1)
          return imp.error() << "Clip bounds must be scalars";
        bound = v->front();
      } else {
        FailureOr<Tensor> t = imp.input(i);
        if (failed(t))
          return failure();
        (i == 1 ? loIndex : hiIndex) = inputs.size();
        inputs.push_back(t->value);
      }
      (i == 1 ? lo : hi) = bound;
    }
  }
  Value result = imp.elementwise(
      inputs, type->getShape(), element,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value v = args[0];
        auto bound = [&](std::optional<double> c, int index) -> Value {
          if (index >= 0)
            return args[index];
          if (!c)
            return Value();
          if (isFloat)
            return floatConstant(b, l, element, *c);
          // An integer bound saturated to the element's range.
          unsigned width = element.getIntOrFloatBitWidth();
          double lo = isUnsigned ? 0.0 : -std::ldexp(1.0, width - 1);
          // (The largest double below 2^63 for 64-bit elements.)
          double hi = std::min(isUnsigned ? std::ldexp(1.0, width) - 1
                                          : std::ldexp(1.0, width - 1) - 1,
                               std::nextafter(std::ldexp(1.0, 63), 0.0));
          double v = std::isnan(*c) ? 0.0 : std::clamp(*c, lo, hi);
          return arith::ConstantOp::create(
                     b, l, b.getIntegerAttr(element, int64_t(v)))
              .getResult();
        };
        if (Value low = bound(lo, loIndex))
          v = isFloat ? Value(arith::MaximumFOp::create(b, l, v, low))
              : isUnsigned ? Value(arith::MaxUIOp::create(b, l, v, low))
                           : Value(arith::MaxSIOp::create(b, l, v, low));
        if (Value high = bound(hi, hiIndex))
          v = isFloat ? Value(arith::MinimumFOp::create(b, l, v, high))
              : isUnsigned ? Value(arith::MinUIOp::create(b, l, v, high))
                           : Value(arith::MinSIOp::create(b, l, v, high));
        return v;
      });
  imp.setOutput(0, result, isUnsigned);
  return success();
}

LogicalResult emitBatchNorm(Importer &imp) {
  if (imp.attrInt("training_mode", 0) != 0)
    return imp.error() << "training mode is not supported (export the model "
                          "in eval mode)";
  for (unsigned i = 1; i < imp.getNumOutputs(); ++i)
    if (imp.hasOutput(i))
      return imp.error() << "the running-statistics outputs of training are "
                            "not supported";
  SmallVector<Value> operands;
  for (unsigned i = 0; i < 5; ++i) {
    FailureOr<Tensor> t = imp.input(i);
    if (failed(t))
      return failure();
    operands.push_back(t->value);
  }
  auto x = cast<RankedTensorType>(operands[0].getType());
  if (x.getRank() < 2 || !isa<FloatType>(x.getElementType()))
    return imp.error() << "expects a float input of rank ≥ 2 (N, C, ...)";
  for (unsigned i = 1; i < 5; ++i)
    if (operands[i].getType() != operands[1].getType() ||
        cast<RankedTensorType>(operands[i].getType()).getRank() != 1)
      return imp.error() << "scale, bias, mean and var must be 1-D tensors "
                            "of one type";
  Value y = BatchNormOp::create(
      imp.b, imp.loc, x, operands[0], operands[1], operands[2], operands[3],
      operands[4], imp.b.getI64IntegerAttr(1),
      imp.b.getF32FloatAttr(imp.attrFloat("epsilon", 1e-5)));
  imp.setOutput(0, y);
  return success();
}

/// Softmax over the dimensions `dims` (one axis from opset 13; before, the
/// input coerced to 2-D at `axis`: every dimension from it on).
LogicalResult emitSoftmax(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0);
  if (failed(x))
    return failure();
  if (!isa<FloatType>(x->getElementType()))
    return imp.error() << "only float inputs are supported";
  int64_t rank = x->getRank();
  int64_t axis = imp.attrInt("axis", imp.opset >= 13 ? -1 : 1);
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis >= std::max<int64_t>(rank, 1))
    return imp.error() << "axis out of range";
  SmallVector<bool> reduced(rank, false);
  for (int64_t d = 0; d < rank; ++d)
    reduced[d] = imp.opset >= 13 ? d == axis : d >= axis;
  OpBuilder &b = imp.b;
  Location loc = imp.loc;
  Type element = x->getElementType();
  SmallVector<int64_t> keptShape;
  SmallVector<AffineExpr> keptExprs;
  SmallVector<utils::IteratorType> iterators;
  for (int64_t d = 0; d < rank; ++d) {
    iterators.push_back(reduced[d] ? utils::IteratorType::reduction
                                   : utils::IteratorType::parallel);
    if (!reduced[d]) {
      keptShape.push_back(x->getShape()[d]);
      keptExprs.push_back(b.getAffineDimExpr(d));
    }
  }
  AffineMap all = b.getMultiDimIdentityMap(rank);
  AffineMap kept = AffineMap::get(rank, 0, keptExprs, b.getContext());
  auto reduce = [&](Value input, double init,
                    function_ref<Value(OpBuilder &, Location, Value, Value)>
                        combine) {
    Value acc = imp.fill(keptShape, element, init);
    return linalg::GenericOp::create(
               b, loc, acc.getType(), input, acc,
               SmallVector<AffineMap>{all, kept}, iterators,
               [&](OpBuilder &nb, Location l, ValueRange args) {
                 linalg::YieldOp::create(nb, l,
                                         combine(nb, l, args[0], args[1]));
               })
        .getResult(0);
  };
  auto map = [&](ValueRange inputs,
                 function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
    SmallVector<AffineMap> maps{all};
    if (inputs.size() > 1)
      maps.push_back(kept);
    maps.push_back(all);
    SmallVector<utils::IteratorType> parallel(rank,
                                              utils::IteratorType::parallel);
    return linalg::GenericOp::create(
               b, loc, x->getType(), inputs, imp.empty(x->getShape(), element),
               maps, parallel,
               [&](OpBuilder &nb, Location l, ValueRange args) {
                 linalg::YieldOp::create(nb, l, body(nb, l, args.drop_back()));
               })
        .getResult(0);
  };
  Value max = reduce(x->value, -std::numeric_limits<double>::infinity(),
                     [](OpBuilder &nb, Location l, Value v, Value acc) {
                       return arith::MaximumFOp::create(nb, l, acc, v)
                           .getResult();
                     });
  Value e = map({x->value, max}, [](OpBuilder &nb, Location l, ValueRange a) {
    return math::ExpOp::create(nb, l, arith::SubFOp::create(nb, l, a[0], a[1]))
        .getResult();
  });
  Value sum = reduce(e, 0.0, [](OpBuilder &nb, Location l, Value v, Value acc) {
    return arith::AddFOp::create(nb, l, acc, v).getResult();
  });
  imp.setOutput(0, map({e, sum}, [](OpBuilder &nb, Location l, ValueRange a) {
                  return arith::DivFOp::create(nb, l, a[0], a[1]).getResult();
                }));
  return success();
}

} // namespace

void mlir::qnt::onnx_import::registerElementwiseOps(
    llvm::StringMap<Emitter> &table) {
  table["Add"] = [](Importer &imp) { return emitBinary(imp, Arith::Add); };
  table["Sub"] = [](Importer &imp) { return emitBinary(imp, Arith::Sub); };
  table["Mul"] = [](Importer &imp) { return emitBinary(imp, Arith::Mul); };
  table["Div"] = [](Importer &imp) { return emitBinary(imp, Arith::Div); };
  table["Relu"] = emitRelu;
  table["LeakyRelu"] = emitLeakyRelu;
  table["Sigmoid"] = emitSigmoid;
  table["Tanh"] = [](Importer &imp) {
    return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
      return math::TanhOp::create(b, l, x).getResult();
    });
  };
  table["Exp"] = [](Importer &imp) {
    return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
      return math::ExpOp::create(b, l, x).getResult();
    });
  };
  table["Sqrt"] = [](Importer &imp) {
    return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
      return math::SqrtOp::create(b, l, x).getResult();
    });
  };
  table["Neg"] = [](Importer &imp) {
    return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
      return arith::NegFOp::create(b, l, x).getResult();
    });
  };
  table["Abs"] = [](Importer &imp) {
    return emitUnary(imp, [](OpBuilder &b, Location l, Value x) {
      return math::AbsFOp::create(b, l, x).getResult();
    });
  };
  table["Clip"] = emitClip;
  table["BatchNormalization"] = emitBatchNorm;
  table["Softmax"] = emitSoftmax;
}
