//===- ConstantTensor.cpp - read and write float constants ---------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/ConstantTensor.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::qnt;

std::optional<std::vector<float>> mlir::qnt::readFloatElements(ElementsAttr attr) {
  auto type = dyn_cast<ShapedType>(attr.getType());
  if (!type || !type.hasStaticShape())
    return std::nullopt;
  auto floatType = dyn_cast<FloatType>(type.getElementType());
  if (!floatType)
    return std::nullopt;
  int64_t n = type.getNumElements();
  std::vector<float> values;
  if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(attr)) {
    std::optional<ArrayRef<float>> data = resource.tryGetAsArrayRef();
    if (!data || static_cast<int64_t>(data->size()) != n)
      return std::nullopt;
    values.assign(data->begin(), data->end());
    return values;
  }
  auto dense = dyn_cast<DenseElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  if (floatType.isF32() && !dense.isSplat()) {
    auto range = dense.getValues<float>();
    values.assign(range.begin(), range.end());
    return values;
  }
  values.reserve(n);
  if (dense.isSplat()) {
    values.assign(n, dense.getSplatValue<APFloat>().convertToFloat());
    return values;
  }
  for (APFloat v : dense.getValues<APFloat>()) {
    bool losesInfo;
    v.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &losesInfo);
    values.push_back(v.convertToFloat());
  }
  return values;
}

ElementsAttr mlir::qnt::buildFloatElements(ElementsAttr like, ShapedType type,
                                           ArrayRef<float> values,
                                           StringRef blobName) {
  auto floatType = cast<FloatType>(type.getElementType());
  if (floatType.isF32() && isa<DenseResourceElementsAttr>(like))
    return cast<ElementsAttr>(DenseF32ResourceElementsAttr::get(
        type, blobName, HeapAsmResourceBlob::allocateAndCopyInferAlign(values)));
  if (floatType.isF32())
    return DenseElementsAttr::get(type, values);
  SmallVector<APFloat> converted;
  converted.reserve(values.size());
  for (float v : values) {
    APFloat f(v);
    bool losesInfo;
    f.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    converted.push_back(f);
  }
  return DenseElementsAttr::get(type, converted);
}

std::optional<SmallVector<double>>
mlir::qnt::getConstantFloatTensor(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() ||
      !isa<FloatType>(type.getElementType()))
    return std::nullopt;
  if (auto fill = value.getDefiningOp<linalg::FillOp>()) {
    FloatAttr scalar;
    if (!matchPattern(fill.getDpsInputs()[0], m_Constant(&scalar)))
      return std::nullopt;
    return SmallVector<double>(type.getNumElements(), scalar.getValueAsDouble());
  }
  ElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  std::optional<std::vector<float>> floats = readFloatElements(attr);
  if (!floats)
    return std::nullopt;
  return SmallVector<double>(floats->begin(), floats->end());
}
