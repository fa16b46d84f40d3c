//===- Knapsack.cpp - exact multiple-choice 0-1 knapsack -----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Knapsack.h"

#include <algorithm>
#include <limits>

using namespace mlir::qnt;

namespace {

/// A partial selection on the Pareto frontier: no other selection of the
/// same groups is both cheaper (or equal) and better.
struct State {
  int64_t cost;
  double gain;
  llvm::SmallVector<unsigned> choice;
};

/// Orders by cost, then best gain first, then the smaller choice vector.
bool before(const State &a, const State &b) {
  if (a.cost != b.cost)
    return a.cost < b.cost;
  if (a.gain != b.gain)
    return a.gain > b.gain;
  return a.choice < b.choice;
}

} // namespace

std::vector<KnapsackSolution> mlir::qnt::knapsackParetoFrontier(
    llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups, int64_t budget) {
  std::vector<State> frontier{{0, 0.0, {}}};
  for (const llvm::SmallVector<KnapsackOption> &options : groups) {
    std::vector<State> next;
    next.reserve(frontier.size() * options.size());
    for (const State &state : frontier)
      for (auto [index, option] : llvm::enumerate(options)) {
        int64_t cost = state.cost + option.cost;
        if (cost > budget)
          continue;
        State extended{cost, state.gain + option.gain, state.choice};
        extended.choice.push_back(static_cast<unsigned>(index));
        next.push_back(std::move(extended));
      }
    // Keep a state only if it beats every cheaper one.
    std::sort(next.begin(), next.end(), before);
    frontier.clear();
    double best = -std::numeric_limits<double>::infinity();
    for (State &state : next)
      if (state.gain > best) {
        best = state.gain;
        frontier.push_back(std::move(state));
      }
    if (frontier.empty())
      return {};
  }
  std::vector<KnapsackSolution> result;
  result.reserve(frontier.size());
  for (State &state : frontier)
    result.push_back({std::move(state.choice), state.cost, state.gain});
  return result;
}

std::optional<KnapsackSolution> mlir::qnt::solveMultipleChoiceKnapsack(
    llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups, int64_t budget) {
  std::vector<KnapsackSolution> frontier =
      knapsackParetoFrontier(groups, budget);
  if (frontier.empty())
    return std::nullopt;
  // Gains increase strictly along the frontier: the last one is the best and
  // the cheapest with that gain.
  return std::move(frontier.back());
}

int64_t mlir::qnt::minimumKnapsackCost(
    llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups) {
  int64_t total = 0;
  for (const llvm::SmallVector<KnapsackOption> &options : groups) {
    int64_t cheapest = std::numeric_limits<int64_t>::max();
    for (const KnapsackOption &option : options)
      cheapest = std::min(cheapest, option.cost);
    total += cheapest;
  }
  return total;
}
