//===- QuantizationReport.cpp - the qnt-quantization-report pass ---------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"
#include "qnt/Execution/CalibrationData.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cmath>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTQUANTIZATIONREPORTPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// The width of the quantizer in front of an operand ("" when float).
std::string widthOf(Value value) {
  auto fq = value.getDefiningOp<FakeQuantOp>();
  while (!fq && value.getDefiningOp() &&
         value.getDefiningOp()->getNumOperands() >= 1 &&
         isa<tensor::PadOp, ObserveOp>(value.getDefiningOp())) {
    value = value.getDefiningOp()->getOperand(0);
    fq = value.getDefiningOp<FakeQuantOp>();
  }
  if (!fq)
    return "float";
  Type type = fq.getQuantType();
  if (auto q = dyn_cast<quant::QuantizedType>(type))
    return std::to_string(q.getStorageTypeIntegralWidth());
  if (isa<TernaryType>(type))
    return "ternary";
  if (isa<BinaryType>(type))
    return "binary";
  return "threshold";
}

double sqnr(ArrayRef<float> reference, ArrayRef<float> approx) {
  double db = sqnrDb(reference, approx);
  return std::isinf(db) ? 999.0 : db; // JSON has no infinity
}

struct QntQuantizationReportPass
    : qnt::impl::QntQuantizationReportPassBase<QntQuantizationReportPass> {
  using QntQuantizationReportPassBase::QntQuantizationReportPassBase;

  void runOnOperation() override {
    std::string error;
    if (failed(run(error))) {
      emitError(getOperation().getLoc())
          << "qnt-quantization-report: " << error;
      signalPassFailure();
    }
  }

  /// Runs a clone (with or without its quantizers) returning the layers'
  /// outputs after the function's results; concatenated over the samples.
  FailureOr<SmallVector<std::vector<float>>>
  runClone(FunctionOpInterface function, ArrayRef<Layer> layers,
           bool stripQuantizers, ArrayRef<SmallVector<HostTensor>> samples,
           std::string &error) {
    auto edit = [&](IRMapping &mapping) {
      auto cloned =
          cast<FunctionOpInterface>(mapping.lookup(function.getOperation()));
      SmallVector<Value> outputs;
      for (const Layer &layer : layers)
        outputs.push_back(mapping.lookup(layer.op->getResult(0)));
      appendResults(cloned, outputs);
      if (!stripQuantizers)
        return;
      SmallVector<FakeQuantOp> quantizers;
      cloned->walk([&](FakeQuantOp op) { quantizers.push_back(op); });
      for (FakeQuantOp op : quantizers) {
        op.getResult().replaceAllUsesWith(op.getInput());
        op->erase();
      }
    };
    return runEditedClone(getOperation(), function.getName(), edit, samples,
                          error);
  }

  LogicalResult run(std::string &error) {
    if (report.empty()) {
      error = "report=<file.json> is required";
      return failure();
    }
    if (calibration.empty()) {
      error = "calibration=<input.npy,...> is required";
      return failure();
    }
    FailureOr<FunctionOpInterface> function =
        findEntryFunction(getOperation(), entry, error);
    if (failed(function))
      return failure();
    SmallVector<Layer> layers = collectLayers(*function);
    FailureOr<SmallVector<SmallVector<HostTensor>>> samples =
        readCalibrationSamples(*function, calibration, error);
    if (failed(samples))
      return failure();
    FailureOr<SmallVector<std::vector<float>>> quantized =
        runClone(*function, layers, false, *samples, error);
    if (failed(quantized))
      return failure();
    FailureOr<SmallVector<std::vector<float>>> reference =
        runClone(*function, layers, true, *samples, error);
    if (failed(reference))
      return failure();

    unsigned numResults = function->getNumResults();
    llvm::json::Array outputs, rows;
    for (unsigned i = 0; i < numResults; ++i)
      outputs.push_back(llvm::json::Object{
          {"result", i}, {"sqnr_db", sqnr((*reference)[i], (*quantized)[i])}});
    for (auto [index, layer] : llvm::enumerate(layers)) {
      std::string location;
      llvm::raw_string_ostream os(location);
      layer.op->getLoc().print(os);
      unsigned r = numResults + index;
      rows.push_back(llvm::json::Object{
          {"name", layer.name},
          {"op", layer.op->getName().getStringRef()},
          {"location", location},
          {"weight_bits", widthOf(layer.weight->get())},
          {"activation_bits", widthOf(layer.data->get())},
          {"sqnr_db", sqnr((*reference)[r], (*quantized)[r])}});
    }
    llvm::json::Object root{{"entry", function->getName()},
                            {"samples", int64_t(samples->size())},
                            {"outputs", std::move(outputs)},
                            {"layers", std::move(rows)}};
    std::error_code ec;
    llvm::raw_fd_ostream out(report, ec, llvm::sys::fs::OF_Text);
    if (ec) {
      error = "cannot write '" + report + "': " + ec.message();
      return failure();
    }
    out << llvm::formatv("{0:2}", llvm::json::Value(std::move(root))) << "\n";
    markAllAnalysesPreserved();
    return success();
  }
};

} // namespace
