//===- RegisterTile.cpp - the register tiles of the packed GEMM -----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "RegisterTile.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::qnt;

static Value indexConstant(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

/// A vector of zeros: the accumulators of a tile K starts afresh.
static Value zeroAccumulator(const TileIO &io, VectorType accType) {
  return arith::ConstantOp::create(
      io.b, io.loc, accType,
      DenseElementsAttr::get(
          accType, IntegerAttr::get(accType.getElementType(), 0)));
}

/// One step's weight vectors, B[jb][kq][v·width ..] for v < count, and the
/// qnt.vector_dot of every data operand with every weight vector:
/// next[r·count + v] = dot(acc[r·count + v], as[r], b[v]).
static SmallVector<Value> dotAllPairs(OpBuilder &b, Location loc,
                               const MicroKernel &kernel,
                               const TargetDescription &target,
                               VectorType accType, VectorType operandType,
                               Value packedB, Value jb, Value kq,
                               int64_t count, ArrayRef<Value> as,
                               ValueRange acc) {
  int64_t width = operandType.getNumElements();
  Value zeroElement =
      arith::ConstantIntOp::create(b, loc, operandType.getElementType(), 0);
  SmallVector<Value> bs(count);
  // Nibbles: each byte vector holds weight vector u in its low and vector
  // u + count/2 in its high nibbles.
  int64_t loads = kernel.nibbleWeights ? count / 2 : count;
  for (int64_t v = 0; v < loads; ++v) {
    Value bytes = vector::TransferReadOp::create(
        b, loc, operandType, packedB,
        ValueRange{jb, kq, indexConstant(b, loc, v * width)}, zeroElement,
        ArrayRef<bool>{true});
    if (!kernel.nibbleWeights) {
      bs[v] = bytes;
      continue;
    }
    auto splat = [&](int64_t value) {
      return arith::ConstantOp::create(
          b, loc, operandType,
          DenseElementsAttr::get(operandType, b.getI8IntegerAttr(value)));
    };
    Value mask = splat(15);
    bs[v] = arith::AndIOp::create(b, loc, bytes, mask);
    bs[v + loads] = arith::AndIOp::create(
        b, loc, arith::ShRUIOp::create(b, loc, bytes, splat(4)), mask);
  }
  StringRef kindName = stringifyDotKind(kernel.kind);
  SmallVector<Value> next;
  for (auto [r, a] : llvm::enumerate(as))
    for (int64_t v = 0; v < count; ++v)
      next.push_back(VectorDotOp::create(b, loc, accType, acc[r * count + v],
                                         a, bs[v], kindName,
                                         target.getName()));
  return next;
}

/// Lane-wise dot products (vpmaddwd, vpdpbusd, sdot, xor + popcount, ...):
/// an accumulator per row and weight vector; each row's group of `g` data
/// elements (32 or 64 bits) is broadcast to every lane.
Tile mlir::qnt::broadcastTile(const MicroKernel &kernel,
                              const TargetDescription &target,
                   Value a, Value packedB) {
  int64_t mr = kernel.mr, lanes = kernel.lanes, g = kernel.getGroup();
  int64_t vectorsPerRow = kernel.nr / lanes;
  MLIRContext *ctx = a.getContext();
  Type i32 = IntegerType::get(ctx, 32);
  Type element = IntegerType::get(ctx, kernel.getElementBits());
  // C's lanes, and the accumulators' (wider for popcounts).
  auto cType = VectorType::get({lanes}, i32);
  auto accType = VectorType::get(
      {lanes}, IntegerType::get(ctx, kernel.getAccumulatorBits()));
  auto groupType = VectorType::get({g}, element);
  auto operandType = VectorType::get({lanes * g}, element);
  Type word = IntegerType::get(ctx, g * kernel.getElementBits());
  auto wordType = VectorType::get({1}, word);
  auto splatType = VectorType::get({lanes}, word);
  Tile tile;
  tile.load = [=](const TileIO &io, Value c) {
    SmallVector<Value> accs;
    Value zero = arith::ConstantIntOp::create(io.b, io.loc, i32, 0);
    Value zeros = zeroAccumulator(io, accType);
    for (int64_t r = 0; r < mr; ++r)
      for (int64_t v = 0; v < vectorsPerRow; ++v) {
        if (io.oneBlock) {
          accs.push_back(zeros);
          continue;
        }
        Value partial = vector::TransferReadOp::create(
            io.b, io.loc, cType, c, ValueRange{io.rows[r], io.columns[v]},
            zero, ArrayRef<bool>{true});
        if (accType != cType)
          partial = arith::ExtSIOp::create(io.b, io.loc, accType, partial);
        accs.push_back(partial);
      }
    return accs;
  };
  // One step of `stepKernel`'s dot into accumulators of `stepAccType`.
  auto makeStep = [=, &target](MicroKernel stepKernel,
                               VectorType stepAccType) -> Tile::Step {
    return [=, &target](OpBuilder &b, Location loc, Value kq, Value jb,
                        ArrayRef<Value> rows, ValueRange acc) {
      Value kcol =
          arith::MulIOp::create(b, loc, kq, indexConstant(b, loc, g));
      Value zeroElement = arith::ConstantIntOp::create(b, loc, element, 0);
      SmallVector<Value> as;
      for (int64_t r = 0; r < mr; ++r) {
        Value group = vector::TransferReadOp::create(
            b, loc, groupType, a, ValueRange{rows[r], kcol}, zeroElement,
            ArrayRef<bool>{true});
        Value word = vector::BitCastOp::create(b, loc, wordType, group);
        Value scalar =
            vector::ExtractOp::create(b, loc, word, ArrayRef<int64_t>{0});
        Value splat = vector::BroadcastOp::create(b, loc, splatType, scalar);
        as.push_back(
            splatType == operandType
                ? splat
                : vector::BitCastOp::create(b, loc, operandType, splat)
                      .getResult());
      }
      return dotAllPairs(b, loc, stepKernel, target, stepAccType, operandType,
                         packedB, jb, kq, vectorsPerRow, as, acc);
    };
  };
  tile.step = makeStep(kernel, accType);
  if (kernel.i16Steps > 0) {
    // Pair sums in i16 lanes (two per i32 lane), widened by a dot with ones.
    MicroKernel pairs = kernel;
    pairs.kind = DotKind::U8S8PairsI16;
    auto acc16Type = VectorType::get({2 * lanes}, IntegerType::get(ctx, 16));
    tile.step16 = makeStep(pairs, acc16Type);
    int64_t count = mr * vectorsPerRow;
    tile.zeros16 = [=](OpBuilder &b, Location loc) {
      Value zero = arith::ConstantOp::create(
          b, loc, acc16Type,
          DenseElementsAttr::get(acc16Type, b.getI16IntegerAttr(0)));
      return SmallVector<Value>(count, zero);
    };
    tile.widen = [=, &target](OpBuilder &b, Location loc, ValueRange acc32,
                              ValueRange acc16) {
      Value ones = arith::ConstantOp::create(
          b, loc, acc16Type,
          DenseElementsAttr::get(acc16Type, b.getI16IntegerAttr(1)));
      SmallVector<Value> sums;
      for (auto [wide, narrow] : llvm::zip(acc32, acc16))
        sums.push_back(VectorDotOp::create(
            b, loc, accType, wide, narrow, ones,
            stringifyDotKind(DotKind::I16Pairs), target.getName()));
      return sums;
    };
  }
  tile.store = [=](const TileIO &io, Value c, ValueRange accs) {
    for (int64_t r = 0; r < mr; ++r)
      for (int64_t v = 0; v < vectorsPerRow; ++v) {
        Value acc = accs[r * vectorsPerRow + v];
        if (accType != cType)
          acc = arith::TruncIOp::create(io.b, io.loc, cType, acc);
        c = vector::TransferWriteOp::create(
                io.b, io.loc, acc, c, ValueRange{io.rows[r], io.columns[v]},
                ArrayRef<bool>{true})
                .getResult();
      }
    return c;
  };
  return tile;
}

/// 2×2 matrix tiles (smmla): an accumulator per pair of rows and weight
/// vector (2 columns × 8 reductions); each step reads 8 data elements of
/// both rows of a pair as one 16-byte operand.
Tile mlir::qnt::matrixTile(const MicroKernel &kernel,
                           const TargetDescription &target,
                Value a, Value packedB) {
  int64_t pairs = kernel.mr / 2, colPairs = kernel.nr / 2, g = 8;
  MLIRContext *ctx = a.getContext();
  Type i32 = IntegerType::get(ctx, 32), i8 = IntegerType::get(ctx, 8);
  auto accType = VectorType::get({4}, i32);
  auto halfType = VectorType::get({2}, i32);
  auto rowType = VectorType::get({g}, i8);
  auto operandType = VectorType::get({2 * g}, i8);
  SmallVector<int64_t> concat16, concat4, top = {0, 1}, bottom = {2, 3};
  for (int64_t t = 0; t < 16; ++t)
    concat16.push_back(t);
  for (int64_t t = 0; t < 4; ++t)
    concat4.push_back(t);
  Tile tile;
  tile.load = [=](const TileIO &io, Value c) {
    SmallVector<Value> accs;
    Value zero = arith::ConstantIntOp::create(io.b, io.loc, i32, 0);
    Value zeros = zeroAccumulator(io, accType);
    for (int64_t p = 0; p < pairs; ++p)
      for (int64_t q = 0; q < colPairs; ++q) {
        if (io.oneBlock) {
          accs.push_back(zeros);
          continue;
        }
        Value halves[2];
        for (int64_t h = 0; h < 2; ++h)
          halves[h] = vector::TransferReadOp::create(
              io.b, io.loc, halfType, c,
              ValueRange{io.rows[2 * p + h], io.columns[q]}, zero,
              ArrayRef<bool>{true});
        accs.push_back(vector::ShuffleOp::create(io.b, io.loc, halves[0],
                                                 halves[1], concat4));
      }
    return accs;
  };
  tile.step = [=, &target](OpBuilder &b, Location loc, Value kq, Value jb,
                           ArrayRef<Value> rows, ValueRange acc) {
    Value kcol =
        arith::MulIOp::create(b, loc, kq, indexConstant(b, loc, g));
    Value zeroElement = arith::ConstantIntOp::create(b, loc, i8, 0);
    SmallVector<Value> as;
    for (int64_t p = 0; p < pairs; ++p) {
      Value halves[2];
      for (int64_t h = 0; h < 2; ++h)
        halves[h] = vector::TransferReadOp::create(
            b, loc, rowType, a, ValueRange{rows[2 * p + h], kcol},
            zeroElement, ArrayRef<bool>{true});
      as.push_back(vector::ShuffleOp::create(b, loc, halves[0], halves[1],
                                             concat16));
    }
    return dotAllPairs(b, loc, kernel, target, accType, operandType, packedB,
                       jb, kq, colPairs, as, acc);
  };
  tile.store = [=](const TileIO &io, Value c, ValueRange accs) {
    for (int64_t p = 0; p < pairs; ++p)
      for (int64_t q = 0; q < colPairs; ++q) {
        Value acc = accs[p * colPairs + q];
        for (int64_t h = 0; h < 2; ++h) {
          Value half = vector::ShuffleOp::create(io.b, io.loc, acc, acc,
                                                 h == 0 ? top : bottom);
          c = vector::TransferWriteOp::create(
                  io.b, io.loc, half, c,
                  ValueRange{io.rows[2 * p + h], io.columns[q]},
                  ArrayRef<bool>{true})
                  .getResult();
        }
      }
    return c;
  };
  return tile;
}
