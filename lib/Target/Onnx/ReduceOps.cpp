//===- ReduceOps.cpp - ONNX ReduceMean, ReduceSum, ReduceMax -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// A mean over the two spatial dimensions of an NCHW tensor (PyTorch's
// x.mean((2, 3))) is exported as ReduceMean; it becomes sum pooling over the
// whole plane and a division, the form qnt-realize runs as integer average
// pooling. Other reductions are a linalg.generic over the input.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <limits>

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

namespace {

enum class Reduction { Mean, Sum, Max };

LogicalResult emitReduce(Importer &imp, Reduction kind) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(outType))
    return failure();
  Type element = x->getElementType();
  if (!isa<FloatType>(element))
    return imp.error() << "only float reductions are supported";
  int64_t rank = x->getRank();
  // Axes: an attribute, or (ReduceSum from opset 13) a constant input.
  SmallVector<int64_t> axes = imp.attrInts("axes");
  if (imp.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> given = imp.constantInts(1, "axes");
    if (failed(given))
      return failure();
    axes = *given;
  }
  if (axes.empty() && imp.attrInt("noop_with_empty_axes", 0) == 0)
    for (int64_t d = 0; d < rank; ++d)
      axes.push_back(d);
  SmallVector<bool> reduced(rank, false);
  for (int64_t a : axes) {
    int64_t d = a < 0 ? a + rank : a;
    if (d < 0 || d >= rank)
      return imp.error() << "axis " << a << " out of range for rank " << rank;
    reduced[d] = true;
  }
  ArrayRef<int64_t> shape = x->getShape();
  int64_t count = 1;
  for (int64_t d = 0; d < rank; ++d)
    if (reduced[d])
      count *= shape[d];
  OpBuilder &b = imp.b;
  Location loc = imp.loc;
  auto divide = [&](Value sum, ArrayRef<int64_t> sumShape) {
    return imp.elementwise(sum, sumShape, element,
                           [&](OpBuilder &nb, Location l, ValueRange args) {
                             Value k = arith::ConstantOp::create(
                                 nb, l, nb.getFloatAttr(element, double(count)));
                             return arith::DivFOp::create(nb, l, args[0], k)
                                 .getResult();
                           });
  };
  if (kind == Reduction::Mean && rank == 4 && !reduced[0] && !reduced[1] &&
      reduced[2] && reduced[3]) {
    SmallVector<int64_t> pooled{shape[0], shape[1], 1, 1};
    SmallVector<NamedAttribute> attrs{
        b.getNamedAttr("strides", b.getI64TensorAttr({1, 1})),
        b.getNamedAttr("dilations", b.getI64TensorAttr({1, 1}))};
    Value sum = linalg::PoolingNchwSumOp::create(
                    b, loc,
                    TypeRange{RankedTensorType::get(pooled, element)},
                    ValueRange{x->value, imp.empty({shape[2], shape[3]},
                                                   element)},
                    ValueRange{imp.fill(pooled, element, 0.0)}, attrs)
                    ->getResult(0);
    imp.setOutput(0, imp.reshape(divide(sum, pooled), outType->getShape()));
    return success();
  }
  SmallVector<int64_t> keptShape;
  SmallVector<AffineExpr> keptExprs;
  SmallVector<utils::IteratorType> iterators;
  for (int64_t d = 0; d < rank; ++d) {
    iterators.push_back(reduced[d] ? utils::IteratorType::reduction
                                   : utils::IteratorType::parallel);
    if (!reduced[d]) {
      keptShape.push_back(shape[d]);
      keptExprs.push_back(b.getAffineDimExpr(d));
    }
  }
  double init = kind == Reduction::Max
                    ? -std::numeric_limits<double>::infinity()
                    : 0.0;
  Value acc = imp.fill(keptShape, element, init);
  Value reducedValue =
      linalg::GenericOp::create(
          b, loc, acc.getType(), x->value, acc,
          SmallVector<AffineMap>{
              b.getMultiDimIdentityMap(rank),
              AffineMap::get(rank, 0, keptExprs, b.getContext())},
          iterators,
          [&](OpBuilder &nb, Location l, ValueRange args) {
            Value v = kind == Reduction::Max
                          ? Value(arith::MaximumFOp::create(nb, l, args[1],
                                                            args[0]))
                          : Value(arith::AddFOp::create(nb, l, args[1],
                                                        args[0]));
            linalg::YieldOp::create(nb, l, v);
          })
          .getResult(0);
  if (kind == Reduction::Mean)
    reducedValue = divide(reducedValue, keptShape);
  imp.setOutput(0, imp.reshape(reducedValue, outType->getShape()));
  return success();
}

} // namespace

void mlir::qnt::onnx_import::registerReduceOps(
    llvm::StringMap<Emitter> &table) {
  table["ReduceMean"] = [](Importer &imp) {
    return emitReduce(imp, Reduction::Mean);
  };
  table["ReduceSum"] = [](Importer &imp) {
    return emitReduce(imp, Reduction::Sum);
  };
  table["ReduceMax"] = [](Importer &imp) {
    return emitReduce(imp, Reduction::Max);
  };
}
