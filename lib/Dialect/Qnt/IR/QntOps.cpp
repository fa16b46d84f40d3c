//===- QntOps.cpp - qnt operation verifiers ------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

#define GET_OP_CLASSES
#include "qnt/Dialect/Qnt/IR/QntOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

/// Checks that `axis` indexes a dimension of `type` and, when that dimension
/// is static, that it has `count` entries (one per channel parameter).
static LogicalResult verifyChannelAxis(Operation *op, ShapedType type,
                                       int64_t axis, int64_t count,
                                       StringRef what) {
  if (axis < 0 || axis >= type.getRank())
    return op->emitOpError() << "axis " << axis << " is out of range for a "
                             << "tensor of rank " << type.getRank();
  int64_t dim = type.getDimSize(axis);
  if (!ShapedType::isDynamic(dim) && dim != count)
    return op->emitOpError()
           << "has " << count << " " << what << " but dimension " << axis
           << " has size " << dim;
  return success();
}

//===----------------------------------------------------------------------===//
// FakeQuantOp
//===----------------------------------------------------------------------===//

LogicalResult FakeQuantOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  Type qtype = getQuantType();
  Type expressed;
  int64_t axis = -1, numChannels = 1;
  SmallVector<double> scales;

  if (auto uniform = dyn_cast<quant::UniformQuantizedType>(qtype)) {
    expressed = uniform.getExpressedType();
    scales.push_back(uniform.getScale());
  } else if (auto perAxis =
                 dyn_cast<quant::UniformQuantizedPerAxisType>(qtype)) {
    expressed = perAxis.getExpressedType();
    axis = perAxis.getQuantizedDimension();
    numChannels = perAxis.getScales().size();
    llvm::append_range(scales, perAxis.getScales());
  } else if (auto ternary = dyn_cast<TernaryType>(qtype)) {
    expressed = ternary.getExpressedType();
    axis = ternary.getAxis();
    numChannels = ternary.getNumChannels();
    llvm::append_range(scales, ternary.getScales().asArrayRef());
  } else if (auto binary = dyn_cast<BinaryType>(qtype)) {
    expressed = binary.getExpressedType();
    axis = binary.getAxis();
    numChannels = binary.getNumChannels();
    llvm::append_range(scales, binary.getScales().asArrayRef());
  } else if (auto threshold = dyn_cast<ThresholdType>(qtype)) {
    expressed = threshold.getExpressedType();
    axis = threshold.getAxis();
    numChannels = threshold.getNumChannels();
    scales.push_back(threshold.getScaleValue());
  } else {
    return emitOpError() << "quant_type must be !quant.uniform (per tensor or "
                            "per axis), !qnt.ternary, !qnt.binary or "
                            "!qnt.threshold, got "
                         << qtype;
  }

  if (expressed != inputType.getElementType())
    return emitOpError() << "quant_type expresses " << expressed
                         << " but the input elements are "
                         << inputType.getElementType();
  if (auto quantType = dyn_cast<quant::QuantizedType>(qtype)) {
    unsigned width = quantType.getStorageTypeIntegralWidth();
    if (width < 2 || width > 16)
      return emitOpError() << "uniform storage width must be in 2..16, got "
                           << width;
  }
  if (axis >= 0 && failed(verifyChannelAxis(*this, inputType, axis, numChannels,
                                            "quantization "
                                            "channels")))
    return failure();

  RoundingMode mode = getRoundingMode();
  if (mode == RoundingMode::stochastic && !getSeed())
    return emitOpError("stochastic rounding requires a 'seed'");
  if (mode != RoundingMode::stochastic && getSeed())
    return emitOpError("'seed' is only meaningful with stochastic rounding");
  if (getRounding() && (isa<BinaryType>(qtype) || isa<ThresholdType>(qtype)))
    return emitOpError() << "rounding does not apply to " << qtype
                         << ": its levels are chosen by comparison";

  if (std::optional<APFloat> epsilon = getSparseThreshold()) {
    if (!isa<quant::UniformQuantizedType>(qtype))
      return emitOpError() << "sparse_threshold needs a per-tensor "
                              "!quant.uniform type, got "
                           << qtype;
    if (!epsilon->isFinite())
      return emitOpError("sparse_threshold must be finite");
  }
  if (getPowerOfTwo()) {
    if (isa<ThresholdType>(qtype))
      return emitOpError("power_of_two does not apply to threshold types");
    for (auto [i, scale] : llvm::enumerate(scales))
      if (!isPowerOfTwo(scale))
        return emitOpError() << "power_of_two is set but scale #" << i << " ("
                             << scale << ") is not a power of two";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ObserveOp
//===----------------------------------------------------------------------===//

LogicalResult ObserveOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  int64_t numChannels = 1;
  if (std::optional<int64_t> axis = getAxis()) {
    if (*axis < 0 || *axis >= inputType.getRank())
      return emitOpError() << "axis " << *axis << " is out of range for a "
                           << "tensor of rank " << inputType.getRank();
    numChannels = inputType.getDimSize(*axis);
    if (ShapedType::isDynamic(numChannels))
      return emitOpError() << "per-axis statistics need a static size along "
                              "axis "
                           << *axis;
  }
  std::optional<ArrayRef<double>> mins = getMin(), maxs = getMax();
  if (mins.has_value() != maxs.has_value())
    return emitOpError("'min' and 'max' must be given together");
  if (mins) {
    if (static_cast<int64_t>(mins->size()) != numChannels ||
        static_cast<int64_t>(maxs->size()) != numChannels)
      return emitOpError() << "expected " << numChannels
                           << " min/max values (one per channel), got "
                           << mins->size() << " and " << maxs->size();
    for (int64_t c = 0; c < numChannels; ++c) {
      double lo = (*mins)[c], hi = (*maxs)[c];
      if (!std::isfinite(lo) || !std::isfinite(hi))
        return emitOpError() << "min/max of channel " << c << " must be finite";
      if (lo > hi)
        return emitOpError() << "min (" << lo << ") exceeds max (" << hi
                             << ") for channel " << c;
    }
  }
  std::optional<ArrayRef<int64_t>> histogram = getHistogram();
  std::optional<int64_t> numBins = getNumBins();
  if (numBins && *numBins < 1)
    return emitOpError() << "num_bins must be positive, got " << *numBins;
  if (histogram) {
    if (!numBins)
      return emitOpError("'histogram' requires 'num_bins'");
    if (!mins)
      return emitOpError("'histogram' requires 'min' and 'max' (its range)");
    if (static_cast<int64_t>(histogram->size()) != *numBins * numChannels)
      return emitOpError() << "histogram has " << histogram->size()
                           << " bins, expected num_bins × channels = "
                           << *numBins * numChannels;
    for (auto [i, count] : llvm::enumerate(*histogram))
      if (count < 0)
        return emitOpError() << "histogram bin " << i << " is negative";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

LogicalResult BatchNormOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  auto paramType = cast<RankedTensorType>(getScale().getType());
  if (paramType.getElementType() != inputType.getElementType())
    return emitOpError() << "parameters have element type "
                         << paramType.getElementType() << " but the input has "
                         << inputType.getElementType();
  int64_t channels = paramType.getDimSize(0);
  if (ShapedType::isDynamic(channels))
    return emitOpError("parameters must have a static size");
  if (failed(verifyChannelAxis(*this, inputType, getAxis(), channels,
                               "parameters per tensor")))
    return failure();
  float epsilon = getEpsilon().convertToFloat();
  if (!std::isfinite(epsilon) || epsilon < 0.0f)
    return emitOpError() << "epsilon must be finite and non-negative, got "
                         << epsilon;
  return success();
}

//===----------------------------------------------------------------------===//
// RequantizeOp
//===----------------------------------------------------------------------===//

LogicalResult RequantizeOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  auto outputType = cast<RankedTensorType>(getOutput().getType());
  auto outElem = cast<IntegerType>(outputType.getElementType());
  if (outElem.getWidth() > 32)
    return emitOpError() << "result elements must be at most 32 bits wide, "
                            "got "
                         << outElem;

  ArrayRef<int32_t> shifts = getShift();
  std::optional<ArrayRef<int32_t>> multipliers = getMultiplier();
  if (shifts.empty())
    return emitOpError("expected at least one shift");
  if (multipliers && multipliers->size() != shifts.size())
    return emitOpError() << "has " << multipliers->size() << " multipliers but "
                         << shifts.size() << " shifts";
  int64_t count = shifts.size();
  if (std::optional<int64_t> axis = getAxis()) {
    if (failed(verifyChannelAxis(*this, inputType, *axis, count,
                                 "multiplier/shift pairs")))
      return failure();
  } else if (count != 1) {
    return emitOpError() << "has " << count
                         << " multiplier/shift pairs but no 'axis'";
  }

  int32_t minShift = multipliers ? 2 : 0, maxShift = multipliers ? 62 : 31;
  for (auto [i, shift] : llvm::enumerate(shifts))
    if (shift < minShift || shift > maxShift)
      return emitOpError() << "shift #" << i << " is " << shift << ", expected "
                           << minShift << ".." << maxShift
                           << (multipliers ? " with a multiplier"
                                           : " for a shift-only rescale");
  if (multipliers)
    for (auto [i, m] : llvm::enumerate(*multipliers))
      if (m < 0)
        return emitOpError()
               << "multiplier #" << i << " must be non-negative, got " << m;
  if (getDoubleRound() && !multipliers)
    return emitOpError("double_round needs a multiplier");

  if (getInputZp() != 0 && inputType.getElementType().isInteger(32))
    return emitOpError("input_zp must be 0 for i32 accumulators (as in "
                       "tosa.rescale)");

  IntRange range = storageRange(outElem.getWidth(), !getOutputUnsigned());
  int64_t lo = getClampMin(), hi = getClampMax();
  if (lo > hi)
    return emitOpError() << "clamp_min (" << lo << ") exceeds clamp_max (" << hi
                         << ")";
  if (lo < range.min || hi > range.max)
    return emitOpError() << "clamp [" << lo << ", " << hi
                         << "] exceeds the range of "
                         << (getOutputUnsigned() ? "unsigned " : "") << outElem
                         << " [" << range.min << ", " << range.max << "]";
  int64_t zp = getOutputZp();
  if (zp < range.min || zp > range.max)
    return emitOpError() << "output zero point " << zp
                         << " is outside the range of " << outElem;
  return success();
}

//===----------------------------------------------------------------------===//
// ThresholdOp
//===----------------------------------------------------------------------===//

LogicalResult ThresholdOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  auto outElem =
      cast<IntegerType>(cast<RankedTensorType>(getType()).getElementType());
  auto thresholdsType = cast<ShapedType>(getThresholds().getType());
  if (thresholdsType.getElementType() != inputType.getElementType())
    return emitOpError() << "thresholds have element type "
                         << thresholdsType.getElementType()
                         << " but the input has " << inputType.getElementType();

  int64_t channels = 1;
  if (std::optional<int64_t> axis = getAxis()) {
    if (thresholdsType.getRank() != 2)
      return emitOpError() << "per-axis thresholds must have shape [C, T], "
                              "got rank "
                           << thresholdsType.getRank();
    channels = thresholdsType.getDimSize(0);
    if (failed(verifyChannelAxis(*this, inputType, *axis, channels,
                                 "threshold rows")))
      return failure();
  } else if (thresholdsType.getRank() != 1) {
    return emitOpError() << "thresholds without 'axis' must have shape [T], "
                            "got rank "
                         << thresholdsType.getRank();
  }
  int64_t count = thresholdsType.getShape().back();
  if (count < 1)
    return emitOpError("expected at least one threshold");

  // Sortedness, checked row by row on the attribute's values.
  if (auto floats = dyn_cast<FloatType>(thresholdsType.getElementType())) {
    SmallVector<double> values;
    for (APFloat v : getThresholds().getValues<APFloat>())
      values.push_back(v.convertToDouble());
    for (int64_t c = 0; c < channels; ++c)
      for (int64_t i = 0; i < count; ++i) {
        double v = values[c * count + i];
        if (!std::isfinite(v))
          return emitOpError()
                 << "threshold " << i << " of row " << c << " is not finite";
        if (i > 0 && v < values[c * count + i - 1])
          return emitOpError() << "thresholds of row " << c
                               << " must be sorted ascending (threshold " << i
                               << " is smaller than threshold " << i - 1 << ")";
      }
  } else {
    SmallVector<APInt> values(getThresholds().getValues<APInt>());
    for (int64_t c = 0; c < channels; ++c)
      for (int64_t i = 1; i < count; ++i)
        if (values[c * count + i].slt(values[c * count + i - 1]))
          return emitOpError() << "thresholds of row " << c
                               << " must be sorted ascending (threshold " << i
                               << " is smaller than threshold " << i - 1 << ")";
  }

  if (outElem.getWidth() < 2 || outElem.getWidth() > 32)
    return emitOpError() << "result elements must be 2..32 bits wide, got "
                         << outElem;
  IntRange range = storageRange(outElem.getWidth(), /*isSigned=*/true);
  int64_t bias = getOutBias();
  if (bias < range.min || bias + count > range.max)
    return emitOpError() << "outputs " << bias << ".." << bias + count
                         << " do not fit " << outElem << " [" << range.min
                         << ", " << range.max << "]";
  return success();
}

//===----------------------------------------------------------------------===//
// UnpackOp
//===----------------------------------------------------------------------===//

LogicalResult UnpackOp::verify() {
  auto packed = cast<RankedTensorType>(getPacked().getType());
  auto output = cast<RankedTensorType>(getOutput().getType());
  if (packed.getRank() != 1)
    return emitOpError() << "expects its bytes as a 1-D tensor, got rank "
                         << packed.getRank();
  if (!packed.hasStaticShape() || !output.hasStaticShape())
    return emitOpError("needs static shapes");
  unsigned bits = output.getElementType().getIntOrFloatBitWidth();
  int64_t perByte = 8 / bits;
  int64_t bytes = (output.getNumElements() + perByte - 1) / perByte;
  if (packed.getDimSize(0) != bytes)
    return emitOpError() << output.getNumElements() << " elements of " << bits
                         << " bits take " << bytes << " bytes, got "
                         << packed.getDimSize(0);
  return success();
}

//===----------------------------------------------------------------------===//
// SignedAccumulateOp
//===----------------------------------------------------------------------===//

/// Checks `indexing_maps` and `iterator_types` of a generic-like op over
/// (input, weight, init): three maps over the loops, one result per operand
/// dimension, the init indexed by a projected permutation, and (for static
/// shapes) every index inside its operand. Returns the loop ranges.
static FailureOr<SmallVector<int64_t>>
verifyIterationSpace(Operation *op, ArrayAttr indexingMaps,
                     ArrayAttr iteratorTypes, ArrayRef<Value> operands) {
  SmallVector<AffineMap> maps =
      llvm::to_vector(indexingMaps.getAsValueRange<AffineMapAttr>());
  if (maps.size() != 3)
    return op->emitOpError()
           << "expects 3 indexing maps (input, weight, init), got "
           << maps.size();
  unsigned loops = iteratorTypes.size();
  for (Attribute kind : iteratorTypes) {
    StringRef name = cast<StringAttr>(kind).getValue();
    if (name != "parallel" && name != "reduction")
      return op->emitOpError()
             << "iterator types are 'parallel' or 'reduction', got '" << name
             << "'";
  }
  for (auto [i, map, operand] : llvm::enumerate(maps, operands)) {
    auto type = cast<RankedTensorType>(operand.getType());
    if (map.getNumDims() != loops || map.getNumSymbols() != 0)
      return op->emitOpError() << "indexing map #" << i << " has "
                               << map.getNumDims() << " dimensions, expected "
                               << loops;
    if (map.getNumResults() != static_cast<unsigned>(type.getRank()))
      return op->emitOpError()
             << "indexing map #" << i << " has " << map.getNumResults()
             << " results for an operand of rank " << type.getRank();
  }
  if (!maps[2].isProjectedPermutation())
    return op->emitOpError("the init must be indexed by a projected permutation");
  for (auto [d, kind] : llvm::enumerate(iteratorTypes))
    if (cast<StringAttr>(kind).getValue() == "reduction" &&
        maps[2].isFunctionOfDim(d))
      return op->emitOpError() << "the init is indexed by reduction loop " << d;

  // Loop ranges from the operand dimensions indexed by a plain loop.
  SmallVector<int64_t> ranges(loops, ShapedType::kDynamic);
  for (auto [map, operand] : llvm::zip(maps, operands)) {
    auto type = cast<RankedTensorType>(operand.getType());
    for (auto [r, expr] : llvm::enumerate(map.getResults()))
      if (auto dim = dyn_cast<AffineDimExpr>(expr);
          dim && !type.isDynamicDim(r) &&
          ranges[dim.getPosition()] == ShapedType::kDynamic)
        ranges[dim.getPosition()] = type.getDimSize(r);
  }
  if (llvm::any_of(operands, [](Value v) {
        return !cast<RankedTensorType>(v.getType()).hasStaticShape();
      }))
    return ranges; // dynamic shapes are checked when they are known
  for (auto [d, range] : llvm::enumerate(ranges))
    if (range == ShapedType::kDynamic)
      return op->emitOpError() << "loop " << d
                               << " indexes no operand dimension by itself";
  // Every index at the corners of the loop box lies inside its operand
  // (exact for the sums of non-negative multiples convolutions use).
  SmallVector<int64_t> low(loops, 0), high;
  for (int64_t range : ranges)
    high.push_back(range - 1);
  for (auto [i, map, operand] : llvm::enumerate(maps, operands)) {
    auto shape = cast<RankedTensorType>(operand.getType()).getShape();
    if (llvm::is_contained(ranges, 0))
      break; // an empty loop reads nothing
    SmallVector<int64_t> first = map.compose(low), last = map.compose(high);
    for (auto [r, size] : llvm::enumerate(shape))
      if (first[r] < 0 || last[r] >= size)
        return op->emitOpError()
               << "indexing map #" << i << " reads index " << last[r]
               << " of dimension " << r << " of size " << size
               << " (operand and loop shapes disagree)";
  }
  return ranges;
}

LogicalResult SignedAccumulateOp::verify() {
  if (failed(verifyIterationSpace(*this, getIndexingMaps(), getIteratorTypes(),
                                  {getInput(), getWeight(), getInit()})))
    return failure();
  if (getInit().getType() != getOutput().getType())
    return emitOpError("result type must match the init");
  return success();
}

//===----------------------------------------------------------------------===//
// PackBitsOp
//===----------------------------------------------------------------------===//

LogicalResult PackBitsOp::verify() {
  auto input = cast<RankedTensorType>(getInput().getType());
  auto output = cast<RankedTensorType>(getOutput().getType());
  int64_t axis = getAxis();
  if (!input.hasStaticShape() || !output.hasStaticShape())
    return emitOpError("needs static shapes");
  if (input.getRank() != output.getRank())
    return emitOpError() << "input of rank " << input.getRank()
                         << " and result of rank " << output.getRank();
  if (axis < 0 || axis >= input.getRank())
    return emitOpError() << "axis " << axis << " is out of range for a "
                         << "tensor of rank " << input.getRank();
  unsigned bits = output.getElementType().getIntOrFloatBitWidth();
  for (int64_t d = 0; d < input.getRank(); ++d) {
    int64_t in = input.getDimSize(d), out = output.getDimSize(d);
    int64_t expected = d == axis ? (in + bits - 1) / bits : in;
    if (out != expected)
      return emitOpError() << "dimension " << d << " of the result must be "
                           << expected << ", got " << out;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// XnorPopcountOp
//===----------------------------------------------------------------------===//

LogicalResult XnorPopcountOp::verify() {
  for (Value operand : {getInput(), getWeight(), getInit()})
    if (!cast<RankedTensorType>(operand.getType()).hasStaticShape())
      return emitOpError("needs static shapes");
  FailureOr<SmallVector<int64_t>> ranges = verifyIterationSpace(
      *this, getIndexingMaps(), getIteratorTypes(),
      {getInput(), getWeight(), getInit()});
  if (failed(ranges))
    return failure();
  if (getInit().getType() != getOutput().getType())
    return emitOpError("result type must match the init");
  Type word = getElementTypeOrSelf(getInput().getType());
  if (word != getElementTypeOrSelf(getWeight().getType()))
    return emitOpError() << "input words " << word << " and weight words "
                         << getElementTypeOrSelf(getWeight().getType())
                         << " differ";
  int64_t bits = getNumBits();
  if (bits < 0)
    return emitOpError() << "num_bits must be non-negative, got " << bits;
  // At most every bit of every word the reduction reads.
  int64_t capacity = word.getIntOrFloatBitWidth();
  for (auto [range, kind] : llvm::zip(*ranges, getIteratorTypes()))
    if (cast<StringAttr>(kind).getValue() == "reduction")
      capacity *= range;
  if (bits > capacity)
    return emitOpError() << "num_bits " << bits << " exceeds the " << capacity
                         << " bits each output reads";
  return success();
}

//===----------------------------------------------------------------------===//
// VectorDotOp
//===----------------------------------------------------------------------===//

LogicalResult VectorDotOp::verify() {
  StringRef kind = getKind();
  auto operand = cast<VectorType>(getLhs().getType());
  auto result = cast<VectorType>(getResult().getType());
  if (kind != "i16_pairs" && kind != "u8s8_quads" && kind != "s8s8_quads" &&
      kind != "u8s8_quads_i16" && kind != "s8s8_mmla" &&
      kind != "xor_popcount" && kind != "u8s8_pairs_i16")
    return emitOpError() << "unknown kind '" << kind
                         << "'; expected i16_pairs, u8s8_quads, s8s8_quads, "
                            "u8s8_quads_i16, s8s8_mmla, xor_popcount or "
                            "u8s8_pairs_i16";
  unsigned laneBits = kind == "xor_popcount"     ? 64
                      : kind == "u8s8_pairs_i16" ? 16
                                                 : 32;
  if (result.getElementTypeBitWidth() != laneBits)
    return emitOpError() << "kind '" << kind << "' accumulates in i"
                         << laneBits << " lanes, got " << result;
  if (kind == "xor_popcount") {
    if (operand.isScalable() || result.isScalable() ||
        operand.getNumElements() * operand.getElementTypeBitWidth() !=
            64 * result.getNumElements())
      return emitOpError() << "kind 'xor_popcount' takes 64 operand bits per "
                              "lane: "
                           << result.getNumElements() << " lanes, got "
                           << operand;
    return success();
  }
  int64_t group = kind == "i16_pairs" || kind == "u8s8_pairs_i16" ? 2 : 4;
  unsigned bits = kind == "i16_pairs" ? 16 : 8;
  if (kind == "s8s8_mmla" &&
      (cast<VectorType>(getResult().getType()).getNumElements() != 4 ||
       cast<VectorType>(getLhs().getType()).getNumElements() != 16))
    return emitOpError("kind 's8s8_mmla' takes 16 operand elements into a "
                       "2x2 tile of 4 lanes");
  if (operand.getElementTypeBitWidth() != bits)
    return emitOpError() << "kind '" << kind << "' takes i" << bits
                         << " operands, got " << operand;
  if (operand.isScalable() || result.isScalable() ||
      operand.getNumElements() != group * result.getNumElements())
    return emitOpError() << "kind '" << kind << "' takes " << group
                         << " operand elements per lane: "
                         << result.getNumElements() << " lanes need "
                         << group * result.getNumElements() << ", got "
                         << operand.getNumElements();
  return success();
}
