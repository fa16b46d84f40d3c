//===- VectorizeElementwise.cpp - the qnt-vectorize-elementwise pass ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Everything around the GEMM micro-kernels is element-wise linalg on
// tensors: the data packing (im2col), the epilogue, bias broadcasts,
// requantization (qnt-lower-to-arith's 64-bit arithmetic), clamps, residual
// adds. Each such op is tiled to one row of its innermost loop (up to 64
// elements) and vectorized with upstream's linalg vectorizer, so the loops
// LLVM sees are already vector code.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/Passes.h"

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

/// The vector length for an innermost loop of `size`: the whole loop up to
/// 64 elements, else its largest divisor up to 64 that is a multiple of 8,
/// else its largest divisor up to 64 (so no tile is partial).
int64_t vectorLength(int64_t size) {
  if (size <= 64)
    return size;
  for (int64_t v = 64; v >= 8; v -= 8)
    if (size % v == 0)
      return v;
  for (int64_t v = 64; v > 1; --v)
    if (size % v == 0)
      return v;
  return 1;
}

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

struct QntVectorizeElementwisePass
    : qnt::impl::QntVectorizeElementwisePassBase<QntVectorizeElementwisePass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (isCandidate(op))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : ops) {
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      int64_t length = vectorLength(ranges.back());
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
