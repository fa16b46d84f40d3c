//===- Layers.cpp - the quantizable layers of a function -----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"

#include "ScalarBody.h"
#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::qnt;

std::string mlir::qnt::layerName(Operation *op) {
  std::string name;
  op->getLoc()->walk([&](Location loc) {
    if (auto named = dyn_cast<NameLoc>(loc)) {
      name = named.getName().str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return name;
}

SmallVector<Layer> mlir::qnt::collectLayers(FunctionOpInterface function) {
  SmallVector<Layer> layers;
  function->walk([&](linalg::LinalgOp op) {
    if (!isFoldableLinearOp(op))
      return;
    std::string reason;
    std::optional<std::pair<OpOperand *, int64_t>> weight =
        findWeightOutputChannel(op, reason);
    if (!weight)
      return;
    OpOperand *data = nullptr;
    for (OpOperand *input : op.getDpsInputOperands())
      if (input != weight->first)
        data = input;
    if (!data)
      return;
    layers.push_back(
        {op, layerName(op), weight->first, weight->second, data});
  });
  return layers;
}

/// A tensor.pad with a constant padding value: quantizing before or after
/// it is the same (the padding value quantizes like any other).
static bool isConstantPad(tensor::PadOp pad) {
  Value padding = pad.getConstantPaddingValue();
  FloatAttr value;
  return padding && matchPattern(padding, m_Constant(&value));
}

bool mlir::qnt::isPoolingOp(Operation *op) {
  return isa<linalg::PoolingNchwSumOp, linalg::PoolingNhwcSumOp,
             linalg::PoolingNchwMaxOp, linalg::PoolingNhwcMaxOp>(op);
}

SmallVector<OpOperand *>
mlir::qnt::collectQuantizationPoints(FunctionOpInterface function) {
  SmallVector<OpOperand *> points;
  DenseMap<Operation *, OpOperand *> layerData;
  for (Layer &layer : collectLayers(function))
    layerData[layer.op] = layer.data;
  function->walk([&](Operation *op) {
    if (auto it = layerData.find(op); it != layerData.end()) {
      points.push_back(it->second);
      return;
    }
    if (isPoolingOp(op)) {
      points.push_back(&op->getOpOperand(0));
      return;
    }
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (isa<linalg::AddOp>(op) || (generic && isElementwiseAdd(generic))) {
      points.push_back(&op->getOpOperand(0));
      points.push_back(&op->getOpOperand(1));
    }
  });
  return points;
}

ActivationInput mlir::qnt::traceActivation(OpOperand &data) {
  ActivationInput input{data.get(), &data, {}};
  OpOperand *operand = &data;
  while (Operation *def = operand->get().getDefiningOp()) {
    if (auto quantizer = dyn_cast<FakeQuantOp>(def)) {
      if (!input.quantizer)
        input.quantizer = quantizer;
      operand = &quantizer->getOpOperand(0);
      continue;
    }
    if (auto pad = dyn_cast<tensor::PadOp>(def); pad && isConstantPad(pad)) {
      operand = &pad.getSourceMutable();
      continue;
    }
    break; // a qnt.observe, or anything else, is the tensor itself
  }
  input.raw = operand->get();
  input.rawUse = operand;
  return input;
}

std::optional<int64_t> mlir::qnt::countMacs(linalg::LinalgOp op) {
  int64_t macs = 1;
  for (int64_t range : op.getStaticLoopRanges()) {
    if (ShapedType::isDynamic(range))
      return std::nullopt;
    macs *= range;
  }
  return macs;
}

FailureOr<FunctionOpInterface>
mlir::qnt::findEntryFunction(Operation *module, StringRef name,
                             std::string &error) {
  if (!name.empty()) {
    auto function = dyn_cast_or_null<FunctionOpInterface>(
        SymbolTable::lookupSymbolIn(module, name));
    if (!function || function.isExternal()) {
      error = ("entry: no function named '" + name + "' with a body").str();
      return failure();
    }
    return function;
  }
  SmallVector<FunctionOpInterface> withLayers;
  module->walk([&](FunctionOpInterface function) {
    if (!collectLayers(function).empty())
      withLayers.push_back(function);
  });
  if (withLayers.size() == 1)
    return withLayers.front();
  if (withLayers.empty())
    error = "no function has a quantizable op (a convolution or matmul "
            "with a constant weight)";
  else
    error = "several functions have quantizable ops; choose one with "
            "entry=<name>";
  return failure();
}
