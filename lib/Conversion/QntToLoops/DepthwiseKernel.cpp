//===- DepthwiseKernel.cpp - depthwise layers by pairs of taps ------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
//   for pixel loops p...:
//     for c0 in [0, C) step chunk:
//       acc[v] = 0                                   (chunk / lanes vectors)
//       for each pair of taps (t, t'), unrolled:
//         x  = ext_i16(data[f(p, t), c0 ..]), x' = ext_i16(data[f(p, t'), c0 ..])
//         xx = interleave(x, x')                     (x[0], x'[0], x[1], ...)
//         acc[v] = dot_i16_pairs(acc[v], xx[v], W[pair][c0 ..][v])
//       out[p, c0 ..] = init[p, c0 ..] + acc − z_x·Σ_t w[c0 ..]
//
// W holds (w[c, t] − z_w, w[c, t'] − z_w) for every channel, in i16, built
// at compile time; an odd last tap pairs with itself against weight 0.
//
//===----------------------------------------------------------------------===//

#include "DepthwiseKernel.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// Whether `expr` is loop `d` itself.
bool isDim(AffineExpr expr, unsigned d) {
  auto dim = dyn_cast<AffineDimExpr>(expr);
  return dim && dim.getPosition() == d;
}

/// The row-major offsets, in the weight tensor, of channel `c` and tap `t`
/// (the K loops' values, row-major over their ranges).
int64_t weightIndex(const IntegerDot &dot, unsigned channelLoop, int64_t c,
                    ArrayRef<int64_t> tap) {
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(dot.weights.getType()).getShape();
  SmallVector<int64_t> loopValues(dot.getNumLoops(), 0);
  loopValues[channelLoop] = c;
  for (auto [i, d] : llvm::enumerate(dot.kLoops))
    loopValues[d] = tap[i];
  int64_t offset = 0;
  for (unsigned r = 0; r < dot.weightMap.getNumResults(); ++r)
    offset = offset * shape[r] +
             loopValues[dot.weightMap.getDimPosition(r)];
  return offset;
}

} // namespace

LogicalResult mlir::qnt::lowerDepthwiseByTapPairs(
    RewriterBase &rewriter, const IntegerDot &dot,
    const TargetDescription &target, std::string &why) {
  unsigned channel = dot.batchLoops.front();
  auto dataType = cast<RankedTensorType>(dot.data.getType());
  auto outType = cast<RankedTensorType>(dot.init.getType());
  if (!dataType.getElementType().isInteger(8)) {
    why = "the data is not i8";
    return failure();
  }
  if (!dot.weightMap.isProjectedPermutation() ||
      !isDim(dot.dataMap.getResults().back(), channel) ||
      !isDim(dot.initMap.getResults().back(), channel)) {
    why = "the channels are not the last dimension of the data and the "
          "output";
    return failure();
  }
  // The target's i16 pair dot (exact for every i16 operand).
  MicroKernel pairs = target.selectKernel(-32768, 32767);
  if (pairs.kind != DotKind::I16Pairs) {
    why = "the target has no i16 pair dot";
    return failure();
  }
  int64_t lanes = pairs.lanes, channels = dot.loopRanges[channel];
  int64_t chunk = channels % (2 * lanes) == 0 ? 2 * lanes : lanes;
  if (channels % chunk != 0) {
    why = "the channel count is not a multiple of the target's vector "
          "lanes";
    return failure();
  }
  // The taps, row-major over the K loops, in pairs.
  SmallVector<SmallVector<int64_t>> taps;
  SmallVector<int64_t> tap(dot.kLoops.size(), 0);
  for (int64_t t = 0; t < dot.k; ++t) {
    taps.push_back(tap);
    for (int64_t i = int64_t(tap.size()) - 1; i >= 0; --i) {
      if (++tap[i] < dot.loopRanges[dot.kLoops[i]])
        break;
      tap[i] = 0;
    }
  }
  int64_t numPairs = (dot.k + 1) / 2;

  // Compile time: W[pair][c][2] in i16, and z_x·Σ_t (w − z_w) per channel.
  std::vector<int16_t> packed(numPairs * channels * 2, 0);
  std::vector<int32_t> correction(channels, 0);
  for (int64_t c = 0; c < channels; ++c)
    for (int64_t t = 0; t < dot.k; ++t) {
      int64_t w = dot.weightValues[weightIndex(dot, channel, c, taps[t])] -
                  dot.weightZeroPoint;
      packed[((t / 2) * channels + c) * 2 + t % 2] = int16_t(w);
      correction[c] += int32_t(dot.dataZeroPoint * w);
    }

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(dot.op);
  Location loc = dot.op->getLoc();
  Type i8 = rewriter.getI8Type(), i16 = rewriter.getI16Type(),
       i32 = rewriter.getI32Type();
  auto wType = RankedTensorType::get({numPairs, channels * 2}, i16);
  Value weights = arith::ConstantOp::create(
      rewriter, loc, wType,
      DenseElementsAttr::get(wType, ArrayRef<int16_t>(packed)));
  auto corrType = RankedTensorType::get({channels}, i32);
  Value corr = arith::ConstantOp::create(
      rewriter, loc, corrType,
      DenseElementsAttr::get(corrType, ArrayRef<int32_t>(correction)));

  auto chunkOf = [&](Type element) { return VectorType::get({chunk}, element); };
  auto pairType = VectorType::get({2 * chunk}, i16);
  auto laneType = VectorType::get({lanes}, i32);
  SmallVector<int64_t> interleave;
  for (int64_t j = 0; j < chunk; ++j) {
    interleave.push_back(j);
    interleave.push_back(chunk + j);
  }
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value zero8 = arith::ConstantIntOp::create(rewriter, loc, i8, 0);
  Value zero16 = arith::ConstantIntOp::create(rewriter, loc, i16, 0);
  Value zero32 = arith::ConstantIntOp::create(rewriter, loc, i32, 0);
  SmallVector<Value> ivs(dot.getNumLoops());

  // The values of `map`'s results at the loop values `ivs`.
  auto indicesOf = [&](OpBuilder &b, AffineMap map) {
    SmallVector<Value> indices;
    for (AffineExpr expr : map.getResults())
      indices.push_back(affine::AffineApplyOp::create(
          b, loc, AffineMap::get(map.getNumDims(), 0, expr), ivs));
    return indices;
  };

  // The init's lanes at output indices `at` (the last one the channel):
  // from the output itself, or from where a bias broadcast or a splat
  // holds them, so the output need not be filled first.
  std::optional<InitSource> source = getInitSource(dot.init);
  Value destination = dot.init;
  if (source)
    destination =
        tensor::EmptyOp::create(rewriter, loc, outType.getShape(), i32);
  unsigned channelDim = outType.getRank() - 1;
  auto readInit = [&](OpBuilder &b, ArrayRef<Value> at) -> Value {
    if (!source)
      return vector::TransferReadOp::create(b, loc, laneType, dot.init, at,
                                            zero32, ArrayRef<bool>{true});
    if (!source->source)
      return arith::ConstantOp::create(
          b, loc, laneType,
          DenseElementsAttr::get(laneType,
                                 b.getI32IntegerAttr(int32_t(source->splat))));
    SmallVector<Value> sourceAt;
    for (unsigned d : source->sourceDims)
      sourceAt.push_back(at[d]);
    if (!source->sourceDims.empty() &&
        source->sourceDims.back() == channelDim)
      return vector::TransferReadOp::create(b, loc, laneType, source->source,
                                            sourceAt, zero32,
                                            ArrayRef<bool>{true});
    Value scalar = tensor::ExtractOp::create(b, loc, source->source, sourceAt);
    return vector::BroadcastOp::create(b, loc, laneType, scalar);
  };

  // One chunk of channels at the current pixel.
  auto channelChunk = [&](OpBuilder &b, Value c0, Value out) -> Value {
    ivs[channel] = c0;
    SmallVector<Value> accs(
        chunk / lanes,
        arith::ConstantOp::create(
            b, loc, laneType,
            DenseElementsAttr::get(laneType, b.getI32IntegerAttr(0))));
    Value wColumn = arith::MulIOp::create(
        b, loc, c0, arith::ConstantIndexOp::create(b, loc, 2));
    for (int64_t p = 0; p < numPairs; ++p) {
      Value halves[2];
      for (int64_t j = 0; j < 2; ++j) {
        // An odd last tap pairs with itself (its weight there is 0).
        const SmallVector<int64_t> &t = taps[std::min(2 * p + j, dot.k - 1)];
        for (auto [i, d] : llvm::enumerate(dot.kLoops))
          ivs[d] = arith::ConstantIndexOp::create(b, loc, t[i]);
        Value x = vector::TransferReadOp::create(
            b, loc, chunkOf(i8), dot.data, indicesOf(b, dot.dataMap), zero8,
            ArrayRef<bool>{true});
        halves[j] = arith::ExtSIOp::create(b, loc, chunkOf(i16), x);
      }
      Value both = vector::ShuffleOp::create(b, loc, halves[0], halves[1],
                                             interleave);
      Value w = vector::TransferReadOp::create(
          b, loc, pairType, weights,
          ValueRange{arith::ConstantIndexOp::create(b, loc, p), wColumn},
          zero16, ArrayRef<bool>{true});
      for (int64_t v = 0; v < chunk / lanes; ++v) {
        SmallVector<int64_t> offsets = {2 * lanes * v}, sizes = {2 * lanes},
                             strides = {1};
        Value xs = vector::ExtractStridedSliceOp::create(b, loc, both, offsets,
                                                         sizes, strides);
        Value ws = vector::ExtractStridedSliceOp::create(b, loc, w, offsets,
                                                         sizes, strides);
        accs[v] = VectorDotOp::create(b, loc, laneType, accs[v], xs, ws,
                                      stringifyDotKind(DotKind::I16Pairs),
                                      target.getName());
      }
    }
    // out = init + acc − z_x·Σ w.
    SmallVector<Value> outIndices = indicesOf(b, dot.initMap);
    for (int64_t v = 0; v < chunk / lanes; ++v) {
      SmallVector<Value> at(outIndices);
      Value c = arith::AddIOp::create(
          b, loc, c0, arith::ConstantIndexOp::create(b, loc, v * lanes));
      at.back() = c;
      Value init = readInit(b, at);
      Value fix = vector::TransferReadOp::create(
          b, loc, laneType, corr, ValueRange{c}, zero32,
          ArrayRef<bool>{true});
      Value sum = arith::AddIOp::create(b, loc, init, accs[v]);
      sum = arith::SubIOp::create(b, loc, sum, fix);
      out = vector::TransferWriteOp::create(b, loc, sum, out, at,
                                            ArrayRef<bool>{true})
                .getResult();
    }
    return out;
  };

  // The pixel loops, then the channel chunks.
  std::function<Value(OpBuilder &, unsigned, Value)> nest =
      [&](OpBuilder &b, unsigned depth, Value out) -> Value {
    if (depth == dot.mLoops.size()) {
      auto loop = scf::ForOp::create(
          b, loc, zero, arith::ConstantIndexOp::create(b, loc, channels),
          arith::ConstantIndexOp::create(b, loc, chunk), ValueRange{out},
          [&](OpBuilder &b1, Location, Value c0, ValueRange iter) {
            scf::YieldOp::create(b1, loc, channelChunk(b1, c0, iter[0]));
          });
      return loop.getResult(0);
    }
    unsigned d = dot.mLoops[depth];
    auto loop = scf::ForOp::create(
        b, loc, zero, arith::ConstantIndexOp::create(b, loc, dot.loopRanges[d]),
        one, ValueRange{out},
        [&](OpBuilder &b1, Location, Value iv, ValueRange iter) {
          ivs[d] = iv;
          scf::YieldOp::create(b1, loc, nest(b1, depth + 1, iter[0]));
        });
    return loop.getResult(0);
  };
  rewriter.replaceOp(dot.op, nest(rewriter, 0, destination));
  return success();
}
