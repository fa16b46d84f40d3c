//===- qnt-fuzz.cpp - libFuzzer harness: parse, verify, run qnt passes ---===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Treats the input bytes as MLIR source. What parses and verifies is run
// through each qnt pass on a fresh copy; diagnostics are swallowed. A crash,
// sanitizer report or hang is a bug: bad input must only ever produce
// diagnostics.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/Passes.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

using namespace mlir;

namespace {

MLIRContext &getContext() {
  static MLIRContext *context = [] {
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    registry.insert<qnt::QntDialect>();
    auto *ctx = new MLIRContext(registry);
    ctx->loadAllAvailableDialects();
    ctx->allowUnregisteredDialects(false);
    // Errors are the expected outcome for most inputs: swallow them.
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

/// Every qnt pass, each run alone on its own copy of the module.
const std::vector<std::function<std::unique_ptr<Pass>()>> &passFactories() {
  static const std::vector<std::function<std::unique_ptr<Pass>()>> factories = {
      [] { return qnt::createQntFoldBatchNormPass(); },
      [] { return qnt::createQntInsertFakeQuantPass(); },
      [] { return qnt::createQntTernarizePass(); },
      [] { return qnt::createQntBinarizePass(); },
      [] { return qnt::createQntAssignBitwidthsPass(); },
      [] { return qnt::createQntCalibratePass(); }, // no data: remarks only
      [] { return qnt::createQntRealizePass(); },
      [] { return qnt::createQntLowerToArithPass(); },
  };
  return factories;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext &context = getContext();
  llvm::StringRef source(reinterpret_cast<const char *>(data), size);
  ParserConfig config(&context, /*verifyAfterParse=*/true);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, config);
  if (!module || failed(verify(*module)))
    return 0;
  for (const auto &factory : passFactories()) {
    OwningOpRef<ModuleOp> copy = module->clone();
    PassManager pm(&context);
    pm.enableVerifier(true);
    pm.addPass(factory());
    (void)pm.run(*copy);
  }
  return 0;
}
