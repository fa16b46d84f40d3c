//===- KnapsackTest.cpp - multiple-choice knapsack vs brute force --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/Utils/Knapsack.h"

#include "gtest/gtest.h"

#include <limits>
#include <random>

using namespace mlir::qnt;

namespace {

using Groups = std::vector<llvm::SmallVector<KnapsackOption>>;

/// Best gain over every selection (∏ options of them) within the budget.
std::optional<double> bruteForce(const Groups &groups, int64_t budget) {
  std::optional<double> best;
  std::vector<unsigned> index(groups.size(), 0);
  while (true) {
    int64_t cost = 0;
    double gain = 0.0;
    for (size_t g = 0; g < groups.size(); ++g) {
      cost += groups[g][index[g]].cost;
      gain += groups[g][index[g]].gain;
    }
    if (cost <= budget && (!best || gain > *best))
      best = gain;
    size_t g = 0;
    while (g < groups.size() && ++index[g] == groups[g].size())
      index[g++] = 0;
    if (g == groups.size())
      return best;
  }
}

TEST(Knapsack, MatchesBruteForceOnRandomInstances) {
  std::mt19937 rng(2024);
  std::uniform_int_distribution<int> layers(1, 12), costs(1, 100);
  std::uniform_real_distribution<double> gains(0.0, 10.0);
  for (int t = 0; t < 1000; ++t) {
    // Most instances small, some up to the full 12 layers × 3 choices.
    int n = t % 10 == 0 ? 12 : layers(rng) % 9 + 1;
    Groups groups(n);
    int64_t total = 0;
    for (auto &options : groups) {
      for (int j = 0; j < 3; ++j)
        options.push_back({costs(rng), gains(rng)});
      total += options[0].cost;
    }
    int64_t budget = std::uniform_int_distribution<int64_t>(0, total)(rng) +
                     minimumKnapsackCost(groups) / 2;
    std::optional<KnapsackSolution> dp =
        solveMultipleChoiceKnapsack(groups, budget);
    std::optional<double> best = bruteForce(groups, budget);
    ASSERT_EQ(dp.has_value(), best.has_value()) << "instance " << t;
    if (!dp)
      continue;
    EXPECT_NEAR(dp->gain, *best, 1e-9) << "instance " << t;
    // The reported choice has the reported cost and gain, within budget.
    int64_t cost = 0;
    double gain = 0.0;
    for (size_t g = 0; g < groups.size(); ++g) {
      cost += groups[g][dp->choice[g]].cost;
      gain += groups[g][dp->choice[g]].gain;
    }
    EXPECT_EQ(cost, dp->cost);
    EXPECT_NEAR(gain, dp->gain, 1e-9);
    EXPECT_LE(cost, budget);
  }
}

TEST(Knapsack, InfeasibleBelowTheMinimumCost) {
  Groups groups = {{{8, 3.0}, {4, 1.0}}, {{8, 2.0}, {2, 0.5}}};
  EXPECT_EQ(minimumKnapsackCost(groups), 6);
  EXPECT_FALSE(solveMultipleChoiceKnapsack(groups, 5).has_value());
  std::optional<KnapsackSolution> s = solveMultipleChoiceKnapsack(groups, 6);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->choice, (llvm::SmallVector<unsigned>{1, 1}));
  // With room for one 8-bit layer, the larger gain wins.
  s = solveMultipleChoiceKnapsack(groups, 10);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->choice, (llvm::SmallVector<unsigned>{0, 1}));
}

TEST(Knapsack, TiesAreDeterministic) {
  // Equal gains: the cheaper selection, then the smaller choice vector.
  Groups groups = {{{4, 1.0}, {2, 1.0}}, {{1, 0.0}, {1, 0.0}}};
  std::optional<KnapsackSolution> s = solveMultipleChoiceKnapsack(groups, 10);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->choice, (llvm::SmallVector<unsigned>{1, 0}));
  EXPECT_EQ(s->cost, 3);
}

} // namespace

TEST(Knapsack, FrontierPointsAreOptimalAtTheirCost) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> costs(1, 50);
  std::uniform_real_distribution<double> gains(-5.0, 10.0);
  for (int t = 0; t < 200; ++t) {
    Groups groups(1 + t % 6);
    for (auto &options : groups)
      for (int j = 0; j < 3; ++j)
        options.push_back({costs(rng), gains(rng)});
    std::vector<KnapsackSolution> frontier =
        knapsackParetoFrontier(groups, std::numeric_limits<int64_t>::max());
    ASSERT_FALSE(frontier.empty());
    EXPECT_EQ(frontier.front().cost, minimumKnapsackCost(groups));
    for (size_t i = 0; i < frontier.size(); ++i) {
      // Each point is the best selection costing at most its cost, and
      // strictly better than the cheaper points.
      std::optional<double> best = bruteForce(groups, frontier[i].cost);
      ASSERT_TRUE(best.has_value());
      EXPECT_NEAR(frontier[i].gain, *best, 1e-9) << "instance " << t;
      if (i > 0) {
        EXPECT_GT(frontier[i].cost, frontier[i - 1].cost);
        EXPECT_GT(frontier[i].gain, frontier[i - 1].gain);
      }
    }
  }
}
