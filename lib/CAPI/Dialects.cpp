//===- Dialects.cpp - C API of the qnt dialect and its types -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt-c/Dialects.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

using namespace mlir;
using namespace mlir::qnt;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Qnt, qnt, QntDialect)

namespace {
/// Reports invalid parameters through the context's diagnostic handler.
auto diagnoseAt(MLIRContext *ctx) {
  return [ctx] { return emitError(UnknownLoc::get(ctx)); };
}

template <typename LevelsType>
MlirType getLevelsType(MlirContext ctx, MlirType expressedType, int32_t axis,
                       intptr_t numScales, const double *scales) {
  MLIRContext *context = unwrap(ctx);
  auto floatType = dyn_cast<FloatType>(unwrap(expressedType));
  if (!floatType)
    return {nullptr};
  return wrap(LevelsType::getChecked(
      diagnoseAt(context), context, floatType, axis,
      DenseF64ArrayAttr::get(context, ArrayRef<double>(scales, numScales))));
}

/// The scales of a ternary or binary type.
DenseF64ArrayAttr getScales(MlirType type) {
  Type t = unwrap(type);
  if (auto ternary = dyn_cast<TernaryType>(t))
    return ternary.getScales();
  return cast<BinaryType>(t).getScales();
}
} // namespace

bool qntTypeIsATernary(MlirType type) { return isa<TernaryType>(unwrap(type)); }
MlirType qntTernaryTypeGet(MlirContext ctx, MlirType expressedType,
                           int32_t axis, intptr_t numScales,
                           const double *scales) {
  return getLevelsType<TernaryType>(ctx, expressedType, axis, numScales,
                                    scales);
}

bool qntTypeIsABinary(MlirType type) { return isa<BinaryType>(unwrap(type)); }
MlirType qntBinaryTypeGet(MlirContext ctx, MlirType expressedType, int32_t axis,
                          intptr_t numScales, const double *scales) {
  return getLevelsType<BinaryType>(ctx, expressedType, axis, numScales, scales);
}

MlirType qntScaledLevelsTypeGetExpressedType(MlirType type) {
  Type t = unwrap(type);
  if (auto ternary = dyn_cast<TernaryType>(t))
    return wrap(Type(ternary.getExpressedType()));
  return wrap(Type(cast<BinaryType>(t).getExpressedType()));
}
int32_t qntScaledLevelsTypeGetAxis(MlirType type) {
  Type t = unwrap(type);
  if (auto ternary = dyn_cast<TernaryType>(t))
    return ternary.getAxis();
  return cast<BinaryType>(t).getAxis();
}
intptr_t qntScaledLevelsTypeGetNumScales(MlirType type) {
  return getScales(type).size();
}
double qntScaledLevelsTypeGetScale(MlirType type, intptr_t channel) {
  return getScales(type)[channel];
}

bool qntTypeIsAThreshold(MlirType type) {
  return isa<ThresholdType>(unwrap(type));
}
MlirType qntThresholdTypeGet(MlirContext ctx, MlirType storageType,
                             MlirType expressedType, int32_t axis,
                             intptr_t numChannels, intptr_t numThresholds,
                             const double *thresholds, double scale,
                             int64_t zeroPoint) {
  MLIRContext *context = unwrap(ctx);
  auto storage = dyn_cast<IntegerType>(unwrap(storageType));
  auto expressed = dyn_cast<FloatType>(unwrap(expressedType));
  if (!storage || !expressed)
    return {nullptr};
  return wrap(ThresholdType::getChecked(
      diagnoseAt(context), context, storage, expressed, axis,
      DenseF64ArrayAttr::get(
          context, ArrayRef<double>(thresholds, numChannels * numThresholds)),
      numChannels, APFloat(scale), zeroPoint));
}
intptr_t qntThresholdTypeGetNumChannels(MlirType type) {
  return cast<ThresholdType>(unwrap(type)).getNumChannels();
}
intptr_t qntThresholdTypeGetNumThresholds(MlirType type) {
  return cast<ThresholdType>(unwrap(type)).getNumThresholds();
}
double qntThresholdTypeGetThreshold(MlirType type, intptr_t channel,
                                    intptr_t index) {
  return cast<ThresholdType>(unwrap(type)).getChannelThresholds(channel)[index];
}
double qntThresholdTypeGetScale(MlirType type) {
  return cast<ThresholdType>(unwrap(type)).getScaleValue();
}
int64_t qntThresholdTypeGetZeroPoint(MlirType type) {
  return cast<ThresholdType>(unwrap(type)).getZeroPoint();
}
