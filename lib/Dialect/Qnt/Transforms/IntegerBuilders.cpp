//===- IntegerBuilders.cpp - integer ops qnt-realize emits ---------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "IntegerBuilders.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

IntegerType IntTensor::getStorageType() const {
  return cast<IntegerType>(getElementTypeOrSelf(value.getType()));
}

int64_t mlir::qnt::quantizeScalar(double x, const IntTensor &t) {
  if (std::isnan(x))
    return t.zeroPoint;
  if (x == -INFINITY)
    return t.range.min;
  if (x == INFINITY)
    return t.range.max;
  double q = std::nearbyint(x / t.scale) + double(t.zeroPoint);
  return static_cast<int64_t>(
      std::clamp(q, double(t.range.min), double(t.range.max)));
}

Value mlir::qnt::createIntConstant(OpBuilder &b, Location loc,
                                   ArrayRef<int64_t> shape, IntegerType type,
                                   ArrayRef<int64_t> values) {
  auto tensorType = RankedTensorType::get(shape, type);
  SmallVector<APInt> ints;
  ints.reserve(values.size());
  for (int64_t v : values)
    ints.push_back(APInt(type.getWidth(), v, /*isSigned=*/true,
                         /*implicitTrunc=*/true));
  return arith::ConstantOp::create(
      b, loc, DenseIntElementsAttr::get(tensorType, ints));
}

Value mlir::qnt::createPackedConstant(OpBuilder &b, Location loc,
                                      ArrayRef<int64_t> shape, unsigned bits,
                                      ArrayRef<int64_t> values) {
  int64_t perByte = 8 / bits;
  SmallVector<int64_t> bytes((values.size() + perByte - 1) / perByte, 0);
  for (size_t k = 0; k < values.size(); ++k) {
    uint64_t field = uint64_t(values[k]) & ((uint64_t(1) << bits) - 1);
    bytes[k / perByte] |= int64_t(field << (bits * (k % perByte)));
  }
  for (int64_t &byte : bytes)
    byte = int64_t(int8_t(uint8_t(byte))); // as i8 values
  Value packed =
      createIntConstant(b, loc, {static_cast<int64_t>(bytes.size())},
                        b.getI8Type(), bytes);
  return UnpackOp::create(
      b, loc, RankedTensorType::get(shape, b.getIntegerType(bits)), packed);
}

Value mlir::qnt::createElementwise(
    OpBuilder &b, Location loc, ValueRange inputs, Type resultElement,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  auto shaped = cast<RankedTensorType>(inputs.front().getType());
  Value init = tensor::EmptyOp::create(b, loc, shaped.getShape(), resultElement);
  SmallVector<AffineMap> maps(inputs.size() + 1,
                              b.getMultiDimIdentityMap(shaped.getRank()));
  SmallVector<utils::IteratorType> iterators(shaped.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, init.getType(), inputs, init, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value result = body(nb, nloc, args.drop_back());
        linalg::YieldOp::create(nb, nloc, result);
      });
  return generic.getResult(0);
}

Value mlir::qnt::createCentered(OpBuilder &b, Location loc, Value value,
                                int64_t zeroPoint) {
  IntegerType i32 = b.getI32Type();
  return createElementwise(
      b, loc, value, i32, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value v = args[0];
        if (cast<IntegerType>(v.getType()).getWidth() < 32)
          v = arith::ExtSIOp::create(nb, nloc, i32, v);
        if (zeroPoint == 0)
          return v;
        return arith::SubIOp::create(
                   nb, nloc, v,
                   arith::ConstantOp::create(
                       nb, nloc, nb.getI32IntegerAttr(zeroPoint)))
            .getResult();
      });
}

Value mlir::qnt::createIntFill(OpBuilder &b, Location loc,
                               ArrayRef<int64_t> shape, IntegerType type,
                               int64_t value) {
  Value init = tensor::EmptyOp::create(b, loc, shape, type);
  Value scalar = arith::ConstantOp::create(b, loc, IntegerAttr::get(type, value));
  return linalg::FillOp::create(b, loc, scalar, init).getResult(0);
}

/// 2^-k with k in [0, 31], as a shift-only requantize can apply.
static std::optional<int32_t> powerOfTwoShift(double m) {
  int exponent;
  double mantissa = std::frexp(m, &exponent); // m = mantissa · 2^exponent
  if (mantissa != 0.5)
    return std::nullopt;
  int k = 1 - exponent;
  if (k < 0 || k > 31)
    return std::nullopt;
  return k;
}

FailureOr<Value> mlir::qnt::createRequantize(
    OpBuilder &b, Location loc, Value input, ArrayRef<double> multipliers,
    std::optional<int64_t> axis, int64_t inputZeroPoint,
    int64_t outputZeroPoint, IntRange clamp, IntegerType resultType,
    bool doubleRound, std::string &error) {
  bool uniform = llvm::all_equal(multipliers);
  SmallVector<double> reals =
      uniform ? SmallVector<double>{multipliers.front()}
              : SmallVector<double>(multipliers.begin(), multipliers.end());
  SmallVector<int32_t> mults, shifts;
  bool shiftOnly = llvm::all_of(
      reals, [](double m) { return powerOfTwoShift(m).has_value(); });
  for (double m : reals) {
    if (shiftOnly) {
      shifts.push_back(*powerOfTwoShift(m));
      continue;
    }
    std::optional<FixedPointScale> fixed = computeFixedPointScale(m);
    if (!fixed) {
      error = llvm::formatv("the requantization scale {0} has no 32-bit "
                            "fixed-point form (multiplier and shift in "
                            "[2, 62])",
                            m);
      return failure();
    }
    mults.push_back(fixed->multiplier);
    shifts.push_back(fixed->shift);
  }
  auto inputType = cast<RankedTensorType>(input.getType());
  auto resultTensor = RankedTensorType::get(inputType.getShape(), resultType);
  return RequantizeOp::create(
             b, loc, resultTensor, input,
             shiftOnly ? DenseI32ArrayAttr() : b.getDenseI32ArrayAttr(mults),
             b.getDenseI32ArrayAttr(shifts),
             uniform || !axis ? IntegerAttr() : b.getI64IntegerAttr(*axis),
             b.getI64IntegerAttr(inputZeroPoint),
             b.getI64IntegerAttr(outputZeroPoint),
             b.getI64IntegerAttr(clamp.min), b.getI64IntegerAttr(clamp.max),
             doubleRound ? b.getUnitAttr() : UnitAttr(), UnitAttr())
      .getResult();
}

Value mlir::qnt::createQuantize(OpBuilder &b, Location loc, Value floatValue,
                                quant::UniformQuantizedType type) {
  auto shaped = cast<RankedTensorType>(floatValue.getType());
  Value q = quant::QuantizeCastOp::create(
      b, loc, RankedTensorType::get(shaped.getShape(), type), floatValue);
  return quant::StorageCastOp::create(
      b, loc, RankedTensorType::get(shaped.getShape(), type.getStorageType()),
      q);
}

Value mlir::qnt::createDequantize(OpBuilder &b, Location loc, Value intValue,
                                  ArrayRef<double> scales,
                                  std::optional<int64_t> axis,
                                  int64_t zeroPoint, FloatType floatType) {
  auto shaped = cast<RankedTensorType>(intValue.getType());
  auto storage = cast<IntegerType>(shaped.getElementType());
  IntRange range = storageRange(storage.getWidth(), /*isSigned=*/true);
  unsigned flags = quant::QuantizationFlags::Signed;
  Type quantType;
  if (scales.size() == 1 || !axis)
    quantType = quant::UniformQuantizedType::get(
        flags, storage, floatType, scales.front(), zeroPoint, range.min,
        range.max);
  else
    quantType = quant::UniformQuantizedPerAxisType::get(
        flags, storage, floatType, scales,
        SmallVector<int64_t>(scales.size(), 0), static_cast<int32_t>(*axis),
        range.min, range.max);
  Value q = quant::StorageCastOp::create(
      b, loc, RankedTensorType::get(shaped.getShape(), quantType), intValue);
  return quant::DequantizeCastOp::create(
      b, loc, RankedTensorType::get(shaped.getShape(), floatType), q);
}
