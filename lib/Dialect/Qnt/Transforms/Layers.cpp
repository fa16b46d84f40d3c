//===- Layers.cpp - the quantizable layers of a function -----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"

#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

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

Value mlir::qnt::stripQuantizers(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (isa<FakeQuantOp, ObserveOp>(def))
      value = def->getOperand(0);
    else
      break;
  }
  return value;
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
