//===- RegisterTile.h - the register tiles of the packed GEMM ----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The micro-kernel of the packed GEMM as a strategy: how a register tile's
// accumulators are loaded from C, advanced by one step of `g` reductions
// (reads of A and B and a grid of qnt.vector_dot), and stored back. Lane-wise
// dot instructions broadcast each row's group of data to every lane;
// matrix instructions (smmla) take 2×2 tiles.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_REGISTERTILE_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_REGISTERTILE_H

#include "qnt/Conversion/QntToLoops/TargetDescription.h"

#include "mlir/IR/Builders.h"

#include <functional>

namespace mlir::qnt {

/// Where a register tile sits: its rows of C (and A) and the first column
/// of each of its weight vectors.
struct TileIO {
  OpBuilder &b;
  Location loc;
  ArrayRef<Value> rows, columns;
  /// K is one block: the tile starts from zero, C is not read.
  bool oneBlock;
};

/// The micro-kernel of one register tile: its accumulators, one step of
/// `g` reductions, and the store back into C.
struct Tile {
  using Step = std::function<SmallVector<Value>(
      OpBuilder &, Location, Value, Value, ArrayRef<Value>, ValueRange)>;
  std::function<SmallVector<Value>(const TileIO &, Value)> load;
  Step step;
  std::function<Value(const TileIO &, Value, ValueRange)> store;
  /// With i16 accumulation (MicroKernel::i16Steps): the i16 accumulators at
  /// zero, a step on them, and their sum into the i32 accumulators.
  std::function<SmallVector<Value>(OpBuilder &, Location)> zeros16;
  Step step16;
  std::function<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                   ValueRange)>
      widen;
};

/// Lane-wise dot products (vpmaddwd, vpdpbusd, sdot, xor + popcount, ...):
/// an accumulator per row and weight vector; each row's group of `g` data
/// elements (32 or 64 bits) is broadcast to every lane. `a` is A[Mp][Kp],
/// `packedB` is B[Np/nr][Kp/g][nr·g] (or nibbles).
Tile broadcastTile(const MicroKernel &kernel, const TargetDescription &target,
                   Value a, Value packedB);

/// 2×2 matrix tiles (smmla): an accumulator per pair of rows and weight
/// vector (2 columns × 8 reductions).
Tile matrixTile(const MicroKernel &kernel, const TargetDescription &target,
                Value a, Value packedB);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_REGISTERTILE_H
