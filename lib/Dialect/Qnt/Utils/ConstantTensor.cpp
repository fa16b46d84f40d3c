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

#include <cstring>

using namespace mlir;
using namespace mlir::qnt;

std::optional<std::vector<float>>
mlir::qnt::readFloatElements(ElementsAttr attr) {
  auto type = dyn_cast<ShapedType>(attr.getType());
  if (!type || !type.hasStaticShape())
    return std::nullopt;
  auto floatType = dyn_cast<FloatType>(type.getElementType());
  if (!floatType)
    return std::nullopt;
  int64_t n = type.getNumElements();
  std::vector<float> values;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    // Raw little-endian elements of the float type's width.
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    ArrayRef<char> data = blob->getData();
    unsigned bytes = floatType.getWidth() / 8;
    if (floatType.getWidth() % 8 != 0 ||
        static_cast<int64_t>(data.size()) != n * bytes)
      return std::nullopt;
    if (floatType.isF32()) {
      ArrayRef<float> floats(reinterpret_cast<const float *>(data.data()), n);
      values.assign(floats.begin(), floats.end());
      return values;
    }
    values.reserve(n);
    for (int64_t i = 0; i < n; ++i) {
      uint64_t raw = 0;
      std::memcpy(&raw, data.data() + i * bytes, bytes);
      APFloat v(floatType.getFloatSemantics(),
                APInt(floatType.getWidth(), raw));
      bool losesInfo;
      v.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      values.push_back(v.convertToFloat());
    }
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
  if (isa<DenseResourceElementsAttr>(like)) {
    if (floatType.isF32())
      return cast<ElementsAttr>(DenseF32ResourceElementsAttr::get(
          type, blobName,
          HeapAsmResourceBlob::allocateAndCopyInferAlign(values)));
    // Other widths: the converted bits, little-endian.
    unsigned bytes = floatType.getWidth() / 8;
    std::vector<char> data(values.size() * bytes);
    for (size_t i = 0; i < values.size(); ++i) {
      APFloat f(values[i]);
      bool losesInfo;
      f.convert(floatType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      uint64_t raw = f.bitcastToAPInt().getZExtValue();
      std::memcpy(data.data() + i * bytes, &raw, bytes);
    }
    return cast<ElementsAttr>(DenseResourceElementsAttr::get(
        type, blobName,
        HeapAsmResourceBlob::allocateAndCopyWithAlign(data,
                                                      alignof(uint64_t))));
  }
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
  if (!type || !type.hasStaticShape() || !isa<FloatType>(type.getElementType()))
    return std::nullopt;
  if (auto fill = value.getDefiningOp<linalg::FillOp>()) {
    FloatAttr scalar;
    if (!matchPattern(fill.getDpsInputs()[0], m_Constant(&scalar)))
      return std::nullopt;
    return SmallVector<double>(type.getNumElements(),
                               scalar.getValueAsDouble());
  }
  ElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  std::optional<std::vector<float>> floats = readFloatElements(attr);
  if (!floats)
    return std::nullopt;
  return SmallVector<double>(floats->begin(), floats->end());
}
