//===- LinearOps.cpp - ONNX Gemm, MatMul, MatMulInteger, QLinearMatMul ---===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// 2-D products are linalg.matmul (a transposed operand a linalg.transpose,
// as torch-mlir emits nn.Linear); batched ones broadcast their batch
// dimensions, collapse them into one and use linalg.batch_matmul. Gemm's
// bias C is the accumulator's init when alpha = beta = 1.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

namespace {

int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims)
    p *= d;
  return p;
}

Value transpose2D(Importer &imp, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  Value init = imp.empty({type.getDimSize(1), type.getDimSize(0)},
                         type.getElementType());
  return linalg::TransposeOp::create(imp.b, imp.loc, v, init,
                                     ArrayRef<int64_t>{1, 0})
      ->getResult(0);
}

/// `v` materialized at `shape` (numpy broadcasting).
Value broadcastTo(Importer &imp, Value v, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getShape() == shape)
    return v;
  return imp.elementwise(v, shape, type.getElementType(),
                         [](OpBuilder &, Location, ValueRange args) {
                           return args[0];
                         });
}

/// numpy matmul of `a` and `b` into a result of `outShape`; the
/// accumulation starts from `init` (2-D cases) or 0.
FailureOr<Value> matmul(Importer &imp, Value a, Value b,
                        ArrayRef<int64_t> outShape, Type element,
                        Value init = Value()) {
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  if (aType.getRank() == 0 || bType.getRank() == 0)
    return imp.error() << "MatMul operands must have rank ≥ 1";
  // 1-D operands: a row / a column, dropped from the result.
  if (aType.getRank() == 1)
    a = imp.reshape(a, {1, aType.getDimSize(0)});
  if (bType.getRank() == 1)
    b = imp.reshape(b, {bType.getDimSize(0), 1});
  aType = cast<RankedTensorType>(a.getType());
  bType = cast<RankedTensorType>(b.getType());
  int64_t m = aType.getDimSize(aType.getRank() - 2);
  int64_t k = aType.getDimSize(aType.getRank() - 1);
  int64_t n = bType.getDimSize(bType.getRank() - 1);
  if (bType.getDimSize(bType.getRank() - 2) != k)
    return imp.error() << "inner dimensions differ: " << aType << " × "
                       << bType;
  OpBuilder &builder = imp.b;
  Location loc = imp.loc;
  if (bType.getRank() == 2) {
    // Every row of every batch of a against one b.
    int64_t rows = product(aType.getShape().drop_back());
    Value a2 = imp.reshape(a, {rows, k});
    Value acc = init && aType.getRank() == 2 ? init
                                             : imp.fill({rows, n}, element, 0);
    Value mm = linalg::MatmulOp::create(
                   builder, loc,
                   TypeRange{RankedTensorType::get({rows, n}, element)},
                   ValueRange{a2, b}, ValueRange{acc})
                   ->getResult(0);
    return imp.reshape(mm, outShape);
  }
  // Batched: broadcast the batch dimensions, collapse them into one.
  int64_t batchRank =
      std::max(aType.getRank(), bType.getRank()) - 2;
  SmallVector<int64_t> batch(batchRank, 1);
  for (auto type : {aType, bType}) {
    ArrayRef<int64_t> dims = type.getShape().drop_back(2);
    for (size_t i = 0; i < dims.size(); ++i) {
      int64_t &d = batch[batchRank - dims.size() + i];
      if (d != 1 && dims[i] != 1 && d != dims[i])
        return imp.error() << "batch dimensions do not broadcast: " << aType
                           << " × " << bType;
      d = std::max(d, dims[i]);
    }
  }
  auto full = [&](ArrayRef<int64_t> tail) {
    SmallVector<int64_t> s(batch);
    s.append(tail.begin(), tail.end());
    return s;
  };
  int64_t count = product(batch);
  Value a3 = imp.reshape(broadcastTo(imp, a, full({m, k})), {count, m, k});
  Value b3 = imp.reshape(broadcastTo(imp, b, full({k, n})), {count, k, n});
  Value bmm = linalg::BatchMatmulOp::create(
                  builder, loc,
                  TypeRange{RankedTensorType::get({count, m, n}, element)},
                  ValueRange{a3, b3},
                  ValueRange{imp.fill({count, m, n}, element, 0)})
                  ->getResult(0);
  return imp.reshape(bmm, outShape);
}

LogicalResult emitMatMul(Importer &imp) {
  FailureOr<Tensor> a = imp.input(0), b = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(a) || failed(b) || failed(outType))
    return failure();
  FailureOr<Value> y = matmul(imp, a->value, b->value, outType->getShape(),
                              outType->getElementType());
  if (failed(y))
    return failure();
  imp.setOutput(0, *y, a->isUnsigned);
  return success();
}

LogicalResult emitGemm(Importer &imp) {
  FailureOr<Tensor> a = imp.input(0), b = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(a) || failed(b) || failed(outType))
    return failure();
  if (a->getRank() != 2 || b->getRank() != 2)
    return imp.error() << "Gemm operands must be 2-D";
  Type element = outType->getElementType();
  if (!isa<FloatType>(element))
    return imp.error() << "only float Gemm is supported";
  Value av = imp.attrInt("transA", 0) ? transpose2D(imp, a->value) : a->value;
  Value bv = imp.attrInt("transB", 0) ? transpose2D(imp, b->value) : b->value;
  double alpha = imp.attrFloat("alpha", 1.0), beta = imp.attrFloat("beta", 1.0);
  ArrayRef<int64_t> out = outType->getShape();
  std::optional<Tensor> c = imp.optionalInput(2);
  if (alpha == 1.0 && (!c || beta == 1.0)) {
    Value init;
    if (!c)
      init = imp.fill(out, element, 0.0);
    else if (c->getRank() == 1 && c->getShape()[0] == out[1])
      init = linalg::BroadcastOp::create(imp.b, imp.loc, c->value,
                                         imp.empty(out, element),
                                         SmallVector<int64_t>{0})
                 ->getResult(0);
    else
      init = broadcastTo(imp, c->value, out);
    FailureOr<Value> y = matmul(imp, av, bv, out, element, init);
    if (failed(y))
      return failure();
    imp.setOutput(0, *y);
    return success();
  }
  FailureOr<Value> mm = matmul(imp, av, bv, out, element);
  if (failed(mm))
    return failure();
  SmallVector<Value> inputs{*mm};
  if (c)
    inputs.push_back(c->value);
  imp.setOutput(0, imp.elementwise(
                       inputs, out, element,
                       [&](OpBuilder &nb, Location l, ValueRange args) {
                         auto k = [&](double v) {
                           return arith::ConstantOp::create(
                               nb, l, nb.getFloatAttr(element, v));
                         };
                         Value y = arith::MulFOp::create(nb, l, args[0],
                                                         k(alpha));
                         if (args.size() > 1)
                           y = arith::AddFOp::create(
                               nb, l, y,
                               arith::MulFOp::create(nb, l, args[1], k(beta)));
                         return y;
                       }));
  return success();
}

/// The i32 product of centered integer operands (MatMulInteger and the
/// accumulation of QLinearMatMul): `aZp` may be per row, `bZp` per column.
FailureOr<Value> integerMatmul(Importer &imp, const Tensor &a,
                               std::optional<Tensor> aZp, const Tensor &b,
                               std::optional<Tensor> bZp,
                               ArrayRef<int64_t> outShape) {
  Value ac = imp.centered(a, aZp,
                          std::optional<int64_t>(std::max<int64_t>(
                              a.getRank() - 2, 0)));
  Value bc = imp.centered(b, bZp,
                          std::optional<int64_t>(b.getRank() - 1));
  return matmul(imp, ac, bc, outShape, imp.b.getI32Type());
}

LogicalResult emitMatMulInteger(Importer &imp) {
  FailureOr<Tensor> a = imp.input(0), b = imp.input(1);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(a) || failed(b) || failed(outType))
    return failure();
  FailureOr<Value> y = integerMatmul(imp, *a, imp.optionalInput(2), *b,
                                     imp.optionalInput(3),
                                     outType->getShape());
  if (failed(y))
    return failure();
  imp.setOutput(0, *y);
  return success();
}

LogicalResult emitQLinearMatMul(Importer &imp) {
  SmallVector<Tensor> in;
  for (unsigned i = 0; i < 8; ++i) {
    FailureOr<Tensor> t = imp.input(i);
    if (failed(t))
      return failure();
    in.push_back(*t);
  }
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(outType))
    return failure();
  FailureOr<Value> acc =
      integerMatmul(imp, in[0], in[2], in[3], in[5], outType->getShape());
  if (failed(acc))
    return failure();
  FailureOr<Value> y =
      requantizeFloat(imp, *acc, in[1], in[4], outType->getRank() - 1, in[6],
                      in[7], *outType);
  if (failed(y))
    return failure();
  imp.setOutput(0, *y, in[7].isUnsigned);
  return success();
}

} // namespace

void mlir::qnt::onnx_import::registerLinearOps(
    llvm::StringMap<Emitter> &table) {
  table["MatMul"] = emitMatMul;
  table["Gemm"] = emitGemm;
  table["MatMulInteger"] = emitMatMulInteger;
  table["QLinearMatMul"] = emitQLinearMatMul;
}
