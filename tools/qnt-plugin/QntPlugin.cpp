//===- QntPlugin.cpp - qnt as an mlir-opt dialect and pass plugin --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Lets a stock `mlir-opt` parse qnt IR and run every qnt pass:
//
//   mlir-opt --load-dialect-plugin=QntPlugin.so \
//            --load-pass-plugin=QntPlugin.so in.mlir -qnt-fold-batchnorm
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/Passes.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"

namespace {
void registerQntPasses() {
  mlir::qnt::registerQntConversionPasses();
  mlir::qnt::registerQntPasses();
  mlir::qnt::registerQntPipelines();
  mlir::qnt::registerQntLowerPipeline();
}
} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK ::mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "QntDialect", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            registry->insert<mlir::qnt::QntDialect>();
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK ::mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "QntPasses", LLVM_VERSION_STRING,
          registerQntPasses};
}
