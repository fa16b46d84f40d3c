//===- InsertFakeQuant.cpp - the qnt-insert-fake-quant pass --------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Decides the quantizer of each conv/matmul's weight (from the constant) and
// data input (from the statistics on a qnt.observe of it) and inserts them
// as qnt.fake_quant. The numbers come from chooseSymmetricScale and
// chooseAffineParams (Numerics.h), which unit tests check.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"
#include "Quantizers.h"
#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTINSERTFAKEQUANTPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// A per-layer width qnt-assign-bitwidths chose, if any, else `fallback`.
unsigned chosenBits(Operation *op, StringRef attrName, unsigned fallback) {
  if (auto attr = op->getAttrOfType<IntegerAttr>(attrName))
    return static_cast<unsigned>(attr.getInt());
  return fallback;
}

struct QntInsertFakeQuantPass
    : qnt::impl::QntInsertFakeQuantPassBase<QntInsertFakeQuantPass> {
  using QntInsertFakeQuantPassBase::QntInsertFakeQuantPassBase;

  void runOnOperation() override {
    Operation *root = getOperation();
    for (auto [name, bits] :
         {std::make_pair("weight-bits", weightBits.getValue()),
          std::make_pair("activation-bits", activationBits.getValue())})
      if (bits < 2 || bits > 16) {
        emitError(root->getLoc()) << "qnt-insert-fake-quant: " << name
                                  << " must be in 2..16, got " << bits;
        return signalPassFailure();
      }

    IRRewriter rewriter(&getContext());
    SmallVector<Layer> layers;
    root->walk([&](FunctionOpInterface function) {
      layers.append(collectLayers(function));
    });
    for (const Layer &layer : layers) {
      quantizeWeight(rewriter, layer);
      quantizeActivation(rewriter, layer);
    }
  }

  /// Symmetric weight quantizer from the constant, per channel or tensor.
  void quantizeWeight(RewriterBase &rewriter, const Layer &layer) {
    OpOperand &operand = *layer.weight;
    if (operand.get().getDefiningOp<FakeQuantOp>())
      return; // decided already
    FailureOr<WeightPath> path =
        traceWeight(operand.get(), layer.weightChannelPos);
    if (failed(path))
      return;
    std::optional<WeightValues> weights = readWeightValues(*path, perChannel);
    if (!weights) {
      layer.op->emitRemark() << "weights left in float: not a readable "
                                "constant";
      return;
    }
    WeightQuantizerOptions options{
        chosenBits(layer.op, kWeightBitsAttrName, weightBits), perChannel,
        powerOfTwo, weightNarrowRange};
    Type expressed = getElementTypeOrSelf(operand.get().getType());
    Type quantType =
        weightQuantType(&getContext(), *weights, expressed,
                        static_cast<int32_t>(layer.weightChannelPos), options);
    insertFakeQuant(rewriter, operand, quantType, powerOfTwo);
  }

  /// Activation quantizer from the calibrated range of the data input.
  void quantizeActivation(RewriterBase &rewriter, const Layer &layer) {
    ActivationInput input = traceActivation(*layer.data);
    if (input.quantizer)
      return;
    std::optional<std::pair<double, double>> range = observedRange(input.raw);
    if (!range) {
      layer.op->emitRemark()
          << "activation left in float: its input has no calibrated range "
             "(run qnt-calibrate, or give it a qnt.observe with min/max)";
      return;
    }
    ActivationQuantizerOptions options{
        chosenBits(layer.op, kActivationBitsAttrName, activationBits),
        activationScheme == ActivationScheme::symmetric, powerOfTwo};
    Type expressed = getElementTypeOrSelf(input.raw.getType());
    insertFakeQuant(rewriter, *input.rawUse,
                    activationQuantType(&getContext(), range->first,
                                        range->second, expressed, options),
                    powerOfTwo);
  }
};

} // namespace
