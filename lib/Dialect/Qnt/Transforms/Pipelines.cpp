//===- Pipelines.cpp - named qnt pipelines -------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct PtqPipelineOptions : public PassPipelineOptions<PtqPipelineOptions> {
  Option<unsigned> bits{*this, "bits",
                        llvm::cl::desc("Weight and activation width (2..16)"),
                        llvm::cl::init(8)};
  ListOption<std::string> calibration{
      *this, "calibration",
      llvm::cl::desc("Calibration inputs (.npy, one per function argument)")};
  Option<CalibrationMethod> method{
      *this, "method", llvm::cl::desc("Calibration method"),
      llvm::cl::init(CalibrationMethod::minmax),
      llvm::cl::values(
          clEnumValN(CalibrationMethod::minmax, "minmax", "observed range"),
          clEnumValN(CalibrationMethod::percentile, "percentile",
                     "percentiles (see percentile)"),
          clEnumValN(CalibrationMethod::mse, "mse", "minimum expected MSE"),
          clEnumValN(CalibrationMethod::entropy, "entropy",
                     "minimum KL divergence"))};
  Option<double> percentile{*this, "percentile",
                            llvm::cl::desc("Percentile for method=percentile"),
                            llvm::cl::init(99.99)};
  Option<bool> perChannel{*this, "per-channel",
                          llvm::cl::desc("Per-output-channel weight scales"),
                          llvm::cl::init(true)};
  Option<std::string> entry{*this, "entry",
                            llvm::cl::desc("The function to quantize"),
                            llvm::cl::init("")};
  Option<std::string> report{
      *this, "report",
      llvm::cl::desc("Write per-layer SQNR (fake-quant vs float, on the "
                     "calibration inputs) to this JSON file"),
      llvm::cl::init("")};
};

void buildPtqPipeline(OpPassManager &pm, const PtqPipelineOptions &options) {
  pm.addPass(createQntFoldBatchNormPass());
  QntCalibratePassOptions calibrate;
  calibrate.calibration.assign(options.calibration.begin(),
                               options.calibration.end());
  calibrate.entry = options.entry;
  calibrate.method = options.method;
  calibrate.percentile = options.percentile;
  calibrate.activationBits = options.bits;
  pm.addPass(createQntCalibratePass(calibrate));
  QntInsertFakeQuantPassOptions insert;
  insert.weightBits = options.bits;
  insert.activationBits = options.bits;
  insert.perChannel = options.perChannel;
  pm.addPass(createQntInsertFakeQuantPass(insert));
  if (!options.report.empty()) {
    QntQuantizationReportPassOptions report;
    report.calibration = calibrate.calibration;
    report.entry = options.entry;
    report.report = options.report;
    pm.addPass(createQntQuantizationReportPass(report));
  }
  pm.addPass(createQntRealizePass());
}

} // namespace

void mlir::qnt::registerQntPipelines() {
  PassPipelineRegistration<PtqPipelineOptions>(
      "qnt-ptq-pipeline",
      "Post-training quantization to integer-only inference: "
      "qnt-fold-batchnorm, qnt-calibrate, qnt-insert-fake-quant, "
      "[qnt-quantization-report,] qnt-realize",
      buildPtqPipeline);
}
