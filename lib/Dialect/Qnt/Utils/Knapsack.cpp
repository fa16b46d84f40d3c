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

std::optional<KnapsackSolution> mlir::qnt::solveMultipleChoiceKnapsack(
    llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups, int64_t budget) {
  std::vector<State> frontier{{0, 0.0, {}}};
  for (const llvm::SmallVector<KnapsackOption> &options : groups) {
    std::vector<State> next;
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
      return std::nullopt;
  }
  // The frontier's gains increase with cost: the last state is the best,
  // and the first state with that gain is the cheapest.
  const State *chosen = &frontier.back();
  for (const State &state : frontier)
    if (state.gain == chosen->gain) {
      chosen = &state;
      break;
    }
  return KnapsackSolution{chosen->choice, chosen->cost, chosen->gain};
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
