//===- ScalarQuantize.cpp - quantization arithmetic in IR ----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "ScalarQuantize.h"
#include "GenericBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

std::optional<UniformGrid> lowering::getUniformGrid(Type quantType) {
  UniformGrid grid;
  if (auto uniform = dyn_cast<quant::UniformQuantizedType>(quantType)) {
    grid.scales.push_back(uniform.getScale());
    grid.zeroPoints.push_back(uniform.getZeroPoint());
  } else if (auto perAxis =
                 dyn_cast<quant::UniformQuantizedPerAxisType>(quantType)) {
    grid.axis = perAxis.getQuantizedDimension();
    llvm::append_range(grid.scales, perAxis.getScales());
    llvm::append_range(grid.zeroPoints, perAxis.getZeroPoints());
  } else if (auto ternary = dyn_cast<TernaryType>(quantType)) {
    grid.axis = ternary.getAxis();
    llvm::append_range(grid.scales, ternary.getScales().asArrayRef());
    grid.zeroPoints.assign(grid.scales.size(), 0);
    grid.qmin = -1;
    grid.qmax = 1;
    grid.expressedType = ternary.getExpressedType();
    return grid;
  } else {
    return std::nullopt;
  }
  auto quantized = cast<quant::QuantizedType>(quantType);
  grid.qmin = quantized.getStorageTypeMin();
  grid.qmax = quantized.getStorageTypeMax();
  grid.expressedType = cast<FloatType>(quantized.getExpressedType());
  return grid;
}

/// h ^= h >> s, on i32.
static Value xorShiftRight(OpBuilder &b, Location loc, Value h, int64_t s) {
  Value amount = intConstant(b, loc, b.getI32Type(), s);
  return arith::XOrIOp::create(b, loc, h,
                               arith::ShRUIOp::create(b, loc, h, amount));
}

static Value mulConst(OpBuilder &b, Location loc, Value h, uint32_t c) {
  Value factor = intConstant(b, loc, b.getI32Type(), static_cast<int32_t>(c));
  return arith::MulIOp::create(b, loc, h, factor);
}

Value lowering::buildStochasticDither(OpBuilder &b, Location loc,
                                      Value linearIndex, uint32_t seedKey,
                                      FloatType floatType) {
  Type i32 = b.getI32Type();
  Value h = arith::XOrIOp::create(
      b, loc, linearIndex,
      intConstant(b, loc, i32, static_cast<int32_t>(seedKey)));
  // murmur3 fmix32, as mix32() in Numerics.cpp.
  h = xorShiftRight(b, loc, h, 16);
  h = mulConst(b, loc, h, 0x85ebca6bu);
  h = xorShiftRight(b, loc, h, 13);
  h = mulConst(b, loc, h, 0xc2b2ae35u);
  h = xorShiftRight(b, loc, h, 16);
  Value top24 = arith::ShRUIOp::create(b, loc, h, intConstant(b, loc, i32, 8));
  Value asFloat = arith::UIToFPOp::create(b, loc, b.getF32Type(), top24);
  Value dither = arith::MulFOp::create(
      b, loc, asFloat, floatConstant(b, loc, b.getF32Type(), 1.0 / 16777216.0));
  if (floatType.getWidth() < 32)
    return arith::TruncFOp::create(b, loc, floatType, dither);
  if (floatType.getWidth() > 32)
    return arith::ExtFOp::create(b, loc, floatType, dither);
  return dither;
}

Value lowering::buildRound(OpBuilder &b, Location loc, Value v,
                           RoundingMode mode, Value dither) {
  switch (mode) {
  case RoundingMode::nearest_even:
    return math::RoundEvenOp::create(b, loc, v);
  case RoundingMode::nearest_away:
    return math::RoundOp::create(b, loc, v);
  case RoundingMode::floor:
    return math::FloorOp::create(b, loc, v);
  case RoundingMode::stochastic:
    assert(dither && "stochastic rounding needs a dither");
    return math::FloorOp::create(b, loc,
                                 arith::AddFOp::create(b, loc, v, dither));
  }
  llvm_unreachable("unknown rounding mode");
}

Value lowering::buildQuantizeToGrid(OpBuilder &b, Location loc, Value x,
                                    Value scale, Value zeroPoint, double qmin,
                                    double qmax, RoundingMode mode,
                                    Value dither) {
  Type type = x.getType();
  Value scaled = arith::DivFOp::create(b, loc, x, scale);
  Value rounded = buildRound(b, loc, scaled, mode, dither);
  Value shifted = arith::AddFOp::create(b, loc, rounded, zeroPoint);
  // maxnumf/minnumf: a NaN input saturates to qmin instead of propagating.
  Value lo = arith::MaxNumFOp::create(b, loc, shifted,
                                      floatConstant(b, loc, type, qmin));
  return arith::MinNumFOp::create(b, loc, lo,
                                  floatConstant(b, loc, type, qmax));
}
