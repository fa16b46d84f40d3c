//===- GroupedGemm.cpp - grouped layers as one packed GEMM per group -----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A grouped convolution (linalg.conv_2d_ngchw_gfchw as qnt-realize writes
// it) has loops that index the data, the weights and the output, each as a
// dimension of its own. Each group is the same layer without those loops on
// slices of the operands: it becomes a packed GEMM (the weights sliced at
// compile time), inserted into the output in turn.
//
//===----------------------------------------------------------------------===//

#include "PackedGemm.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include "llvm/ADT/SmallBitVector.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// Slices of a grouped layer: each operand at one group's index along its
/// group dimensions (dropped), and the maps and loops without them.
struct GroupSlicer {
  const IntegerDot &dot;
  mutable linalg::GenericOp op;

  /// Position of loop `d` among the batch loops, if it is one.
  std::optional<unsigned> batchIndex(AffineExpr expr) const {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim)
      return std::nullopt;
    auto it = llvm::find(dot.batchLoops, dim.getPosition());
    if (it == dot.batchLoops.end())
      return std::nullopt;
    return unsigned(it - dot.batchLoops.begin());
  }

  /// offsets / sizes of `map`'s operand of `type` for group `group`, and
  /// the type of the slice without the group dimensions.
  RankedTensorType slice(OpBuilder &b, AffineMap map, RankedTensorType type,
                         ArrayRef<int64_t> group,
                         SmallVectorImpl<OpFoldResult> &offsets,
                         SmallVectorImpl<OpFoldResult> &sizes) const {
    SmallVector<int64_t> shape;
    for (unsigned r = 0; r < map.getNumResults(); ++r) {
      std::optional<unsigned> g = batchIndex(map.getResult(r));
      offsets.push_back(b.getIndexAttr(g ? group[*g] : 0));
      sizes.push_back(b.getIndexAttr(g ? 1 : type.getDimSize(r)));
      if (!g)
        shape.push_back(type.getDimSize(r));
    }
    return RankedTensorType::get(shape, type.getElementType());
  }

  Value extract(OpBuilder &b, Value v, AffineMap map,
                ArrayRef<int64_t> group) const {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<OpFoldResult> offsets, sizes;
    RankedTensorType sliced = slice(b, map, type, group, offsets, sizes);
    SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
    return tensor::ExtractSliceOp::create(b, op.getLoc(), sliced, v, offsets,
                                          sizes, strides);
  }

  Value insert(OpBuilder &b, Value part, Value into, AffineMap map,
               ArrayRef<int64_t> group) const {
    auto type = cast<RankedTensorType>(into.getType());
    SmallVector<OpFoldResult> offsets, sizes;
    slice(b, map, type, group, offsets, sizes);
    SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
    return tensor::InsertSliceOp::create(b, op.getLoc(), part, into, offsets,
                                         sizes, strides);
  }

  /// `map` without its group results and group loops.
  AffineMap dropGroups(AffineMap map) const {
    SmallVector<AffineExpr> kept;
    for (AffineExpr expr : map.getResults())
      if (!batchIndex(expr))
        kept.push_back(expr);
    llvm::SmallBitVector groups(map.getNumDims());
    for (unsigned d : dot.batchLoops)
      groups.set(d);
    return compressDims(AffineMap::get(map.getNumDims(), 0, kept,
                                       map.getContext()),
                        groups);
  }

  /// The layer of group `group`, accumulating into `out`'s slice.
  linalg::GenericOp build(RewriterBase &rewriter, ArrayRef<int64_t> group,
                          Value out) const {
    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    for (OpOperand *input : op.getDpsInputOperands()) {
      AffineMap map = op.getMatchingIndexingMap(input);
      inputs.push_back(extract(rewriter, input->get(), map, group));
      maps.push_back(dropGroups(map));
    }
    Value init = extract(rewriter, out, dot.initMap, group);
    maps.push_back(dropGroups(dot.initMap));
    SmallVector<utils::IteratorType> iterators;
    for (auto [d, kind] : llvm::enumerate(op.getIteratorTypesArray()))
      if (!llvm::is_contained(dot.batchLoops, unsigned(d)))
        iterators.push_back(kind);
    auto part = linalg::GenericOp::create(rewriter, op.getLoc(),
                                          init.getType(), inputs, init, maps,
                                          iterators);
    rewriter.cloneRegionBefore(op.getRegion(), part.getRegion(),
                               part.getRegion().end());
    return part;
  }
};

} // namespace

LogicalResult mlir::qnt::lowerToPackedGemm(RewriterBase &rewriter,
                                           const IntegerDot &dot,
                                           const TargetDescription &target,
                                           std::string &why) {
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(dot.op);
  if (dot.batchLoops.empty()) {
    rewriter.replaceOp(dot.op, emitPackedGemm(rewriter, dot, target));
    return success();
  }
  // One GEMM per group, each inserted into the output in turn.
  GroupSlicer slicer{dot, cast<linalg::GenericOp>(dot.op)};
  Value out = dot.init;
  SmallVector<int64_t> group(dot.batchLoops.size(), 0);
  for (int64_t linear = 0; linear < dot.batch; ++linear) {
    linalg::GenericOp part = slicer.build(rewriter, group, out);
    // The same layer without its group loops matches as it did; should it
    // not, the layer stays whole (what was built is dead).
    FailureOr<IntegerDot> partDot = matchIntegerDot(part, why);
    if (failed(partDot)) {
      rewriter.eraseOp(part);
      why = "a group does not match: " + why;
      return failure();
    }
    Value result = emitPackedGemm(rewriter, *partDot, target);
    rewriter.eraseOp(part);
    out = slicer.insert(rewriter, result, out, dot.initMap, group);
    for (int64_t i = int64_t(group.size()) - 1; i >= 0; --i) {
      if (++group[i] < dot.loopRanges[dot.batchLoops[i]])
        break;
      group[i] = 0;
    }
  }
  rewriter.replaceOp(dot.op, out);
  return success();
}

