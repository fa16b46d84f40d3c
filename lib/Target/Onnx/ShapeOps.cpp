//===- ShapeOps.cpp - ONNX Reshape, Flatten, Transpose, Concat, Constant -===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Reshapes (Reshape, Flatten, Squeeze, Unsqueeze) become
// tensor.collapse_shape / expand_shape to the shape ONNX infers; Reshape
// and the opset-13 Squeeze / Unsqueeze need their shape or axes input to be
// a constant. Transpose is linalg.transpose, Concat tensor.concat.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

namespace {

/// Any reshape to the inferred output shape.
LogicalResult emitReshapeLike(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(outType))
    return failure();
  if (x->getType().getNumElements() != outType->getNumElements())
    return imp.error() << "cannot reshape " << x->getType() << " to "
                       << *outType;
  imp.setOutput(0, imp.reshape(x->value, outType->getShape()), x->isUnsigned);
  return success();
}

LogicalResult emitReshape(Importer &imp) {
  // The inferred shape is only static when the shape input is known.
  if (!imp.constantInput(1))
    return imp.error() << "the shape (input #1) must be a constant (an "
                          "initializer, a Constant, or an input bound with "
                          "--onnx-bind-input)";
  return emitReshapeLike(imp);
}

LogicalResult emitAxesReshape(Importer &imp) {
  if (imp.opset >= 13 && imp.getNumInputs() > 1 && !imp.constantInput(1))
    return imp.error() << "the axes (input #1) must be a constant";
  return emitReshapeLike(imp);
}

LogicalResult emitIdentity(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0);
  if (failed(x))
    return failure();
  imp.setOutput(0, x->value, x->isUnsigned);
  return success();
}

LogicalResult emitTranspose(Importer &imp) {
  FailureOr<Tensor> x = imp.input(0);
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(x) || failed(outType))
    return failure();
  int64_t rank = x->getRank();
  SmallVector<int64_t> reversed;
  for (int64_t d = rank - 1; d >= 0; --d)
    reversed.push_back(d);
  SmallVector<int64_t> perm = imp.attrInts("perm", reversed);
  SmallVector<int64_t> sorted(perm);
  llvm::sort(sorted);
  for (int64_t d = 0; d < rank; ++d)
    if (int64_t(sorted.size()) != rank || sorted[d] != d)
      return imp.error() << "perm is not a permutation of " << rank
                         << " dimensions";
  Value init = imp.empty(outType->getShape(), outType->getElementType());
  imp.setOutput(0,
                linalg::TransposeOp::create(imp.b, imp.loc, x->value, init, perm)
                    ->getResult(0),
                x->isUnsigned);
  return success();
}

LogicalResult emitConcat(Importer &imp) {
  FailureOr<RankedTensorType> outType = imp.outputType(0);
  if (failed(outType))
    return failure();
  SmallVector<Value> inputs;
  bool isUnsigned = false;
  for (unsigned i = 0; i < imp.getNumInputs(); ++i) {
    FailureOr<Tensor> t = imp.input(i);
    if (failed(t))
      return failure();
    if (t->getType().getNumElements() == 0)
      continue; // empty inputs add nothing
    inputs.push_back(t->value);
    isUnsigned = t->isUnsigned;
  }
  int64_t rank = outType->getRank();
  int64_t axis = imp.attrInt("axis", 0);
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis >= rank)
    return imp.error() << "axis out of range";
  if (inputs.empty())
    return imp.error() << "every input is empty";
  Value y = inputs.size() == 1
                ? inputs.front()
                : tensor::ConcatOp::create(imp.b, imp.loc, *outType, axis,
                                           inputs)
                      .getResult();
  imp.setOutput(0, y, isUnsigned);
  return success();
}

LogicalResult emitConstant(Importer &imp) {
  OpBuilder &b = imp.b;
  if (const onnx::AttributeProto *value = imp.attr("value")) {
    bool isUnsigned;
    FailureOr<ElementsAttr> attr =
        imp.tensorAttr(value->t(), imp.node->output(0), isUnsigned);
    if (failed(attr))
      return failure();
    imp.setOutput(0, imp.constant(*attr), isUnsigned);
    return success();
  }
  if (const onnx::AttributeProto *a = imp.attr("value_float")) {
    imp.setOutput(0, imp.constant(DenseElementsAttr::get(
                         RankedTensorType::get({}, b.getF32Type()), a->f())));
    return success();
  }
  if (const onnx::AttributeProto *a = imp.attr("value_floats")) {
    SmallVector<float> v(a->floats().begin(), a->floats().end());
    imp.setOutput(0, imp.constant(DenseElementsAttr::get(
                         RankedTensorType::get({int64_t(v.size())},
                                               b.getF32Type()),
                         ArrayRef<float>(v))));
    return success();
  }
  if (const onnx::AttributeProto *a = imp.attr("value_int")) {
    imp.setOutput(0, imp.constant(DenseElementsAttr::get(
                         RankedTensorType::get({}, b.getI64Type()),
                         int64_t(a->i()))));
    return success();
  }
  if (const onnx::AttributeProto *a = imp.attr("value_ints")) {
    SmallVector<int64_t> v(a->ints().begin(), a->ints().end());
    imp.setOutput(0, imp.constant(DenseElementsAttr::get(
                         RankedTensorType::get({int64_t(v.size())},
                                               b.getI64Type()),
                         ArrayRef<int64_t>(v))));
    return success();
  }
  return imp.error() << "only tensor, float(s) and int(s) values are "
                        "supported";
}

} // namespace

void mlir::qnt::onnx_import::registerShapeOps(
    llvm::StringMap<Emitter> &table) {
  table["Reshape"] = emitReshape;
  table["Flatten"] = emitReshapeLike;
  table["Squeeze"] = emitAxesReshape;
  table["Unsqueeze"] = emitAxesReshape;
  table["Identity"] = emitIdentity;
  table["Transpose"] = emitTranspose;
  table["Concat"] = emitConcat;
  table["Constant"] = emitConstant;
}
