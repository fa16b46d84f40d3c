//===- LowBitWeights.cpp - qnt-ternarize and qnt-binarize ----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Both passes replace each selected layer's constant weights, filter by
// filter, by α·ŵ with ŵ ternary or binary, and mark the result with a
// qnt.fake_quant of the matching type (one α per output channel). The
// fake_quant is exact on these values, so later passes see the scheme in
// the type and the numbers in the constant.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"
#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"
#include "qnt/Dialect/Qnt/Utils/LowBit.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringSet.h"

#include <cfloat>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTTERNARIZEPASS
#define GEN_PASS_DEF_QNTBINARIZEPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

enum class LowBitKind { OptimalTernary, ThresholdTernary, Binary };

/// Ternarizes or binarizes the weight of `op`; failure with a reason.
LogicalResult lowerWeightPrecision(RewriterBase &rewriter, linalg::LinalgOp op,
                                   LowBitKind kind, std::string &reason) {
  std::optional<std::pair<OpOperand *, int64_t>> found =
      findWeightOutputChannel(op, reason);
  if (!found)
    return failure();
  OpOperand *operand = found->first;
  int64_t channelPos = found->second;
  FailureOr<WeightPath> path = traceWeight(operand->get(), channelPos);
  if (failed(path))
    return failure();
  if (llvm::any_of(path->chain,
                   [](Operation *o) { return isa<FakeQuantOp>(o); })) {
    reason = "its weight is already quantized";
    return failure();
  }
  std::optional<std::vector<float>> values = readFloatElements(path->values);
  if (!values) {
    reason = "its weight is not a readable float constant";
    return failure();
  }

  // Gather each output channel's filter, approximate it, write it back.
  auto type = cast<ShapedType>(path->values.getType());
  ChannelIndexer channelOf(type.getShape(), {path->constantPos});
  int64_t channels = channelOf.getNumChannels();
  SmallVector<SmallVector<size_t>> members(channels);
  for (size_t i = 0, e = values->size(); i < e; ++i)
    members[channelOf(static_cast<int64_t>(i))].push_back(i);
  SmallVector<double> scales;
  for (int64_t c = 0; c < channels; ++c) {
    std::vector<float> filter;
    for (size_t i : members[c])
      filter.push_back((*values)[i]);
    LowBitApproximation approx =
        kind == LowBitKind::OptimalTernary     ? optimalTernary(filter)
        : kind == LowBitKind::ThresholdTernary ? thresholdTernary(filter)
                                               : binaryApproximation(filter);
    // A filter of zeros keeps zeros (ternary) or ±tiny (binary); the type
    // needs a positive scale.
    double alpha = std::max(approx.alpha, double(FLT_MIN));
    float rounded = static_cast<float>(alpha);
    for (auto [k, i] : llvm::enumerate(members[c]))
      (*values)[i] = rounded * approx.levels[k];
    scales.push_back(rounded);
  }

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  ElementsAttr newValues =
      buildFloatElements(path->values, type, *values, "low_bit_weights");
  Value weight = rebuildWeightChain(rewriter, *path, newValues, {});
  MLIRContext *ctx = rewriter.getContext();
  auto floatType =
      cast<FloatType>(cast<ShapedType>(weight.getType()).getElementType());
  auto scaleAttr = DenseF64ArrayAttr::get(ctx, scales);
  int32_t axis = static_cast<int32_t>(channelPos);
  Type quantType =
      kind == LowBitKind::Binary
          ? Type(BinaryType::get(ctx, floatType, axis, scaleAttr))
          : Type(TernaryType::get(ctx, floatType, axis, scaleAttr));
  Value marked = FakeQuantOp::create(
      rewriter, op.getLoc(), weight, TypeAttr::get(quantType),
      /*rounding=*/RoundingModeAttr(), /*seed=*/IntegerAttr(),
      /*power_of_two=*/UnitAttr(), /*sparse_threshold=*/FloatAttr());
  rewriter.modifyOpInPlace(op, [&] { operand->set(marked); });
  // The old chain and constant are dead unless shared with another layer.
  for (Operation *old : llvm::reverse(path->chain))
    if (old->use_empty())
      rewriter.eraseOp(old);
  if (path->constant->use_empty())
    rewriter.eraseOp(path->constant);
  return success();
}

/// XNOR-Net's sign activation on the input of `op`: a binary quantizer with
/// scale 1 on the tensor it reads (before padding), for qnt-calibrate to
/// scale.
void binarizeInput(RewriterBase &rewriter, linalg::LinalgOp op) {
  std::string reason;
  std::optional<std::pair<OpOperand *, int64_t>> found =
      findWeightOutputChannel(op, reason);
  if (!found)
    return;
  for (OpOperand *operand : op.getDpsInputOperands()) {
    if (operand == found->first)
      continue;
    ActivationInput input = traceActivation(*operand);
    if (input.quantizer) {
      if (!isa<BinaryType>(input.quantizer.getQuantType()))
        op->emitRemark() << "input left as quantized already: "
                         << input.quantizer.getQuantType();
      return;
    }
    MLIRContext *ctx = rewriter.getContext();
    auto floatType = dyn_cast<FloatType>(getElementTypeOrSelf(input.raw));
    if (!floatType)
      return;
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointAfterValue(input.raw);
    Type quantType = BinaryType::get(ctx, floatType, /*axis=*/-1,
                                     DenseF64ArrayAttr::get(ctx, {1.0}));
    Value sign = FakeQuantOp::create(
        rewriter, input.raw.getLoc(), input.raw, TypeAttr::get(quantType),
        RoundingModeAttr(), IntegerAttr(), UnitAttr(), FloatAttr());
    rewriter.modifyOpInPlace(input.rawUse->getOwner(),
                             [&] { input.rawUse->set(sign); });
  }
}

/// Applies `kind` to the selected layers of every function in `root`.
LogicalResult runOnLayers(Operation *root, LowBitKind kind,
                          ArrayRef<std::string> layers,
                          bool quantizeFirstLast, bool fromBitwidths = false,
                          bool binarizeInputs = false) {
  llvm::StringSet<> wanted;
  for (const std::string &name : layers)
    wanted.insert(name);
  IRRewriter rewriter(root->getContext());
  llvm::StringSet<> seen;
  root->walk([&](FunctionOpInterface function) {
    SmallVector<linalg::LinalgOp> linearOps;
    function->walk([&](linalg::LinalgOp op) {
      if (isFoldableLinearOp(op) && !isPoolingOp(op))
        linearOps.push_back(op);
    });
    for (auto [index, op] : llvm::enumerate(linearOps)) {
      std::string name = layerName(op);
      seen.insert(name);
      if (fromBitwidths) {
        // qnt-assign-bitwidths' 2-bit layers: their uniform 2-bit weight
        // quantizer gives way to the ternary one.
        auto bits = op->getAttrOfType<IntegerAttr>(kWeightBitsAttrName);
        if (!bits || bits.getInt() != 2)
          continue;
        std::string reason;
        if (auto found = findWeightOutputChannel(op, reason))
          if (auto fq = found->first->get().getDefiningOp<FakeQuantOp>();
              fq && isa<quant::QuantizedType>(fq.getQuantType())) {
            rewriter.replaceAllUsesWith(fq.getResult(), fq.getInput());
            rewriter.eraseOp(fq);
          }
      } else {
        if (!wanted.empty() && !wanted.contains(name))
          continue;
        bool isEnd = index == 0 || index + 1 == linearOps.size();
        if (isEnd && !quantizeFirstLast && wanted.empty())
          continue;
      }
      std::string reason;
      if (failed(lowerWeightPrecision(rewriter, op, kind, reason)))
        op->emitRemark() << "weights left in full precision: " << reason;
      else if (binarizeInputs)
        binarizeInput(rewriter, op);
    }
  });
  for (const std::string &name : layers)
    if (!seen.contains(name))
      return emitError(root->getLoc())
             << "no convolution or matmul is named '" << name
             << "' (layers are selected by "
             << "location name, e.g. loc(\"" << name << "\"))";
  return success();
}

struct QntTernarizePass : qnt::impl::QntTernarizePassBase<QntTernarizePass> {
  using QntTernarizePassBase::QntTernarizePassBase;

  void runOnOperation() override {
    LowBitKind kind = method == TernarizeMethod::otwa
                          ? LowBitKind::OptimalTernary
                          : LowBitKind::ThresholdTernary;
    if (fromBitwidths && !layers.empty()) {
      emitError(getOperation()->getLoc())
          << "qnt-ternarize: choose layers by name or from-bitwidths, not "
             "both";
      return signalPassFailure();
    }
    if (failed(runOnLayers(getOperation(), kind, layers, quantizeFirstLast,
                           fromBitwidths)))
      signalPassFailure();
  }
};

struct QntBinarizePass : qnt::impl::QntBinarizePassBase<QntBinarizePass> {
  using QntBinarizePassBase::QntBinarizePassBase;

  void runOnOperation() override {
    if (failed(runOnLayers(getOperation(), LowBitKind::Binary, layers,
                           quantizeFirstLast, /*fromBitwidths=*/false,
                           activations)))
      signalPassFailure();
  }
};

} // namespace
