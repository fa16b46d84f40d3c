//===- FoldIntoLinearOp.cpp - fold y = a·x + b into a conv/matmul --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A convolution or contraction is linear in its weight: scaling the weight
// slice that feeds output channel c by a_c scales that channel's output by
// a_c. The output channel is found from the indexing maps (the loop
// dimension of the output's channel position, and where the weight's map
// uses it), so every named conv/matmul form and generic equivalents fold the
// same way, whatever their strides, dilations or padding.
//
//===----------------------------------------------------------------------===//

#include "FoldIntoLinearOp.h"
#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

namespace {

double channelValue(ArrayRef<double> values, int64_t c) {
  return values[values.size() == 1 ? 0 : c];
}

/// The quantizer of the scaled weights: per-channel scales times |a_c|; a
/// negative a_c mirrors an affine grid (zero point qmin + qmax − z).
FailureOr<Type> scaleWeightQuantType(Type quantType, int64_t axis,
                                     ArrayRef<double> a, int64_t channels,
                                     std::string &reason) {
  for (int64_t c = 0; c < channels; ++c)
    if (channelValue(a, c) == 0.0 || !std::isfinite(channelValue(a, c))) {
      reason = "a zero or non-finite scale would break the weight quantizer "
               "of channel " +
               std::to_string(c);
      return failure();
    }
  auto scaled = [&](ArrayRef<double> scales) {
    SmallVector<double> out;
    for (int64_t c = 0; c < channels; ++c)
      out.push_back(std::fabs(channelValue(a, c)) *
                    scales[scales.size() == 1 ? 0 : c]);
    return out;
  };
  auto checkAxis = [&](int64_t quantAxis) {
    if (quantAxis < 0 || quantAxis == axis)
      return true;
    reason = "the weight quantizer is per-axis along dimension " +
             std::to_string(quantAxis) + ", not the output channel dimension " +
             std::to_string(axis);
    return false;
  };

  if (isa<quant::UniformQuantizedType, quant::UniformQuantizedPerAxisType>(
          quantType)) {
    auto quantized = cast<quant::QuantizedType>(quantType);
    SmallVector<double> scales;
    SmallVector<int64_t> zeroPoints;
    if (auto uniform = dyn_cast<quant::UniformQuantizedType>(quantType)) {
      scales.push_back(uniform.getScale());
      zeroPoints.push_back(uniform.getZeroPoint());
    } else {
      auto perAxis = cast<quant::UniformQuantizedPerAxisType>(quantType);
      if (!checkAxis(perAxis.getQuantizedDimension()))
        return failure();
      llvm::append_range(scales, perAxis.getScales());
      llvm::append_range(zeroPoints, perAxis.getZeroPoints());
    }
    int64_t qmin = quantized.getStorageTypeMin();
    int64_t qmax = quantized.getStorageTypeMax();
    SmallVector<int64_t> newZeroPoints;
    for (int64_t c = 0; c < channels; ++c) {
      int64_t z = zeroPoints[zeroPoints.size() == 1 ? 0 : c];
      newZeroPoints.push_back(channelValue(a, c) < 0 && z != 0 ? qmin + qmax - z
                                                               : z);
    }
    return Type(quant::UniformQuantizedPerAxisType::get(
        quantized.getFlags(), quantized.getStorageType(),
        quantized.getExpressedType(), scaled(scales), newZeroPoints,
        static_cast<int32_t>(axis), qmin, qmax));
  }
  // Ternary and binary levels scale with |a_c| (α = wᵀŵ/ŵᵀŵ and mean |w|
  // are both homogeneous in w; a sign flip keeps the support).
  auto scaleLevels = [&](auto levelsType) -> FailureOr<Type> {
    using LevelsType = decltype(levelsType);
    if (!checkAxis(levelsType.getAxis()))
      return failure();
    MLIRContext *ctx = quantType.getContext();
    return Type(LevelsType::get(
        ctx, levelsType.getExpressedType(), static_cast<int32_t>(axis),
        DenseF64ArrayAttr::get(ctx,
                               scaled(levelsType.getScales().asArrayRef()))));
  };
  if (auto ternary = dyn_cast<TernaryType>(quantType))
    return scaleLevels(ternary);
  if (auto binary = dyn_cast<BinaryType>(quantType))
    return scaleLevels(binary);
  reason = "the weight quantizer's scheme cannot absorb a per-channel scale";
  return failure();
}

/// The per-channel bias an output init holds: a fill, a broadcast (named or
/// generic) of a constant, or a constant varying only along `channelDim`.
std::optional<SmallVector<double>>
readBias(Value init, ArrayRef<int64_t> channelDims, int64_t channels) {
  auto type = cast<RankedTensorType>(init.getType());
  if (auto fill = init.getDefiningOp<linalg::FillOp>()) {
    FloatAttr scalar;
    if (!matchPattern(fill.getDpsInputs()[0], m_Constant(&scalar)))
      return std::nullopt;
    return SmallVector<double>(channels, scalar.getValueAsDouble());
  }
  if (auto broadcast = init.getDefiningOp<linalg::BroadcastOp>()) {
    // The kept dimensions, in order, must be exactly the channel dimensions.
    ArrayRef<int64_t> added = broadcast.getDimensions();
    SmallVector<int64_t> kept;
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (!llvm::is_contained(added, d))
        kept.push_back(d);
    if (ArrayRef<int64_t>(kept) != channelDims)
      return std::nullopt;
    return getConstantFloatTensor(broadcast.getInput());
  }
  if (channelDims.size() != 1)
    return std::nullopt;
  int64_t channelDim = channelDims.front();
  Value source = init;
  AffineMap map =
      AffineMap::getMultiDimIdentityMap(type.getRank(), init.getContext());
  if (auto generic = init.getDefiningOp<linalg::GenericOp>()) {
    // A broadcast written as a generic (TOSA's conv bias): yields its input.
    Block &body = generic.getRegion().front();
    auto yield = cast<linalg::YieldOp>(body.getTerminator());
    if (generic.getNumDpsInputs() != 1 ||
        generic.getNumParallelLoops() != generic.getNumLoops() ||
        !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
             .isIdentity() ||
        yield.getNumOperands() != 1 ||
        yield.getOperand(0) != body.getArgument(0))
      return std::nullopt;
    OpOperand *input = generic.getDpsInputOperand(0);
    source = input->get();
    map = generic.getMatchingIndexingMap(input);
  }
  std::string reason;
  FailureOr<ChannelConstant> constant =
      readChannelConstant(source, map, reason);
  if (failed(constant))
    return std::nullopt;
  if (constant->loopDim && *constant->loopDim != channelDim)
    return std::nullopt;
  if (!constant->loopDim)
    return SmallVector<double>(channels, constant->values.front());
  return constant->values;
}

/// W'[.., c, ..] = a_c · W[.., c, ..], where the channel c is the row-major
/// linearization of the indices at `positions` (one position for a plain
/// channel dimension, several when channels were collapsed, e.g. C×M).
/// The f32 blob of a weight that nothing else can observe: a mutable
/// dense_resource blob held by one constant op whose value flows, through
/// single-use ops only, to the one linear op being folded. Scaling it in
/// place saves a copy of the weights (a ResNet-50 fold would otherwise keep
/// both the old and the new blobs alive).
MutableArrayRef<float> exclusiveWeightBlob(const WeightPath &weight) {
  auto resource = dyn_cast<DenseF32ResourceElementsAttr>(weight.values);
  if (!resource || !weight.constant->hasOneUse() ||
      llvm::any_of(weight.chain,
                   [](Operation *op) { return !op->hasOneUse(); }))
    return {};
  AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  if (!blob || !blob->isMutable())
    return {};
  // Another constant may hold the same (uniqued) attribute.
  Operation *top = weight.constant->getParentOp();
  while (top->getParentOp())
    top = top->getParentOp();
  int holders = 0;
  top->walk([&](arith::ConstantOp op) {
    if (op.getValue() == weight.values)
      ++holders;
  });
  if (holders != 1)
    return {};
  MutableArrayRef<char> bytes = blob->getMutableData();
  return MutableArrayRef<float>(reinterpret_cast<float *>(bytes.data()),
                                bytes.size() / sizeof(float));
}

FailureOr<ElementsAttr> scaleWeights(const WeightPath &weight,
                                     ArrayRef<int64_t> positions,
                                     ArrayRef<double> a) {
  ElementsAttr weights = weight.values;
  auto type = cast<ShapedType>(weights.getType());
  MutableArrayRef<float> inPlace = exclusiveWeightBlob(weight);
  std::optional<std::vector<float>> copy;
  if (inPlace.empty() ||
      static_cast<int64_t>(inPlace.size()) != type.getNumElements()) {
    inPlace = {};
    copy = readFloatElements(weights);
    if (!copy)
      return failure();
  }
  MutableArrayRef<float> values =
      copy ? MutableArrayRef<float>(*copy) : inPlace;
  ChannelIndexer channelOf(type.getShape(), positions);
  for (size_t i = 0, e = values.size(); i < e; ++i)
    values[i] = static_cast<float>(
        channelValue(a, channelOf(static_cast<int64_t>(i))) * values[i]);
  if (!copy)
    return weights; // scaled in place
  return buildFloatElements(weights, type, *copy, "folded_weights");
}

/// A new output init holding `bias` along `channelDims`: a fill when every
/// channel has the same bias, a broadcast of a constant otherwise.
Value buildBiasInit(RewriterBase &rewriter, Location loc, Value oldInit,
                    ArrayRef<int64_t> channelDims, ArrayRef<double> bias,
                    ElementsAttr like) {
  auto type = cast<RankedTensorType>(oldInit.getType());
  Type elementType = type.getElementType();
  Value empty = tensor::EmptyOp::create(
      rewriter, loc, tensor::getMixedSizes(rewriter, loc, oldInit),
      elementType);
  if (llvm::all_equal(bias)) {
    Value scalar = arith::ConstantOp::create(
        rewriter, loc, rewriter.getFloatAttr(elementType, bias.front()));
    return linalg::FillOp::create(rewriter, loc, scalar, empty).getResult(0);
  }
  SmallVector<int64_t> biasShape;
  for (int64_t d : channelDims)
    biasShape.push_back(type.getDimSize(d));
  auto biasType = RankedTensorType::get(biasShape, elementType);
  SmallVector<float> values(bias.begin(), bias.end());
  ElementsAttr biasAttr =
      buildFloatElements(like, biasType, values, "folded_bias");
  Value biasConstant =
      arith::ConstantOp::create(rewriter, loc, cast<TypedAttr>(biasAttr));
  SmallVector<int64_t> addedDims;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (!llvm::is_contained(channelDims, d))
      addedDims.push_back(d);
  return linalg::BroadcastOp::create(rewriter, loc, biasConstant, empty,
                                     addedDims)
      ->getResult(0);
}

} // namespace

FailureOr<Value> mlir::qnt::foldAffineIntoLinearOp(
    RewriterBase &rewriter, linalg::LinalgOp linearOp,
    const ChannelAffine &affine, std::string &reason,
    tensor::CollapseShapeOp collapse) {
  std::string name = linearOp->getName().getStringRef().str();
  if (!isFoldableLinearOp(linearOp)) {
    reason = "its input comes from '" + name +
             "', which is not a convolution or contraction";
    return failure();
  }
  if (!linearOp->getResult(0).hasOneUse()) {
    reason = "the result of '" + name + "' has other users";
    return failure();
  }
  auto outType = cast<RankedTensorType>(linearOp->getResult(0).getType());
  if (!outType.hasStaticShape() || !isa<FloatType>(outType.getElementType())) {
    reason = "'" + name + "' does not produce a static float tensor";
    return failure();
  }

  // Candidate channel dimensions of the linear op's output: the affine
  // channel (through the collapse, a group of dimensions such as the C×M of
  // a depthwise multiplier or the G×F of a grouped conv), or any single
  // dimension for a per-tensor affine map.
  OpOperand *init = linearOp.getDpsInitOperand(0);
  AffineMap outMap = linearOp.getMatchingIndexingMap(init);
  SmallVector<SmallVector<int64_t>> candidates;
  if (affine.channelDim && collapse) {
    ReassociationIndices group =
        collapse.getReassociationIndices()[*affine.channelDim];
    candidates.emplace_back(group.begin(), group.end());
  } else if (affine.channelDim) {
    candidates.push_back({*affine.channelDim});
  } else {
    for (int64_t d = 0; d < outType.getRank(); ++d)
      candidates.push_back({d});
  }

  // Find the channel dimensions and the constant weight that carries them.
  std::optional<WeightPath> weight;
  SmallVector<int64_t> weightPositions; // in the constant, per channel dim
  OpOperand *weightOperand = nullptr;
  SmallVector<int64_t> channelDims;
  for (ArrayRef<int64_t> group : candidates) {
    for (OpOperand *input : linearOp.getDpsInputOperands()) {
      AffineMap map = linearOp.getMatchingIndexingMap(input);
      std::optional<WeightPath> first;
      SmallVector<int64_t> positions;
      for (int64_t cd : group) {
        auto loop = dyn_cast<AffineDimExpr>(outMap.getResult(cd));
        if (!loop || linearOp.getIteratorTypesArray()[loop.getPosition()] !=
                         utils::IteratorType::parallel)
          break;
        std::optional<int64_t> pos;
        for (auto [p, expr] : llvm::enumerate(map.getResults()))
          if (expr == loop)
            pos = p;
        if (!pos)
          break;
        FailureOr<WeightPath> path = traceWeight(input->get(), *pos);
        if (failed(path))
          break;
        positions.push_back(path->constantPos);
        if (!first)
          first = *path;
      }
      if (positions.size() != group.size())
        continue;
      weight = first;
      weightPositions = positions;
      weightOperand = input;
      channelDims.assign(group.begin(), group.end());
      break;
    }
    if (weight)
      break;
  }
  if (!weight) {
    reason = "no constant weight operand of '" + name +
             "' carries its output channels";
    return failure();
  }

  int64_t channels = 1;
  for (int64_t d : channelDims)
    channels *= outType.getDimSize(d);
  if (affine.getNumChannels() != 1 && affine.getNumChannels() != channels) {
    reason = "the affine op has " + std::to_string(affine.getNumChannels()) +
             " channels but '" + name + "' produces " +
             std::to_string(channels);
    return failure();
  }
  std::optional<SmallVector<double>> bias =
      readBias(init->get(), channelDims, channels);
  if (!bias || static_cast<int64_t>(bias->size()) != channels) {
    reason = "the init (bias) of '" + name +
             "' is not a constant broadcast along its output channels";
    return failure();
  }

  // Quantizers on the path must be able to absorb the scale.
  SmallVector<Type> newQuantTypes;
  for (auto [op, pos] : llvm::zip(weight->chain, weight->positions)) {
    auto fakeQuant = dyn_cast<FakeQuantOp>(op);
    if (!fakeQuant) {
      newQuantTypes.push_back(Type());
      continue;
    }
    if (fakeQuant.getPowerOfTwo()) {
      reason = "the weight quantizer requires power-of-two scales";
      return failure();
    }
    if (channelDims.size() != 1) {
      reason = "the weight quantizer cannot follow channels that span "
               "several weight dimensions";
      return failure();
    }
    FailureOr<Type> newType = scaleWeightQuantType(
        fakeQuant.getQuantType(), pos, affine.scale, channels, reason);
    if (failed(newType))
      return failure();
    newQuantTypes.push_back(*newType);
  }
  FailureOr<ElementsAttr> newWeights =
      scaleWeights(*weight, weightPositions, affine.scale);
  if (failed(newWeights)) {
    reason = "the weights of '" + name + "' are not readable float constants";
    return failure();
  }

  // Everything is checked: build the new weight chain, bias and op.
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(linearOp);
  Location loc = linearOp.getLoc();
  Value current =
      rebuildWeightChain(rewriter, *weight, *newWeights, newQuantTypes);

  SmallVector<double> newBias;
  for (int64_t c = 0; c < channels; ++c)
    newBias.push_back(channelValue(affine.scale, c) * (*bias)[c] +
                      channelValue(affine.shift, c));
  Value newInit = buildBiasInit(rewriter, loc, init->get(), channelDims,
                                newBias, weight->values);
  Operation *newOp = rewriter.clone(*linearOp);
  newOp->setOperand(weightOperand->getOperandNumber(), current);
  newOp->setOperand(init->getOperandNumber(), newInit);
  if (!collapse)
    return newOp->getResult(0);
  return tensor::CollapseShapeOp::create(
             rewriter, collapse.getLoc(), collapse.getResultType(),
             newOp->getResult(0), collapse.getReassociation())
      .getResult();
}

FailureOr<Value> mlir::qnt::foldAffineIntoConsumerLinearOp(
    RewriterBase &rewriter, linalg::LinalgOp linearOp, OpOperand &dataOperand,
    const ChannelAffine &affine, std::string &reason) {
  std::string name = linearOp->getName().getStringRef().str();
  if (!isFoldableLinearOp(linearOp)) {
    reason = "its result feeds '" + name +
             "', which is not a convolution or contraction";
    return failure();
  }
  auto outType = cast<RankedTensorType>(linearOp->getResult(0).getType());
  if (!outType.hasStaticShape() || !isa<FloatType>(outType.getElementType())) {
    reason = "'" + name + "' does not produce a static float tensor";
    return failure();
  }
  OpOperand *weightOperand = nullptr;
  for (OpOperand *input : linearOp.getDpsInputOperands())
    if (input != &dataOperand)
      weightOperand = input;
  AffineMap dataMap = linearOp.getMatchingIndexingMap(&dataOperand);
  AffineMap weightMap = linearOp.getMatchingIndexingMap(weightOperand);
  AffineMap outMap =
      linearOp.getMatchingIndexingMap(linearOp.getDpsInitOperand(0));
  SmallVector<utils::IteratorType> iterators = linearOp.getIteratorTypesArray();

  // The weight's one parallel dimension is the output channel.
  std::optional<unsigned> outLoop;
  int64_t outPos = -1;
  for (auto [pos, expr] : llvm::enumerate(weightMap.getResults())) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim) {
      reason = "the weight of '" + name + "' is not indexed by loop dimensions";
      return failure();
    }
    if (iterators[dim.getPosition()] != utils::IteratorType::parallel)
      continue;
    if (outLoop) {
      reason = "the weight of '" + name +
               "' has several parallel dimensions, so Σ W·b is not one bias "
               "per output channel";
      return failure();
    }
    outLoop = dim.getPosition();
    outPos = pos;
  }
  int64_t outChannelDim = -1;
  for (auto [pos, expr] : llvm::enumerate(outMap.getResults()))
    if (outLoop && expr == getAffineDimExpr(*outLoop, linearOp.getContext()))
      outChannelDim = pos;
  if (outChannelDim < 0) {
    reason = "no output channel of '" + name + "' found";
    return failure();
  }

  // The input channel: where the affine channel lands in the weight.
  int64_t inPos = -1;
  if (affine.channelDim) {
    auto loop = dyn_cast<AffineDimExpr>(dataMap.getResult(*affine.channelDim));
    for (auto [pos, expr] : llvm::enumerate(weightMap.getResults()))
      if (loop && expr == loop)
        inPos = pos;
    if (inPos < 0) {
      reason = "the affine channel of the input of '" + name +
               "' does not index its weight";
      return failure();
    }
  }
  FailureOr<WeightPath> weight = traceWeight(weightOperand->get(), outPos);
  FailureOr<WeightPath> inWeight =
      traceWeight(weightOperand->get(), inPos < 0 ? outPos : inPos);
  if (failed(weight) || failed(inWeight) ||
      llvm::any_of(weight->chain,
                   [](Operation *op) { return isa<FakeQuantOp>(op); })) {
    reason = "the weight of '" + name +
             "' is not a constant (or is already quantized)";
    return failure();
  }
  std::optional<std::vector<float>> values = readFloatElements(weight->values);
  if (!values) {
    reason = "the weights of '" + name + "' are not readable float constants";
    return failure();
  }
  int64_t channels = outType.getDimSize(outChannelDim);
  std::optional<SmallVector<double>> bias =
      readBias(linearOp.getDpsInitOperand(0)->get(), {outChannelDim}, channels);
  if (!bias || static_cast<int64_t>(bias->size()) != channels) {
    reason = "the init (bias) of '" + name +
             "' is not a constant broadcast along its output channels";
    return failure();
  }

  auto type = cast<ShapedType>(weight->values.getType());
  // The output and input channel of each weight element, from their
  // positions in the constant itself (no input channel: a per-tensor map).
  ChannelIndexer outputChannelOf(type.getShape(), {weight->constantPos});
  ChannelIndexer inputChannelOf(
      type.getShape(), inPos < 0 ? ArrayRef<int64_t>{}
                                 : ArrayRef<int64_t>{inWeight->constantPos});
  SmallVector<double> newBias(bias->begin(), bias->end());
  std::vector<float> scaled(*values);
  for (size_t i = 0, e = values->size(); i < e; ++i) {
    int64_t flat = static_cast<int64_t>(i);
    int64_t f = outputChannelOf(flat);
    int64_t c = inputChannelOf(flat);
    newBias[f] += (*values)[i] * channelValue(affine.shift, c);
    scaled[i] =
        static_cast<float>((*values)[i] * channelValue(affine.scale, c));
  }
  ElementsAttr newWeights =
      buildFloatElements(weight->values, type, scaled, "folded_weights");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(linearOp);
  Location loc = linearOp.getLoc();
  Value current = rebuildWeightChain(rewriter, *weight, newWeights, {});
  Value newInit =
      buildBiasInit(rewriter, loc, linearOp.getDpsInitOperand(0)->get(),
                    {outChannelDim}, newBias, weight->values);
  Operation *newOp = rewriter.clone(*linearOp);
  newOp->setOperand(dataOperand.getOperandNumber(), affine.input);
  newOp->setOperand(weightOperand->getOperandNumber(), current);
  newOp->setOperand(linearOp.getDpsInitOperand(0)->getOperandNumber(), newInit);
  return newOp->getResult(0);
}
