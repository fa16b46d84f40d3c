//===- GenericBuilder.cpp - element-wise linalg.generic helpers ----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "GenericBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::lowering;

ChannelParam ChannelParam::floats(MLIRContext *ctx, Type elementType,
                                  ArrayRef<double> values) {
  SmallVector<APFloat> converted;
  for (double v : values) {
    APFloat f(v);
    bool losesInfo = false;
    f.convert(cast<FloatType>(elementType).getFloatSemantics(),
              APFloat::rmNearestTiesToEven, &losesInfo);
    converted.push_back(f);
  }
  auto type =
      RankedTensorType::get({static_cast<int64_t>(values.size())}, elementType);
  (void)ctx;
  return {DenseElementsAttr::get(type, converted)};
}

ChannelParam ChannelParam::ints(MLIRContext *ctx, Type elementType,
                                ArrayRef<int64_t> values) {
  unsigned width = elementType.getIntOrFloatBitWidth();
  SmallVector<APInt> converted;
  for (int64_t v : values)
    converted.push_back(APInt(width, v, /*isSigned=*/true));
  auto type =
      RankedTensorType::get({static_cast<int64_t>(values.size())}, elementType);
  (void)ctx;
  return {DenseElementsAttr::get(type, converted)};
}

Value lowering::floatConstant(OpBuilder &b, Location loc, Type type,
                              double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

Value lowering::intConstant(OpBuilder &b, Location loc, Type type,
                            int64_t value) {
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

SmallVector<Value> lowering::buildDimSizes(OpBuilder &b, Location loc,
                                           Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<Value> dims;
  for (int64_t d = 0, e = type.getRank(); d < e; ++d) {
    if (type.isDynamicDim(d))
      dims.push_back(tensor::DimOp::create(b, loc, tensor, d));
    else
      dims.push_back(
          arith::ConstantIndexOp::create(b, loc, type.getDimSize(d)));
  }
  return dims;
}

Value lowering::buildLinearIndexI32(OpBuilder &b, Location loc,
                                    ArrayRef<Value> dims) {
  Value linear = arith::ConstantIndexOp::create(b, loc, 0);
  for (auto [d, size] : llvm::enumerate(dims)) {
    Value index = linalg::IndexOp::create(b, loc, d);
    linear = arith::MulIOp::create(b, loc, linear, size);
    linear = arith::AddIOp::create(b, loc, linear, index);
  }
  // index → i64 → i32: the hash works on the low 32 bits.
  Value wide = arith::IndexCastUIOp::create(b, loc, b.getI64Type(), linear);
  return arith::TruncIOp::create(b, loc, b.getI32Type(), wide);
}

Value lowering::buildElementwise(OpBuilder &b, Location loc, Value input,
                                 int64_t axis, ArrayRef<ChannelParam> params,
                                 Type resultElementType, ElementwiseBody body) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t rank = inputType.getRank();
  MLIRContext *ctx = b.getContext();

  SmallVector<Value> inputs{input};
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  SmallVector<AffineMap> maps{identity};
  // Parameters with one value per channel become generic inputs; the others
  // are materialized as scalars inside the body.
  SmallVector<int> paramInput(params.size(), -1);
  for (auto [i, param] : llvm::enumerate(params)) {
    if (param.values.getNumElements() == 1)
      continue;
    assert(axis >= 0 && axis < rank && "per-channel parameter without axis");
    paramInput[i] = inputs.size();
    inputs.push_back(arith::ConstantOp::create(b, loc, param.values));
    maps.push_back(AffineMap::get(rank, 0, b.getAffineDimExpr(axis)));
  }
  maps.push_back(identity);

  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, input);
  Value init = tensor::EmptyOp::create(b, loc, sizes, resultElementType);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        SmallVector<Value> values;
        for (auto [i, param] : llvm::enumerate(params)) {
          if (paramInput[i] >= 0) {
            values.push_back(args[paramInput[i]]);
            continue;
          }
          auto scalar = *param.values.getValues<TypedAttr>().begin();
          values.push_back(arith::ConstantOp::create(nb, nloc, scalar));
        }
        Value result = body(nb, nloc, args[0], values);
        linalg::YieldOp::create(nb, nloc, result);
      });
  return generic.getResult(0);
}
