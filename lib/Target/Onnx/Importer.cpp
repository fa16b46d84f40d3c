//===- Importer.cpp - ONNX graph → func.func on linalg tensors -----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Support/Npy.h"
#include "qnt/Support/OnnxTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ManagedStatic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;
using namespace mlir::qnt::onnx_import;

//===----------------------------------------------------------------------===//
// Setup
//===----------------------------------------------------------------------===//

Importer::Importer(MLIRContext *context, const onnx::ModelProto &model,
                   StringRef fileName, const OnnxImportOptions &options)
    : b(context), loc(FileLineColLoc::get(context, fileName, 0, 0)),
      context(context), model(model), fileName(fileName.str()),
      options(options) {
  registerElementwiseOps(emitters);
  registerConvPoolOps(emitters);
  registerLinearOps(emitters);
  registerShapeOps(emitters);
  registerQuantOps(emitters);
  registerReduceOps(emitters);
  for (const onnx::OperatorSetIdProto &set : model.opset_import())
    if (set.domain().empty() || set.domain() == "ai.onnx")
      opset = set.version();
}

InFlightDiagnostic Importer::error() {
  if (!node)
    return emitError(loc) << "ONNX import: ";
  if (node->name().empty())
    return emitError(loc) << "'" << node->op_type() << "' node (output '"
                          << (node->output_size() ? node->output(0) : "")
                          << "'): ";
  return emitError(loc) << "'" << node->op_type() << "' node '"
                        << node->name() << "': ";
}

FailureOr<std::pair<Type, bool>> Importer::elementType(int32_t onnxType) {
  switch (onnxType) {
  case onnx::TensorProto::FLOAT:
    return std::make_pair(Type(b.getF32Type()), false);
  case onnx::TensorProto::DOUBLE:
    return std::make_pair(Type(b.getF64Type()), false);
  case onnx::TensorProto::FLOAT16:
    return std::make_pair(Type(b.getF16Type()), false);
  case onnx::TensorProto::INT8:
    return std::make_pair(Type(b.getI8Type()), false);
  case onnx::TensorProto::UINT8:
    return std::make_pair(Type(b.getI8Type()), true);
  case onnx::TensorProto::INT16:
    return std::make_pair(Type(b.getI16Type()), false);
  case onnx::TensorProto::INT32:
    return std::make_pair(Type(b.getI32Type()), false);
  case onnx::TensorProto::INT64:
    return std::make_pair(Type(b.getI64Type()), false);
  case onnx::TensorProto::BOOL:
    return std::make_pair(Type(b.getI1Type()), false);
  default:
    return failure();
  }
}

FailureOr<RankedTensorType> Importer::typeOf(const onnx::TypeProto &type,
                                             StringRef what,
                                             bool &isUnsigned) {
  if (!type.has_tensor_type()) {
    error() << what << " is not a tensor (sequence, map and optional types "
                       "are not supported)";
    return failure();
  }
  const onnx::TypeProto_Tensor &tensor = type.tensor_type();
  FailureOr<std::pair<Type, bool>> element = elementType(tensor.elem_type());
  if (failed(element)) {
    error() << what << " has an unsupported element type ("
            << onnx::TensorProto::DataType_Name(
                   static_cast<onnx::TensorProto::DataType>(tensor.elem_type()))
            << ")";
    return failure();
  }
  isUnsigned = element->second;
  if (!tensor.has_shape()) {
    error() << what << " has an unknown rank; the importer needs static "
                       "shapes";
    return failure();
  }
  SmallVector<int64_t> shape;
  for (const onnx::TensorShapeProto_Dimension &dim : tensor.shape().dim()) {
    if (!dim.has_dim_value()) {
      error() << what << " has a dynamic dimension"
              << (dim.has_dim_param() ? " '" + dim.dim_param() + "'" : "")
              << "; the importer needs static shapes";
      return failure();
    }
    shape.push_back(dim.dim_value());
  }
  return RankedTensorType::get(shape, element->first);
}

FailureOr<ElementsAttr> Importer::tensorAttr(const onnx::TensorProto &tensor,
                                             StringRef name,
                                             bool &isUnsigned) {
  if (tensor.data_location() == onnx::TensorProto::EXTERNAL) {
    error() << "tensor '" << name
            << "' keeps its data in an external file, which is not supported";
    return failure();
  }
  FailureOr<std::pair<Type, bool>> element = elementType(tensor.data_type());
  if (failed(element)) {
    error() << "tensor '" << name << "' has an unsupported element type";
    return failure();
  }
  isUnsigned = element->second;
  SmallVector<int64_t> shape(tensor.dims().begin(), tensor.dims().end());
  auto type = RankedTensorType::get(shape, element->first);
  std::vector<char> bytes;
  if (element->first.isInteger(1)) {
    // BOOL: one byte per element in raw_data or int32_data.
    if (tensor.has_raw_data())
      for (char c : tensor.raw_data())
        bytes.push_back(c != 0);
    else
      for (int32_t v : tensor.int32_data())
        bytes.push_back(v != 0);
    SmallVector<bool> bools(bytes.begin(), bytes.end());
    if (int64_t(bools.size()) != type.getNumElements()) {
      error() << "tensor '" << name << "' has " << bools.size()
              << " values for shape of " << type.getNumElements();
      return failure();
    }
    return ElementsAttr(DenseElementsAttr::get(type, ArrayRef<bool>(bools)));
  }
  if (element->first.isF16() || element->first.isInteger(16)) {
    if (!tensor.has_raw_data()) {
      error() << "tensor '" << name << "': 16-bit data only as raw_data";
      return failure();
    }
    bytes.assign(tensor.raw_data().begin(), tensor.raw_data().end());
  } else {
    llvm::Expected<NpyArray> array = parseOnnxTensor(tensor.SerializeAsString());
    if (!array) {
      error() << "tensor '" << name
              << "': " << llvm::toString(array.takeError());
      return failure();
    }
    bytes = std::move(array->data);
  }
  unsigned width = element->first.getIntOrFloatBitWidth() / 8;
  if (int64_t(bytes.size()) != type.getNumElements() * width) {
    error() << "tensor '" << name << "' has " << bytes.size()
            << " bytes of data for " << type.getNumElements() << " elements";
    return failure();
  }
  if (type.getNumElements() > options.resourceThreshold) {
    std::string key = "onnx_" + std::to_string(resourceCount++);
    for (char c : name)
      key += llvm::isAlnum(c) ? c : '_';
    return ElementsAttr(DenseResourceElementsAttr::get(
        type, key,
        HeapAsmResourceBlob::allocateAndCopyInferAlign(ArrayRef<char>(bytes))));
  }
  return ElementsAttr(DenseElementsAttr::getFromRawBuffer(type, bytes));
}

//===----------------------------------------------------------------------===//
// Inputs, outputs, attributes
//===----------------------------------------------------------------------===//

bool Importer::hasInput(unsigned i) const {
  return int(i) < node->input_size() && !node->input(i).empty();
}

FailureOr<Tensor> Importer::input(unsigned i) {
  if (!hasInput(i)) {
    error() << "input #" << i << " is missing";
    return failure();
  }
  auto it = values.find(node->input(i));
  if (it == values.end()) {
    error() << "input '" << node->input(i) << "' is not defined before use";
    return failure();
  }
  return it->second;
}

std::optional<Tensor> Importer::optionalInput(unsigned i) {
  if (!hasInput(i))
    return std::nullopt;
  FailureOr<Tensor> t = input(i);
  if (failed(t)) {
    nodeFailed = true;
    return std::nullopt;
  }
  return *t;
}

std::optional<DenseElementsAttr> Importer::constantInput(unsigned i) {
  if (!hasInput(i))
    return std::nullopt;
  auto it = values.find(node->input(i));
  if (it == values.end())
    return std::nullopt;
  auto constant = it->second.value.getDefiningOp<arith::ConstantOp>();
  if (!constant)
    return std::nullopt;
  if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue()))
    return dense;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(constant.getValue()))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return DenseElementsAttr::getFromRawBuffer(resource.getType(),
                                                 blob->getData());
  return std::nullopt;
}

FailureOr<SmallVector<int64_t>> Importer::constantInts(unsigned i,
                                                       StringRef what) {
  std::optional<DenseElementsAttr> value = constantInput(i);
  if (!value || !isa<IntegerType>(value->getElementType())) {
    error() << what << " (input #" << i
            << ") must be a constant integer tensor (an initializer, a "
               "Constant, or an input bound with --onnx-bind-input)";
    return failure();
  }
  SmallVector<int64_t> result;
  for (const APInt &v : value->getValues<APInt>())
    result.push_back(v.getSExtValue());
  return result;
}

FailureOr<SmallVector<double>> Importer::constantDoubles(unsigned i,
                                                         StringRef what) {
  std::optional<DenseElementsAttr> value = constantInput(i);
  if (!value) {
    error() << what << " (input #" << i << ") must be a constant";
    return failure();
  }
  SmallVector<double> result;
  if (isa<FloatType>(value->getElementType())) {
    for (const APFloat &v : value->getValues<APFloat>())
      result.push_back(v.convertToDouble());
  } else {
    for (const APInt &v : value->getValues<APInt>())
      result.push_back(double(v.getSExtValue()));
  }
  return result;
}

bool Importer::hasOutput(unsigned i) const {
  return int(i) < node->output_size() && !node->output(i).empty();
}

FailureOr<RankedTensorType> Importer::outputType(unsigned i) {
  auto it = valueTypes.find(node->output(i));
  if (it == valueTypes.end()) {
    error() << "the shape of output '" << node->output(i)
            << "' is unknown (ONNX shape inference could not infer it)";
    return failure();
  }
  bool isUnsigned;
  return typeOf(*it->second, "output '" + node->output(i) + "'", isUnsigned);
}

void Importer::setOutput(unsigned i, Value value, bool isUnsigned) {
  values[node->output(i)] = Tensor{value, isUnsigned};
}

const onnx::AttributeProto *Importer::attr(StringRef name) const {
  for (const onnx::AttributeProto &a : node->attribute())
    if (a.name() == name)
      return &a;
  return nullptr;
}

int64_t Importer::attrInt(StringRef name, int64_t fallback) const {
  const onnx::AttributeProto *a = attr(name);
  return a ? a->i() : fallback;
}

double Importer::attrFloat(StringRef name, double fallback) const {
  const onnx::AttributeProto *a = attr(name);
  return a ? a->f() : fallback;
}

std::string Importer::attrString(StringRef name, StringRef fallback) const {
  const onnx::AttributeProto *a = attr(name);
  return a ? a->s() : fallback.str();
}

SmallVector<int64_t> Importer::attrInts(StringRef name,
                                        ArrayRef<int64_t> fallback) const {
  const onnx::AttributeProto *a = attr(name);
  if (!a)
    return SmallVector<int64_t>(fallback);
  return SmallVector<int64_t>(a->ints().begin(), a->ints().end());
}

//===----------------------------------------------------------------------===//
// Builders
//===----------------------------------------------------------------------===//

Value Importer::constant(ElementsAttr value) {
  return arith::ConstantOp::create(b, loc, cast<TypedAttr>(value));
}

Value Importer::scalar(Type type, double value) {
  if (isa<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
  // Saturated to int64 (a fill of -inf in an integer tensor is its minimum).
  double saturated =
      std::isnan(value)
          ? 0.0
          : std::clamp(value, -std::ldexp(1.0, 63),
                       std::nextafter(std::ldexp(1.0, 63), 0.0));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(saturated)));
}

Value Importer::empty(ArrayRef<int64_t> shape, Type element) {
  return tensor::EmptyOp::create(b, loc, shape, element);
}

Value Importer::fill(ArrayRef<int64_t> shape, Type element, double value) {
  return linalg::FillOp::create(b, loc, scalar(element, value),
                                empty(shape, element))
      .getResult(0);
}

Value Importer::elementwise(
    ValueRange inputs, ArrayRef<int64_t> shape, Type element,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  int64_t rank = shape.size();
  // Numpy broadcasting: every input dimension is the result's or 1.
  for (Value input : inputs) {
    auto type = cast<RankedTensorType>(input.getType());
    bool fits = type.getRank() <= rank;
    for (int64_t d = 0; fits && d < type.getRank(); ++d) {
      int64_t size = type.getDimSize(d);
      fits = size == 1 || size == shape[rank - type.getRank() + d];
    }
    if (!fits) {
      error() << "an operand of type " << type << " does not broadcast to "
              << RankedTensorType::get(shape, element);
      nodeFailed = true;
      return empty(shape, element);
    }
  }
  SmallVector<AffineMap> maps;
  for (Value input : inputs) {
    auto type = cast<RankedTensorType>(input.getType());
    SmallVector<AffineExpr> exprs;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      int64_t outDim = rank - type.getRank() + d;
      exprs.push_back(type.getDimSize(d) == 1 && shape[outDim] != 1
                          ? b.getAffineConstantExpr(0)
                          : b.getAffineDimExpr(outDim));
    }
    maps.push_back(AffineMap::get(rank, 0, exprs, context));
  }
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, RankedTensorType::get(shape, element), inputs,
      empty(shape, element), maps, iterators,
      [&](OpBuilder &nb, Location l, ValueRange args) {
        linalg::YieldOp::create(nb, l, body(nb, l, args.drop_back()));
      });
  return generic.getResult(0);
}

Value Importer::pad(Value value, ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                    double padValue) {
  if (llvm::all_of(low, [](int64_t v) { return v == 0; }) &&
      llvm::all_of(high, [](int64_t v) { return v == 0; }))
    return value;
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (auto [size, l, h] : llvm::zip(type.getShape(), low, high))
    shape.push_back(size + l + h);
  SmallVector<OpFoldResult> lows, highs;
  for (auto [l, h] : llvm::zip(low, high)) {
    lows.push_back(b.getIndexAttr(l));
    highs.push_back(b.getIndexAttr(h));
  }
  return tensor::PadOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), value, lows,
      highs, scalar(type.getElementType(), padValue));
}

Value Importer::reshape(Value value, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() == shape)
    return value;
  auto target = RankedTensorType::get(shape, type.getElementType());
  if (auto groups = getReassociationIndicesForReshape(type, target)) {
    if (target.getRank() < type.getRank())
      return tensor::CollapseShapeOp::create(b, loc, target, value, *groups);
    return tensor::ExpandShapeOp::create(b, loc, target, value, *groups);
  }
  // Through rank 1 (row-major order is kept either way).
  auto flat = RankedTensorType::get({type.getNumElements()},
                                    type.getElementType());
  Value collapsed = value;
  if (type.getRank() != 1) {
    SmallVector<ReassociationIndices> all(1);
    for (int64_t d = 0; d < type.getRank(); ++d)
      all[0].push_back(d);
    collapsed = tensor::CollapseShapeOp::create(b, loc, flat, value, all);
  }
  if (target.getRank() == 1)
    return collapsed;
  SmallVector<ReassociationIndices> all(1);
  for (int64_t d = 0; d < target.getRank(); ++d)
    all[0].push_back(d);
  return tensor::ExpandShapeOp::create(b, loc, target, collapsed, all);
}

Value Importer::alongAxis(Value value, int64_t axis, int64_t rank) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getRank() != 1 || rank <= 1)
    return value;
  SmallVector<int64_t> shape(rank - axis, 1);
  shape[0] = type.getDimSize(0);
  return reshape(value, shape); // right-aligned broadcasting does the rest
}

Value Importer::toF32(OpBuilder &b, Location loc, Value value,
                      bool isUnsigned) {
  Type f32 = b.getF32Type();
  if (value.getType() == f32)
    return value;
  if (isa<FloatType>(value.getType()))
    return arith::ExtFOp::create(b, loc, f32, value);
  if (isUnsigned)
    return arith::UIToFPOp::create(b, loc, f32, value);
  return arith::SIToFPOp::create(b, loc, f32, value);
}

Value Importer::centered(const Tensor &x, std::optional<Tensor> zeroPoint,
                         std::optional<int64_t> zeroPointAxis) {
  IntegerType i32 = b.getI32Type();
  SmallVector<Value> inputs{x.value};
  bool zpUnsigned = false;
  if (zeroPoint) {
    Value zp = zeroPoint->value;
    if (zeroPointAxis)
      zp = alongAxis(zp, *zeroPointAxis, x.getRank());
    inputs.push_back(zp);
    zpUnsigned = zeroPoint->isUnsigned;
  }
  bool xUnsigned = x.isUnsigned;
  auto widen = [&](OpBuilder &nb, Location l, Value v, bool isUnsigned) {
    if (v.getType() == i32)
      return v;
    if (cast<IntegerType>(v.getType()).getWidth() > 32)
      return Value(arith::TruncIOp::create(nb, l, i32, v));
    if (isUnsigned)
      return Value(arith::ExtUIOp::create(nb, l, i32, v));
    return Value(arith::ExtSIOp::create(nb, l, i32, v));
  };
  return elementwise(inputs, x.getShape(), i32,
                     [&](OpBuilder &nb, Location l, ValueRange args) {
                       Value v = widen(nb, l, args[0], xUnsigned);
                       if (args.size() > 1)
                         v = arith::SubIOp::create(
                             nb, l, v, widen(nb, l, args[1], zpUnsigned));
                       return v;
                     });
}

//===----------------------------------------------------------------------===//
// The graph
//===----------------------------------------------------------------------===//

LogicalResult Importer::declareValueTypes() {
  const onnx::GraphProto &graph = model.graph();
  for (const onnx::ValueInfoProto &info : graph.value_info())
    valueTypes[info.name()] = &info.type();
  for (const onnx::ValueInfoProto &info : graph.output())
    valueTypes[info.name()] = &info.type();
  for (const onnx::ValueInfoProto &info : graph.input())
    valueTypes[info.name()] = &info.type();
  return success();
}

LogicalResult Importer::importGraph(ModuleOp module) {
  const onnx::GraphProto &graph = model.graph();
  (void)declareValueTypes();
  llvm::StringSet<> initializerNames;
  for (const onnx::TensorProto &init : graph.initializer())
    initializerNames.insert(init.name());

  // Arguments: the inputs that are not initializers.
  SmallVector<Type> argTypes;
  SmallVector<std::string> argNames;
  SmallVector<bool> argUnsigned;
  for (const onnx::ValueInfoProto &info : graph.input()) {
    if (initializerNames.contains(info.name()))
      continue;
    bool isUnsigned;
    FailureOr<RankedTensorType> type =
        typeOf(info.type(), "graph input '" + info.name() + "'", isUnsigned);
    if (failed(type))
      return failure();
    argTypes.push_back(*type);
    argNames.push_back(info.name());
    argUnsigned.push_back(isUnsigned);
  }
  SmallVector<Type> resultTypes;
  SmallVector<bool> resultUnsigned;
  for (const onnx::ValueInfoProto &info : graph.output()) {
    bool isUnsigned;
    FailureOr<RankedTensorType> type =
        typeOf(info.type(), "graph output '" + info.name() + "'", isUnsigned);
    if (failed(type))
      return failure();
    resultTypes.push_back(*type);
    resultUnsigned.push_back(isUnsigned);
  }

  b.setInsertionPointToEnd(module.getBody());
  auto function = func::FuncOp::create(
      b, loc, options.functionName, b.getFunctionType(argTypes, resultTypes));
  Block *entry = function.addEntryBlock();
  for (auto [i, name] : llvm::enumerate(argNames)) {
    values[name] = Tensor{entry->getArgument(i), argUnsigned[i]};
    function.setArgAttr(i, "onnx.name", b.getStringAttr(name));
    if (argUnsigned[i])
      function.setArgAttr(i, kUnsignedAttrName, b.getUnitAttr());
  }
  for (auto [i, isUnsigned] : llvm::enumerate(resultUnsigned))
    if (isUnsigned)
      function.setResultAttr(i, kUnsignedAttrName, b.getUnitAttr());
  b.setInsertionPointToStart(entry);

  for (const onnx::TensorProto &init : graph.initializer()) {
    loc = NameLoc::get(b.getStringAttr(init.name()),
                       FileLineColLoc::get(context, fileName, 0, 0));
    bool isUnsigned;
    FailureOr<ElementsAttr> value = tensorAttr(init, init.name(), isUnsigned);
    if (failed(value))
      return failure();
    values[init.name()] = Tensor{constant(*value), isUnsigned};
  }

  for (const onnx::NodeProto &n : graph.node()) {
    node = &n;
    if (n.output_size() == 0)
      return error() << "the node has no output";
    std::string name = n.name().empty() ? n.output(0) : n.name();
    loc = NameLoc::get(b.getStringAttr(name),
                       FileLineColLoc::get(context, fileName, 0, 0));
    if (!n.domain().empty() && n.domain() != "ai.onnx")
      return error() << "operators of domain '" << n.domain()
                     << "' are not supported";
    auto it = emitters.find(n.op_type());
    if (it == emitters.end())
      return error() << "unsupported operator (docs/OnnxImport.md lists "
                        "the supported ones)";
    // Before opset 7, `broadcast` aligns B's shape with A's suffix (numpy's
    // rule, which the emitters apply) or, with `axis`, at that axis.
    if (opset < 7 && attr("broadcast") && attr("axis"))
      return error() << "legacy broadcasting at an explicit axis (opsets "
                        "before 7) is not supported";
    nodeFailed = false;
    if (failed(it->second(*this)) || nodeFailed)
      return failure();
    for (unsigned i = 0; i < getNumOutputs(); ++i) {
      if (!hasOutput(i))
        continue;
      auto produced = values.find(n.output(i));
      if (produced == values.end())
        return error() << "output '" << n.output(i) << "' is not supported";
      FailureOr<RankedTensorType> expected = outputType(i);
      if (failed(expected))
        return failure();
      if (produced->second.getType() != *expected)
        return error() << "produced " << produced->second.getType()
                       << " where ONNX infers " << *expected;
    }
  }
  node = nullptr;

  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &info : graph.output()) {
    auto it = values.find(info.name());
    if (it == values.end())
      return emitError(loc) << "graph output '" << info.name()
                            << "' is not computed by the graph";
    results.push_back(it->second.value);
  }
  loc = FileLineColLoc::get(context, fileName, 0, 0);
  func::ReturnOp::create(b, loc, results);
  // What no output needs (the integer side of a QDQ pair, unused
  // initializers) is dropped.
  bool erased = true;
  while (erased) {
    erased = false;
    for (Operation &op : llvm::make_early_inc_range(llvm::reverse(*entry)))
      if (isOpTriviallyDead(&op)) {
        op.erase();
        erased = true;
      }
  }
  return success();
}

OwningOpRef<ModuleOp> Importer::run() {
  context->loadDialect<arith::ArithDialect, func::FuncDialect,
                       linalg::LinalgDialect, math::MathDialect,
                       quant::QuantDialect, tensor::TensorDialect,
                       QntDialect>();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  if (failed(importGraph(*module)))
    return nullptr;
  if (failed(verify(*module)))
    return nullptr;
  return module;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp>
mlir::qnt::importOnnxModel(StringRef bytes, StringRef fileName,
                           MLIRContext *context,
                           const OnnxImportOptions &options) {
  Location fileLoc = FileLineColLoc::get(context, fileName, 0, 0);
  // Bound inputs, read as TensorProtos (.pb) or converted from .npy.
  std::vector<onnx::TensorProto> boundTensors;
  boundTensors.reserve(options.boundInputs.size());
  for (const auto &[name, path] : options.boundInputs) {
    auto buffer = llvm::MemoryBuffer::getFile(path);
    if (!buffer) {
      emitError(fileLoc) << "--onnx-bind-input " << name << ": cannot read '"
                         << path << "': " << buffer.getError().message();
      return nullptr;
    }
    onnx::TensorProto tensor;
    if (StringRef(path).ends_with(".npy")) {
      llvm::Expected<NpyArray> array = parseNpy((*buffer)->getBuffer());
      if (!array) {
        emitError(fileLoc) << "--onnx-bind-input " << name << ": "
                           << llvm::toString(array.takeError());
        return nullptr;
      }
      static const int32_t onnxTypes[] = {
          onnx::TensorProto::FLOAT, onnx::TensorProto::DOUBLE,
          onnx::TensorProto::INT8,  onnx::TensorProto::UINT8,
          onnx::TensorProto::INT32, onnx::TensorProto::INT64};
      tensor.set_data_type(onnxTypes[static_cast<int>(array->type)]);
      for (int64_t d : array->shape)
        tensor.add_dims(d);
      tensor.set_raw_data(std::string(array->data.begin(), array->data.end()));
    } else if (!tensor.ParseFromString((*buffer)->getBuffer().str())) {
      emitError(fileLoc) << "--onnx-bind-input " << name << ": '" << path
                         << "' is not a TensorProto";
      return nullptr;
    }
    boundTensors.push_back(std::move(tensor));
  }
  SmallVector<std::pair<std::string, const onnx::TensorProto *>> bound;
  for (auto [binding, tensor] : llvm::zip(options.boundInputs, boundTensors))
    bound.push_back({binding.first, &tensor});

  onnx::ModelProto model;
  std::string error;
  if (!onnx_import::loadModel(bytes.str(), bound, model, error)) {
    emitError(fileLoc) << "'" << fileName << "': " << error;
    return nullptr;
  }
  return Importer(context, model, fileName, options).run();
}

namespace {
struct ImportOptions {
  llvm::cl::opt<std::string> functionName{
      "onnx-function",
      llvm::cl::desc("import-onnx: name of the imported function"),
      llvm::cl::init("main_graph")};
  llvm::cl::list<std::string> bindInputs{
      "onnx-bind-input",
      llvm::cl::desc("import-onnx: replace graph input NAME by the constant "
                     "in FILE (.pb TensorProto or .npy)"),
      llvm::cl::value_desc("NAME=FILE")};
};
llvm::ManagedStatic<ImportOptions> importOptions;
} // namespace

void mlir::qnt::registerOnnxImportTranslation() {
  *importOptions; // register the options with the command line
  static TranslateToMLIRRegistration registration(
      "import-onnx", "Import an ONNX model (.onnx) as linalg on tensors + qnt",
      [](llvm::SourceMgr &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        const llvm::MemoryBuffer *buffer =
            sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
        OnnxImportOptions options;
        options.functionName = importOptions->functionName;
        for (const std::string &binding : importOptions->bindInputs) {
          auto [name, file] = StringRef(binding).split('=');
          if (name.empty() || file.empty()) {
            emitError(UnknownLoc::get(context))
                << "--onnx-bind-input expects NAME=FILE, got '" << binding
                << "'";
            return nullptr;
          }
          options.boundInputs.push_back({name.str(), file.str()});
        }
        OwningOpRef<ModuleOp> module =
            importOnnxModel(buffer->getBuffer(),
                            buffer->getBufferIdentifier(), context, options);
        return OwningOpRef<Operation *>(module.release());
      },
      [](DialectRegistry &registry) {
        registry.insert<arith::ArithDialect, func::FuncDialect,
                        linalg::LinalgDialect, math::MathDialect,
                        quant::QuantDialect, tensor::TensorDialect,
                        QntDialect>();
      });
}
