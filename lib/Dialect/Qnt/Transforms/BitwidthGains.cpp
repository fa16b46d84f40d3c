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

/// Sets (or inserts) the quantizer of a weight operand in a clone.
void setQuantizer(OpOperand &operand, Type quantType) {
  if (auto existing = operand.get().getDefiningOp<FakeQuantOp>()) {
    existing.setQuantTypeAttr(TypeAttr::get(quantType));
    return;
  }
  IRRewriter rewriter(operand.getOwner()->getContext());
  insertFakeQuant(rewriter, operand, quantType, /*powerOfTwo=*/false);
}

/// Sets (or inserts) the quantizer of a data operand's tensor in a clone.
void setActivationQuantizer(OpOperand &data, Type quantType) {
  ActivationInput input = traceActivation(data);
  if (input.quantizer) {
    input.quantizer.setQuantTypeAttr(TypeAttr::get(quantType));
    return;
  }
  IRRewriter rewriter(data.getOwner()->getContext());
  insertFakeQuant(rewriter, *input.rawUse, quantType, /*powerOfTwo=*/false);
}

} // namespace

LogicalResult mlir::qnt::measureSensitivity(
    ModuleOp module, StringRef entry, MutableArrayRef<LayerModel> layers,
    MutableArrayRef<ActivationGroup> groups, ArrayRef<unsigned> widths,
    ArrayRef<unsigned> baseWeightBits, ArrayRef<unsigned> baseActivationBits,
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
    FailureOr<SmallVector<std::vector<float>>> all = runEditedClone(
        module, entry,
        [&](IRMapping &mapping) {
          SmallVector<Value> inputs;
          for (ActivationGroup &group : groups)
            inputs.push_back(mapping.lookup(group.input));
          appendResults(cast<FunctionOpInterface>(
                            mapping.lookup(function.getOperation())),
                        inputs);
        },
        samples, error);
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

  // One quantizer changed at a time, the others at their base widths.
  MLIRContext *ctx = module.getContext();
  auto weightType = [&](const LayerModel &layer, unsigned bits) {
    WeightQuantizerOptions options;
    options.bits = bits;
    return weightQuantType(
        ctx, layer.weights,
        getElementTypeOrSelf(layer.layer.weight->get().getType()),
        static_cast<int32_t>(layer.layer.weightChannelPos), options);
  };
  auto activationType = [&](size_t g, unsigned bits) {
    ActivationQuantizerOptions options;
    options.bits = bits;
    return activationQuantType(
        ctx, ranges[g].first, ranges[g].second,
        getElementTypeOrSelf(groups[g].input.getType()), options);
  };
  // Quantizes a clone: layer `wl` at `wb`, group `ag` at `ab`, the rest at
  // their base widths (0: float).
  auto quantizeClone = [&](IRMapping &mapping, int64_t wl, unsigned wb,
                           int64_t ag, unsigned ab) {
    for (auto [index, layer] : llvm::enumerate(layers)) {
      unsigned bits =
          int64_t(index) == wl ? wb : baseWeightBits[index];
      if (bits == 0)
        continue;
      Operation *op = mapping.lookup(layer.layer.op.getOperation());
      setQuantizer(op->getOpOperand(layer.layer.weight->getOperandNumber()),
                   weightType(layer, bits));
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      unsigned bits = int64_t(g) == ag ? ab : baseActivationBits[g];
      if (bits == 0)
        continue;
      Type quantType = activationType(g, bits);
      for (unsigned index : groups[g].layers) {
        Layer &layer = layers[index].layer;
        Operation *op = mapping.lookup(layer.op.getOperation());
        setActivationQuantizer(
            op->getOpOperand(layer.data->getOperandNumber()), quantType);
      }
    }
  };
  auto measure = [&](int64_t wl, unsigned wb, int64_t ag,
                     unsigned ab) -> FailureOr<double> {
    FailureOr<SmallVector<std::vector<float>>> out = runEditedClone(
        module, entry,
        [&](IRMapping &mapping) { quantizeClone(mapping, wl, wb, ag, ab); },
        samples, error);
    if (failed(out))
      return failure();
    return relativeNoise(reference, *out);
  };
  for (auto [index, layer] : llvm::enumerate(layers))
    for (unsigned bits : widths) {
      FailureOr<double> noise = measure(index, bits, -1, 0);
      if (failed(noise))
        return failure();
      layer.weightGain[bits] = -*noise;
    }
  for (size_t g = 0; g < groups.size(); ++g)
    for (unsigned bits : widths) {
      FailureOr<double> noise = measure(-1, 0, g, bits);
      if (failed(noise))
        return failure();
      groups[g].activationGain[bits] = -*noise;
    }
  return success();
}
