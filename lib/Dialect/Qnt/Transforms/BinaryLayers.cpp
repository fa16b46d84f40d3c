//===- BinaryLayers.cpp - binary × binary layers for qnt-realize ---------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "BinaryLayers.h"
#include "IntegerBuilders.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/bit.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

SmallVector<int64_t> stridesOf(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t d = static_cast<int64_t>(shape.size()) - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * shape[d + 1];
  return strides;
}

/// The weight's bits (1 for +1; sign(0) = +1) in the shape of the layer's
/// weight operand: the constant's signs through the transposes and reshapes
/// of its path.
FailureOr<SmallVector<int64_t>> weightBits(const WeightPath &path,
                                           SmallVector<int64_t> &shape,
                                           std::string &why) {
  std::optional<std::vector<float>> values = readFloatElements(path.values);
  if (!values) {
    why = "its weight constant is not readable";
    return failure();
  }
  SmallVector<int64_t> bits;
  for (float v : *values)
    bits.push_back(v >= 0.0f ? 1 : 0);
  shape.assign(cast<ShapedType>(path.values.getType()).getShape().begin(),
               cast<ShapedType>(path.values.getType()).getShape().end());
  for (Operation *op : path.chain) {
    if (isa<FakeQuantOp>(op))
      continue;
    auto resultShape =
        cast<RankedTensorType>(op->getResult(0).getType()).getShape();
    if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op)) {
      shape.assign(resultShape.begin(), resultShape.end()); // same data
      continue;
    }
    auto transpose = dyn_cast<linalg::TransposeOp>(op);
    if (!transpose) {
      why = "its weight passes through '" +
            op->getName().getStringRef().str() + "'";
      return failure();
    }
    ArrayRef<int64_t> perm = transpose.getPermutation();
    SmallVector<int64_t> inStrides = stridesOf(shape);
    SmallVector<int64_t> moved(bits.size());
    SmallVector<int64_t> index(resultShape.size(), 0);
    for (size_t flat = 0; flat < bits.size(); ++flat) {
      int64_t source = 0;
      for (size_t i = 0; i < index.size(); ++i)
        source += index[i] * inStrides[perm[i]];
      moved[flat] = bits[source];
      for (int64_t i = static_cast<int64_t>(index.size()) - 1; i >= 0; --i) {
        if (++index[i] < resultShape[i])
          break;
        index[i] = 0;
      }
    }
    bits = std::move(moved);
    shape.assign(resultShape.begin(), resultShape.end());
  }
  return bits;
}

/// `bits` of `shape` packed along `axis` into words of `width` bits, first
/// element in the low bit (the layout of qnt.pack_bits); `shape` becomes
/// the packed shape.
SmallVector<int64_t> packWords(ArrayRef<int64_t> bits,
                               SmallVector<int64_t> &shape, int64_t axis,
                               unsigned width) {
  SmallVector<int64_t> packed(shape);
  packed[axis] = (shape[axis] + width - 1) / width;
  SmallVector<int64_t> inStrides = stridesOf(shape);
  SmallVector<int64_t> outStrides = stridesOf(packed);
  int64_t total = 1;
  for (int64_t size : packed)
    total *= size;
  SmallVector<uint64_t> words(total, 0);
  for (size_t flat = 0; flat < bits.size(); ++flat) {
    if (!bits[flat])
      continue;
    int64_t out = 0, rest = static_cast<int64_t>(flat), c = 0;
    for (size_t d = 0; d < shape.size(); ++d) {
      int64_t i = rest / inStrides[d];
      rest %= inStrides[d];
      if (d == size_t(axis))
        c = i;
      out += (d == size_t(axis) ? i / width : i) * outStrides[d];
    }
    words[out] |= uint64_t(1) << (c % width);
  }
  shape = packed;
  return SmallVector<int64_t>(words.begin(), words.end());
}

/// An affine map as coefficients: result r = Σ_d coeff[r][d]·i_d + c[r].
struct LinearMap {
  SmallVector<SmallVector<int64_t>> coeffs;
  SmallVector<int64_t> constants;

  static std::optional<LinearMap> get(AffineMap map) {
    for (AffineExpr expr : map.getResults()) {
      bool linear = true;
      expr.walk([&](AffineExpr e) {
        if (e.getKind() == AffineExprKind::Mod ||
            e.getKind() == AffineExprKind::FloorDiv ||
            e.getKind() == AffineExprKind::CeilDiv)
          linear = false;
      });
      if (!linear || !expr.isPureAffine())
        return std::nullopt;
    }
    unsigned dims = map.getNumDims();
    LinearMap linear;
    SmallVector<int64_t> point(dims, 0);
    linear.constants = map.compose(point);
    linear.coeffs.assign(map.getNumResults(), SmallVector<int64_t>(dims, 0));
    for (unsigned d = 0; d < dims; ++d) {
      point[d] = 1;
      SmallVector<int64_t> at = map.compose(point);
      point[d] = 0;
      for (unsigned r = 0; r < at.size(); ++r)
        linear.coeffs[r][d] = at[r] - linear.constants[r];
    }
    return linear;
  }

  int64_t apply(unsigned r, ArrayRef<int64_t> point) const {
    int64_t v = constants[r];
    for (auto [c, i] : llvm::zip(coeffs[r], point))
      v += c * i;
    return v;
  }
};

/// Σ over the padded positions each output reads of the weights they meet:
/// what words of 0 bits (−1) in the padding took from the dot product.
/// Empty when no output reads padding.
FailureOr<SmallVector<int64_t>>
paddingCorrection(const BinaryLayer &layer, ArrayRef<int64_t> ranges,
                  ArrayRef<int64_t> weightWords,
                  ArrayRef<int64_t> weightShape, int64_t weightPos,
                  int64_t realBits, unsigned width, std::string &why) {
  linalg::LinalgOp op = layer.op;
  std::optional<LinearMap> dataMap =
      LinearMap::get(op.getMatchingIndexingMap(layer.data));
  std::optional<LinearMap> weightMap =
      LinearMap::get(op.getMatchingIndexingMap(layer.weight));
  std::optional<LinearMap> outMap =
      LinearMap::get(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
  if (!dataMap || !weightMap || !outMap) {
    why = "its indexing maps are not affine sums";
    return failure();
  }
  auto outShape =
      cast<ShapedType>(op.getDpsInitOperand(0)->get().getType()).getShape();
  SmallVector<int64_t> outStrides = stridesOf(outShape);
  SmallVector<int64_t> weightStrides = stridesOf(weightShape);
  int64_t outSize = 1;
  for (int64_t size : outShape)
    outSize *= size;
  SmallVector<int64_t> correction(outSize, 0);
  // Each weight word's Σ ŵ over its real bits: 2·popcount − real bits.
  int64_t lastBits = realBits - (weightShape[weightPos] - 1) * width;
  auto signSum = [&](ArrayRef<int64_t> index) {
    int64_t flat = 0;
    for (auto [i, s] : llvm::zip(index, weightStrides))
      flat += i * s;
    int64_t real = width > 1 && index[weightPos] + 1 == weightShape[weightPos]
                       ? lastBits
                       : int64_t(width);
    // Only real bits are set: the tail of the last word is 0.
    return 2 * int64_t(llvm::popcount(uint64_t(weightWords[flat]))) - real;
  };
  // The pads outermost first, with the source extents.
  SmallVector<tensor::PadOp> pads(llvm::reverse(layer.pads));
  bool any = false;
  SmallVector<int64_t> point(ranges.size(), 0);
  SmallVector<int64_t> dataIndex(dataMap->constants.size());
  SmallVector<int64_t> weightIndex(weightMap->constants.size());
  if (llvm::is_contained(ranges, 0))
    return SmallVector<int64_t>();
  while (true) {
    for (unsigned r = 0; r < dataIndex.size(); ++r)
      dataIndex[r] = dataMap->apply(r, point);
    bool padded = false;
    for (tensor::PadOp pad : pads) {
      ArrayRef<int64_t> low = pad.getStaticLow();
      auto source = pad.getSourceType().getShape();
      for (unsigned r = 0; r < dataIndex.size() && !padded; ++r) {
        dataIndex[r] -= low[r];
        padded = dataIndex[r] < 0 || dataIndex[r] >= source[r];
      }
      if (padded)
        break;
    }
    if (padded) {
      for (unsigned r = 0; r < weightIndex.size(); ++r)
        weightIndex[r] = weightMap->apply(r, point);
      int64_t out = 0;
      for (unsigned r = 0; r < outStrides.size(); ++r)
        out += outMap->apply(r, point) * outStrides[r];
      correction[out] += signSum(weightIndex);
      any = true;
    }
    int64_t d = static_cast<int64_t>(ranges.size()) - 1;
    for (; d >= 0; --d) {
      if (++point[d] < ranges[d])
        break;
      point[d] = 0;
    }
    if (d < 0)
      break;
  }
  if (!any)
    correction.clear();
  return correction;
}

} // namespace

FailureOr<Value> mlir::qnt::createBinaryAccumulation(RewriterBase &rewriter,
                                                     const BinaryLayer &layer,
                                                     std::string &why) {
  linalg::LinalgOp op = layer.op;
  AffineMap dataMap = op.getMatchingIndexingMap(layer.data);
  AffineMap weightMap = op.getMatchingIndexingMap(layer.weight);
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic)) {
    why = "it has dynamic loop ranges";
    return failure();
  }
  if (llvm::any_of(layer.pads, [](tensor::PadOp pad) {
        return llvm::any_of(pad.getStaticLow(), ShapedType::isDynamic) ||
               llvm::any_of(pad.getStaticHigh(), ShapedType::isDynamic);
      })) {
    why = "its input is padded by amounts that are not constants";
    return failure();
  }
  // The ±1 products summed: K real bits per output.
  int64_t realBits = 1;
  for (auto [range, kind] : llvm::zip(ranges, op.getIteratorTypesArray()))
    if (kind == utils::IteratorType::reduction)
      realBits *= range;

  // Pack along the widest reduction loop that indexes a dimension of both
  // the input and the weight by itself and is not padded; else keep bits.
  std::optional<unsigned> loop;
  int64_t dataPos = 0, weightPos = 0;
  for (auto [d, kind] : llvm::enumerate(op.getIteratorTypesArray())) {
    if (kind != utils::IteratorType::reduction)
      continue;
    std::optional<unsigned> inData = dataMap.getResultPosition(
        getAffineDimExpr(d, op.getContext()));
    std::optional<unsigned> inWeight = weightMap.getResultPosition(
        getAffineDimExpr(d, op.getContext()));
    if (!inData || !inWeight)
      continue;
    bool padded = llvm::any_of(layer.pads, [&](tensor::PadOp pad) {
      return pad.getStaticLow()[*inData] != 0 ||
             pad.getStaticHigh()[*inData] != 0;
    });
    if (padded || (loop && ranges[d] <= ranges[*loop]))
      continue;
    loop = d;
    dataPos = *inData;
    weightPos = *inWeight;
  }
  unsigned width = 1;
  if (loop) {
    int64_t n = ranges[*loop];
    width = n <= 8 ? 8 : n <= 16 ? 16 : n <= 32 ? 32 : 64;
  }

  SmallVector<int64_t> weightShape;
  FailureOr<SmallVector<int64_t>> bits =
      weightBits(layer.path, weightShape, why);
  if (failed(bits))
    return failure();
  SmallVector<int64_t> words =
      loop ? packWords(*bits, weightShape, weightPos, width) : *bits;
  SmallVector<int64_t> packedRanges(ranges);
  if (loop)
    packedRanges[*loop] = weightShape[weightPos];
  FailureOr<SmallVector<int64_t>> correction =
      paddingCorrection(layer, packedRanges, words, weightShape, weightPos,
                        loop ? ranges[*loop] : 1, width, why);
  if (failed(correction))
    return failure();

  Location loc = op.getLoc();
  IntegerType word = rewriter.getIntegerType(width);
  auto signsType = cast<RankedTensorType>(layer.signs.getType());
  SmallVector<int64_t> shape(signsType.getShape());
  if (loop)
    shape[dataPos] = (shape[dataPos] + width - 1) / width;
  Value x = PackBitsOp::create(rewriter, loc,
                               RankedTensorType::get(shape, word), layer.signs,
                               rewriter.getI64IntegerAttr(dataPos));
  Value zero =
      arith::ConstantOp::create(rewriter, loc, IntegerAttr::get(word, 0));
  for (tensor::PadOp pad : layer.pads) {
    SmallVector<int64_t> padded(pad.getResultType().getShape());
    padded[dataPos] = shape[dataPos];
    x = tensor::PadOp::create(rewriter, pad.getLoc(),
                              RankedTensorType::get(padded, word), x,
                              pad.getMixedLowPad(), pad.getMixedHighPad(),
                              zero)
            .getResult();
  }
  Value w = createIntConstant(rewriter, layer.weight->get().getLoc(),
                              weightShape, word, words);
  Value init = layer.init;
  if (!correction->empty()) {
    auto outShape = cast<ShapedType>(init.getType()).getShape();
    Value constant = createIntConstant(rewriter, loc, outShape,
                                       rewriter.getI32Type(), *correction);
    init = createElementwise(
        rewriter, loc, ValueRange{init, constant}, rewriter.getI32Type(),
        [](OpBuilder &b, Location l, ValueRange args) {
          return arith::AddIOp::create(b, l, args[0], args[1]).getResult();
        });
  }
  SmallVector<Attribute> maps{
      AffineMapAttr::get(dataMap), AffineMapAttr::get(weightMap),
      AffineMapAttr::get(op.getMatchingIndexingMap(op.getDpsInitOperand(0)))};
  SmallVector<Attribute> iterators;
  for (utils::IteratorType kind : op.getIteratorTypesArray())
    iterators.push_back(rewriter.getStringAttr(
        kind == utils::IteratorType::parallel ? "parallel" : "reduction"));
  return XnorPopcountOp::create(rewriter, loc, init.getType(), x, w, init,
                                rewriter.getArrayAttr(maps),
                                rewriter.getArrayAttr(iterators),
                                rewriter.getI64IntegerAttr(realBits))
      .getResult();
}
