//===- ConvPoolOps.cpp - ONNX Conv, ConvInteger, QLinearConv, pooling ----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// 2-D NCHW windows map onto linalg's NCHW named ops: Conv (group 1) to
// conv_2d_nchw_fchw, depthwise (group = C = M) to depthwise_conv_2d_nchw_chw,
// other groups to conv_2d_ngchw_gfchw; padding is an explicit tensor.pad;
// the bias is a broadcast into the accumulator. The integer convolutions
// accumulate (x − z_x)(w − z_w) in i32 on the same ops. Pools use
// pooling_nchw_{max,sum} (an unsigned max pool a generic), AveragePool then
// divides by the window size, or by the per-position count of the taps
// inside the input when padding is excluded.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

FailureOr<Window>
mlir::qnt::onnx_import::readWindow(Importer &imp, ArrayRef<int64_t> inputShape,
                                   ArrayRef<int64_t> kernel,
                                   unsigned spatialRank) {
  // A 1-D window (its input lifted to N×C×1×L) reads one entry per
  // attribute and gets a unit first dimension.
  size_t n = kernel.size(), given = spatialRank;
  Window w;
  w.kernel.assign(kernel.begin(), kernel.end());
  w.strides = imp.attrInts("strides", SmallVector<int64_t>(given, 1));
  w.dilations = imp.attrInts("dilations", SmallVector<int64_t>(given, 1));
  SmallVector<int64_t> pads =
      imp.attrInts("pads", SmallVector<int64_t>(2 * given, 0));
  if (w.strides.size() != given || w.dilations.size() != given ||
      pads.size() != 2 * given)
    return imp.error() << "strides, dilations and pads must have " << given
                       << ", " << given << " and " << 2 * given << " entries";
  if (given == 1) {
    w.strides.insert(w.strides.begin(), 1);
    w.dilations.insert(w.dilations.begin(), 1);
    pads = {0, pads[0], 0, pads[1]};
  }
  for (size_t d = 0; d < n; ++d)
    if (w.strides[d] < 1 || w.dilations[d] < 1 || w.kernel[d] < 1 ||
        pads[d] < 0 || pads[n + d] < 0)
      return imp.error() << "kernel, strides and dilations must be positive "
                            "and pads non-negative";
  std::string autoPad = imp.attrString("auto_pad", "NOTSET");
  for (size_t d = 0; d < n; ++d) {
    int64_t in = inputShape[2 + d];
    int64_t lo = pads[d], hi = pads[n + d];
    if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
      int64_t out = (in + w.strides[d] - 1) / w.strides[d];
      int64_t total = std::max<int64_t>(
          0, (out - 1) * w.strides[d] + (w.kernel[d] - 1) * w.dilations[d] +
                 1 - in);
      lo = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
      hi = total - lo;
    } else if (autoPad == "VALID") {
      lo = hi = 0;
    } else if (autoPad != "NOTSET") {
      return imp.error() << "unknown auto_pad '" << autoPad << "'";
    }
    w.padLow.push_back(lo);
    w.padHigh.push_back(hi);
  }
  return w;
}

namespace {

SmallVector<NamedAttribute> windowAttrs(Importer &imp, const Window &w) {
  return {imp.b.getNamedAttr("strides", imp.b.getI64TensorAttr(w.strides)),
          imp.b.getNamedAttr("dilations",
                             imp.b.getI64TensorAttr(w.dilations))};
}

/// The 4-D padding of an NCHW tensor from a window's spatial padding.
std::pair<SmallVector<int64_t>, SmallVector<int64_t>>
nchwPads(const Window &w) {
  return {{0, 0, w.padLow[0], w.padLow[1]},
          {0, 0, w.padHigh[0], w.padHigh[1]}};
}

/// conv(x, w) + init for `group` groups; `x` already padded. `bias` (1-D,
/// may be null) is added per output channel.
FailureOr<Value> convolve(Importer &imp, Value x, Value w, Value bias,
                          int64_t group, const Window &window,
                          RankedTensorType outType) {
  OpBuilder &b = imp.b;
  Location loc = imp.loc;
  auto xType = cast<RankedTensorType>(x.getType());
  auto wType = cast<RankedTensorType>(w.getType());
  Type element = outType.getElementType();
  int64_t n = xType.getDimSize(0), c = xType.getDimSize(1);
  int64_t m = wType.getDimSize(0);
  if (group < 1 || c % group != 0 || m % group != 0 ||
      wType.getDimSize(1) != c / group)
    return imp.error() << "group " << group << " does not divide input "
                       << "channels " << c << " and output channels " << m
                       << " (weight " << wType << ")";
  ArrayRef<int64_t> out = outType.getShape();
  SmallVector<NamedAttribute> attrs = windowAttrs(imp, window);
  auto accumulator = [&]() -> Value {
    if (!bias)
      return imp.fill(out, element, 0.0);
    return linalg::BroadcastOp::create(b, loc, bias, imp.empty(out, element),
                                       SmallVector<int64_t>{0, 2, 3})
        ->getResult(0);
  };
  if (group == 1)
    return linalg::Conv2DNchwFchwOp::create(b, loc, TypeRange{outType},
                                            ValueRange{x, w},
                                            ValueRange{accumulator()}, attrs)
        ->getResult(0);
  if (group == c && m == c) {
    Value w3 = imp.reshape(w, {m, wType.getDimSize(2), wType.getDimSize(3)});
    return linalg::DepthwiseConv2DNchwChwOp::create(
               b, loc, TypeRange{outType}, ValueRange{x, w3},
               ValueRange{accumulator()}, attrs)
        ->getResult(0);
  }
  int64_t g = group;
  Value x5 = imp.reshape(x, {n, g, c / g, xType.getDimSize(2),
                             xType.getDimSize(3)});
  Value w5 = imp.reshape(w, {g, m / g, c / g, wType.getDimSize(2),
                             wType.getDimSize(3)});
  SmallVector<int64_t> grouped{n, g, m / g, out[2], out[3]};
  auto groupedType = RankedTensorType::get(grouped, element);
  Value conv = linalg::Conv2DNgchwGfchwOp::create(
                   b, loc, TypeRange{groupedType}, ValueRange{x5, w5},
                   ValueRange{imp.fill(grouped, element, 0.0)}, attrs)
                   ->getResult(0);
  Value result = imp.reshape(conv, out);
  if (!bias)
    return result;
  bool isFloat = isa<FloatType>(element);
  return imp.elementwise(
      ValueRange{result, imp.alongAxis(bias, 1, 4)}, out, element,
      [&](OpBuilder &nb, Location l, ValueRange args) {
        return isFloat ? Value(arith::AddFOp::create(nb, l, args[0], args[1]))
                       : Value(arith::AddIOp::create(nb, l, args[0], args[1]));
      });
}

/// A 1-D operand (N×C×L, or a weight M×C×k) with a unit dimension before
/// its last: 1-D windows run as 2-D ones.
Tensor lift(Importer &imp, const Tensor &t) {
  if (t.getRank() != 3)
    return t;
  ArrayRef<int64_t> s = t.getShape();
  return Tensor{imp.reshape(t.value, {s[0], s[1], 1, s[2]}), t.isUnsigned};
}
RankedTensorType lift(RankedTensorType type) {
  if (type.getRank() != 3)
    return type;
  ArrayRef<int64_t> s = type.getShape();
  return RankedTensorType::get({s[0], s[1], 1, s[2]}, type.getElementType());
}

/// Reads the window of a convolution with `spatial` (1 or 2) spatial
/// dimensions over its input and weight lifted to 2-D.
FailureOr<Window> convWindow(Importer &imp, const Tensor &x, const Tensor &w,
                             unsigned spatial) {
  ArrayRef<int64_t> wShape = w.getShape();
  SmallVector<int64_t> kernel = imp.attrInts("kernel_shape");
  if (kernel.size() == 1 && spatial == 1)
    kernel.insert(kernel.begin(), 1);
  if (kernel.empty())
    kernel = {wShape[2], wShape[3]};
  if (kernel.size() != 2 || kernel[0] != wShape[2] || kernel[1] != wShape[3])
    return imp.error() << "kernel_shape disagrees with the weight";
  return readWindow(imp, x.getShape(), kernel, spatial);
}

/// The spatial rank of a window op's input: 1 or 2, or an error.
FailureOr<unsigned> spatialRank(Importer &imp, const Tensor &x,
                                StringRef what) {
  if (x.getRank() == 3 || x.getRank() == 4)
    return unsigned(x.getRank() - 2);
  return imp.error() << "only 1-D and 2-D " << what
                     << " (NCL / NCHW input) are supported, got " << x.getType();
}

LogicalResult emitConv(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0), w = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(w) || failed(outType))
    return failure();
  if (!isa<FloatType>(x->getElementType()))
    return imp.error() << "Conv on " << x->getElementType()
                       << " is not supported (ConvInteger is)";
  FailureOr<unsigned> spatial = spatialRank(imp, *x, "convolutions");
  if (failed(spatial))
    return failure();
  if (w->getRank() != x->getRank())
    return imp.error() << "weight " << w->getType() << " for input "
                       << x->getType();
  Tensor x2 = lift(imp, *x), w2 = lift(imp, *w);
  FailureOr<Window> window = convWindow(imp, x2, w2, *spatial);
  if (failed(window))
    return failure();
  Value bias;
  if (std::optional<Tensor> t = imp.optionalInput(2))
    bias = t->value;
  auto [low, high] = nchwPads(*window);
  Value padded = imp.pad(x2.value, low, high, 0.0);
  FailureOr<Value> y = convolve(imp, padded, w2.value, bias,
                                imp.attrInt("group", 1), *window,
                                lift(*outType));
  if (failed(y))
    return failure();
  imp.setOutput(0, imp.reshape(*y, outType->getShape()));
  return success();
}

/// ConvInteger and the accumulation of QLinearConv: i32 conv of the
/// centered operands (padding holds 0 = the zero point).
FailureOr<Value> integerConv(Importer &imp, const Tensor &x,
                             std::optional<Tensor> xZp, const Tensor &w,
                             std::optional<Tensor> wZp, Value bias,
                             ArrayRef<int64_t> outShape) {
  FailureOr<unsigned> spatial = spatialRank(imp, x, "convolutions");
  if (failed(spatial))
    return failure();
  if (w.getRank() != x.getRank())
    return imp.error() << "weight " << w.getType() << " for input "
                       << x.getType();
  if (xZp && xZp->getRank() > 0 &&
      !(xZp->getRank() == 1 && xZp->getShape()[0] == 1))
    return imp.error() << "the input zero point must be a scalar";
  Tensor xc{imp.centered(x, xZp, std::nullopt)};
  Tensor wc{imp.centered(w, wZp, std::optional<int64_t>(0))};
  Tensor x2 = lift(imp, xc), w2 = lift(imp, wc);
  FailureOr<Window> window = convWindow(imp, x2, w2, *spatial);
  if (failed(window))
    return failure();
  auto [low, high] = nchwPads(*window);
  Value padded = imp.pad(x2.value, low, high, 0.0);
  FailureOr<Value> y = convolve(
      imp, padded, w2.value, bias, imp.attrInt("group", 1), *window,
      lift(RankedTensorType::get(outShape, imp.b.getI32Type())));
  if (failed(y))
    return failure();
  return imp.reshape(*y, outShape);
}

LogicalResult emitConvInteger(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0), w = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(w) || failed(outType))
    return failure();
  FailureOr<Value> y =
      integerConv(imp, *x, imp.optionalInput(2), *w, imp.optionalInput(3),
                  Value(), outType->getShape());
  if (failed(y))
    return failure();
  imp.setOutput(0, *y);
  return success();
}

LogicalResult emitQLinearConv(Importer &imp) {
  SmallVector<Tensor> in;
  for (unsigned i = 0; i < 8; ++i) {
    FailureOr<Tensor> t = imp.input(i);
    if (failed(t))
      return failure();
    in.push_back(*t);
  }
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(outType))
    return failure();
  Value bias;
  if (std::optional<Tensor> t = imp.optionalInput(8))
    bias = t->value;
  FailureOr<Value> acc = integerConv(imp, in[0], in[2], in[3], in[5], bias,
                                     outType->getShape());
  if (failed(acc))
    return failure();
  FailureOr<Value> y = requantizeFloat(imp, *acc, in[1], in[4], 1, in[6],
                                       in[7], *outType);
  if (failed(y))
    return failure();
  imp.setOutput(0, *y, in[7].isUnsigned);
  return success();
}

/// Extra high padding so that every output window of `out` lies inside
/// the padded input (ceil_mode).
void coverOutput(Window &w, ArrayRef<int64_t> in, ArrayRef<int64_t> out) {
  for (size_t d = 0; d < w.kernel.size(); ++d) {
    int64_t need = (out[2 + d] - 1) * w.strides[d] +
                   (w.kernel[d] - 1) * w.dilations[d] + 1;
    int64_t have = in[2 + d] + w.padLow[d] + w.padHigh[d];
    if (need > have)
      w.padHigh[d] += need - have;
  }
}

/// The window of a 1-D or 2-D pool over `x` lifted to 2-D.
FailureOr<Window> poolWindow(Importer &imp, const Tensor &x,
                             unsigned spatial) {
  SmallVector<int64_t> kernel = imp.attrInts("kernel_shape");
  if (kernel.size() != spatial)
    return imp.error() << "kernel_shape must have " << spatial << " entries";
  if (spatial == 1)
    kernel.insert(kernel.begin(), 1);
  return readWindow(imp, x.getShape(), kernel, spatial);
}

LogicalResult emitMaxPool(Importer &imp) {
  if (imp.hasOutput(1))
    return imp.error() << "the Indices output is not supported";
  FailureOr<Tensor> x0 = imp.input(0);
  FailureOr<RankedTensorType> outType0 = imp.outputType(0);
  if (failed(x0) || failed(outType0))
    return failure();
  FailureOr<unsigned> spatial = spatialRank(imp, *x0, "pools");
  if (failed(spatial))
    return failure();
  std::optional<Tensor> x = lift(imp, *x0);
  std::optional<RankedTensorType> outType = lift(*outType0);
  FailureOr<Window> window = poolWindow(imp, *x, *spatial);
  if (failed(window))
    return failure();
  coverOutput(*window, x->getShape(), outType->getShape());
  Type element = x->getElementType();
  double lowest;
  if (isa<FloatType>(element))
    lowest = -std::numeric_limits<double>::infinity();
  else if (x->isUnsigned)
    lowest = 0.0;
  else
    lowest = -std::ldexp(1.0, element.getIntOrFloatBitWidth() - 1);
  auto [low, high] = nchwPads(*window);
  Value padded = imp.pad(x->value, low, high, lowest);
  ArrayRef<int64_t> out = outType->getShape();
  Value init = imp.fill(out, element, lowest);
  Value kernel = imp.empty(window->kernel, element);
  OpBuilder &b = imp.b;
  Value y;
  if (!x->isUnsigned) {
    y = linalg::PoolingNchwMaxOp::create(b, imp.loc, TypeRange{*outType},
                                         ValueRange{padded, kernel},
                                         ValueRange{init},
                                         windowAttrs(imp, *window))
            ->getResult(0);
  } else {
    // No unsigned NCHW max pool in linalg: a generic with maxui.
    MLIRContext *ctx = b.getContext();
    AffineExpr n = b.getAffineDimExpr(0), c = b.getAffineDimExpr(1),
               oh = b.getAffineDimExpr(2), ow = b.getAffineDimExpr(3),
               kh = b.getAffineDimExpr(4), kw = b.getAffineDimExpr(5);
    SmallVector<AffineMap> maps{
        AffineMap::get(6, 0,
                       {n, c,
                        oh * window->strides[0] + kh * window->dilations[0],
                        ow * window->strides[1] + kw * window->dilations[1]},
                       ctx),
        AffineMap::get(6, 0, {kh, kw}, ctx),
        AffineMap::get(6, 0, {n, c, oh, ow}, ctx)};
    SmallVector<utils::IteratorType> iterators(4,
                                               utils::IteratorType::parallel);
    iterators.append(2, utils::IteratorType::reduction);
    y = linalg::GenericOp::create(
            b, imp.loc, *outType, ValueRange{padded, kernel}, init, maps,
            iterators,
            [](OpBuilder &nb, Location l, ValueRange args) {
              linalg::YieldOp::create(
                  nb, l,
                  arith::MaxUIOp::create(nb, l, args[2], args[0]).getResult());
            })
            .getResult(0);
  }
  imp.setOutput(0, imp.reshape(y, outType0->getShape()), x->isUnsigned);
  return success();
}

LogicalResult emitAveragePool(Importer &imp) {
  FailureOr<Tensor> x0 = imp.input(0);
  if (failed(x0))
    return failure();
  if (!isa<FloatType>(x0->getElementType()))
    return imp.error() << "only float AveragePool is supported";
  FailureOr<RankedTensorType> outType0 = imp.outputType(0);
  FailureOr<unsigned> spatial = spatialRank(imp, *x0, "pools");
  if (failed(outType0) || failed(spatial))
    return failure();
  std::optional<Tensor> x = lift(imp, *x0);
  std::optional<RankedTensorType> outType = lift(*outType0);
  FailureOr<Window> window = poolWindow(imp, *x, *spatial);
  if (failed(window))
    return failure();
  Window explicitPads = *window;
  coverOutput(*window, x->getShape(), outType->getShape());
  bool includePad = imp.attrInt("count_include_pad", 0) != 0;
  auto [low, high] = nchwPads(*window);
  Value padded = imp.pad(x->value, low, high, 0.0);
  ArrayRef<int64_t> out = outType->getShape();
  Type element = x->getElementType();
  Value sum = linalg::PoolingNchwSumOp::create(
                  imp.b, imp.loc, TypeRange{*outType},
                  ValueRange{padded, imp.empty(window->kernel, element)},
                  ValueRange{imp.fill(out, element, 0.0)},
                  windowAttrs(imp, *window))
                  ->getResult(0);
  // Taps of each output inside the input (or inside the explicit padding
  // with count_include_pad), per spatial dimension.
  SmallVector<SmallVector<int64_t>> counts(2);
  bool uniform = true;
  int64_t full = window->kernel[0] * window->kernel[1];
  for (int d = 0; d < 2; ++d) {
    int64_t in = x->getShape()[2 + d];
    int64_t lo = includePad ? -explicitPads.padLow[d] : 0;
    int64_t hi = includePad ? in + explicitPads.padHigh[d] : in;
    for (int64_t o = 0; o < out[2 + d]; ++o) {
      int64_t count = 0;
      for (int64_t k = 0; k < window->kernel[d]; ++k) {
        int64_t pos = o * window->strides[d] - window->padLow[d] +
                      k * window->dilations[d];
        count += pos >= lo && pos < hi;
      }
      counts[d].push_back(count);
      uniform &= count == window->kernel[d];
    }
  }
  Value y;
  if (uniform) {
    y = imp.elementwise(sum, out, element,
                        [&](OpBuilder &b, Location l, ValueRange args) {
                          Value k = arith::ConstantOp::create(
                              b, l, b.getFloatAttr(element, double(full)));
                          return arith::DivFOp::create(b, l, args[0], k)
                              .getResult();
                        });
  } else {
    SmallVector<APFloat> divisors;
    for (int64_t r : counts[0])
      for (int64_t c : counts[1]) {
        APFloat v(double(std::max<int64_t>(r * c, 1)));
        bool lost;
        v.convert(cast<FloatType>(element).getFloatSemantics(),
                  APFloat::rmNearestTiesToEven, &lost);
        divisors.push_back(v);
      }
    Value divisor = imp.constant(DenseElementsAttr::get(
        RankedTensorType::get({out[2], out[3]}, element), divisors));
    y = imp.elementwise(ValueRange{sum, divisor}, out, element,
                        [](OpBuilder &b, Location l, ValueRange args) {
                          return arith::DivFOp::create(b, l, args[0], args[1])
                              .getResult();
                        });
  }
  imp.setOutput(0, imp.reshape(y, outType0->getShape()));
  return success();
}

LogicalResult emitGlobalPool(Importer &imp, bool average) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(outType))
    return failure();
  if (x->getRank() != 4 || !isa<FloatType>(x->getElementType()))
    return imp.error() << "only float NCHW inputs are supported, got "
                       << x->getType();
  Window window;
  window.kernel = {x->getShape()[2], x->getShape()[3]};
  window.strides = window.dilations = {1, 1};
  Type element = x->getElementType();
  ArrayRef<int64_t> out = outType->getShape();
  if (!average) {
    Value init =
        imp.fill(out, element, -std::numeric_limits<double>::infinity());
    imp.setOutput(0, linalg::PoolingNchwMaxOp::create(
                         imp.b, imp.loc, TypeRange{*outType},
                         ValueRange{x->value, imp.empty(window.kernel, element)},
                         ValueRange{init}, windowAttrs(imp, window))
                         ->getResult(0));
    return success();
  }
  Value sum = linalg::PoolingNchwSumOp::create(
                  imp.b, imp.loc, TypeRange{*outType},
                  ValueRange{x->value, imp.empty(window.kernel, element)},
                  ValueRange{imp.fill(out, element, 0.0)},
                  windowAttrs(imp, window))
                  ->getResult(0);
  double k = double(window.kernel[0] * window.kernel[1]);
  imp.setOutput(0, imp.elementwise(
                       sum, out, element,
                       [&](OpBuilder &b, Location l, ValueRange args) {
                         Value c = arith::ConstantOp::create(
                             b, l, b.getFloatAttr(element, k));
                         return arith::DivFOp::create(b, l, args[0], c)
                             .getResult();
                       }));
  return success();
}

} // namespace

void mlir::qnt::onnx_import::registerConvPoolOps(
    llvm::StringMap<Emitter> &table) {
  table["Conv"] = emitConv;
  table["ConvInteger"] = emitConvInteger;
  table["QLinearConv"] = emitQLinearConv;
  table["MaxPool"] = emitMaxPool;
  table["AveragePool"] = emitAveragePool;
  table["GlobalAveragePool"] = [](Importer &imp) {
    return emitGlobalPool(imp, true);
  };
  table["GlobalMaxPool"] = [](Importer &imp) {
    return emitGlobalPool(imp, false);
  };
}
