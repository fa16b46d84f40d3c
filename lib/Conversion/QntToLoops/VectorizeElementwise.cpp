//===- VectorizeElementwise.cpp - the qnt-vectorize-elementwise pass ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Everything around the GEMM micro-kernels is linalg on tensors: the
// epilogue, bias broadcasts, requantization (qnt-lower-to-arith's 64-bit
// arithmetic), clamps, residual adds are element-wise: each is tiled to one
// row of its innermost loop (up to 64 elements) and vectorized with
// upstream's linalg vectorizer. Depthwise convolutions and pooling read
// through sliding windows: VectorizeWindows.cpp. Pads become a fill and a
// vectorized copy.
//
//===----------------------------------------------------------------------===//

#include "VectorizeWindows.h"

#include "qnt/Conversion/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTVECTORIZEELEMENTWISEPASS
#include "qnt/Conversion/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

bool isCandidate(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumLoops() == 0 ||
      op.getNumReductionLoops() != 0 || op->getParentOfType<scf::ForOp>())
    return false;
  for (int64_t size : op.getStaticLoopRanges())
    if (ShapedType::isDynamic(size))
      return false;
  // Memory holds i1/i2/i4 tensors one element per byte, a vector of them
  // packed: loads and stores of such vectors would read the wrong bits.
  for (Value operand : op->getOperands()) {
    Type element = getElementTypeOrSelf(operand.getType());
    if (element.isIntOrFloat() && element.getIntOrFloatBitWidth() % 8 != 0)
      return false;
  }
  return succeeded(linalg::vectorizeOpPrecondition(op));
}

/// tensor.pad by a constant with static shapes becomes a fill of the
/// padded tensor and an element-wise copy of the source into its interior,
/// which the tiling below vectorizes (a pad otherwise bufferizes to a
/// strided memref.copy, an element-by-element runtime call).
void rewritePadsAsCopies(RewriterBase &rewriter, Operation *root) {
  SmallVector<tensor::PadOp> pads;
  root->walk([&](tensor::PadOp pad) {
    if (pad.getSourceType().hasStaticShape() &&
        pad.getResultType().hasStaticShape() && pad.getConstantPaddingValue() &&
        !pad->getParentOfType<scf::ForOp>() &&
        getElementTypeOrSelf(pad.getResultType()).getIntOrFloatBitWidth() % 8 ==
            0)
      pads.push_back(pad);
  });
  for (tensor::PadOp pad : pads) {
    rewriter.setInsertionPoint(pad);
    Location loc = pad.getLoc();
    RankedTensorType type = pad.getResultType();
    Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                          type.getElementType());
    Value filled = linalg::FillOp::create(rewriter, loc,
                                          pad.getConstantPaddingValue(), empty)
                       .getResult(0);
    SmallVector<OpFoldResult> offsets = pad.getMixedLowPad();
    SmallVector<OpFoldResult> sizes, strides;
    for (int64_t size : pad.getSourceType().getShape()) {
      sizes.push_back(rewriter.getIndexAttr(size));
      strides.push_back(rewriter.getIndexAttr(1));
    }
    Value interior = tensor::ExtractSliceOp::create(rewriter, loc, filled,
                                                    offsets, sizes, strides);
    Value copied =
        linalg::CopyOp::create(rewriter, loc, pad.getSource(), interior)
            .getResult(0);
    rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(
        pad, copied, filled, offsets, sizes, strides);
  }
}

struct QntVectorizeElementwisePass
    : qnt::impl::QntVectorizeElementwisePassBase<QntVectorizeElementwisePass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    rewritePadsAsCopies(rewriter, getOperation());
    SmallVector<linalg::LinalgOp> ops;
    SmallVector<linalg::GenericOp> windowed;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (isCandidate(op))
        ops.push_back(op);
      else if (auto generic = dyn_cast<linalg::GenericOp>(op.getOperation()))
        if (!op->getParentOfType<scf::ForOp>())
          windowed.push_back(generic);
    });
    for (linalg::GenericOp op : windowed)
      (void)vectorizeWindowedGeneric(rewriter, op);
    for (linalg::LinalgOp op : ops) {
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      int64_t length = chooseVectorLength(ranges.back());
      if (length < 4)
        continue;
      SmallVector<OpFoldResult> tiles(ranges.size(), rewriter.getIndexAttr(1));
      tiles.back() = rewriter.getIndexAttr(length);
      scf::SCFTilingOptions options;
      options.setTileSizes(tiles);
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), options);
      if (failed(tiled))
        continue;
      rewriter.replaceOp(op, tiled->replacements);
      for (Operation *tiledOp : tiled->tiledOps) {
        rewriter.setInsertionPoint(tiledOp);
        FailureOr<linalg::VectorizationResult> vectorized =
            linalg::vectorize(rewriter, tiledOp);
        if (succeeded(vectorized))
          rewriter.replaceOp(tiledOp, vectorized->replacements);
      }
    }
    // Drop the unit dimensions tiling leaves, and fold the slices into the
    // transfers (a transfer_write into an extract_slice that is inserted
    // back would otherwise bufferize to a copy per tile).
    RewritePatternSet folds(&getContext());
    tensor::populateFoldTensorSubsetIntoVectorTransferPatterns(folds);
    (void)applyPatternsGreedily(getOperation(), std::move(folds));
    RewritePatternSet patterns(&getContext());
    vector::populateCastAwayVectorLeadingOneDimPatterns(patterns);
    vector::populateVectorTransferDropUnitDimsPatterns(patterns);
    vector::TransferReadOp::getCanonicalizationPatterns(patterns,
                                                        &getContext());
    vector::TransferWriteOp::getCanonicalizationPatterns(patterns,
                                                         &getContext());
    (void)applyPatternsGreedily(getOperation(), std::move(patterns));
  }
};

} // namespace
