//===- qnt-fuzz.cpp - libFuzzer harness: parse, verify, run qnt passes ---===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Treats the input bytes as MLIR source. What parses and verifies is run
// through each qnt pass (qnt-lower-to-loops for four targets) and
// qnt-lower-pipeline on a fresh copy; diagnostics are swallowed. A crash,
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

/// qnt-lower-to-loops for `target`.
std::unique_ptr<Pass> lowerToLoops(const char *target) {
  qnt::QntLowerToLoopsPassOptions options;
  options.target = target;
  return qnt::createQntLowerToLoopsPass(options);
}

/// Every qnt pass, each run alone on its own copy of the module, and the
/// lowering pipeline (to the LLVM dialect) for two targets.
const std::vector<std::function<void(OpPassManager &)>> &passFactories() {
  using Builder = std::function<void(OpPassManager &)>;
  auto pass = [](std::function<std::unique_ptr<Pass>()> make) -> Builder {
    return [make](OpPassManager &pm) { pm.addPass(make()); };
  };
  static const std::vector<Builder> factories = {
      pass([] { return qnt::createQntFoldBatchNormPass(); }),
      pass([] { return qnt::createQntInsertFakeQuantPass(); }),
      pass([] { return qnt::createQntTernarizePass(); }),
      pass([] { return qnt::createQntBinarizePass(); }),
      pass([] { return qnt::createQntAssignBitwidthsPass(); }),
      // No data: remarks only.
      pass([] { return qnt::createQntCalibratePass(); }),
      pass([] { return qnt::createQntAccumulatorWidthPass(); }),
      pass([] { return qnt::createQntRealizePass(); }),
      pass([] { return qnt::createQntLowerToArithPass(); }),
      pass([] { return lowerToLoops("generic"); }),
      pass([] { return lowerToLoops("x86-avx2"); }),
      pass([] { return lowerToLoops("x86-avx512-vnni"); }),
      pass([] { return lowerToLoops("aarch64-i8mm"); }),
      pass([] { return qnt::createQntVectorizeElementwisePass(); }),
      pass([] { return qnt::createQntLowerVectorDotPass(); }),
      [](OpPassManager &pm) { qnt::buildQntLowerPipeline(pm, "generic"); },
      [](OpPassManager &pm) {
        qnt::buildQntLowerPipeline(pm, "x86-avx512-vnni");
      },
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
    factory(pm);
    (void)pm.run(*copy);
  }
  return 0;
}
