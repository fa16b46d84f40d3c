//===- QntToArithPass.cpp - the qnt-lower-to-arith pass ------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/Passes.h"
#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTLOWERTOARITHPASS
#include "qnt/Conversion/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

void mlir::qnt::populateQntToArithPatterns(RewritePatternSet &patterns) {
  populateQntFakeQuantToArithPatterns(patterns);
  populateQntRequantizeToArithPatterns(patterns);
  populateQntThresholdToArithPatterns(patterns);
  populateQntBatchNormToArithPatterns(patterns);
  populateQuantCastToArithPatterns(patterns);
  populateQntUnpackToArithPatterns(patterns);
  populateQntSignedAccumulateToArithPatterns(patterns);
  populateQntBinaryToArithPatterns(patterns);
}

namespace {

/// Returns why `op` (a quant cast) cannot be lowered, or an empty string.
std::string unsupportedQuantCast(Operation *op) {
  Type quantized = isa<quant::QuantizeCastOp>(op) ? op->getResult(0).getType()
                                                  : op->getOperand(0).getType();
  auto tensorType = dyn_cast<RankedTensorType>(quantized);
  if (!tensorType)
    return "only ranked tensors are supported";
  Type element = tensorType.getElementType();
  if (!isa<quant::UniformQuantizedType, quant::UniformQuantizedPerAxisType>(
          element))
    return "only per-tensor and per-axis !quant.uniform element types are "
           "supported";
  return "";
}

struct QntLowerToArithPass
    : qnt::impl::QntLowerToArithPassBase<QntLowerToArithPass> {
  void runOnOperation() override {
    Operation *root = getOperation();
    // Reject what no pattern lowers up front, with the reason.
    WalkResult precheck = root->walk([&](Operation *op) {
      if (!isa<quant::QuantizeCastOp, quant::DequantizeCastOp>(op))
        return WalkResult::advance();
      std::string reason = unsupportedQuantCast(op);
      if (reason.empty())
        return WalkResult::advance();
      op->emitOpError() << "cannot be lowered to arith: " << reason;
      return WalkResult::interrupt();
    });
    if (precheck.wasInterrupted())
      return signalPassFailure();

    RewritePatternSet patterns(&getContext());
    populateQntToArithPatterns(patterns);
    // No folding: upstream folds quant.dcast(quant.qcast(x)) to x, which
    // would drop the very rounding this reference lowering must perform.
    GreedyRewriteConfig config;
    config.enableFolding(false);
    if (failed(applyPatternsGreedily(root, std::move(patterns), config))) {
      root->emitError() << "qnt-lower-to-arith did not converge";
      return signalPassFailure();
    }

    // Now that no cast is left to fold away, fold constants and hoist them
    // out of the generic bodies.
    (void)applyPatternsGreedily(root, FrozenRewritePatternSet());

    WalkResult leftover = root->walk([&](Operation *op) {
      if (isa<FakeQuantOp, RequantizeOp, ThresholdOp, BatchNormOp, ObserveOp,
              UnpackOp, SignedAccumulateOp,
              quant::QuantizeCastOp, quant::DequantizeCastOp>(op)) {
        op->emitOpError("was not lowered by qnt-lower-to-arith");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (leftover.wasInterrupted())
      signalPassFailure();
  }
};

} // namespace
