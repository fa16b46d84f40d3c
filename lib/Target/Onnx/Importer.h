//===- Importer.h - ONNX graph → MLIR, shared by the op emitters -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The Importer walks an (already checked and shape-inferred) ONNX graph in
// order and calls one emitter per node. Emitters read their inputs and
// attributes through it, build linalg / tensor / arith / qnt ops with its
// helpers, and bind their outputs. Every error names the node and its op
// type.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_TARGET_ONNX_IMPORTER_H
#define QNT_LIB_TARGET_ONNX_IMPORTER_H

#include "qnt/Target/Onnx/OnnxImport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/StringMap.h"

#include "onnx/onnx_pb.h"

#include <functional>
#include <map>

namespace mlir::qnt::onnx_import {

/// A tensor of the graph: its value and whether its 8/16-bit integers are
/// unsigned (ONNX uint8/uint16 live in signless MLIR integers).
struct Tensor {
  Value value;
  bool isUnsigned = false;

  RankedTensorType getType() const {
    return cast<RankedTensorType>(value.getType());
  }
  Type getElementType() const { return getType().getElementType(); }
  ArrayRef<int64_t> getShape() const { return getType().getShape(); }
  int64_t getRank() const { return getType().getRank(); }
};

/// A QuantizeLinear whose scale and zero point are constants: its float
/// input and grid, so that a DequantizeLinear of the same grid becomes one
/// qnt.fake_quant.
struct QuantizedValue {
  Value floatInput;
  Type quantType;
  int64_t axis;
};

class Importer;
using Emitter = std::function<LogicalResult(Importer &)>;

/// Op type → emitter, filled by the emitter files.
void registerElementwiseOps(llvm::StringMap<Emitter> &table);
void registerConvPoolOps(llvm::StringMap<Emitter> &table);
void registerLinearOps(llvm::StringMap<Emitter> &table);
void registerShapeOps(llvm::StringMap<Emitter> &table);
void registerQuantOps(llvm::StringMap<Emitter> &table);
void registerReduceOps(llvm::StringMap<Emitter> &table);

/// Parses `bytes`, runs ONNX's checker and shape inference (with data
/// propagation) after binding `bound` inputs to constants. Compiled with
/// exceptions: ONNX reports through them.
bool loadModel(const std::string &bytes,
               ArrayRef<std::pair<std::string, const onnx::TensorProto *>> bound,
               onnx::ModelProto &model, std::string &error);

class Importer {
public:
  Importer(MLIRContext *context, const onnx::ModelProto &model,
           StringRef fileName, const OnnxImportOptions &options);

  OwningOpRef<ModuleOp> run();

  //===--------------------------------------------------------------------===//
  // For emitters: the current node.
  //===--------------------------------------------------------------------===//

  OpBuilder b;
  Location loc;
  const onnx::NodeProto *node = nullptr;
  /// The default domain's opset version.
  int64_t opset = 1;
  /// QuantizeLinear outputs with constant grids.
  DenseMap<Value, QuantizedValue> quantized;
  /// Set by a builder that met operands it cannot take (after emitting the
  /// error); the node then fails although its emitter finished.
  bool nodeFailed = false;

  /// An error at the current node: "'Conv' node 'conv1': ...".
  InFlightDiagnostic error();

  unsigned getNumInputs() const { return node->input_size(); }
  /// Whether optional input `i` is given.
  bool hasInput(unsigned i) const;
  /// Input `i` (an error if it is missing).
  FailureOr<Tensor> input(unsigned i);
  /// Optional input `i`: nullopt when not given. A given input that is not
  /// defined fails the node (after the error).
  std::optional<Tensor> optionalInput(unsigned i);
  /// Input `i` when it is a compile-time constant.
  std::optional<DenseElementsAttr> constantInput(unsigned i);
  /// A constant input read as integers / doubles (an error naming `what`
  /// when it is not a constant).
  FailureOr<SmallVector<int64_t>> constantInts(unsigned i, StringRef what);
  FailureOr<SmallVector<double>> constantDoubles(unsigned i, StringRef what);

  unsigned getNumOutputs() const { return node->output_size(); }
  bool hasOutput(unsigned i) const;
  /// The inferred type of output `i` (an error when unknown or dynamic).
  FailureOr<RankedTensorType> outputType(unsigned i);
  void setOutput(unsigned i, Value value, bool isUnsigned = false);

  // Attributes.
  const onnx::AttributeProto *attr(StringRef name) const;
  int64_t attrInt(StringRef name, int64_t fallback) const;
  double attrFloat(StringRef name, double fallback) const;
  std::string attrString(StringRef name, StringRef fallback) const;
  SmallVector<int64_t> attrInts(StringRef name,
                                ArrayRef<int64_t> fallback = {}) const;

  //===--------------------------------------------------------------------===//
  // Builders.
  //===--------------------------------------------------------------------===//

  /// The MLIR element type of an ONNX data type, and its signedness.
  FailureOr<std::pair<Type, bool>> elementType(int32_t onnxType);
  /// An ONNX TensorProto as an elements attribute (dense_resource when
  /// large).
  FailureOr<ElementsAttr> tensorAttr(const onnx::TensorProto &tensor,
                                     StringRef name, bool &isUnsigned);

  Value constant(ElementsAttr value);
  Value scalar(Type type, double value);
  Value empty(ArrayRef<int64_t> shape, Type element);
  Value fill(ArrayRef<int64_t> shape, Type element, double value);
  /// An all-parallel generic over `shape` reading `inputs` with ONNX's
  /// multidirectional (numpy) broadcasting.
  Value elementwise(ValueRange inputs, ArrayRef<int64_t> shape, Type element,
                    function_ref<Value(OpBuilder &, Location, ValueRange)> body);
  /// `value` padded with `padValue` (low/high per dimension).
  Value pad(Value value, ArrayRef<int64_t> low, ArrayRef<int64_t> high,
            double padValue);
  /// `value` reshaped (row-major) by collapse_shape / expand_shape.
  Value reshape(Value value, ArrayRef<int64_t> shape);
  /// A 1-D tensor of `axis`-wise parameters reshaped to broadcast against
  /// a tensor of rank `rank` along `axis` (scalars are left alone).
  Value alongAxis(Value value, int64_t axis, int64_t rank);

  /// Integers widened to i32 (extsi / extui by signedness) minus a zero
  /// point tensor broadcast against them (none: no subtraction).
  Value centered(const Tensor &x, std::optional<Tensor> zeroPoint,
                 std::optional<int64_t> zeroPointAxis);
  /// A scalar of `value` converted to f32 in a body (by signedness).
  static Value toF32(OpBuilder &b, Location loc, Value value, bool isUnsigned);

private:
  LogicalResult importGraph(ModuleOp module);
  LogicalResult declareValueTypes();
  FailureOr<RankedTensorType> typeOf(const onnx::TypeProto &type,
                                     StringRef what, bool &isUnsigned);

  MLIRContext *context;
  const onnx::ModelProto &model;
  std::string fileName;
  const OnnxImportOptions &options;
  llvm::StringMap<Emitter> emitters;
  llvm::StringMap<Tensor> values;
  std::map<std::string, const onnx::TypeProto *> valueTypes;
  llvm::StringMap<DenseElementsAttr> constants;
  unsigned resourceCount = 0;
};

/// The spatial parameters of Conv and the pools, for two dimensions.
struct Window {
  SmallVector<int64_t> kernel, strides, dilations, padLow, padHigh;
};
/// Kernel, strides, dilations and padding (auto_pad resolved) of a window
/// op over `input` (NCHW; a 1-D op's input lifted to N×C×1×L, whose
/// attributes have `spatialRank` = 1 entry per dimension).
FailureOr<Window> readWindow(Importer &imp, ArrayRef<int64_t> inputShape,
                             ArrayRef<int64_t> kernel, unsigned spatialRank);

/// ONNX's requantization of an i32 accumulator (QLinearConv,
/// QLinearMatMul): saturate(round_half_even(acc · (s_a·s_b / s_y)) + z_y) in
/// f32, as the reference and onnxruntime compute it. `bScale` may be 1-D
/// along `bAxis` of the output (per channel).
FailureOr<Value> requantizeFloat(Importer &imp, Value acc, const Tensor &aScale,
                                 const Tensor &bScale, int64_t bAxis,
                                 const Tensor &yScale, const Tensor &yZeroPoint,
                                 RankedTensorType outType);

} // namespace mlir::qnt::onnx_import

#endif // QNT_LIB_TARGET_ONNX_IMPORTER_H
