//===- Layers.h - the quantizable layers of a function ----------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A "layer" is a linalg convolution or contraction with a constant weight
// (reached through the weight paths WeightPath.h understands) and one data
// input. Every pass that decides per-layer precision walks them the same
// way, in program order, and names them by their location.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_DIALECT_QNT_TRANSFORMS_LAYERS_H
#define QNT_LIB_DIALECT_QNT_TRANSFORMS_LAYERS_H

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <string>

namespace mlir::qnt {

/// The widths qnt-assign-bitwidths chose for a layer, as discardable
/// attributes on the layer op; qnt-insert-fake-quant honours them.
inline constexpr llvm::StringLiteral kWeightBitsAttrName = "qnt.weight_bits";
inline constexpr llvm::StringLiteral kActivationBitsAttrName =
    "qnt.activation_bits";

struct Layer {
  linalg::LinalgOp op;
  /// The location name (empty when the location has none).
  std::string name;
  /// The weight operand and the dimension of its output channel.
  OpOperand *weight;
  int64_t weightChannelPos;
  /// The data (activation) operand.
  OpOperand *data;
};

/// The name a layer is selected by: its location's name, if any.
std::string layerName(Operation *op);

/// The layers of `function` in program order: linear ops whose weight is a
/// traceable constant. Linear ops with two non-constant inputs are skipped.
SmallVector<Layer> collectLayers(FunctionOpInterface function);

/// What a layer's data operand reads, looking through its quantizer and
/// constant padding (`tensor.pad` with 0.0 before a convolution, -inf
/// before max pooling: quantizing before or after it is the same): layers
/// whose `raw` values are equal read the same activation tensor and share
/// its quantizer. A qnt.observe ends the walk (its result is the tensor).
struct ActivationInput {
  /// The tensor (a qnt.observe's result when one is on the way).
  Value raw;
  /// The operand on the way that reads `raw`: a quantizer goes there.
  OpOperand *rawUse;
  /// The quantizer on the way, if any.
  FakeQuantOp quantizer;
};
ActivationInput traceActivation(OpOperand &data);

/// Every operand through which an integer graph reads an activation that
/// needs a quantizer: the data input of each layer, both inputs of residual
/// adds (element-wise generics or linalg.add) and the input of sum / max
/// pooling, in program order.
SmallVector<OpOperand *> collectQuantizationPoints(FunctionOpInterface function);

/// linalg.pooling_{nchw,nhwc}_{sum,max}.
bool isPoolingOp(Operation *op);

/// The function a data-driven pass runs: `name`, or (when empty) the only
/// function with layers. Errors say why none qualifies.
FailureOr<FunctionOpInterface> findEntryFunction(Operation *module,
                                                 StringRef name,
                                                 std::string &error);

/// Multiply-accumulates of one execution: the product of the static loop
/// ranges. Nullopt when a loop range is dynamic.
std::optional<int64_t> countMacs(linalg::LinalgOp op);

} // namespace mlir::qnt

#endif // QNT_LIB_DIALECT_QNT_TRANSFORMS_LAYERS_H
