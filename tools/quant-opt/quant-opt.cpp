//===- quant-opt.cpp - the quant-opt driver ------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// mlir-opt with the qnt dialect and passes: every upstream dialect, pass and
// extension a user of linalg / TOSA / quant inputs needs is registered too,
// so whole pipelines (down to LLVM) run in one tool.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/Passes.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::qnt::registerQntConversionPasses();
  mlir::qnt::registerQntPasses();
  mlir::qnt::registerQntPipelines();
  mlir::qnt::registerQntLowerPipeline();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  registry.insert<mlir::qnt::QntDialect>();

  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv,
                        "quant-opt: quantize neural networks and lower them to "
                        "integer code\n",
                        registry));
}
