//===- Calibrate.cpp - the qnt-calibrate pass ----------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Runs an instrumented clone of the entry function (JitFunction) twice over
// the calibration samples: first for each activation's min/max, then for
// its histogram; picks the clipping range (Utils/Calibration.h) and writes
// qnt.observe + qnt.fake_quant in front of the layers that read it.
//
//===----------------------------------------------------------------------===//

#include "Layers.h"
#include "Quantizers.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/Calibration.h"
#include "qnt/Execution/CalibrationData.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTCALIBRATEPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// One activation tensor and the layers that read it.
struct Activation {
  Value value;
  SmallVector<OpOperand *> readers;
  unsigned bits = 8;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  std::optional<Histogram> histogram;
  std::pair<double, double> range;
  /// Σ|x| and the count of values: mean |x| scales binary (sign)
  /// quantizers.
  double sumAbs = 0.0;
  int64_t count = 0;
};

struct QntCalibratePass : qnt::impl::QntCalibratePassBase<QntCalibratePass> {
  using QntCalibratePassBase::QntCalibratePassBase;

  void runOnOperation() override {
    std::string error;
    if (failed(run(error))) {
      if (!error.empty())
        emitError(getOperation().getLoc()) << "qnt-calibrate: " << error;
      signalPassFailure();
    }
  }

  LogicalResult checkOptions(std::string &error) {
    if (activationBits < 2 || activationBits > 16) {
      error = llvm::formatv("activation-bits must be in 2..16, got {0}",
                            activationBits.getValue());
      return failure();
    }
    if (!(percentile > 50.0 && percentile <= 100.0)) {
      error = llvm::formatv("percentile must be in (50, 100], got {0}",
                            percentile.getValue());
      return failure();
    }
    if (!(sparsity >= 0.0 && sparsity < 1.0)) {
      error = llvm::formatv("sparsity must be in [0, 1), got {0}",
                            sparsity.getValue());
      return failure();
    }
    if (sparsity > 0.0 && method == CalibrationMethod::entropy) {
      error = "sparsity needs a histogram of the values; method=entropy "
              "keeps one of magnitudes";
      return failure();
    }
    if (numBins < 1 || numBins > (1u << 24)) {
      error = llvm::formatv("num-bins must be in 1..16777216, got {0}",
                            numBins.getValue());
      return failure();
    }
    return success();
  }

  LogicalResult run(std::string &error) {
    if (failed(checkOptions(error)))
      return failure();
    FailureOr<FunctionOpInterface> function =
        findEntryFunction(getOperation(), entry, error);
    if (failed(function))
      return failure();
    SmallVector<Layer> layers = collectLayers(*function);
    if (layers.empty()) {
      error = ("function '" + function->getName() +
               "' has no quantizable op (a convolution or matmul with a "
               "constant weight)")
                  .str();
      return failure();
    }

    // The activations, in program order, with the widest width any reader
    // was assigned.
    SmallVector<Activation> activations;
    DenseMap<Value, unsigned> indexOf;
    for (OpOperand *reader : collectQuantizationPoints(*function)) {
      Value value = traceActivation(*reader).raw;
      auto [it, inserted] = indexOf.try_emplace(value, activations.size());
      if (inserted) {
        activations.push_back({});
        activations.back().value = value;
        activations.back().bits = 0;
      }
      Activation &activation = activations[it->second];
      activation.readers.push_back(reader);
      unsigned bits = activationBits;
      if (auto attr = reader->getOwner()->getAttrOfType<IntegerAttr>(
              kActivationBitsAttrName))
        bits = static_cast<unsigned>(attr.getInt());
      activation.bits = std::max(activation.bits, bits);
    }

    if (calibration.empty()) {
      for (Activation &activation : activations) {
        OpOperand *reader = activation.readers.front();
        if (reader->get().getDefiningOp<FakeQuantOp>() ||
            observedRange(reader->get()))
          continue;
        reader->getOwner()->emitRemark()
            << "no calibration data: the input of this op has no range "
               "and stays float (give qnt-calibrate calibration=<input.npy>)";
      }
      return success();
    }

    FailureOr<SmallVector<SmallVector<HostTensor>>> samples =
        readCalibrationSamples(*function, calibration, error);
    if (failed(samples))
      return failure();
    if (failed(measure(*function, activations, *samples, error)))
      return failure();
    for (Activation &activation : activations)
      chooseRange(activation);
    apply(activations);
    return success();
  }

  /// Runs the instrumented clone: pass 1 for min/max, pass 2 for histograms.
  LogicalResult measure(FunctionOpInterface function,
                        MutableArrayRef<Activation> activations,
                        ArrayRef<SmallVector<HostTensor>> samples,
                        std::string &error) {
    IRMapping mapping;
    OwningOpRef<ModuleOp> clone(
        cast<ModuleOp>(getOperation()->clone(mapping)));
    auto cloned =
        cast<FunctionOpInterface>(mapping.lookup(function.getOperation()));
    SmallVector<Value> values;
    for (Activation &activation : activations)
      values.push_back(mapping.lookup(activation.value));
    unsigned firstExtra = cloned.getNumResults();
    appendResults(cloned, values);
    std::unique_ptr<JitFunction> jit =
        JitFunction::compile(*clone, function.getName(), error);
    if (!jit)
      return failure();

    for (int pass = 0; pass < 2; ++pass)
      for (const SmallVector<HostTensor> &inputs : samples) {
        FailureOr<SmallVector<HostTensor>> outputs = jit->run(inputs, error);
        if (failed(outputs))
          return failure();
        for (auto [activation, output] :
             llvm::zip(activations, llvm::drop_begin(*outputs, firstExtra))) {
          if (pass == 0) {
            for (float v : output.data) {
              if (!std::isfinite(v)) {
                error = "the float model computes NaN or Inf on the "
                        "calibration inputs";
                return failure();
              }
              activation.min = std::min(activation.min, double(v));
              activation.max = std::max(activation.max, double(v));
              activation.sumAbs += std::fabs(double(v));
            }
            activation.count += static_cast<int64_t>(output.data.size());
            continue;
          }
          if (!activation.histogram) {
            if (method == CalibrationMethod::entropy)
              activation.histogram.emplace(
                  0.0, std::max(std::fabs(activation.min),
                                std::fabs(activation.max)),
                  numBins);
            else
              activation.histogram.emplace(activation.min, activation.max,
                                           numBins);
          }
          bool magnitudes = method == CalibrationMethod::entropy;
          for (float v : output.data)
            activation.histogram->add(magnitudes ? std::fabs(v) : v);
        }
      }
    return success();
  }

  void chooseRange(Activation &activation) {
    double lo = std::min(activation.min, 0.0);
    double hi = std::max(activation.max, 0.0);
    int64_t levels = int64_t(1) << activation.bits;
    switch (method.getValue()) {
    case CalibrationMethod::minmax:
      activation.range = {lo, hi};
      return;
    case CalibrationMethod::percentile:
      activation.range = percentileRange(*activation.histogram, percentile);
      return;
    case CalibrationMethod::mse:
      activation.range = mseRange(*activation.histogram, levels);
      return;
    case CalibrationMethod::entropy: {
      // Non-negative data (after a ReLU) uses the whole grid on [0, T];
      // signed data half of it on each side.
      bool nonNegative = activation.min >= 0.0;
      double t = entropyThreshold(*activation.histogram,
                                  nonNegative ? levels : levels / 2);
      activation.range = {std::max(lo, -t), std::min(hi, t)};
      return;
    }
    }
  }

  /// qnt.observe with the statistics, then one qnt.fake_quant per
  /// activation (re-deciding those already there).
  void apply(MutableArrayRef<Activation> activations) {
    MLIRContext *ctx = &getContext();
    IRRewriter rewriter(ctx);
    for (Activation &activation : activations) {
      OpOperand *first = activation.readers.front();
      auto observe = activation.value.getDefiningOp<ObserveOp>();
      if (!observe) {
        // Observe the tensor itself: everything on the readers' way to it
        // (quantizer, padding, the layer) reads the observe instead.
        rewriter.setInsertionPointAfterValue(activation.value);
        observe = ObserveOp::create(rewriter, activation.value.getLoc(),
                                    activation.value);
        for (OpOperand *reader : activation.readers) {
          OpOperand *use = traceActivation(*reader).rawUse;
          rewriter.modifyOpInPlace(use->getOwner(),
                                   [&] { use->set(observe); });
        }
      }
      rewriter.modifyOpInPlace(observe, [&] {
        std::string reader = layerName(first->getOwner());
        if (reader.empty())
          reader = first->getOwner()->getName().getStringRef().str();
        observe.setNameAttr(rewriter.getStringAttr("input of " + reader));
        observe.setMinAttr(rewriter.getDenseF64ArrayAttr({activation.min}));
        observe.setMaxAttr(rewriter.getDenseF64ArrayAttr({activation.max}));
        observe.removeAxisAttr();
        if (recordHistograms && activation.histogram &&
            method != CalibrationMethod::entropy) {
          observe.setNumBinsAttr(rewriter.getI64IntegerAttr(numBins));
          observe.setHistogramAttr(
              rewriter.getDenseI64ArrayAttr(activation.histogram->counts));
        } else {
          observe.removeNumBinsAttr();
          observe.removeHistogramAttr();
        }
      });

      ActivationQuantizerOptions options{
          activation.bits, activationScheme == ActivationScheme::symmetric,
          powerOfTwo};
      Type quantType = activationQuantType(
          ctx, activation.range.first, activation.range.second,
          getElementTypeOrSelf(activation.value.getType()), options);
      FakeQuantOp shared;
      // TSQ's sparse quantizer: the `sparsity` quantile becomes ε.
      FloatAttr epsilon;
      if (sparsity > 0.0 && activation.histogram)
        epsilon = rewriter.getF64FloatAttr(
            histogramQuantile(*activation.histogram, sparsity));
      for (OpOperand *reader : activation.readers) {
        ActivationInput input = traceActivation(*reader);
        if (auto binary = input.quantizer
                              ? dyn_cast<BinaryType>(
                                    input.quantizer.getQuantType())
                              : BinaryType();
            binary && !binary.isPerAxis()) {
          // XNOR-Net's sign: β = mean |x| minimises E(x − β·sign(x))².
          double beta = activation.count
                            ? activation.sumAbs / double(activation.count)
                            : 0.0;
          if (!(beta > 0.0) || !std::isfinite(beta))
            beta = 1.0; // all zeros: any scale is exact
          input.quantizer.setQuantTypeAttr(TypeAttr::get(BinaryType::get(
              ctx, binary.getExpressedType(), -1,
              DenseF64ArrayAttr::get(ctx, {beta}))));
          continue;
        }
        if (input.quantizer) {
          input.quantizer.setQuantTypeAttr(TypeAttr::get(quantType));
          input.quantizer.setPowerOfTwo(powerOfTwo);
          input.quantizer.setSparseThresholdAttr(epsilon);
          continue;
        }
        if (!shared) {
          rewriter.setInsertionPointAfter(observe);
          shared = FakeQuantOp::create(
              rewriter, observe.getLoc(), observe.getResult(),
              TypeAttr::get(quantType), RoundingModeAttr(), IntegerAttr(),
              powerOfTwo ? rewriter.getUnitAttr() : UnitAttr(), epsilon);
        }
        rewriter.modifyOpInPlace(input.rawUse->getOwner(),
                                 [&] { input.rawUse->set(shared); });
      }
    }
  }
};

} // namespace
