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

/// MLIR's parser recurses once per nested bracket: deeply nested literals
/// overflow the stack inside libMLIR (an upstream limit, not a qnt bug).
/// Such inputs are skipped so the fuzzer spends its time on the passes.
bool nestsTooDeep(llvm::StringRef source, int limit = 200) {
  int depth = 0;
  for (char c : source) {
    if (c == '[' || c == '(' || c == '{' || c == '<')
      depth = depth + 1;
    else if ((c == ']' || c == ')' || c == '}' || c == '>') && depth > 0)
      depth = depth - 1;
    if (depth > limit)
      return true;
  }
  return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext &context = getContext();
  llvm::StringRef source(reinterpret_cast<const char *>(data), size);
  if (nestsTooDeep(source))
    return 0;
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
