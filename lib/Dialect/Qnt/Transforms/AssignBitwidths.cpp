//===- AssignBitwidths.cpp - the qnt-assign-bitwidths pass ---------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Mixed precision (EAGL / ALPS): a gain per layer and width from
// BitwidthGains.h, a cost per width, the constraints (pinned ends, shared
// inputs, named pins), then an exact multiple-choice knapsack. Layers that
// share an input are solved together first: their Pareto frontier over
// (shared activation width, each layer's weight width) is one knapsack group
// of the whole model, so the result stays exact.
//
//===----------------------------------------------------------------------===//

#include "BitwidthGains.h"
#include "Layers.h"
#include "Quantizers.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"
#include "qnt/Dialect/Qnt/Utils/Knapsack.h"
#include "qnt/Execution/CalibrationData.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <numeric>

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTASSIGNBITWIDTHSPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

/// The widths a layer or group may take.
using WidthSet = SmallVector<unsigned, 4>;

/// A fixed width from `pins`: `name=B` or `name=wBaB`.
struct Pin {
  std::optional<unsigned> weight, activation;
  bool used = false;
};

FailureOr<std::pair<std::string, Pin>> parsePin(StringRef text,
                                                std::string &error) {
  auto [name, spec] = text.rsplit('=');
  auto bad = [&](StringRef why) {
    error = ("pins: '" + text + "': " + why +
             " (expected name=B or name=wBaB, B in 2..8)")
                .str();
    return failure();
  };
  if (name.empty() || spec.empty() || text.count('=') == 0)
    return bad("no '='");
  auto width = [](StringRef s) -> std::optional<unsigned> {
    unsigned b;
    if (s.getAsInteger(10, b) || b < 2 || b > 8)
      return std::nullopt;
    return b;
  };
  Pin pin;
  if (spec.consume_front("w")) {
    auto [w, a] = spec.split('a');
    pin.weight = width(w);
    pin.activation = width(a);
  } else {
    pin.weight = pin.activation = width(spec);
  }
  if (!pin.weight || !pin.activation)
    return bad("not a width");
  return std::make_pair(name.str(), pin);
}

/// macs_per_ns per "wBaB" from a latency table file.
FailureOr<llvm::StringMap<double>> readLatencyTable(StringRef path,
                                                    std::string &error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> file =
      llvm::MemoryBuffer::getFile(path);
  if (!file) {
    error = ("latency-table: cannot read '" + path +
             "': " + file.getError().message())
                .str();
    return failure();
  }
  llvm::Expected<llvm::json::Value> json =
      llvm::json::parse((*file)->getBuffer());
  if (!json) {
    error = ("latency-table: '" + path +
             "' is not JSON: " + llvm::toString(json.takeError()))
                .str();
    return failure();
  }
  const llvm::json::Object *rates = nullptr;
  if (const llvm::json::Object *root = json->getAsObject())
    rates = root->getObject("macs_per_ns");
  if (!rates) {
    error = ("latency-table: '" + path +
             "' has no object \"macs_per_ns\" ({\"w8a8\": rate, ...})")
                .str();
    return failure();
  }
  llvm::StringMap<double> table;
  for (const auto &[key, value] : *rates) {
    std::optional<double> rate = value.getAsNumber();
    if (!rate || !(*rate > 0.0)) {
      error = "latency-table: rate of '" + key.str() +
              "' must be a positive number";
      return failure();
    }
    table[key.str()] = *rate;
  }
  return table;
}

std::string widthKey(unsigned w, unsigned a) {
  return llvm::formatv("w{0}a{1}", w, a).str();
}

struct QntAssignBitwidthsPass
    : qnt::impl::QntAssignBitwidthsPassBase<QntAssignBitwidthsPass> {
  using QntAssignBitwidthsPassBase::QntAssignBitwidthsPassBase;

  /// Options, checked.
  WidthSet widths; // candidates, widest first
  llvm::StringMap<Pin> pinned;
  llvm::StringMap<double> latencyRates;

  SmallVector<LayerModel, 0> layers;
  SmallVector<ActivationGroup, 0> groups;
  /// Allowed widths per layer (weights) and per group (activations).
  SmallVector<WidthSet> weightWidths, activationWidths;
  SmallVector<bool> endPinned;

  /// The decision.
  SmallVector<unsigned> chosenWeight, chosenActivation;

  void runOnOperation() override {
    std::string error;
    if (failed(checkOptions(error)) || failed(collect(error))) {
      if (!error.empty())
        emitError(getOperation().getLoc())
            << "qnt-assign-bitwidths: " << error;
      return signalPassFailure();
    }
    if (layers.empty()) {
      getOperation()->emitWarning()
          << "qnt-assign-bitwidths: no quantizable layer (a convolution or "
             "matmul with a constant weight); nothing to assign";
      return;
    }
    if (failed(constrain(error)) || failed(estimateGains(error)) ||
        failed(select(error))) {
      if (!error.empty())
        emitError(getOperation().getLoc())
            << "qnt-assign-bitwidths: " << error;
      return signalPassFailure();
    }
    apply();
    if (!report.empty() && failed(writeReport(error))) {
      emitError(getOperation().getLoc()) << "qnt-assign-bitwidths: " << error;
      return signalPassFailure();
    }
  }

  LogicalResult checkOptions(std::string &error) {
    SmallVector<unsigned> list(candidates.begin(), candidates.end());
    if (list.empty())
      list = {8, 4, 2};
    for (unsigned b : list)
      if (b < 2 || b > 8) {
        error = "candidates must be in 2..8, got " + std::to_string(b);
        return failure();
      }
    llvm::sort(list, std::greater<unsigned>());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    widths.assign(list.begin(), list.end());
    if (!(budget > 0.0 && budget <= 1.0)) {
      error = llvm::formatv("budget must be in (0, 1] (a fraction of the "
                            "all-8-bit cost), got {0}",
                            budget.getValue())
                  .str();
      return failure();
    }
    for (const std::string &text : pins) {
      FailureOr<std::pair<std::string, Pin>> pin = parsePin(text, error);
      if (failed(pin))
        return failure();
      pinned[pin->first] = pin->second;
    }
    if (costModel == BitwidthCost::latency) {
      if (latencyTable.empty()) {
        error = "cost=latency needs latency-table=<file.json>";
        return failure();
      }
      FailureOr<llvm::StringMap<double>> table =
          readLatencyTable(latencyTable, error);
      if (failed(table))
        return failure();
      latencyRates = std::move(*table);
    }
    if (sensitivityBase != 0 &&
        (sensitivityBase < 2 || sensitivityBase > 8)) {
      error = "sensitivity-base must be 0 (float) or in 2..8, got " +
              std::to_string(sensitivityBase);
      return failure();
    }
    if (strategy == BitwidthStrategy::sensitivity && calibration.empty()) {
      error = "strategy=sensitivity needs calibration=<input.npy,...>";
      return failure();
    }
    return success();
  }

  /// The layers of every function, their sizes and activation groups.
  LogicalResult collect(std::string &error) {
    DenseMap<Value, unsigned> groupOf;
    WalkResult walk = getOperation().walk([&](FunctionOpInterface function) {
      SmallVector<Layer> found = collectLayers(function);
      for (auto [index, layer] : llvm::enumerate(found)) {
        std::optional<int64_t> macs = countMacs(layer.op);
        if (!macs) {
          layer.op->emitError()
              << "qnt-assign-bitwidths: cannot count the MACs of a layer "
                 "with dynamic shapes";
          return WalkResult::interrupt();
        }
        FailureOr<WeightPath> path =
            traceWeight(layer.weight->get(), layer.weightChannelPos);
        std::optional<WeightValues> weights;
        if (succeeded(path))
          weights = readWeightValues(*path, /*perChannel=*/true);
        if (!weights) {
          layer.op->emitRemark()
              << "left out of mixed precision: its weight is not a readable "
                 "constant";
          continue;
        }
        LayerModel model;
        model.layer = layer;
        model.macs = *macs;
        model.params = static_cast<int64_t>(weights->values.size());
        model.weights = std::move(*weights);
        Value input = traceActivation(*layer.data).raw;
        auto [it, inserted] = groupOf.try_emplace(input, groups.size());
        if (inserted)
          groups.push_back({input, {}, {}});
        model.group = it->second;
        groups[model.group].layers.push_back(layers.size());
        endPinned.push_back(pinFirstLast &&
                            (index == 0 || index + 1 == found.size()));
        layers.push_back(std::move(model));
      }
      return WalkResult::advance();
    });
    return failure(walk.wasInterrupted());
  }

  /// The widths each layer and group may take.
  LogicalResult constrain(std::string &error) {
    weightWidths.assign(layers.size(), widths);
    activationWidths.assign(groups.size(), widths);
    SmallVector<std::optional<unsigned>> groupPin(groups.size());
    auto pinGroup = [&](unsigned g, unsigned a, const LayerModel &layer) {
      if (groupPin[g] && *groupPin[g] != a) {
        layer.layer.op->emitError()
            << "qnt-assign-bitwidths: pinned to " << a
            << "-bit activations, but a layer reading the same tensor is "
               "pinned to "
            << *groupPin[g];
        return failure();
      }
      groupPin[g] = a;
      activationWidths[g] = {a};
      return success();
    };
    for (auto [index, layer] : llvm::enumerate(layers)) {
      auto it = pinned.find(layer.layer.name);
      if (it != pinned.end()) {
        it->second.used = true;
        weightWidths[index] = {*it->second.weight};
        if (failed(pinGroup(layer.group, *it->second.activation, layer)))
          return failure();
      } else if (endPinned[index]) {
        weightWidths[index] = {8};
        if (failed(pinGroup(layer.group, 8, layer)))
          return failure();
      }
    }
    for (const auto &entry : pinned)
      if (!entry.second.used) {
        error = ("pins: no convolution or matmul is named '" + entry.first() +
                 "' (layers are named by location, e.g. loc(\"" +
                 entry.first() + "\"))")
                    .str();
        return failure();
      }
    return success();
  }

  /// Every width any layer may take.
  WidthSet allWidths() const {
    WidthSet all(widths);
    for (const WidthSet &set : weightWidths)
      all.append(set.begin(), set.end());
    for (const WidthSet &set : activationWidths)
      all.append(set.begin(), set.end());
    llvm::sort(all, std::greater<unsigned>());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  }

  LogicalResult estimateGains(std::string &error) {
    WidthSet all = allWidths();
    unsigned narrowest = all.back();
    switch (strategy.getValue()) {
    case BitwidthStrategy::uniform:
      return success(); // no gains: one width for all
    case BitwidthStrategy::entropy: {
      // Rate-distortion: a source coded at H bits per symbol keeps a
      // relative distortion of about 2^(-2H); the gain of a width is the
      // distortion it removes over the narrowest candidate.
      for (LayerModel &layer : layers) {
        double base = std::exp2(-2.0 * weightEntropy(layer.weights, narrowest));
        for (unsigned b : all)
          layer.weightGain[b] =
              base - std::exp2(-2.0 * weightEntropy(layer.weights, b));
      }
      // No activation data: a group's activations are scored like the
      // weights of the layers that read them (EAGL sets a layer's weights
      // and activations together).
      for (ActivationGroup &group : groups)
        for (unsigned b : all) {
          double sum = 0.0;
          for (unsigned index : group.layers)
            sum += layers[index].weightGain[b];
          group.activationGain[b] = sum / double(group.layers.size());
        }
      return success();
    }
    case BitwidthStrategy::sensitivity: {
      FailureOr<SmallVector<SmallVector<HostTensor>>> samples =
          readCalibration(error);
      if (failed(samples))
        return failure();
      // The operating point one layer moves away from: pinned layers at
      // their widths, the others at sensitivity-base (0: float).
      SmallVector<unsigned> baseWeight, baseActivation;
      for (const WidthSet &set : weightWidths)
        baseWeight.push_back(set.size() == 1 ? set[0] : sensitivityBase);
      for (const WidthSet &set : activationWidths)
        baseActivation.push_back(set.size() == 1 ? set[0] : sensitivityBase);
      return measureSensitivity(getOperation(), entryName(), layers, groups,
                                all, baseWeight, baseActivation, *samples,
                                error);
    }
    }
    llvm_unreachable("unknown strategy");
  }

  /// The function sensitivity runs: `entry`, or the one holding the layers.
  std::string entryName() {
    if (!entry.empty())
      return entry;
    auto function =
        layers.front().layer.op->getParentOfType<FunctionOpInterface>();
    return function.getName().str();
  }

  FailureOr<SmallVector<SmallVector<HostTensor>>>
  readCalibration(std::string &error) {
    std::string name = entryName();
    auto function = dyn_cast_or_null<FunctionOpInterface>(
        getOperation().lookupSymbol(name));
    if (!function) {
      error = "entry: no function named '" + name + "'";
      return failure();
    }
    return readCalibrationSamples(function, calibration, error);
  }

  /// The cost of one layer at (w, a), in the unit of the cost model.
  FailureOr<int64_t> cost(const LayerModel &layer, unsigned w, unsigned a,
                          std::string &error) const {
    switch (costModel.getValue()) {
    case BitwidthCost::weightBits:
      return layer.params * int64_t(w);
    case BitwidthCost::bops:
      return layer.macs * int64_t(w) * int64_t(a);
    case BitwidthCost::latency: {
      auto it = latencyRates.find(widthKey(w, a));
      if (it == latencyRates.end()) {
        error = "latency-table: no rate for " + widthKey(w, a);
        return failure();
      }
      // Picoseconds, so that integer costs keep the table's precision.
      return static_cast<int64_t>(
          std::llround(double(layer.macs) / it->second * 1000.0));
    }
    }
    llvm_unreachable("unknown cost model");
  }

  LogicalResult select(std::string &error) {
    int64_t full = 0;
    for (const LayerModel &layer : layers) {
      FailureOr<int64_t> c = cost(layer, 8, 8, error);
      if (failed(c))
        return failure();
      full += *c;
    }
    fullCost = full;
    budgetCost = static_cast<int64_t>(std::floor(budget * double(full)));
    chosenWeight.assign(layers.size(), 8);
    chosenActivation.assign(groups.size(), 8);
    if (strategy == BitwidthStrategy::uniform)
      return selectUniform(error);

    // Each group's frontier over (activation width, weight widths).
    struct GroupOption {
      unsigned activation;
      SmallVector<unsigned> weights;
    };
    SmallVector<SmallVector<GroupOption>> groupOptions;
    SmallVector<SmallVector<KnapsackOption>> knapsack;
    for (auto [g, group] : llvm::enumerate(groups)) {
      SmallVector<std::pair<KnapsackOption, GroupOption>> candidates;
      for (unsigned a : activationWidths[g]) {
        SmallVector<SmallVector<KnapsackOption>> inner;
        for (unsigned index : group.layers) {
          SmallVector<KnapsackOption> options;
          for (unsigned w : weightWidths[index]) {
            FailureOr<int64_t> c = cost(layers[index], w, a, error);
            if (failed(c))
              return failure();
            options.push_back({*c, layers[index].weightGain[w]});
          }
          inner.push_back(std::move(options));
        }
        for (KnapsackSolution &point : knapsackParetoFrontier(
                 inner, std::numeric_limits<int64_t>::max())) {
          GroupOption option{a, {}};
          for (auto [layerIndex, choice] :
               llvm::zip(group.layers, point.choice))
            option.weights.push_back(weightWidths[layerIndex][choice]);
          candidates.push_back(
              {{point.cost, point.gain + group.activationGain[a]},
               std::move(option)});
        }
      }
      // Keep the group's own frontier: cheapest first, better gains only.
      // (Ties in cost and gain keep the first generated: widest first.)
      SmallVector<unsigned> order(candidates.size());
      std::iota(order.begin(), order.end(), 0u);
      llvm::sort(order, [&](unsigned x, unsigned y) {
        const KnapsackOption &a = candidates[x].first, &b = candidates[y].first;
        if (a.cost != b.cost)
          return a.cost < b.cost;
        if (a.gain != b.gain)
          return a.gain > b.gain;
        return x < y;
      });
      SmallVector<KnapsackOption> options;
      SmallVector<GroupOption> kept;
      double best = -std::numeric_limits<double>::infinity();
      for (unsigned i : order) {
        auto &[option, choice] = candidates[i];
        if (option.gain > best) {
          best = option.gain;
          options.push_back(option);
          kept.push_back(std::move(choice));
        }
      }
      knapsack.push_back(std::move(options));
      groupOptions.push_back(std::move(kept));
    }
    std::optional<KnapsackSolution> solution =
        solveMultipleChoiceKnapsack(knapsack, budgetCost);
    if (!solution) {
      error = infeasible(minimumKnapsackCost(knapsack));
      return failure();
    }
    for (auto [g, choice] : llvm::enumerate(solution->choice)) {
      const GroupOption &option = groupOptions[g][choice];
      chosenActivation[g] = option.activation;
      for (auto [layerIndex, w] : llvm::zip(groups[g].layers, option.weights))
        chosenWeight[layerIndex] = w;
    }
    return success();
  }

  /// The widest single width (weights and activations of every free layer)
  /// that fits.
  LogicalResult selectUniform(std::string &error) {
    int64_t cheapest = std::numeric_limits<int64_t>::max();
    for (unsigned b : widths) {
      int64_t total = 0;
      SmallVector<unsigned> w(layers.size()), a(groups.size());
      for (auto [g, group] : llvm::enumerate(groups))
        a[g] = activationWidths[g].size() == 1 ? activationWidths[g][0] : b;
      for (auto [index, layer] : llvm::enumerate(layers)) {
        w[index] = weightWidths[index].size() == 1 ? weightWidths[index][0]
                                                   : b;
        FailureOr<int64_t> c = cost(layer, w[index], a[layer.group], error);
        if (failed(c))
          return failure();
        total += *c;
      }
      cheapest = std::min(cheapest, total);
      if (total <= budgetCost) {
        chosenWeight.assign(w.begin(), w.end());
        chosenActivation.assign(a.begin(), a.end());
        return success();
      }
    }
    error = infeasible(cheapest);
    return failure();
  }

  std::string infeasible(int64_t minimum) const {
    double fraction = double(minimum) / double(fullCost);
    // Round up so that the budget named is really feasible.
    double shown = std::ceil(fraction * 1e4) / 1e4;
    return llvm::formatv("budget {0} is infeasible: the cheapest choice the "
                         "constraints allow costs {1} of the all-8-bit {2} "
                         "(budget >= {3:F4})",
                         budget.getValue(), minimum, fullCost, shown)
        .str();
  }

  /// Writes the decision on the layers and their quantizers.
  void apply() {
    MLIRContext *ctx = &getContext();
    IRRewriter rewriter(ctx);
    Builder b(ctx);
    for (auto [index, layer] : llvm::enumerate(layers)) {
      Operation *op = layer.layer.op;
      unsigned w = chosenWeight[index];
      unsigned a = chosenActivation[layer.group];
      op->setAttr(kWeightBitsAttrName, b.getI64IntegerAttr(w));
      op->setAttr(kActivationBitsAttrName, b.getI64IntegerAttr(a));

      // Weights: re-decide an existing uniform quantizer, or add one.
      OpOperand &weight = *layer.layer.weight;
      auto weightQuant = weight.get().getDefiningOp<FakeQuantOp>();
      bool lowBit = weightQuant &&
                    !isa<quant::UniformQuantizedType,
                         quant::UniformQuantizedPerAxisType>(
                        weightQuant.getQuantType());
      if (lowBit) {
        op->emitRemark() << "weights keep their ternary/binary quantizer";
      } else {
        WeightQuantizerOptions options;
        options.bits = w;
        Type quantType = weightQuantType(
            ctx, layer.weights, getElementTypeOrSelf(weight.get().getType()),
            static_cast<int32_t>(layer.layer.weightChannelPos), options);
        if (weightQuant)
          weightQuant.setQuantTypeAttr(TypeAttr::get(quantType));
        else
          insertFakeQuant(rewriter, weight, quantType, /*powerOfTwo=*/false);
      }

      // Activations: re-decide an existing per-tensor quantizer at the same
      // range, or add one where calibration left a range.
      ActivationInput input = traceActivation(*layer.layer.data);
      std::optional<std::pair<double, double>> range =
          input.quantizer ? quantizerRange(input.quantizer.getQuantType())
                          : observedRange(input.raw);
      if (range) {
        ActivationQuantizerOptions options;
        options.bits = a;
        Type quantType = activationQuantType(
            ctx, range->first, range->second,
            getElementTypeOrSelf(input.raw.getType()), options);
        if (input.quantizer)
          input.quantizer.setQuantTypeAttr(TypeAttr::get(quantType));
        else
          insertFakeQuant(rewriter, *input.rawUse, quantType,
                          /*powerOfTwo=*/false);
      }
      if (emitRemarks) {
        std::string unused;
        int64_t c = *cost(layer, w, a, unused);
        InFlightDiagnostic remark = op->emitRemark();
        if (strategy == BitwidthStrategy::sensitivity)
          remark << llvm::formatv("w{0}a{1}: gain {2:E3}, cost {3}", w, a,
                                  gainOf(index), c);
        else
          remark << llvm::formatv("w{0}a{1}: gain {2:F4}, cost {3}", w, a,
                                  gainOf(index), c);
        if (!range)
          remark << "; activation quantizer left to qnt-insert-fake-quant "
                    "(no calibrated range yet)";
      }
    }
  }

  /// The estimated gain of a layer's choice (its share of the group's
  /// activation gain included).
  double gainOf(unsigned index) const {
    if (strategy == BitwidthStrategy::uniform)
      return 0.0;
    const LayerModel &layer = layers[index];
    const ActivationGroup &group = groups[layer.group];
    return layer.weightGain[chosenWeight[index]] +
           group.activationGain[chosenActivation[layer.group]] /
               double(group.layers.size());
  }

  LogicalResult writeReport(std::string &error) {
    llvm::json::Array rows;
    int64_t totalCost = 0;
    double totalGain = 0.0;
    for (auto [index, layer] : llvm::enumerate(layers)) {
      unsigned w = chosenWeight[index], a = chosenActivation[layer.group];
      int64_t c = *cost(layer, w, a, error);
      totalCost += c;
      totalGain += gainOf(index);
      std::string location;
      llvm::raw_string_ostream os(location);
      layer.layer.op->getLoc().print(os);
      // Every width's estimated gain, weights and the layer's group.
      llvm::json::Object weightGains, activationGains;
      if (strategy != BitwidthStrategy::uniform) {
        for (unsigned b : weightWidths[index])
          weightGains[std::to_string(b)] = layer.weightGain[b];
        for (unsigned b : activationWidths[layer.group])
          activationGains[std::to_string(b)] =
              groups[layer.group].activationGain[b];
      }
      rows.push_back(llvm::json::Object{
          {"weight_gains", std::move(weightGains)},
          {"activation_gains", std::move(activationGains)},
          {"name", layer.layer.name},
          {"location", location},
          {"op", layer.layer.op->getName().getStringRef()},
          {"macs", layer.macs},
          {"params", layer.params},
          {"weight_bits", w},
          {"activation_bits", a},
          {"activation_group", layer.group},
          {"pinned", weightWidths[index].size() == 1},
          {"gain", gainOf(index)},
          {"cost", c}});
    }
    llvm::json::Object root{
        {"strategy", stringifyStrategy()},
        {"cost_model", stringifyCost()},
        {"budget_fraction", budget.getValue()},
        {"budget", budgetCost},
        {"all_8bit_cost", fullCost},
        {"total_cost", totalCost},
        {"cost_fraction", double(totalCost) / double(fullCost)},
        {"total_gain", totalGain},
        {"layers", std::move(rows)}};
    std::error_code ec;
    llvm::raw_fd_ostream out(report, ec, llvm::sys::fs::OF_Text);
    if (ec) {
      error = "report: cannot write '" + report + "': " + ec.message();
      return failure();
    }
    out << llvm::formatv("{0:2}", llvm::json::Value(std::move(root))) << "\n";
    return success();
  }

  StringRef stringifyStrategy() const {
    switch (strategy.getValue()) {
    case BitwidthStrategy::entropy:
      return "entropy";
    case BitwidthStrategy::sensitivity:
      return "sensitivity";
    case BitwidthStrategy::uniform:
      return "uniform";
    }
    llvm_unreachable("unknown strategy");
  }
  StringRef stringifyCost() const {
    switch (costModel.getValue()) {
    case BitwidthCost::weightBits:
      return "weight-bits";
    case BitwidthCost::bops:
      return "bops";
    case BitwidthCost::latency:
      return "latency";
    }
    llvm_unreachable("unknown cost model");
  }

  int64_t fullCost = 0, budgetCost = 0;
};

} // namespace
