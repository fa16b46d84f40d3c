//===- qnt-onnx-fuzz.cpp - libFuzzer harness for the ONNX importer -------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Treats the input bytes as a serialized ONNX ModelProto and imports it
// (protobuf parse, ONNX's checker and shape inference, the emitters, the
// final verification). Diagnostics are swallowed; a crash, sanitizer report
// or hang is a bug: a malformed model must only ever produce diagnostics.
// Seeded with the ONNX backend test models (fuzz/run.sh onnx).
//
//===----------------------------------------------------------------------===//

#include "qnt/Target/Onnx/OnnxImport.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include <cstddef>
#include <cstdint>

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static MLIRContext *context = [] {
    auto *ctx = new MLIRContext(MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  qnt::OnnxImportOptions options;
  OwningOpRef<ModuleOp> module = qnt::importOnnxModel(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.onnx",
      context, options);
  if (module && failed(verify(*module)))
    __builtin_trap(); // the importer must return verified IR or nothing
  return 0;
}
