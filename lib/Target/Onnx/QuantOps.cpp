//===- QuantOps.cpp - ONNX QuantizeLinear / DequantizeLinear (QDQ) -------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// With constant scales and zero points, QuantizeLinear is quant.qcast +
// quant.scast to the integer storage, DequantizeLinear quant.scast +
// quant.dcast, and a DequantizeLinear of a QuantizeLinear with the same grid
// (the QDQ format) is one qnt.fake_quant on the float value, which the
// quantization passes read as a decided quantizer. With scales given at run
// time both are element-wise arithmetic with ONNX's formulas.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

namespace {

/// The storage range of a (u)int8 / int32 element.
std::pair<double, double> storageRange(Type element, bool isUnsigned) {
  unsigned width = element.getIntOrFloatBitWidth();
  if (isUnsigned)
    return {0.0, double((uint64_t(1) << width) - 1)};
  return {-double(int64_t(1) << (width - 1)),
          double((int64_t(1) << (width - 1)) - 1)};
}

/// v rounded already, clamped to [lo, hi] and converted to the storage
/// integer (as the reference: saturate in f32, then cast).
Value saturateToStorage(OpBuilder &b, Location l, Value v, double lo,
                        double hi, Type storage, bool isUnsigned) {
  Type f32 = b.getF32Type();
  v = arith::MaximumFOp::create(
      b, l, v, arith::ConstantOp::create(b, l, b.getFloatAttr(f32, lo)));
  v = arith::MinimumFOp::create(
      b, l, v, arith::ConstantOp::create(b, l, b.getFloatAttr(f32, hi)));
  if (isUnsigned)
    return arith::FPToUIOp::create(b, l, storage, v).getResult();
  return arith::FPToSIOp::create(b, l, storage, v).getResult();
}

/// The !quant.uniform grid of constant scale / zero point inputs, if they
/// are constants of an 8-bit grid.
std::optional<Type> constantGrid(Importer &imp, unsigned scaleIndex,
                                 unsigned zpIndex, Type storage,
                                 bool isUnsigned, Type expressed,
                                 int64_t axis) {
  if (!imp.constantInput(scaleIndex) ||
      (imp.hasInput(zpIndex) && !imp.constantInput(zpIndex)))
    return std::nullopt;
  if (!storage.isInteger(8) || !expressed.isF32())
    return std::nullopt;
  FailureOr<SmallVector<double>> scales =
      imp.constantDoubles(scaleIndex, "scale");
  if (failed(scales))
    return std::nullopt;
  SmallVector<int64_t> zps(scales->size(), 0);
  if (imp.hasInput(zpIndex)) {
    std::optional<DenseElementsAttr> zp = imp.constantInput(zpIndex);
    zps.clear();
    for (const APInt &v : zp->getValues<APInt>())
      zps.push_back(isUnsigned ? int64_t(v.getZExtValue()) : v.getSExtValue());
    if (zps.size() != scales->size())
      return std::nullopt;
  }
  if (llvm::any_of(*scales, [](double s) { return !(s > 0.0); }))
    return std::nullopt;
  auto [lo, hi] = storageRange(storage, isUnsigned);
  unsigned flags = isUnsigned ? 0 : quant::QuantizationFlags::Signed;
  MLIRContext *ctx = storage.getContext();
  if (scales->size() == 1)
    return Type(quant::UniformQuantizedType::get(
        flags, IntegerType::get(ctx, 8), expressed, scales->front(),
        zps.front(), int64_t(lo), int64_t(hi)));
  return Type(quant::UniformQuantizedPerAxisType::get(
      flags, IntegerType::get(ctx, 8), expressed, *scales, zps,
      static_cast<int32_t>(axis), int64_t(lo), int64_t(hi)));
}

LogicalResult emitQuantizeLinear(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0), scale = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(scale) || failed(outType))
    return failure();
  std::optional<Tensor> zp = imp.optionalInput(2);
  bool isUnsigned = zp ? zp->isUnsigned : true;
  int64_t axis = imp.attrInt("axis", 1);
  if (axis < 0)
    axis += x->getRank();
  Type storage = outType->getElementType();
  if (!isa<FloatType>(x->getElementType()))
    return imp.error() << "expects a float input, got " << x->getElementType();
  if (!storage.isInteger(8))
    return imp.error() << "quantizes to " << storage
                       << "; only 8-bit outputs are supported";
  if (scale->getRank() == 1 && (axis < 0 || axis >= x->getRank()))
    return imp.error() << "axis " << axis << " out of range";

  if (std::optional<Type> grid = constantGrid(
          imp, 1, 2, storage, isUnsigned, x->getElementType(), axis)) {
    auto quantized = quant::QuantizeCastOp::create(
        imp.b, imp.loc, RankedTensorType::get(x->getShape(), *grid), x->value);
    Value stored = quant::StorageCastOp::create(imp.b, imp.loc, *outType,
                                                quantized.getResult());
    imp.quantized[stored] = QuantizedValue{x->value, *grid, axis};
    imp.setOutput(0, stored, isUnsigned);
    return success();
  }

  // y = saturate(round_half_even(x / s) + z), in f32 like the reference.
  SmallVector<Value> inputs{x->value,
                            imp.alongAxis(scale->value, axis, x->getRank())};
  if (zp)
    inputs.push_back(imp.alongAxis(zp->value, axis, x->getRank()));
  auto [low, high] = storageRange(storage, isUnsigned);
  double lo = low, hi = high;
  bool zpUnsigned = zp && zp->isUnsigned;
  Value y = imp.elementwise(
      inputs, outType->getShape(), storage,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value v = Importer::toF32(b, l, args[0], false);
        Value s = Importer::toF32(b, l, args[1], false);
        Value q = math::RoundEvenOp::create(
            b, l, arith::DivFOp::create(b, l, v, s));
        if (args.size() > 2)
          q = arith::AddFOp::create(b, l, q,
                                    Importer::toF32(b, l, args[2], zpUnsigned));
        return saturateToStorage(b, l, q, lo, hi, storage, isUnsigned);
      });
  imp.setOutput(0, y, isUnsigned);
  return success();
}

LogicalResult emitDequantizeLinear(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0), scale = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(scale) || failed(outType))
    return failure();
  std::optional<Tensor> zp = imp.optionalInput(2);
  int64_t axis = imp.attrInt("axis", 1);
  if (axis < 0)
    axis += x->getRank();
  if (!isa<IntegerType>(x->getElementType()) ||
      x->getElementType().getIntOrFloatBitWidth() > 32)
    return imp.error() << "expects an integer input of at most 32 bits, got "
                       << x->getElementType();
  if (!isa<FloatType>(outType->getElementType()))
    return imp.error() << "dequantizes to " << outType->getElementType()
                       << "; expected a float";

  if (std::optional<Type> grid =
          constantGrid(imp, 1, 2, x->getElementType(), x->isUnsigned,
                       outType->getElementType(), axis)) {
    // QuantizeLinear → DequantizeLinear on one grid: a fake quantizer.
    auto it = imp.quantized.find(x->value);
    if (it != imp.quantized.end() && it->second.quantType == *grid) {
      imp.setOutput(0, FakeQuantOp::create(
                           imp.b, imp.loc, it->second.floatInput,
                           TypeAttr::get(*grid), RoundingModeAttr(),
                           IntegerAttr(), UnitAttr(), FloatAttr()));
      return success();
    }
    Value quantized = quant::StorageCastOp::create(
        imp.b, imp.loc, RankedTensorType::get(x->getShape(), *grid),
        x->value);
    imp.setOutput(0, quant::DequantizeCastOp::create(imp.b, imp.loc,
                                                     *outType, quantized));
    return success();
  }

  // y = (x − z) · s in f32.
  SmallVector<Value> inputs{x->value,
                            imp.alongAxis(scale->value, axis, x->getRank())};
  if (zp)
    inputs.push_back(imp.alongAxis(zp->value, axis, x->getRank()));
  bool xUnsigned = x->isUnsigned, zpUnsigned = zp && zp->isUnsigned;
  Type element = outType->getElementType();
  Value y = imp.elementwise(
      inputs, outType->getShape(), element,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value v = Importer::toF32(b, l, args[0], xUnsigned);
        if (args.size() > 2)
          v = arith::SubFOp::create(b, l, v,
                                    Importer::toF32(b, l, args[2], zpUnsigned));
        return arith::MulFOp::create(b, l, v,
                                     Importer::toF32(b, l, args[1], false))
            .getResult();
      });
  imp.setOutput(0, y);
  return success();
}

} // namespace

FailureOr<Value> mlir::qnt::onnx_import::requantizeFloat(
    Importer &imp, Value acc, const Tensor &aScale, const Tensor &bScale,
    int64_t bAxis, const Tensor &yScale, const Tensor &yZeroPoint,
    RankedTensorType outType) {
  int64_t rank = outType.getRank();
  for (const Tensor *scalar : {&aScale, &yScale, &yZeroPoint})
    if (scalar->getType().getNumElements() != 1)
      return imp.error() << "per-channel scales or zero points are supported "
                            "for the weight only";
  Type storage = outType.getElementType();
  if (!storage.isInteger(8))
    return imp.error() << "requantizes to " << storage
                       << "; only 8-bit outputs are supported";
  bool isUnsigned = yZeroPoint.isUnsigned;
  auto [low, high] = storageRange(storage, isUnsigned);
  double lo = low, hi = high;
  SmallVector<Value> inputs{acc, aScale.value,
                            imp.alongAxis(bScale.value, bAxis, rank),
                            yScale.value, yZeroPoint.value};
  return imp.elementwise(
      inputs, outType.getShape(), storage,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value product = arith::MulFOp::create(b, l, args[1], args[2]);
        Value multiplier = arith::DivFOp::create(b, l, product, args[3]);
        Value v = arith::MulFOp::create(
            b, l, Importer::toF32(b, l, args[0], false), multiplier);
        v = math::RoundEvenOp::create(b, l, v);
        v = arith::AddFOp::create(b, l, v,
                                  Importer::toF32(b, l, args[4], isUnsigned));
        return saturateToStorage(b, l, v, lo, hi, storage, isUnsigned);
      });
}

void mlir::qnt::onnx_import::registerQuantOps(
    llvm::StringMap<Emitter> &table) {
  table["QuantizeLinear"] = emitQuantizeLinear;
  table["DequantizeLinear"] = emitDequantizeLinear;
}
