//===- Knapsack.h - exact multiple-choice 0-1 knapsack ----------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Mixed-precision selection (EAGL/ALPS): every layer (or group of layers
// tied together) picks exactly one option (a bit width) with an integer
// cost and an estimated gain; maximise the total gain with the total cost
// within a budget.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_UTILS_KNAPSACK_H
#define QNT_DIALECT_QNT_UTILS_KNAPSACK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace mlir::qnt {

struct KnapsackOption {
  int64_t cost;
  double gain;
};

struct KnapsackSolution {
  /// The option chosen in each group.
  llvm::SmallVector<unsigned> choice;
  int64_t cost = 0;
  double gain = 0.0;
};

/// Exact multiple-choice knapsack: one option per group, total cost ≤
/// `budget`, maximum total gain. Dynamic programming over the Pareto
/// frontier of (cost, gain) of the groups seen so far, so costs need not be
/// small. Ties go to the lower cost, then to the lexicographically smaller
/// choice vector: the result is deterministic. Nullopt when even the
/// cheapest options exceed the budget (see minimumKnapsackCost).
std::optional<KnapsackSolution> solveMultipleChoiceKnapsack(
    llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups, int64_t budget);

/// Every selection on the Pareto frontier of (cost, gain), cheapest first:
/// no other selection is both no more expensive and better. Gains increase
/// strictly along it. Solving a sub-problem's frontier first lets a group of
/// options that are themselves a knapsack (layers that must share a width)
/// enter an outer knapsack exactly. Selections costing more than `budget`
/// are dropped.
std::vector<KnapsackSolution>
knapsackParetoFrontier(llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups,
                       int64_t budget);

/// The smallest achievable total cost: the budget below which no selection
/// is feasible.
int64_t
minimumKnapsackCost(llvm::ArrayRef<llvm::SmallVector<KnapsackOption>> groups);

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_UTILS_KNAPSACK_H
