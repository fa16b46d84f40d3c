//===- Realize.cpp - the qnt-realize pass --------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Fake-quant graph → integer-only graph. Every activation quantizer (a
// per-tensor qnt.fake_quant) gets an integer tensor computed from the
// integer tensors of the quantizers before it, in program order:
//
//   producer of the quantizer's input (through reshapes and a clamp)
//     conv / matmul     integer generic with the op's indexing maps, i32
//                       accumulation into the quantized bias, requantize
//     residual add      both inputs to a 2^20 fixed-point scale, add,
//                       requantize
//     avg pooling       i32 sum, requantize by s_x / (N·s_y)
//     max pooling       max on the integers (requantized if the grid changes)
//     anything else     stays float: quantized at the boundary
//
// Layers whose result is not quantized (logits) are dequantized per channel.
// Then every quantizer's float uses read a dequantization of its integer
// tensor; the float graph they replaced is dead and erased.
//
//===----------------------------------------------------------------------===//

#include "BinaryLayers.h"
#include "IntegerBuilders.h"
#include "Layers.h"
#include "ScalarBody.h"
#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <limits>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTREALIZEPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

constexpr IntRange kI32 = {std::numeric_limits<int32_t>::min(),
                           std::numeric_limits<int32_t>::max()};

/// A layer's weight as integers and the scale of each output channel (one
/// scale when per-tensor).
struct IntWeight {
  Value value;
  SmallVector<double> scales;
  int64_t zeroPoint;
  /// Ternary (i2) or binary (i1) signs: accumulated without multiplying.
  bool signs = false;
};

/// An i32 accumulator and the real scale of each index along `axis`.
struct Accumulator {
  Value value;
  SmallVector<double> scales;
  std::optional<int64_t> axis;
};

/// The grid of a per-tensor uniform quantizer, if that is what the
/// fake_quant is, with signed storage: an unsigned grid (ONNX's u8
/// activations) is the same set of reals as the signed grid shifted by
/// 2^(b−1), q_signed = q_unsigned − 2^(b−1), so it is realized as that.
/// Grids narrower than 8 bits are stored one value per byte (i8 with the
/// grid's own range, e.g. i8<-8:7> for 4 bits): the same integers, in
/// tensors that vector code reads and writes directly.
quant::UniformQuantizedType inBytes(quant::UniformQuantizedType type) {
  if (type.getStorageTypeIntegralWidth() >= 8)
    return type;
  return quant::UniformQuantizedType::get(
      type.getFlags(), IntegerType::get(type.getContext(), 8),
      type.getExpressedType(), type.getScale(), type.getZeroPoint(),
      type.getStorageTypeMin(), type.getStorageTypeMax());
}

std::optional<quant::UniformQuantizedType> activationType(FakeQuantOp op) {
  auto type = dyn_cast<quant::UniformQuantizedType>(op.getQuantType());
  if (!type || !isa<IntegerType>(type.getStorageType()))
    return std::nullopt;
  if (op.getRounding() && *op.getRounding() != RoundingMode::nearest_even)
    return std::nullopt;
  if (succeeded(traceWeight(op.getInput(), 0)))
    return std::nullopt; // a weight: realized with its layer
  if (type.isSigned())
    return inBytes(type);
  unsigned width = type.getStorageTypeIntegralWidth();
  if (width > 16)
    return std::nullopt;
  int64_t shift = int64_t(1) << (width - 1);
  return inBytes(quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, type.getStorageType(),
      type.getExpressedType(), type.getScale(), type.getZeroPoint() - shift,
      type.getStorageTypeMin() - shift, type.getStorageTypeMax() - shift));
}

/// A multi-threshold activation quantizer (N2UQ).
std::optional<ThresholdType> thresholdType(FakeQuantOp op) {
  auto type = dyn_cast<ThresholdType>(op.getQuantType());
  if (!type || succeeded(traceWeight(op.getInput(), 0)))
    return std::nullopt;
  return type;
}

/// A per-tensor binary activation quantizer (XNOR-Net's sign, scale β).
std::optional<BinaryType> binaryActivationType(FakeQuantOp op) {
  auto type = dyn_cast<BinaryType>(op.getQuantType());
  if (!type || type.isPerAxis() || succeeded(traceWeight(op.getInput(), 0)))
    return std::nullopt;
  return type;
}

/// What a quantizer's input is computed by: the op, the reshapes on the way
/// and a clamp-like activation (its float bounds), if any.
struct ProducerChain {
  Value value;
  SmallVector<Operation *> reshapes;
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
};

ProducerChain walkProducer(Value input) {
  ProducerChain chain;
  chain.value = input;
  bool clamped = false;
  while (Operation *def = chain.value.getDefiningOp()) {
    if (isa<ObserveOp>(def)) { // statistics only
      chain.value = def->getOperand(0);
      continue;
    }
    if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def)) {
      chain.reshapes.push_back(def);
      chain.value = def->getOperand(0);
      continue;
    }
    auto generic = dyn_cast<linalg::GenericOp>(def);
    std::optional<std::pair<double, double>> bounds;
    if (!clamped && generic && (bounds = matchClamp(generic))) {
      chain.lo = bounds->first;
      chain.hi = bounds->second;
      chain.value = generic.getDpsInputOperand(0)->get();
      clamped = true;
      continue;
    }
    break;
  }
  return chain;
}

class Realizer {
public:
  Realizer(FunctionOpInterface function, bool doubleRound, bool remarks)
      : rewriter(function->getContext()), function(function),
        doubleRound(doubleRound), remarks(remarks) {}

  void run() {
    SmallVector<FakeQuantOp> quantizers;
    function->walk([&](FakeQuantOp op) {
      if (activationType(op) || thresholdType(op) || binaryActivationType(op))
        quantizers.push_back(op);
    });
    for (FakeQuantOp op : quantizers)
      realized[op] = realizeQuantizer(op);
    realizeTerminalLayers();
    for (FakeQuantOp op : quantizers) {
      if (op->use_empty())
        continue;
      const IntTensor &t = realized[op];
      rewriter.setInsertionPointAfterValue(t.value);
      Value floatValue = createDequantize(
          rewriter, op.getLoc(), t.value, {t.scale}, std::nullopt,
          t.zeroPoint, cast<FloatType>(getElementTypeOrSelf(op.getType())));
      rewriter.replaceAllUsesWith(op.getResult(), floatValue);
    }
    // Calibration statistics have served their purpose.
    SmallVector<ObserveOp> observes;
    function->walk([&](ObserveOp op) { observes.push_back(op); });
    for (ObserveOp op : observes)
      rewriter.replaceOp(op, op.getInput());
    eraseDeadOps();
    if (remarks)
      remarkFloatOps();
  }

private:
  IntTensor gridOf(quant::UniformQuantizedType type, Value value) {
    return {value, type.getScale(), type.getZeroPoint(),
            {type.getStorageTypeMin(), type.getStorageTypeMax()}};
  }

  void remark(Operation *op, const Twine &message) {
    if (remarks)
      op->emitRemark() << message;
  }

  /// The integer tensor of a quantizer: from its producer, or from the float
  /// value at the boundary.
  IntTensor realizeQuantizer(FakeQuantOp op) {
    if (std::optional<ThresholdType> threshold = thresholdType(op))
      return realizeThreshold(op, *threshold);
    if (std::optional<BinaryType> binary = binaryActivationType(op))
      return realizeBinaryActivation(op, *binary);
    quant::UniformQuantizedType type = *activationType(op);
    rewriter.setInsertionPoint(op);
    std::string why;
    Operation *producer = nullptr;
    FailureOr<IntTensor> t = realizeProducer(op, type, producer, why);
    if (succeeded(t))
      return *t;
    if (producer && !why.empty())
      remark(producer, "stays float: " + why);
    rewriter.setInsertionPoint(op);
    IntTensor boundary = gridOf(
        type, createQuantize(rewriter, op.getLoc(), op.getInput(), type));
    if (std::optional<APFloat> epsilon = op.getSparseThreshold()) {
      // Q_ε on the float value: keep what exceeds ε (x ≥ next float above).
      APFloat above = *epsilon;
      bool lost;
      above.convert(
          cast<FloatType>(getElementTypeOrSelf(op.getType())).getFloatSemantics(),
          APFloat::rmNearestTiesToEven, &lost);
      if (above.compare(*epsilon) != APFloat::cmpGreaterThan)
        above.next(/*nextDown=*/false);
      auto floatType = cast<FloatType>(getElementTypeOrSelf(op.getType()));
      auto thresholds = DenseFPElementsAttr::get(
          RankedTensorType::get({1}, floatType), ArrayRef<APFloat>{above});
      boundary.value = keepAbove(op.getInput(), thresholds, std::nullopt,
                                 boundary);
    }
    return boundary;
  }

  /// Q_ε: where `x` does not reach its threshold the quantized value is the
  /// zero point (0); qnt.threshold counts, a select applies.
  Value keepAbove(Value x, ElementsAttr thresholds, std::optional<int64_t> axis,
                  const IntTensor &quantized) {
    Location loc = x.getLoc();
    auto shape = cast<RankedTensorType>(x.getType()).getShape();
    Value keep = ThresholdOp::create(
        rewriter, loc, RankedTensorType::get(shape, rewriter.getI8Type()), x,
        thresholds, axis ? rewriter.getI64IntegerAttr(*axis) : IntegerAttr(),
        rewriter.getI64IntegerAttr(0));
    IntegerType storage = quantized.getStorageType();
    int64_t zp = quantized.zeroPoint;
    return createElementwise(
        rewriter, loc, ValueRange{keep, quantized.value}, storage,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value zero = arith::ConstantOp::create(b, l, b.getI8IntegerAttr(0));
          Value reached = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::ne, args[0], zero);
          Value zpValue =
              arith::ConstantOp::create(b, l, IntegerAttr::get(storage, zp));
          return arith::SelectOp::create(b, l, reached, args[1], zpValue)
              .getResult();
        });
  }

  FailureOr<IntTensor> realizeProducer(FakeQuantOp op,
                                       quant::UniformQuantizedType type,
                                       Operation *&producer,
                                       std::string &why) {
    ProducerChain chain = walkProducer(op.getInput());
    Value t = chain.value;
    SmallVector<Operation *> &reshapes = chain.reshapes;
    IntTensor out = gridOf(type, Value());
    IntRange clamp = out.range;
    clamp.min = std::max(clamp.min, quantizeScalar(chain.lo, out));
    clamp.max = std::min(clamp.max, quantizeScalar(chain.hi, out));
    producer = t.getDefiningOp();
    if (!producer)
      return failure(); // a function argument: quantized at the boundary
    IntegerType storage = IntegerType::get(
        op.getContext(), type.getStorageTypeIntegralWidth());
    FailureOr<Value> value = failure();
    auto linalgOp = dyn_cast<linalg::LinalgOp>(producer);
    auto generic = dyn_cast<linalg::GenericOp>(producer);
    if (linalgOp && isFoldableLinearOp(linalgOp) && !isPoolingOp(producer)) {
      FailureOr<Accumulator> acc = accumulate(linalgOp, why);
      if (failed(acc))
        return failure();
      SmallVector<double> multipliers;
      for (double s : acc->scales)
        multipliers.push_back(s / out.scale);
      value = createRequantize(rewriter, op.getLoc(), acc->value, multipliers,
                               acc->axis, 0, out.zeroPoint, clamp, storage,
                               doubleRound, why);
      std::optional<APFloat> epsilon = op.getSparseThreshold();
      if (succeeded(value) && epsilon && chain.reshapes.empty() &&
          !(chain.lo > epsilon->convertToDouble())) {
        // Q_ε on the accumulator: keep ⟺ acc·s_c > ε ⟺ acc ≥ ⌊ε/s_c⌋ + 1
        // (never when a clamp's ceiling is at or below ε).
        double e = epsilon->convertToDouble();
        SmallVector<int32_t> thresholds;
        for (double s : acc->scales)
          thresholds.push_back(
              chain.hi <= e ? kI32.max
                            : static_cast<int32_t>(std::clamp(
                                  std::floor(e / s) + 1.0, double(kI32.min),
                                  double(kI32.max))));
        bool perChannel = thresholds.size() > 1;
        SmallVector<int64_t> shape =
            perChannel ? SmallVector<int64_t>{int64_t(thresholds.size()), 1}
                       : SmallVector<int64_t>{1};
        auto attr = DenseIntElementsAttr::get(
            RankedTensorType::get(shape, rewriter.getI32Type()),
            ArrayRef<int32_t>(thresholds));
        IntTensor quantized = out;
        quantized.value = *value;
        value = keepAbove(acc->value, attr,
                          perChannel ? acc->axis : std::nullopt, quantized);
      } else if (succeeded(value) && epsilon && !chain.reshapes.empty() &&
                 !(chain.lo > epsilon->convertToDouble())) {
        why = "a sparse threshold behind a reshape is not realized";
        value = failure();
      }
      if (succeeded(value))
        layersRealized.insert(producer);
    } else if (op.getSparseThreshold()) {
      why = "a sparse threshold (TSQ) is realized after a convolution or "
            "matmul only";
    } else if (isa<linalg::AddOp>(producer) ||
               (generic && isElementwiseAdd(generic))) {
      value = realizeAdd(producer, out, clamp, storage, why);
    } else if (generic && matchScale(generic)) {
      value = realizeAveragePool(generic, *matchScale(generic), out, clamp,
                                 storage, why);
    } else if (isa<linalg::PoolingNchwMaxOp, linalg::PoolingNhwcMaxOp>(
                   producer)) {
      value = realizeMaxPool(cast<linalg::LinalgOp>(producer), out, clamp,
                             storage, why);
    } else {
      why = "'" + producer->getName().getStringRef().str() +
            "' has no integer form; its output is quantized here";
    }
    if (failed(value))
      return failure();
    out.value = applyReshapes(*value, reshapes);
    return out;
  }

  /// Re-applies reshapes (innermost first) to an integer tensor.
  Value applyReshapes(Value value, ArrayRef<Operation *> reshapes) {
    Type element = getElementTypeOrSelf(value.getType());
    for (Operation *reshape : llvm::reverse(reshapes)) {
      auto resultType = cast<RankedTensorType>(reshape->getResult(0).getType());
      OperationState state(reshape->getLoc(), reshape->getName());
      state.addOperands(value);
      state.addAttributes(reshape->getAttrs());
      state.addTypes(RankedTensorType::get(resultType.getShape(), element));
      value = rewriter.create(state)->getResult(0);
    }
    return value;
  }

  /// A threshold quantizer: on the producer's i32 accumulator with integer
  /// thresholds ⌈t / s_c⌉ (FINN's MultiThreshold: exact, as acc·s_c ≥ t ⟺
  /// acc ≥ t / s_c), or on the float input at the boundary.
  IntTensor realizeThreshold(FakeQuantOp op, ThresholdType type) {
    rewriter.setInsertionPoint(op);
    int64_t levels = type.getNumThresholds();
    IntegerType storage = rewriter.getIntegerType(levels < 128 ? 8 : 32);
    IntTensor out{Value(), type.getScaleValue(), type.getZeroPoint(),
                  {0, levels}};
    ProducerChain chain = walkProducer(op.getInput());
    auto layer = chain.value.getDefiningOp<linalg::LinalgOp>();
    std::string why;
    if (layer && isFoldableLinearOp(layer) && !isPoolingOp(layer)) {
      FailureOr<Accumulator> acc = accumulate(layer, why);
      bool axisOk = succeeded(acc) &&
                    (!type.isPerAxis() ||
                     (chain.reshapes.empty() && acc->axis &&
                      *acc->axis == type.getAxis()));
      if (succeeded(acc) && axisOk) {
        bool perChannel = acc->scales.size() > 1 || type.isPerAxis();
        int64_t channels =
            std::max<int64_t>(acc->scales.size(), type.getNumChannels());
        SmallVector<int32_t> ints;
        for (int64_t c = 0; c < channels; ++c) {
          double s = acc->scales[acc->scales.size() == 1 ? 0 : c];
          for (double t : type.getChannelThresholds(
                   type.isPerAxis() ? c : 0)) {
            // A clamp before the thresholds: t at or below its floor is
            // always reached, above its ceiling never.
            double q = t <= chain.lo   ? double(kI32.min)
                       : t > chain.hi  ? double(kI32.max)
                                       : std::ceil(t / s);
            ints.push_back(static_cast<int32_t>(
                std::clamp(q, double(kI32.min), double(kI32.max))));
          }
        }
        SmallVector<int64_t> shape = perChannel
                                         ? SmallVector<int64_t>{channels, levels}
                                         : SmallVector<int64_t>{levels};
        auto attr = DenseIntElementsAttr::get(
            RankedTensorType::get(shape, rewriter.getI32Type()),
            ArrayRef<int32_t>(ints));
        auto accType = cast<RankedTensorType>(acc->value.getType());
        Value value = ThresholdOp::create(
            rewriter, op.getLoc(),
            RankedTensorType::get(accType.getShape(), storage), acc->value,
            attr,
            perChannel ? rewriter.getI64IntegerAttr(*acc->axis)
                       : IntegerAttr(),
            rewriter.getI64IntegerAttr(0));
        layersRealized.insert(layer);
        out.value = applyReshapes(value, chain.reshapes);
        return out;
      }
      if (succeeded(acc))
        why = "its per-axis thresholds are not along the accumulator's "
              "channels";
      remark(layer, "stays float: " + why);
    }
    // At the boundary: the float thresholds on the float value.
    rewriter.setInsertionPoint(op);
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    Type floatElement = inputType.getElementType();
    SmallVector<int64_t> shape =
        type.isPerAxis()
            ? SmallVector<int64_t>{type.getNumChannels(), levels}
            : SmallVector<int64_t>{levels};
    SmallVector<APFloat> values;
    for (double t : type.getThresholds().asArrayRef()) {
      APFloat v(t);
      bool lost;
      v.convert(cast<FloatType>(floatElement).getFloatSemantics(),
                APFloat::rmNearestTiesToEven, &lost);
      values.push_back(v);
    }
    auto attr = DenseFPElementsAttr::get(
        RankedTensorType::get(shape, floatElement), values);
    out.value = ThresholdOp::create(
        rewriter, op.getLoc(),
        RankedTensorType::get(inputType.getShape(), storage), op.getInput(),
        attr,
        type.isPerAxis() ? rewriter.getI64IntegerAttr(type.getAxis())
                         : IntegerAttr(),
        rewriter.getI64IntegerAttr(0));
    return out;
  }

  /// A binary activation: the signs ±1 as i8 (scale β). From the
  /// producer's accumulator (x ≥ 0 ⟺ acc ≥ 0, the scales being positive),
  /// or from the float value at the boundary; qnt.threshold counts, the
  /// count c ∈ {0, 1} becomes 2c − 1.
  IntTensor realizeBinaryActivation(FakeQuantOp op, BinaryType type) {
    rewriter.setInsertionPoint(op);
    IntTensor out{Value(), type.getScales()[0], 0, {-1, 1}};
    out.binary = true;
    auto i8Like = [&](Value v) {
      return RankedTensorType::get(
          cast<RankedTensorType>(v.getType()).getShape(), rewriter.getI8Type());
    };
    Value count;
    ProducerChain chain = walkProducer(op.getInput());
    auto layer = chain.value.getDefiningOp<linalg::LinalgOp>();
    if (layer && isFoldableLinearOp(layer) && !isPoolingOp(layer)) {
      std::string why;
      FailureOr<Accumulator> acc = accumulate(layer, why);
      if (succeeded(acc)) {
        // A clamp at or above 0 makes every sign +1; below 0, every −1.
        int32_t t = chain.lo >= 0.0 ? kI32.min : chain.hi < 0.0 ? kI32.max : 0;
        auto attr = DenseIntElementsAttr::get(
            RankedTensorType::get({1}, rewriter.getI32Type()),
            ArrayRef<int32_t>{t});
        count = ThresholdOp::create(rewriter, op.getLoc(), i8Like(acc->value),
                                    acc->value, attr, IntegerAttr(),
                                    rewriter.getI64IntegerAttr(0));
        count = applyReshapes(count, chain.reshapes);
        layersRealized.insert(layer);
      } else {
        remark(layer, "stays float: " + why);
      }
    }
    if (!count) {
      rewriter.setInsertionPoint(op);
      Type element = getElementTypeOrSelf(op.getInput().getType());
      auto attr = DenseFPElementsAttr::get(
          RankedTensorType::get({1}, element),
          ArrayRef<Attribute>{FloatAttr::get(element, 0.0)});
      count = ThresholdOp::create(rewriter, op.getLoc(),
                                  i8Like(op.getInput()), op.getInput(), attr,
                                  IntegerAttr(), rewriter.getI64IntegerAttr(0));
    }
    out.value = createElementwise(
        rewriter, op.getLoc(), count, rewriter.getI8Type(),
        [](OpBuilder &b, Location l, ValueRange args) {
          Value one = arith::ConstantOp::create(b, l, b.getI8IntegerAttr(1));
          Value twice = arith::ShLIOp::create(b, l, args[0], one);
          return arith::SubIOp::create(b, l, twice, one).getResult();
        });
    return out;
  }

  /// The integer tensor of the quantizer an operand reads, before the pads
  /// on the way (innermost first).
  std::optional<std::pair<IntTensor, SmallVector<tensor::PadOp>>>
  unpaddedIntOf(OpOperand &operand) {
    ActivationInput input = traceActivation(operand);
    if (!input.quantizer)
      return std::nullopt;
    auto it = realized.find(input.quantizer);
    if (it == realized.end())
      return std::nullopt;
    SmallVector<tensor::PadOp> pads;
    for (Value v = operand.get(); v != input.quantizer.getResult();) {
      auto pad = v.getDefiningOp<tensor::PadOp>();
      if (!pad)
        return std::nullopt;
      pads.push_back(pad);
      v = pad.getSource();
    }
    return std::make_pair(it->second, pads);
  }

  /// The integer tensor an operand reads: its quantizer's, through padding
  /// (the padding value quantized).
  std::optional<IntTensor> intOf(OpOperand &operand) {
    auto unpadded = unpaddedIntOf(operand);
    if (!unpadded)
      return std::nullopt;
    auto &[t, pads] = *unpadded;
    for (tensor::PadOp pad : llvm::reverse(pads)) {
      FloatAttr padding;
      if (!matchPattern(pad.getConstantPaddingValue(), m_Constant(&padding)))
        return std::nullopt;
      IntegerType storage = t.getStorageType();
      Value scalar = arith::ConstantOp::create(
          rewriter, pad.getLoc(),
          IntegerAttr::get(storage,
                           quantizeScalar(padding.getValueAsDouble(), t)));
      auto type = RankedTensorType::get(pad.getResultType().getShape(),
                                        storage);
      t.value = tensor::PadOp::create(rewriter, pad.getLoc(), type, t.value,
                                      pad.getMixedLowPad(),
                                      pad.getMixedHighPad(), scalar)
                    .getResult();
    }
    return t;
  }

  FailureOr<IntWeight> intWeight(OpOperand &weight, int64_t channelPos,
                                 std::string &why) {
    FailureOr<WeightPath> path = traceWeight(weight.get(), channelPos);
    if (failed(path)) {
      why = "its weight is not a constant";
      return failure();
    }
    std::optional<size_t> quantIndex;
    for (auto [i, op] : llvm::enumerate(path->chain))
      if (isa<FakeQuantOp>(op)) {
        if (quantIndex) {
          why = "its weight has two quantizers";
          return failure();
        }
        quantIndex = i;
      }
    if (!quantIndex) {
      why = "its weight has no quantizer";
      return failure();
    }
    auto fq = cast<FakeQuantOp>(path->chain[*quantIndex]);
    if (fq.getRounding() && *fq.getRounding() != RoundingMode::nearest_even) {
      why = "its weight quantizer rounds other than to nearest even";
      return failure();
    }
    Type quantType = fq.getQuantType();
    SmallVector<double> scales;
    SmallVector<int64_t> zeroPoints;
    IntRange range;
    unsigned width;
    if (auto perTensor = dyn_cast<quant::UniformQuantizedType>(quantType)) {
      scales = {perTensor.getScale()};
      zeroPoints = {perTensor.getZeroPoint()};
      range = {perTensor.getStorageTypeMin(), perTensor.getStorageTypeMax()};
      width = perTensor.getStorageTypeIntegralWidth();
    } else if (auto perAxis =
                   dyn_cast<quant::UniformQuantizedPerAxisType>(quantType)) {
      if (perAxis.getQuantizedDimension() != path->positions[*quantIndex]) {
        why = "its weight is quantized along a dimension that is not its "
              "output channel";
        return failure();
      }
      scales.assign(perAxis.getScales().begin(), perAxis.getScales().end());
      zeroPoints.assign(perAxis.getZeroPoints().begin(),
                        perAxis.getZeroPoints().end());
      range = {perAxis.getStorageTypeMin(), perAxis.getStorageTypeMax()};
      width = perAxis.getStorageTypeIntegralWidth();
    } else if (isa<TernaryType, BinaryType>(quantType)) {
      return signWeight(*path, *quantIndex, quantType, why);
    } else {
      why = "its weight quantizer is not uniform, ternary or binary";
      return failure();
    }
    if (!llvm::all_equal(zeroPoints)) {
      why = "its weight zero points differ per channel";
      return failure();
    }
    std::optional<std::vector<float>> values = readFloatElements(path->values);
    if (!values) {
      why = "its weight constant is not readable";
      return failure();
    }
    auto constType = cast<ShapedType>(path->values.getType());
    ChannelIndexer channelOf(constType.getShape(),
                             scales.size() > 1
                                 ? ArrayRef<int64_t>{path->constantPos}
                                 : ArrayRef<int64_t>{});
    SmallVector<int64_t> ints(values->size());
    for (size_t i = 0, e = values->size(); i < e; ++i) {
      int64_t c = channelOf(static_cast<int64_t>(i));
      ints[i] = quantize((*values)[i], static_cast<float>(scales[c]),
                         zeroPoints[c], range);
    }
    // Weights of 4 bits or fewer are stored packed, two (or four) per byte,
    // in qnt.unpack's layout; wider ones one per byte (or more).
    unsigned packBits = width <= 2 ? 2 : width <= 4 ? 4 : 0;
    IntegerType storage = IntegerType::get(weight.get().getContext(),
                                           packBits ? packBits : width);
    Location loc = path->constant.getLoc();
    Value current =
        packBits ? createPackedConstant(rewriter, loc, constType.getShape(),
                                        packBits, ints)
                 : createIntConstant(rewriter, loc, constType.getShape(),
                                     storage, ints);
    current = rebuildChain(current, path->chain, storage);
    return IntWeight{current, scales, zeroPoints.front()};
  }

  /// Ternary weights as packed 2-bit signs, binary weights as packed bits
  /// (1 for +1), with their per-channel scales α_c.
  FailureOr<IntWeight> signWeight(const WeightPath &path, size_t quantIndex,
                                  Type quantType, std::string &why) {
    bool binary = isa<BinaryType>(quantType);
    ArrayRef<double> alphas =
        binary ? cast<BinaryType>(quantType).getScales().asArrayRef()
               : cast<TernaryType>(quantType).getScales().asArrayRef();
    bool perAxis = binary ? cast<BinaryType>(quantType).isPerAxis()
                          : cast<TernaryType>(quantType).isPerAxis();
    int32_t axis = binary ? cast<BinaryType>(quantType).getAxis()
                          : cast<TernaryType>(quantType).getAxis();
    if (perAxis && axis != path.positions[quantIndex]) {
      why = "its weight is quantized along a dimension that is not its "
            "output channel";
      return failure();
    }
    std::optional<std::vector<float>> values = readFloatElements(path.values);
    if (!values) {
      why = "its weight constant is not readable";
      return failure();
    }
    auto constType = cast<ShapedType>(path.values.getType());
    ChannelIndexer channelOf(constType.getShape(),
                             perAxis ? ArrayRef<int64_t>{path.constantPos}
                                     : ArrayRef<int64_t>{});
    SmallVector<int64_t> signs(values->size());
    for (size_t k = 0; k < values->size(); ++k) {
      float w = (*values)[k];
      if (binary) {
        signs[k] = w >= 0.0f ? 1 : 0; // bit 1 for +1; sign(0) = +1
      } else {
        // As qnt.fake_quant rounds: clamp(round_half_even(w / α), −1, 1).
        float alpha = static_cast<float>(alphas[channelOf(int64_t(k))]);
        signs[k] = static_cast<int64_t>(
            std::clamp(std::nearbyint(w / alpha), -1.0f, 1.0f));
      }
    }
    unsigned bits = binary ? 1 : 2;
    arith::ConstantOp constant = path.constant;
    IntegerType storage = rewriter.getIntegerType(bits);
    Value current = createPackedConstant(rewriter, constant.getLoc(),
                                         constType.getShape(), bits, signs);
    current = rebuildChain(current, path.chain, storage);
    return IntWeight{current, SmallVector<double>(alphas.begin(), alphas.end()),
                     0, true};
  }

  /// The weight's transposes and reshapes, on integers.
  Value rebuildChain(Value current, ArrayRef<Operation *> chain,
                     IntegerType storage) {
    for (Operation *op : chain) {
      if (isa<FakeQuantOp>(op))
        continue;
      Location loc = op->getLoc();
      auto resultShape =
          cast<RankedTensorType>(op->getResult(0).getType()).getShape();
      if (auto transpose = dyn_cast<linalg::TransposeOp>(op)) {
        Value init =
            tensor::EmptyOp::create(rewriter, loc, resultShape, storage);
        current = linalg::TransposeOp::create(rewriter, loc, current, init,
                                              transpose.getPermutation())
                      ->getResult(0);
        continue;
      }
      OperationState state(loc, op->getName());
      state.addOperands(current);
      state.addAttributes(op->getAttrs());
      state.addTypes(RankedTensorType::get(resultShape, storage));
      current = rewriter.create(state)->getResult(0);
    }
    return current;
  }

  /// The bias the accumulator starts from, per output channel.
  FailureOr<SmallVector<double>> readBias(Value init, int64_t axis,
                                          int64_t channels, std::string &why) {
    FloatAttr scalar;
    if (auto fill = init.getDefiningOp<linalg::FillOp>()) {
      if (matchPattern(fill.getInputs()[0], m_Constant(&scalar)))
        return SmallVector<double>(channels, scalar.getValueAsDouble());
    } else if (auto broadcast = init.getDefiningOp<linalg::BroadcastOp>()) {
      // A constant broadcast along every dimension but the channel (and
      // unit dimensions).
      auto constant = broadcast.getInput().getDefiningOp<arith::ConstantOp>();
      auto outShape = cast<ShapedType>(init.getType()).getShape();
      ArrayRef<int64_t> dims = broadcast.getDimensions();
      bool channelKept = !llvm::is_contained(dims, axis);
      bool othersUnit = true;
      for (int64_t d = 0, e = outShape.size(); d < e; ++d)
        if (d != axis && !llvm::is_contained(dims, d) && outShape[d] != 1)
          othersUnit = false;
      if (constant && channelKept && othersUnit)
        if (std::optional<std::vector<float>> values = readFloatElements(
                cast<ElementsAttr>(constant.getValue()));
            values && static_cast<int64_t>(values->size()) == channels)
          return SmallVector<double>(values->begin(), values->end());
    } else if (auto generic = init.getDefiningOp<linalg::GenericOp>()) {
      // TOSA's bias: a generic that broadcasts a [C] constant along the
      // channel and yields it.
      auto yield = cast<linalg::YieldOp>(generic.getBody()->getTerminator());
      if (generic.getNumDpsInputs() == 1 &&
          yield.getOperand(0) == generic.getBody()->getArgument(0)) {
        AffineMap in = generic.getMatchingIndexingMap(
            generic.getDpsInputOperand(0));
        AffineMap outMap =
            generic.getMatchingIndexingMap(generic.getDpsInitOperand(0));
        auto constant = generic.getDpsInputOperand(0)
                            ->get()
                            .getDefiningOp<arith::ConstantOp>();
        if (constant && outMap.isIdentity() && in.getNumResults() == 1 &&
            in.getResult(0) == getAffineDimExpr(axis, init.getContext()))
          if (std::optional<std::vector<float>> values = readFloatElements(
                  cast<ElementsAttr>(constant.getValue()));
              values && static_cast<int64_t>(values->size()) == channels)
            return SmallVector<double>(values->begin(), values->end());
      }
    } else if (auto constant = init.getDefiningOp<arith::ConstantOp>()) {
      if (auto splat = dyn_cast<SplatElementsAttr>(constant.getValue()))
        if (auto f = dyn_cast<FloatAttr>(splat.getSplatValue<Attribute>()))
          return SmallVector<double>(channels, f.getValueAsDouble());
    }
    why = "its accumulator init (the bias) is not a fill, a splat or a "
          "per-channel constant broadcast along the output channel";
    return failure();
  }

  /// i32 accumulation of a quantized conv / matmul, with its bias.
  FailureOr<Accumulator> accumulate(linalg::LinalgOp op, std::string &why) {
    std::optional<std::pair<OpOperand *, int64_t>> weightInfo =
        findWeightOutputChannel(op, why);
    if (!weightInfo)
      return failure();
    auto [weight, channelPos] = *weightInfo;
    OpOperand *data = nullptr;
    for (OpOperand *input : op.getDpsInputOperands())
      if (input != weight)
        data = input;
    std::optional<IntTensor> x = intOf(*data);
    if (!x) {
      why = "its input has no quantizer";
      return failure();
    }
    FailureOr<IntWeight> w = intWeight(*weight, channelPos, why);
    if (failed(w))
      return failure();

    OpOperand *init = op.getDpsInitOperand(0);
    auto outType = cast<RankedTensorType>(init->get().getType());
    auto channelDim = dyn_cast<AffineDimExpr>(
        op.getMatchingIndexingMap(weight).getResult(channelPos));
    AffineMap outMap = op.getMatchingIndexingMap(init);
    std::optional<int64_t> axis;
    for (auto [i, expr] : llvm::enumerate(outMap.getResults()))
      if (channelDim && expr == channelDim)
        axis = i;
    if (!axis) {
      why = "its weight's output channel is not a dimension of its result";
      return failure();
    }
    int64_t channels = outType.getDimSize(*axis);
    if (w->scales.size() != 1 &&
        static_cast<int64_t>(w->scales.size()) != channels) {
      why = "its weight has a scale count that is not its channel count";
      return failure();
    }
    SmallVector<double> scales;
    for (int64_t c = 0; c < channels; ++c)
      scales.push_back(x->scale * w->scales[w->scales.size() == 1 ? 0 : c]);
    FailureOr<SmallVector<double>> bias =
        readBias(init->get(), *axis, channels, why);
    if (failed(bias))
      return failure();
    SmallVector<int64_t> qbias;
    for (int64_t c = 0; c < channels; ++c) {
      double q = std::nearbyint((*bias)[c] / scales[c]);
      if (!(std::fabs(q) <= double(kI32.max))) {
        why = llvm::formatv("its bias {0} does not fit i32 at scale {1}",
                            (*bias)[c], scales[c]);
        return failure();
      }
      qbias.push_back(static_cast<int64_t>(q));
    }

    Location loc = op.getLoc();
    IntegerType i32 = rewriter.getI32Type();
    Value acc;
    if (llvm::all_of(qbias, [](int64_t v) { return v == 0; })) {
      acc = createIntFill(rewriter, loc, outType.getShape(), i32, 0);
    } else {
      Value biasConst =
          createIntConstant(rewriter, loc, {channels}, i32, qbias);
      Value empty = tensor::EmptyOp::create(rewriter, loc, outType.getShape(), i32);
      SmallVector<int64_t> dims;
      for (int64_t d = 0; d < outType.getRank(); ++d)
        if (d != *axis)
          dims.push_back(d);
      acc = linalg::BroadcastOp::create(rewriter, loc, biasConst, empty, dims)
                ->getResult(0);
    }

    SmallVector<Value> inputs;
    int dataIndex = 0, weightIndex = 0;
    for (auto [i, input] : llvm::enumerate(op.getDpsInputOperands())) {
      if (input == data) {
        dataIndex = i;
        inputs.push_back(x->value);
      } else {
        weightIndex = i;
        inputs.push_back(w->value);
      }
    }
    int64_t zx = x->zeroPoint, zw = w->zeroPoint;
    bool perChannel = w->scales.size() > 1;
    Accumulator binaryResult{Value(),
                             perChannel ? scales : SmallVector<double>{scales[0]},
                             perChannel ? axis : std::nullopt};
    if (w->signs && x->binary &&
        getElementTypeOrSelf(w->value.getType()).isInteger(1)) {
      // Binary × binary: xnor and popcount on packed words.
      auto unpadded = unpaddedIntOf(*data);
      FailureOr<WeightPath> path = traceWeight(weight->get(), channelPos);
      std::string binaryWhy;
      if (unpadded && succeeded(path)) {
        size_t quantIndex = 0;
        for (auto [i, chainOp] : llvm::enumerate(path->chain))
          if (isa<FakeQuantOp>(chainOp))
            quantIndex = i;
        BinaryLayer layer{op,          data,           weight,
                          unpadded->first.value, unpadded->second, *path,
                          quantIndex,  acc};
        FailureOr<Value> value =
            createBinaryAccumulation(rewriter, layer, binaryWhy);
        if (succeeded(value)) {
          binaryResult.value = *value;
          return binaryResult;
        }
      }
      remark(op, "binary × binary by additions, not xnor-popcount: " +
                     binaryWhy);
    }
    if (w->signs) {
      SmallVector<Attribute> maps{
          AffineMapAttr::get(op.getMatchingIndexingMap(data)),
          AffineMapAttr::get(op.getMatchingIndexingMap(weight)),
          AffineMapAttr::get(outMap)};
      SmallVector<Attribute> iterators;
      for (utils::IteratorType kind : op.getIteratorTypesArray())
        iterators.push_back(rewriter.getStringAttr(
            kind == utils::IteratorType::parallel ? "parallel" : "reduction"));
      Value signed_ = SignedAccumulateOp::create(
          rewriter, loc, acc.getType(), x->value, w->value, acc,
          rewriter.getArrayAttr(maps), rewriter.getArrayAttr(iterators),
          rewriter.getI64IntegerAttr(zx));
      return Accumulator{signed_,
                         perChannel ? scales : SmallVector<double>{scales[0]},
                         perChannel ? axis : std::nullopt};
    }
    auto generic = linalg::GenericOp::create(
        rewriter, loc, acc.getType(), inputs, acc, op.getIndexingMapsArray(),
        op.getIteratorTypesArray(),
        [&](OpBuilder &b, Location l, ValueRange args) {
          auto widen = [&](Value v, int64_t zp) {
            if (cast<IntegerType>(v.getType()).getWidth() < 32)
              v = arith::ExtSIOp::create(b, l, i32, v);
            if (zp != 0)
              v = arith::SubIOp::create(
                  b, l, v,
                  arith::ConstantOp::create(b, l, b.getI32IntegerAttr(zp)));
            return v;
          };
          Value a = widen(args[dataIndex], zx);
          Value c = widen(args[weightIndex], zw);
          Value product = arith::MulIOp::create(b, l, a, c);
          Value sum = arith::AddIOp::create(b, l, args.back(), product);
          linalg::YieldOp::create(b, l, sum);
        });
    return Accumulator{generic.getResult(0),
                       perChannel ? scales : SmallVector<double>{scales[0]},
                       perChannel ? axis : std::nullopt};
  }

  FailureOr<Value> realizeAdd(Operation *add, const IntTensor &out,
                              IntRange clamp, IntegerType storage,
                              std::string &why) {
    std::optional<IntTensor> a = intOf(add->getOpOperand(0));
    std::optional<IntTensor> b = intOf(add->getOpOperand(1));
    if (!a || !b) {
      why = "an input of the add has no quantizer";
      return failure();
    }
    // TFLite's residual add: both inputs to a common scale 2·max(s_a, s_b)
    // with 20 bits of headroom, add, requantize to the output.
    constexpr double headroom = double(1 << 20);
    double twiceMax = 2.0 * std::max(a->scale, b->scale);
    Location loc = add->getLoc();
    IntegerType i32 = rewriter.getI32Type();
    SmallVector<Value> scaled;
    for (const IntTensor &in : {*a, *b}) {
      Value centered = createCentered(rewriter, loc, in.value, in.zeroPoint);
      FailureOr<Value> r = createRequantize(
          rewriter, loc, centered, {in.scale / twiceMax * headroom},
          std::nullopt, 0, 0, kI32, i32, doubleRound, why);
      if (failed(r))
        return failure();
      scaled.push_back(*r);
    }
    Value sum = createElementwise(
        rewriter, loc, scaled, i32,
        [](OpBuilder &nb, Location l, ValueRange args) {
          return arith::AddIOp::create(nb, l, args[0], args[1]).getResult();
        });
    return createRequantize(rewriter, loc, sum,
                            {twiceMax / (headroom * out.scale)}, std::nullopt,
                            0, out.zeroPoint, clamp, storage, doubleRound, why);
  }

  /// A generic over the pooling op's iteration space accumulating `combine`
  /// of the integer input into `init`.
  Value poolIntegers(linalg::LinalgOp pool, Value input, Value init,
                     function_ref<Value(OpBuilder &, Location, Value, Value)>
                         combine) {
    SmallVector<Value> inputs{input, pool.getDpsInputOperand(1)->get()};
    auto generic = linalg::GenericOp::create(
        rewriter, pool.getLoc(), init.getType(), inputs, init,
        pool.getIndexingMapsArray(), pool.getIteratorTypesArray(),
        [&](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(b, l, combine(b, l, args[0], args[2]));
        });
    return generic.getResult(0);
  }

  FailureOr<Value> realizeAveragePool(linalg::GenericOp divide, double k,
                                      const IntTensor &out, IntRange clamp,
                                      IntegerType storage, std::string &why) {
    auto pool = divide.getDpsInputOperand(0)
                    ->get()
                    .getDefiningOp<linalg::LinalgOp>();
    if (!pool ||
        !isa<linalg::PoolingNchwSumOp, linalg::PoolingNhwcSumOp>(pool)) {
      why = "a scaling that does not follow a sum pooling has no integer "
            "form";
      return failure();
    }
    FloatAttr zero;
    auto fill = pool.getDpsInitOperand(0)->get().getDefiningOp<linalg::FillOp>();
    if (!fill || !matchPattern(fill.getInputs()[0], m_Constant(&zero)) ||
        !zero.getValue().isZero()) {
      why = "the sum pooling does not start from 0";
      return failure();
    }
    std::optional<IntTensor> x = intOf(pool->getOpOperand(0));
    if (!x) {
      why = "the pooling input has no quantizer";
      return failure();
    }
    Location loc = pool.getLoc();
    IntegerType i32 = rewriter.getI32Type();
    auto outShape =
        cast<ShapedType>(pool.getDpsInitOperand(0)->get().getType()).getShape();
    Value init = createIntFill(rewriter, loc, outShape, i32, 0);
    // Σ(x − z_x) over the window; padding holds z_x, so it adds nothing.
    int64_t zx = x->zeroPoint;
    Value sum = poolIntegers(
        pool, x->value, init, [&](OpBuilder &b, Location l, Value v, Value a) {
          Value wide = arith::ExtSIOp::create(b, l, i32, v);
          if (zx != 0)
            wide = arith::SubIOp::create(
                b, l, wide,
                arith::ConstantOp::create(b, l, b.getI32IntegerAttr(zx)));
          return arith::AddIOp::create(b, l, a, wide).getResult();
        });
    return createRequantize(rewriter, loc, sum, {x->scale * k / out.scale},
                            std::nullopt, 0, out.zeroPoint, clamp, storage,
                            doubleRound, why);
  }

  FailureOr<Value> realizeMaxPool(linalg::LinalgOp pool, const IntTensor &out,
                                  IntRange clamp, IntegerType storage,
                                  std::string &why) {
    std::optional<IntTensor> x = intOf(pool->getOpOperand(0));
    if (!x) {
      why = "the pooling input has no quantizer";
      return failure();
    }
    FloatAttr start;
    auto fill = pool.getDpsInitOperand(0)->get().getDefiningOp<linalg::FillOp>();
    if (!fill || !matchPattern(fill.getInputs()[0], m_Constant(&start))) {
      why = "the max pooling does not start from a constant";
      return failure();
    }
    Location loc = pool.getLoc();
    IntegerType inType = x->getStorageType();
    auto outShape =
        cast<ShapedType>(pool.getDpsInitOperand(0)->get().getType()).getShape();
    Value init = createIntFill(rewriter, loc, outShape, inType,
                               quantizeScalar(start.getValueAsDouble(), *x));
    Value pooled = poolIntegers(
        pool, x->value, init, [](OpBuilder &b, Location l, Value v, Value a) {
          return arith::MaxSIOp::create(b, l, a, v).getResult();
        });
    if (x->scale == out.scale && x->zeroPoint == out.zeroPoint &&
        inType == storage && clamp.min <= x->range.min &&
        clamp.max >= x->range.max)
      return pooled;
    Value centered = createCentered(rewriter, loc, pooled, x->zeroPoint);
    return createRequantize(rewriter, loc, centered, {x->scale / out.scale},
                            std::nullopt, 0, out.zeroPoint, clamp, storage,
                            doubleRound, why);
  }

  /// Layers whose result is not quantized (the logits): i32 accumulation,
  /// dequantized per channel.
  void realizeTerminalLayers() {
    for (Layer &layer : collectLayers(function)) {
      Operation *op = layer.op;
      if (layersRealized.contains(op))
        continue;
      if (!traceActivation(*layer.data).quantizer)
        continue; // left in float on purpose
      rewriter.setInsertionPoint(op);
      std::string why;
      FailureOr<Accumulator> acc = accumulate(layer.op, why);
      if (failed(acc)) {
        remark(op, "stays float: " + why);
        continue;
      }
      auto floatType = cast<FloatType>(getElementTypeOrSelf(op->getResult(0)));
      Value result = createDequantize(rewriter, op->getLoc(), acc->value,
                                      acc->scales, acc->axis, 0, floatType);
      rewriter.replaceAllUsesWith(op->getResult(0), result);
      layersRealized.insert(op);
    }
  }

  void eraseDeadOps() {
    Block &body = function.getFunctionBody().front();
    bool changed = true;
    while (changed) {
      changed = false;
      for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
        if (isOpTriviallyDead(&op)) {
          rewriter.eraseOp(&op);
          changed = true;
        }
    }
  }

  /// Ops left computing in float between dequantized inputs.
  void remarkFloatOps() {
    function->walk([&](quant::DequantizeCastOp dequant) {
      for (Operation *user : dequant->getUsers()) {
        if (isa<func::ReturnOp, quant::QuantizeCastOp>(user) ||
            user->hasTrait<OpTrait::ReturnLike>())
          continue;
        user->emitRemark() << "stays float: it computes on dequantized "
                              "integers (no integer form)";
      }
    });
  }

  IRRewriter rewriter;
  FunctionOpInterface function;
  bool doubleRound, remarks;
  DenseMap<Operation *, IntTensor> realized;
  DenseSet<Operation *> layersRealized;
};

struct QntRealizePass : qnt::impl::QntRealizePassBase<QntRealizePass> {
  using QntRealizePassBase::QntRealizePassBase;

  void runOnOperation() override {
    getOperation()->walk([&](FunctionOpInterface function) {
      if (!function.isExternal())
        Realizer(function, doubleRound, emitRemarks).run();
    });
  }
};

} // namespace
