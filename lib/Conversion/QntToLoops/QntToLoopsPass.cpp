//===- QntToLoopsPass.cpp - the qnt-lower-to-loops pass and pipeline ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "DepthwiseKernel.h"
#include "IntegerDot.h"
#include "PackedGemm.h"
#include "VectorizeWindows.h"

#include "qnt/Conversion/Passes.h"
#include "qnt/Conversion/QntToLoops/TargetDescription.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTLOWERTOLOOPSPASS
#define GEN_PASS_DEF_QNTLOWERVECTORDOTPASS
#include "qnt/Conversion/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct QntLowerToLoopsPass
    : qnt::impl::QntLowerToLoopsPassBase<QntLowerToLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    std::unique_ptr<TargetDescription> description =
        getTargetDescription(target);
    if (!description) {
      getOperation()->emitError()
          << "qnt-lower-to-loops: unknown target '" << target
          << "'; expected one of: " << getTargetNames();
      return signalPassFailure();
    }
    SmallVector<Operation *> layers;
    getOperation()->walk([&](Operation *op) {
      if (isIntegerLayer(op))
        layers.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : layers) {
      std::string why;
      FailureOr<IntegerDot> dot = matchIntegerDot(op, why);
      if (succeeded(dot) &&
          succeeded(lowerToPackedGemm(rewriter, *dot, *description, why)))
        continue;
      // A depthwise layer in NHWC takes the tap-pair kernel; otherwise it is
      // left for qnt-vectorize-elementwise's window kernel, and its weights
      // are laid out for that here, while constant.
      std::string depthwiseWhy;
      FailureOr<IntegerDot> depthwise = matchDepthwiseDot(op, depthwiseWhy);
      if (succeeded(depthwise) &&
          succeeded(lowerDepthwiseByTapPairs(rewriter, *depthwise,
                                             *description, depthwiseWhy)))
        continue;
      if (auto generic = dyn_cast<linalg::GenericOp>(op))
        packWindowConstants(rewriter, generic);
      if (!emitRemarks)
        continue;
      if (succeeded(depthwise))
        op->emitRemark() << "qnt-lower-to-loops: a depthwise layer: "
                         << depthwiseWhy
                         << "; left to the window kernel of "
                            "qnt-vectorize-elementwise";
      else
        op->emitRemark() << "qnt-lower-to-loops: " << why
                         << "; left to the reference lowering";
    }
  }
};

struct QntLowerVectorDotPass
    : qnt::impl::QntLowerVectorDotPassBase<QntLowerVectorDotPass> {
  void runOnOperation() override {
    SmallVector<VectorDotOp> dots;
    getOperation()->walk([&](VectorDotOp op) { dots.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (VectorDotOp op : dots) {
      std::unique_ptr<TargetDescription> target =
          getTargetDescription(op.getTarget());
      std::optional<DotKind> kind = parseDotKind(op.getKind());
      if (!target || op.getTarget() == "host" || !kind) {
        op.emitOpError() << "names an unknown target '" << op.getTarget()
                         << "'; expected one of: " << getTargetNames();
        return signalPassFailure();
      }
      MicroKernel kernel;
      kernel.kind = *kind;
      kernel.lanes = op.getResult().getType().getNumElements();
      kernel.wordBits = op.getLhs().getType().getElementTypeBitWidth();
      rewriter.setInsertionPoint(op);
      rewriter.replaceOp(op, target->emitDot(rewriter, op.getLoc(), kernel,
                                             op.getAcc(), op.getLhs(),
                                             op.getRhs()));
    }
  }
};

struct LowerPipelineOptions
    : public PassPipelineOptions<LowerPipelineOptions> {
  Option<std::string> target{
      *this, "target",
      llvm::cl::desc("CPU target of qnt-lower-to-loops (generic, x86-avx2, "
                     "x86-avxvnni, x86-avx512-vnni, aarch64-neon-dotprod, "
                     "aarch64-i8mm, host), or reference for the scalar "
                     "reference lowering only"),
      llvm::cl::init("host")};
};

} // namespace

void mlir::qnt::buildQntLowerPipeline(OpPassManager &pm,
                                      const std::string &target,
                                      bool resultsAsOutParams) {
  addQntKernelPasses(pm, target);
  addQntBufferizeToLLVMPasses(pm, resultsAsOutParams,
                              /*vectorize=*/target != "reference");
}

void mlir::qnt::addQntKernelPasses(OpPassManager &pm,
                                   const std::string &target) {
  if (target == "reference")
    return;
  QntLowerToLoopsPassOptions options;
  options.target = target;
  options.emitRemarks = false;
  pm.addPass(createQntLowerToLoopsPass(options));
}

void mlir::qnt::addQntBufferizeToLLVMPasses(OpPassManager &pm,
                                            bool resultsAsOutParams,
                                            bool vectorize) {
  pm.addPass(createQntLowerToArithPass());
  pm.addPass(createCanonicalizerPass());
  if (vectorize) {
    pm.addPass(createQntVectorizeElementwisePass());
    pm.addPass(createCanonicalizerPass());
  }
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  if (resultsAsOutParams) {
    bufferization::BufferResultsToOutParamsPassOptions outParams;
    outParams.modifyPublicFunctions = true;
    // (hoist-static-allocs would save a copy per result, but MLIR 22
    // crashes hoisting one allocation returned twice.)
    pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  }
  bufferization::buildBufferDeallocationPipeline(pm);
  pm.addPass(createConvertLinalgToLoopsPass());
  pm.addPass(createConvertVectorToSCFPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createQntLowerVectorDotPass());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::qnt::registerQntLowerPipeline() {
  PassPipelineRegistration<LowerPipelineOptions>(
      "qnt-lower-pipeline",
      "Lower integer tensors to the LLVM dialect: qnt-lower-to-loops, "
      "qnt-lower-to-arith, bufferization, loops, vector and LLVM conversion",
      [](OpPassManager &pm, const LowerPipelineOptions &options) {
        buildQntLowerPipeline(pm, options.target);
      });
}
