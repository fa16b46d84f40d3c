//===- Quantizers.cpp - choosing weight and activation quantizers --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Quantizers.h"

#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

std::optional<WeightValues>
mlir::qnt::readWeightValues(const WeightPath &path, bool perChannel) {
  std::optional<std::vector<float>> values = readFloatElements(path.values);
  if (!values)
    return std::nullopt;
  auto type = cast<ShapedType>(path.values.getType());
  ChannelIndexer indexer(type.getShape(),
                         perChannel ? ArrayRef<int64_t>{path.constantPos}
                                    : ArrayRef<int64_t>{});
  WeightValues weights{std::move(*values), {}, indexer.getNumChannels()};
  weights.channelOf.resize(weights.values.size());
  for (size_t i = 0, e = weights.values.size(); i < e; ++i)
    weights.channelOf[i] = indexer(static_cast<int64_t>(i));
  return weights;
}

static IntRange weightRange(const WeightQuantizerOptions &options) {
  IntRange full = storageRange(options.bits, /*isSigned=*/true);
  return {options.narrowRange ? -full.max : full.min, full.max};
}

SmallVector<double>
mlir::qnt::weightScales(const WeightValues &weights,
                        const WeightQuantizerOptions &options) {
  SmallVector<double> maxAbs(weights.numChannels, 0.0);
  for (size_t i = 0, e = weights.values.size(); i < e; ++i) {
    double &m = maxAbs[weights.channelOf[i]];
    m = std::max(m, double(std::fabs(weights.values[i])));
  }
  IntRange range = weightRange(options);
  SmallVector<double> scales;
  for (double m : maxAbs)
    scales.push_back(chooseSymmetricScale(m, range.max, options.powerOfTwo));
  return scales;
}

Type mlir::qnt::weightQuantType(MLIRContext *ctx, const WeightValues &weights,
                                Type expressed, int32_t axis,
                                const WeightQuantizerOptions &options) {
  SmallVector<double> scales = weightScales(weights, options);
  IntRange range = weightRange(options);
  auto storage = IntegerType::get(ctx, options.bits);
  unsigned flags = quant::QuantizationFlags::Signed;
  if (weights.numChannels == 1 && !options.perChannel)
    return quant::UniformQuantizedType::get(flags, storage, expressed,
                                            scales.front(), 0, range.min,
                                            range.max);
  return quant::UniformQuantizedPerAxisType::get(
      flags, storage, expressed, scales,
      SmallVector<int64_t>(scales.size(), 0), axis, range.min, range.max);
}

SmallVector<int64_t>
mlir::qnt::weightLevelCounts(const WeightValues &weights,
                             const WeightQuantizerOptions &options) {
  SmallVector<double> scales = weightScales(weights, options);
  IntRange range = weightRange(options);
  SmallVector<float> fscales(scales.begin(), scales.end());
  SmallVector<int64_t> counts(range.max - range.min + 1, 0);
  for (size_t i = 0, e = weights.values.size(); i < e; ++i) {
    int64_t q = quantize(weights.values[i], fscales[weights.channelOf[i]], 0,
                         range);
    ++counts[q - range.min];
  }
  return counts;
}

Type mlir::qnt::activationQuantType(MLIRContext *ctx, double lo, double hi,
                                    Type expressed,
                                    const ActivationQuantizerOptions &options) {
  IntRange full = storageRange(options.bits, /*isSigned=*/true);
  double scale;
  int64_t zeroPoint = 0;
  if (options.symmetric) {
    scale = chooseSymmetricScale(std::max(std::fabs(lo), std::fabs(hi)),
                                 full.max, options.powerOfTwo);
  } else {
    AffineParams params = chooseAffineParams(lo, hi, full, options.powerOfTwo);
    scale = params.scale;
    zeroPoint = params.zeroPoint;
  }
  return quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, IntegerType::get(ctx, options.bits),
      expressed, scale, zeroPoint, full.min, full.max);
}

std::optional<std::pair<double, double>>
mlir::qnt::observedRange(Value value) {
  auto rangeOf =
      [](ObserveOp observe) -> std::optional<std::pair<double, double>> {
    std::optional<ArrayRef<double>> mins = observe.getMin();
    std::optional<ArrayRef<double>> maxs = observe.getMax();
    if (!mins || !maxs || observe.getAxis())
      return std::nullopt;
    return std::make_pair(mins->front(), maxs->front());
  };
  if (auto observe = value.getDefiningOp<ObserveOp>())
    if (auto range = rangeOf(observe))
      return range;
  for (Operation *user : value.getUsers())
    if (auto observe = dyn_cast<ObserveOp>(user))
      if (auto range = rangeOf(observe))
        return range;
  return std::nullopt;
}

std::optional<std::pair<double, double>>
mlir::qnt::quantizerRange(Type quantType) {
  auto uniform = dyn_cast<quant::UniformQuantizedType>(quantType);
  if (!uniform)
    return std::nullopt;
  double scale = uniform.getScale();
  int64_t zp = uniform.getZeroPoint();
  return std::make_pair(scale * double(uniform.getStorageTypeMin() - zp),
                        scale * double(uniform.getStorageTypeMax() - zp));
}

FakeQuantOp mlir::qnt::insertFakeQuant(RewriterBase &rewriter,
                                       OpOperand &operand, Type quantType,
                                       bool powerOfTwo) {
  OpBuilder::InsertionGuard guard(rewriter);
  Operation *user = operand.getOwner();
  rewriter.setInsertionPoint(user);
  auto fakeQuant = FakeQuantOp::create(
      rewriter, user->getLoc(), operand.get(), TypeAttr::get(quantType),
      RoundingModeAttr(), IntegerAttr(),
      powerOfTwo ? rewriter.getUnitAttr() : UnitAttr(), FloatAttr());
  rewriter.modifyOpInPlace(user, [&] { operand.set(fakeQuant); });
  return fakeQuant;
}
