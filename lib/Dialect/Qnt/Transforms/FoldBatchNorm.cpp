//===- FoldBatchNorm.cpp - the qnt-fold-batchnorm pass -------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "ConstantFoldElementwise.h"
#include "FoldIntoLinearOp.h"
#include "Layers.h"

#include "qnt/Analysis/ChannelAffine.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTFOLDBATCHNORMPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct QntFoldBatchNormPass
    : qnt::impl::QntFoldBatchNormPassBase<QntFoldBatchNormPass> {
  using QntFoldBatchNormPassBase::QntFoldBatchNormPassBase;

  void runOnOperation() override {
    Operation *root = getOperation();
    MLIRContext *ctx = &getContext();

    // Statistics computed from constants become constants.
    RewritePatternSet constantFolding(ctx);
    populateConstantFoldElementwisePatterns(constantFolding);
    (void)applyPatternsGreedily(root, std::move(constantFolding));

    // Fold in program order until nothing changes: after a fold the next
    // affine op of a chain finds the new linear op as its producer.
    IRRewriter rewriter(ctx);
    llvm::DenseSet<Operation *> reported;
    bool changed = true;
    while (changed) {
      changed = false;
      // Ops erased in this sweep (their addresses may be reused later).
      llvm::DenseSet<Operation *> erased;
      SmallVector<Operation *> candidates;
      root->walk([&](Operation *op) {
        if (isa<BatchNormOp, linalg::GenericOp>(op))
          candidates.push_back(op);
      });
      for (Operation *op : candidates) {
        if (erased.contains(op))
          continue;
        ChannelAffine affine;
        std::string reason;
        ChannelAffineMatch match = matchChannelAffine(op, affine, reason);
        if (match == ChannelAffineMatch::NoMatch)
          continue;
        linalg::LinalgOp linearOp;
        if (match == ChannelAffineMatch::Matched) {
          linearOp = affine.input.getDefiningOp<linalg::LinalgOp>();
          // Channels merged after the linear op (depthwise C×M, groups).
          auto collapse = affine.input.getDefiningOp<tensor::CollapseShapeOp>();
          if (!linearOp && collapse && collapse->hasOneUse())
            linearOp = collapse.getSrc().getDefiningOp<linalg::LinalgOp>();
          else
            collapse = {};
          if (!linearOp) {
            reason = "its input is not produced by a linalg convolution or "
                     "contraction";
          } else if (succeeded(foldInto(rewriter, op, linearOp, affine, reason,
                                        collapse))) {
            erased.insert(linearOp);
            if (!affine.bodyValue)
              erased.insert(op);
            changed = true;
            continue;
          }
          if (Operation *consumer =
                  foldIntoConsumer(rewriter, op, affine, reason)) {
            erased.insert(consumer);
            erased.insert(op);
            changed = true;
            continue;
          }
        }
        // A per-tensor scale after a non-linear op, or after a sum pooling
        // (the average's divisor), is not a missed fold.
        bool worthReporting =
            isa<BatchNormOp>(op) || affine.channelDim ||
            match == ChannelAffineMatch::Blocked ||
            (linearOp && !isPoolingOp(linearOp));
        if (emitRemarks && worthReporting && reported.insert(op).second)
          op->emitRemark() << "per-channel affine op not folded: " << reason;
      }
    }

    // The emptied generics (identities with unused operands) go away.
    RewritePatternSet cleanup(ctx);
    linalg::GenericOp::getCanonicalizationPatterns(cleanup, ctx);
    linalg::populateEraseUnusedOperandsAndResultsPatterns(cleanup);
    (void)applyPatternsGreedily(root, std::move(cleanup));
  }

  /// torch-mlir writes element-wise generics with their input as `outs`
  /// too, although the body never reads it. Such an init is only a shape:
  /// replace it by a tensor.empty so that it does not count as a user.
  static void detachUnreadInit(IRRewriter &rewriter, Operation *op,
                               Value input) {
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (!generic)
      return;
    for (OpOperand &init : generic.getDpsInitsMutable()) {
      if (init.get() != input ||
          !generic.getMatchingBlockArgument(&init).use_empty())
        continue;
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPoint(generic);
      auto type = cast<RankedTensorType>(input.getType());
      Value empty = tensor::EmptyOp::create(
          rewriter, generic.getLoc(),
          tensor::getMixedSizes(rewriter, generic.getLoc(), input),
          type.getElementType());
      rewriter.modifyOpInPlace(generic, [&] { init.set(empty); });
    }
  }

  /// Batch-norm before a conv/matmul (pre-activation blocks): folds into
  /// the only user when that is a linear op reading the affine result
  /// directly (no padding in between). Returns the replaced consumer.
  static Operation *foldIntoConsumer(IRRewriter &rewriter, Operation *op,
                                     const ChannelAffine &affine,
                                     std::string &reason) {
    if (affine.bodyValue || op->getNumResults() != 1 ||
        !op->getResult(0).hasOneUse())
      return nullptr;
    OpOperand &use = *op->getResult(0).use_begin();
    auto consumer = dyn_cast<linalg::LinalgOp>(use.getOwner());
    if (!consumer || !consumer.isDpsInput(&use))
      return nullptr;
    std::string consumerReason;
    FailureOr<Value> folded = foldAffineIntoConsumerLinearOp(
        rewriter, consumer, use, affine, consumerReason);
    if (failed(folded)) {
      reason += "; nor into its user: " + consumerReason;
      return nullptr;
    }
    rewriter.replaceOp(consumer, *folded);
    rewriter.eraseOp(op);
    return consumer;
  }

  /// Folds `affine` (computed by `op`) into `linearOp` and rewires the uses.
  static LogicalResult foldInto(IRRewriter &rewriter, Operation *op,
                                linalg::LinalgOp linearOp,
                                const ChannelAffine &affine,
                                std::string &reason,
                                tensor::CollapseShapeOp collapse) {
    detachUnreadInit(rewriter, op, affine.input);
    FailureOr<Value> folded =
        foldAffineIntoLinearOp(rewriter, linearOp, affine, reason, collapse);
    if (failed(folded))
      return failure();
    if (!affine.bodyValue) {
      rewriter.replaceOp(op, *folded);
    } else {
      // The generic keeps its tail (an activation) applied to x directly.
      auto generic = cast<linalg::GenericOp>(op);
      OpOperand *input = nullptr;
      for (OpOperand *operand : generic.getDpsInputOperands())
        if (operand->get() == affine.input)
          input = operand;
      BlockArgument x = generic.getMatchingBlockArgument(input);
      rewriter.modifyOpInPlace(generic, [&] { input->set(*folded); });
      rewriter.replaceAllUsesWith(affine.bodyValue, x);
    }
    if (collapse)
      rewriter.eraseOp(collapse);
    rewriter.eraseOp(linearOp);
    return success();
  }
};

} // namespace
