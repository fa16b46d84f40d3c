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

#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include <cmath>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTINSERTFAKEQUANTPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// The statistics calibration left on `value`: a qnt.observe producing it or
/// reading it, with per-tensor min/max.
std::optional<std::pair<double, double>> observedRange(Value value) {
  auto rangeOf =
      [](ObserveOp observe) -> std::optional<std::pair<double, double>> {
    std::optional<ArrayRef<double>> mins = observe.getMin();
    std::optional<ArrayRef<double>> maxs = observe.getMax();
    if (!mins || !maxs || observe.getAxis())
      return std::nullopt;
    return std::make_pair(mins->front(), maxs->front());
  };
  if (auto observe = value.getDefiningOp<ObserveOp>())
    if (auto range = rangeOf(observe))
      return range;
  for (Operation *user : value.getUsers())
    if (auto observe = dyn_cast<ObserveOp>(user))
      if (auto range = rangeOf(observe))
        return range;
  return std::nullopt;
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
    SmallVector<linalg::LinalgOp> linearOps;
    root->walk([&](linalg::LinalgOp op) {
      if (isFoldableLinearOp(op))
        linearOps.push_back(op);
    });
    for (linalg::LinalgOp op : linearOps) {
      std::string reason;
      std::optional<std::pair<OpOperand *, int64_t>> weight =
          findWeightOutputChannel(op, reason);
      if (!weight)
        continue; // not a layer with constant weights
      OpOperand *data = nullptr;
      for (OpOperand *input : op.getDpsInputOperands())
        if (input != weight->first)
          data = input;
      quantizeWeight(rewriter, op, *weight->first, weight->second);
      quantizeActivation(rewriter, op, *data);
    }
  }

  /// Symmetric weight quantizer from the constant, per channel or tensor.
  void quantizeWeight(RewriterBase &rewriter, linalg::LinalgOp op,
                      OpOperand &operand, int64_t channelPos) {
    if (operand.get().getDefiningOp<FakeQuantOp>())
      return; // decided already
    FailureOr<WeightPath> path = traceWeight(operand.get(), channelPos);
    if (failed(path))
      return;
    std::optional<std::vector<float>> values = readFloatElements(path->values);
    auto type = cast<ShapedType>(path->values.getType());
    if (!values) {
      op->emitRemark() << "weights left in float: not a readable constant";
      return;
    }
    ChannelIndexer channelOf(type.getShape(),
                             perChannel ? ArrayRef<int64_t>{path->constantPos}
                                        : ArrayRef<int64_t>{});
    int64_t channels = channelOf.getNumChannels();
    SmallVector<double> maxAbs(channels, 0.0);
    for (size_t i = 0, e = values->size(); i < e; ++i) {
      int64_t c = channelOf(static_cast<int64_t>(i));
      maxAbs[c] = std::max(maxAbs[c], double(std::fabs((*values)[i])));
    }
    IntRange full = storageRange(weightBits, /*isSigned=*/true);
    int64_t qmax = full.max, qmin = weightNarrowRange ? -qmax : full.min;
    SmallVector<double> scales;
    for (double m : maxAbs)
      scales.push_back(chooseSymmetricScale(m, qmax, powerOfTwo));

    MLIRContext *ctx = &getContext();
    auto expressed = cast<ShapedType>(operand.get().getType()).getElementType();
    auto storage = IntegerType::get(ctx, weightBits);
    unsigned flags = quant::QuantizationFlags::Signed;
    Type quantType =
        perChannel
            ? Type(quant::UniformQuantizedPerAxisType::get(
                  flags, storage, expressed, scales,
                  SmallVector<int64_t>(channels, 0),
                  static_cast<int32_t>(channelPos), qmin, qmax))
            : Type(quant::UniformQuantizedType::get(
                  flags, storage, expressed, scales.front(), 0, qmin, qmax));
    insertFakeQuant(rewriter, op, operand, quantType);
  }

  /// Activation quantizer from the calibrated range of the data input.
  void quantizeActivation(RewriterBase &rewriter, linalg::LinalgOp op,
                          OpOperand &operand) {
    if (operand.get().getDefiningOp<FakeQuantOp>())
      return;
    std::optional<std::pair<double, double>> range =
        observedRange(operand.get());
    if (!range) {
      op->emitRemark() << "activation left in float: its input has no "
                          "calibrated range (run qnt-calibrate, or give it a "
                          "qnt.observe with min/max)";
      return;
    }
    auto [lo, hi] = *range;
    IntRange full = storageRange(activationBits, /*isSigned=*/true);
    double scale;
    int64_t zeroPoint = 0;
    if (activationScheme == ActivationScheme::symmetric) {
      scale = chooseSymmetricScale(std::max(std::fabs(lo), std::fabs(hi)),
                                   full.max, powerOfTwo);
    } else {
      AffineParams params = chooseAffineParams(lo, hi, full, powerOfTwo);
      scale = params.scale;
      zeroPoint = params.zeroPoint;
    }
    MLIRContext *ctx = &getContext();
    Type expressed = cast<ShapedType>(operand.get().getType()).getElementType();
    Type quantType = quant::UniformQuantizedType::get(
        quant::QuantizationFlags::Signed, IntegerType::get(ctx, activationBits),
        expressed, scale, zeroPoint, full.min, full.max);
    insertFakeQuant(rewriter, op, operand, quantType);
  }

  void insertFakeQuant(RewriterBase &rewriter, linalg::LinalgOp op,
                       OpOperand &operand, Type quantType) {
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPoint(op);
    auto fakeQuant = FakeQuantOp::create(
        rewriter, op.getLoc(), operand.get(), TypeAttr::get(quantType),
        RoundingModeAttr(), IntegerAttr(),
        powerOfTwo ? rewriter.getUnitAttr() : UnitAttr());
    rewriter.modifyOpInPlace(op, [&] { operand.set(fakeQuant); });
  }
};

} // namespace
