//===- BitwidthGains.cpp - what a layer gains from more bits -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "BitwidthGains.h"

#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/IR/IRMapping.h"

#include <limits>

using namespace mlir;
using namespace mlir::qnt;

double mlir::qnt::weightEntropy(const WeightValues &weights, unsigned bits) {
  WeightQuantizerOptions options;
  options.bits = bits;
  return entropyBits(weightLevelCounts(weights, options));
}

namespace {

/// Runs a compiled function on every sample; the results of all samples,
/// concatenated per result.
FailureOr<SmallVector<std::vector<float>>>
runAll(const JitFunction &jit, ArrayRef<SmallVector<HostTensor>> samples,
       std::string &error) {
  SmallVector<std::vector<float>> results(jit.getResults().size());
  for (const SmallVector<HostTensor> &inputs : samples) {
    FailureOr<SmallVector<HostTensor>> out = jit.run(inputs, error);
    if (failed(out))
      return failure();
    for (auto [all, one] : llvm::zip(results, *out))
      all.insert(all.end(), one.data.begin(), one.data.end());
  }
  return results;
}

/// Σ(y − ŷ)² / Σ y² over the function's own results.
double relativeNoise(ArrayRef<std::vector<float>> reference,
                     ArrayRef<std::vector<float>> approx) {
  double signal = 0.0, noise = 0.0;
  for (auto [ref, got] : llvm::zip(reference, approx))
    for (auto [r, g] : llvm::zip(ref, got)) {
      signal += double(r) * r;
      noise += (double(r) - g) * (double(r) - g);
    }
  if (!std::isfinite(noise))
    return std::numeric_limits<double>::max();
  return noise / std::max(signal, std::numeric_limits<double>::min());
}

/// Sets (or inserts) the quantizer of `operand` in a clone.
void setQuantizer(OpOperand &operand, Type quantType) {
  if (auto existing = operand.get().getDefiningOp<FakeQuantOp>()) {
    existing.setQuantTypeAttr(TypeAttr::get(quantType));
    return;
  }
  IRRewriter rewriter(operand.getOwner()->getContext());
  insertFakeQuant(rewriter, operand, quantType, /*powerOfTwo=*/false);
}

} // namespace

LogicalResult mlir::qnt::measureSensitivity(
    ModuleOp module, StringRef entry, MutableArrayRef<LayerModel> layers,
    MutableArrayRef<ActivationGroup> groups, ArrayRef<unsigned> widths,
    ArrayRef<SmallVector<HostTensor>> samples, std::string &error) {
  auto function =
      dyn_cast_or_null<FunctionOpInterface>(module.lookupSymbol(entry));
  if (!function) {
    error = ("no function named '" + entry + "'").str();
    return failure();
  }
  unsigned numResults = function.getNumResults();

  // Float run, instrumented to also return every group's input: the
  // reference output and the activation ranges.
  SmallVector<std::vector<float>> reference;
  SmallVector<std::pair<double, double>> ranges;
  {
    IRMapping mapping;
    OwningOpRef<ModuleOp> clone(cast<ModuleOp>(module->clone(mapping)));
    auto cloned = cast<FunctionOpInterface>(
        mapping.lookup(function.getOperation()));
    SmallVector<Value> inputs;
    for (ActivationGroup &group : groups)
      inputs.push_back(mapping.lookup(stripQuantizers(group.input)));
    appendResults(cloned, inputs);
    std::unique_ptr<JitFunction> jit =
        JitFunction::compile(*clone, entry, error);
    if (!jit)
      return failure();
    FailureOr<SmallVector<std::vector<float>>> all =
        runAll(*jit, samples, error);
    if (failed(all))
      return failure();
    reference.assign(all->begin(), all->begin() + numResults);
    for (const std::vector<float> &values :
         llvm::drop_begin(*all, numResults)) {
      double lo = 0.0, hi = 0.0;
      for (float v : values) {
        if (!std::isfinite(v)) {
          error = "the float model produces NaN or Inf on the calibration "
                  "inputs";
          return failure();
        }
        lo = std::min(lo, double(v));
        hi = std::max(hi, double(v));
      }
      ranges.push_back({lo, hi});
    }
  }

  // One quantizer at a time.
  auto measure = [&](llvm::function_ref<void(IRMapping &)> quantize)
      -> FailureOr<double> {
    IRMapping mapping;
    OwningOpRef<ModuleOp> clone(cast<ModuleOp>(module->clone(mapping)));
    quantize(mapping);
    std::unique_ptr<JitFunction> jit =
        JitFunction::compile(*clone, entry, error);
    if (!jit)
      return failure();
    FailureOr<SmallVector<std::vector<float>>> out =
        runAll(*jit, samples, error);
    if (failed(out))
      return failure();
    return relativeNoise(reference, *out);
  };
  MLIRContext *ctx = module.getContext();
  for (LayerModel &layer : layers)
    for (unsigned bits : widths) {
      WeightQuantizerOptions options;
      options.bits = bits;
      Type expressed =
          getElementTypeOrSelf(layer.layer.weight->get().getType());
      Type quantType =
          weightQuantType(ctx, layer.weights, expressed,
                          static_cast<int32_t>(layer.layer.weightChannelPos),
                          options);
      FailureOr<double> noise = measure([&](IRMapping &mapping) {
        Operation *op = mapping.lookup(layer.layer.op.getOperation());
        setQuantizer(op->getOpOperand(layer.layer.weight->getOperandNumber()),
                     quantType);
      });
      if (failed(noise))
        return failure();
      layer.weightGain[bits] = -*noise;
    }
  for (size_t g = 0; g < groups.size(); ++g)
    for (unsigned bits : widths) {
      ActivationGroup &group = groups[g];
      std::pair<double, double> range = ranges[g];
      ActivationQuantizerOptions options;
      options.bits = bits;
      Type expressed = getElementTypeOrSelf(group.input.getType());
      Type quantType = activationQuantType(ctx, range.first, range.second,
                                           expressed, options);
      FailureOr<double> noise = measure([&](IRMapping &mapping) {
        for (unsigned index : groups[g].layers) {
          Layer &layer = layers[index].layer;
          Operation *op = mapping.lookup(layer.op.getOperation());
          setQuantizer(op->getOpOperand(layer.data->getOperandNumber()),
                       quantType);
        }
      });
      if (failed(noise))
        return failure();
      group.activationGain[bits] = -*noise;
    }
  return success();
}
