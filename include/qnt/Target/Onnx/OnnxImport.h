//===- OnnxImport.h - ONNX models as linalg-on-tensors + qnt ----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Imports an ONNX ModelProto as an L1 module (docs/IRLevels.md): one
// func.func whose arguments are the graph inputs that are not initializers
// and whose results are the graph outputs, computed by linalg named ops and
// generics on tensors, qnt.batch_norm, and, for the QDQ format, qnt.fake_quant
// (a QuantizeLinear → DequantizeLinear pair) or quant.qcast / quant.dcast
// (a lone one). docs/OnnxImport.md lists the operators and their mapping.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_TARGET_ONNX_ONNXIMPORT_H
#define QNT_TARGET_ONNX_ONNXIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>
#include <utility>

namespace mlir::qnt {

struct OnnxImportOptions {
  /// The imported function's name.
  std::string functionName = "main_graph";
  /// Graph inputs to replace by constants before import (name, and a `.pb`
  /// TensorProto or `.npy` file): specializes a model on inputs it needs at
  /// compile time, such as a Reshape's shape.
  SmallVector<std::pair<std::string, std::string>> boundInputs;
  /// Initializers with more elements than this become `dense_resource`
  /// blobs (printed once, at the end of the module) instead of `dense`.
  int64_t resourceThreshold = 64;
};

/// Imports the serialized ModelProto `bytes` (read from `fileName`, used in
/// locations and messages). Errors are emitted as diagnostics on `context`
/// naming the node and its op type; the result is null then.
OwningOpRef<ModuleOp> importOnnxModel(llvm::StringRef bytes,
                                      llvm::StringRef fileName,
                                      MLIRContext *context,
                                      const OnnxImportOptions &options);

/// Registers the `import-onnx` translation (for quant-translate), with the
/// command-line options --onnx-function and --onnx-bind-input.
void registerOnnxImportTranslation();

} // namespace mlir::qnt

#endif // QNT_TARGET_ONNX_ONNXIMPORT_H
