//===- PackedGemm.cpp - an integer layer as a packed GEMM -----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The loop nest (BLIS order; B's block of nc columns × kc reductions stays
// in L2, A's mr rows × kc in L1, the accumulators in registers):
//
//   C = 0                                   (only when K has several blocks)
//   for jc in [0, Np) step nc:
//     for pc in [0, Kp) step kc:
//       for i in [0, Mp) step mr:
//         for jb in [jc, min(jc + nc, Np)) step nr:
//           acc[mr][nr / lanes] = C[i.., jb..]   (0 when K is one block)
//           for kq in [pc, min(pc + kc, Kp)) step g:
//             a[r] = broadcast(A[i + r][kq .. kq + g))  (g elements: 32 or 64 bits)
//             b[v] = B[jb / nr][kq / g][v·lanes·g ..]
//             acc[r][v] = dot(acc[r][v], a[r], b[v])
//           C[i.., jb..] = acc
//
//===----------------------------------------------------------------------===//

#include "PackedGemm.h"
#include "RegisterTile.h"

#include "qnt/Analysis/AccumulatorWidth.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Utils/Utils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"


using namespace mlir;
using namespace mlir::qnt;

namespace {

int64_t roundUp(int64_t x, int64_t multiple) {
  return (x + multiple - 1) / multiple * multiple;
}

/// The GEMM's padded sizes and blocking for one layer.
struct Blocking {
  MicroKernel kernel;
  int64_t mp, np, kp, kc, nc;
};

/// Whether to store the weights as nibbles: 4-bit weights of a layer with
/// a single row tile (a matrix-vector product, which streams the weights
/// once and is bound by reading them), for the 8-bit dot kinds whose
/// register tile holds an even number of weight vectors.
bool useNibbleWeights(const IntegerDot &dot, const MicroKernel &kernel,
                      int64_t lo, int64_t hi) {
  bool byteKind = kernel.kind == DotKind::U8S8Quads ||
                  kernel.kind == DotKind::S8S8Quads ||
                  kernel.kind == DotKind::U8S8QuadsI16;
  int64_t vectors = kernel.nr / kernel.lanes;
  return byteKind && lo >= -8 && hi <= 7 && dot.m <= kernel.mr &&
         vectors % 2 == 0;
}

Blocking chooseBlocking(const IntegerDot &dot, MicroKernel kernel) {
  Blocking b;
  // Matrix tiles take rows in pairs.
  kernel.mr = std::min(kernel.mr, kernel.kind == DotKind::S8S8Mmla
                                      ? roundUp(dot.m, 2)
                                      : dot.m);
  b.kernel = kernel;
  int64_t g = kernel.getGroup(), bytes = kernel.getElementBits() / 8;
  b.mp = roundUp(dot.m, kernel.mr);
  b.np = roundUp(dot.n, kernel.nr);
  b.kp = roundUp(dot.k, g);
  // A's rows for one tile: 4 KiB in L1; B's block: 256 KiB in L2.
  b.kc = std::min(b.kp, roundUp(4096 / (kernel.mr * bytes), g));
  int64_t columns = (256 * 1024) / (b.kc * bytes) / kernel.nr * kernel.nr;
  b.nc = std::min(b.np, std::max(kernel.nr, columns));
  return b;
}

Value indexConstant(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

/// The map from the loops of a sub-nest (the `kept` loops of `op`, in that
/// order) to the loops of `op`; the other loops read as 0.
AffineMap subNestToLoops(const IntegerDot &dot, ArrayRef<unsigned> kept) {
  MLIRContext *ctx = dot.op->getContext();
  SmallVector<AffineExpr> exprs(dot.getNumLoops(),
                                getAffineConstantExpr(0, ctx));
  for (auto [i, d] : llvm::enumerate(kept))
    exprs[d] = getAffineDimExpr(i, ctx);
  return AffineMap::get(kept.size(), 0, exprs, ctx);
}

SmallVector<int64_t> sizesOf(const IntegerDot &dot, ArrayRef<unsigned> loops) {
  SmallVector<int64_t> sizes;
  for (unsigned d : loops)
    sizes.push_back(dot.loopRanges[d]);
  return sizes;
}

/// Σ_k A[m][k] as i32 (u8 or s8 as the kernel reads A): what a weight
/// offset of 1 adds to row m of the GEMM.
Value rowSums(OpBuilder &b, Location loc, const MicroKernel &kernel,
              Value a) {
  auto type = cast<RankedTensorType>(a.getType());
  Type i32 = b.getI32Type();
  Value zero = arith::ConstantIntOp::create(b, loc, i32, 0);
  Value empty = tensor::EmptyOp::create(b, loc, {type.getDimSize(0)}, i32);
  Value init = linalg::FillOp::create(b, loc, zero, empty).getResult(0);
  MLIRContext *ctx = b.getContext();
  AffineExpr m = getAffineDimExpr(0, ctx), k = getAffineDimExpr(1, ctx);
  SmallVector<AffineMap> maps = {AffineMap::get(2, 0, {m, k}, ctx),
                                 AffineMap::get(2, 0, {m}, ctx)};
  SmallVector<utils::IteratorType> iterators = {
      utils::IteratorType::parallel, utils::IteratorType::reduction};
  bool isUnsigned = kernel.isUnsignedData();
  return linalg::GenericOp::create(
             b, loc, init.getType(), a, init, maps, iterators,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value x =
                   isUnsigned
                       ? arith::ExtUIOp::create(nb, nl, i32, args[0])
                             .getResult()
                       : arith::ExtSIOp::create(nb, nl, i32, args[0])
                             .getResult();
               linalg::YieldOp::create(
                   nb, nl, arith::AddIOp::create(nb, nl, args[1], x)
                               .getResult());
             })
      .getResult(0);
}

/// A[Mp][Kp]: the data through its indexing map (im2col), encoded for the
/// kernel, padded with zeros.
Value packData(OpBuilder &b, Location loc, const IntegerDot &dot,
               const Blocking &blocking) {
  const MicroKernel &kernel = blocking.kernel;
  SmallVector<unsigned> loops(dot.mLoops);
  loops.append(dot.kLoops.begin(), dot.kLoops.end());
  AffineMap dataMap =
      dot.dataMap.compose(subNestToLoops(dot, loops));
  Type element = b.getIntegerType(kernel.getElementBits());
  auto columnsType = RankedTensorType::get(sizesOf(dot, loops), element);
  Value empty = tensor::EmptyOp::create(b, loc, columnsType.getShape(), element);
  SmallVector<AffineMap> maps = {
      dataMap, b.getMultiDimIdentityMap(loops.size())};
  SmallVector<utils::IteratorType> iterators(loops.size(),
                                             utils::IteratorType::parallel);
  int64_t zeroPoint = dot.dataZeroPoint;
  auto columns = linalg::GenericOp::create(
      b, loc, columnsType, ValueRange{dot.data}, ValueRange{empty}, maps,
      iterators, [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value x = args[0];
        Type i8 = nb.getI8Type();
        if (kernel.kind != DotKind::I16Pairs &&
            kernel.kind != DotKind::XorPopcount && x.getType() != i8)
          x = arith::ExtSIOp::create(nb, nl, i8, x);
        switch (kernel.kind) {
        case DotKind::I16Pairs: {
          x = arith::ExtSIOp::create(nb, nl, element, x);
          Value z = arith::ConstantIntOp::create(nb, nl, element, zeroPoint);
          x = arith::SubIOp::create(nb, nl, x, z);
          break;
        }
        case DotKind::U8S8Quads:
        case DotKind::U8S8QuadsI16:
        case DotKind::U8S8PairsI16: {
          // x + 128 as an unsigned byte.
          Value bias = arith::ConstantIntOp::create(nb, nl, element, -128);
          x = arith::XOrIOp::create(nb, nl, x, bias);
          break;
        }
        case DotKind::S8S8Quads:
        case DotKind::S8S8Mmla:
        case DotKind::XorPopcount:
          break;
        }
        linalg::YieldOp::create(nb, nl, x);
      });
  SmallVector<ReassociationIndices> reassociation(2);
  for (unsigned i = 0; i < loops.size(); ++i)
    reassociation[i < dot.mLoops.size() ? 0 : 1].push_back(i);
  Value a = columns.getResult(0);
  if (loops.size() > 2)
    a = tensor::CollapseShapeOp::create(b, loc, a, reassociation);
  if (blocking.mp == dot.m && blocking.kp == dot.k)
    return a;
  auto paddedType =
      RankedTensorType::get({blocking.mp, blocking.kp}, element);
  Value zero = arith::ConstantIntOp::create(b, loc, element, 0);
  return tensor::createPadHighOp(paddedType, a, zero, /*nofold=*/false, loc,
                                 b);
}

/// Offsets into the weight tensor of every combination of `loops` (the N or
/// K loops), row-major over their ranges; the other loops at 0.
std::vector<int64_t> weightOffsets(const IntegerDot &dot,
                                   ArrayRef<unsigned> loops) {
  AffineMap map = dot.weightMap;
  ArrayRef<int64_t> shape =
      cast<RankedTensorType>(dot.weights.getType()).getShape();
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t r = int64_t(shape.size()) - 2; r >= 0; --r)
    strides[r] = strides[r + 1] * shape[r + 1];
  // The stride of each loop in the weight tensor.
  SmallVector<int64_t> loopStride(dot.getNumLoops(), 0);
  for (unsigned r = 0; r < map.getNumResults(); ++r)
    loopStride[map.getDimPosition(r)] += strides[r];
  SmallVector<int64_t> sizes = sizesOf(dot, loops);
  int64_t count = 1;
  for (int64_t s : sizes)
    count *= s;
  std::vector<int64_t> offsets(count);
  for (int64_t linear = 0; linear < count; ++linear) {
    int64_t rest = linear, offset = 0;
    for (int64_t i = int64_t(loops.size()) - 1; i >= 0; --i) {
      offset += (rest % sizes[i]) * loopStride[loops[i]];
      rest /= sizes[i];
    }
    offsets[linear] = offset;
  }
  return offsets;
}

template <typename T>
Value buildPackedConstant(OpBuilder &b, Location loc,
                          const std::vector<int64_t> &values,
                          RankedTensorType type) {
  std::vector<T> narrow(values.begin(), values.end());
  auto attr = DenseElementsAttr::get(type, ArrayRef<T>(narrow));
  return arith::ConstantOp::create(b, loc, type, cast<TypedAttr>(attr));
}

/// B[Np/nr][Kp/g][nr·g] (zeros past N and K), and the per-column sums of
/// the weights (for the zero-point correction; none for words).
Value packWeights(OpBuilder &b, Location loc, const IntegerDot &dot,
                  const Blocking &blocking, std::vector<int64_t> &columnSums) {
  const MicroKernel &kernel = blocking.kernel;
  int64_t g = kernel.getGroup(), nr = kernel.nr;
  int64_t kGroups = blocking.kp / g;
  std::vector<int64_t> nOffsets = weightOffsets(dot, dot.nLoops);
  std::vector<int64_t> kOffsets = weightOffsets(dot, dot.kLoops);
  std::vector<int64_t> packed(blocking.np * blocking.kp, 0);
  bool words = kernel.kind == DotKind::XorPopcount;
  // Nibbles: w + 8 in [0, 15].
  int64_t offset = kernel.nibbleWeights ? 8 : 0;
  columnSums.assign(dot.n, 0);
  for (int64_t n = 0; n < dot.n; ++n) {
    int64_t base = (n / nr) * kGroups * nr * g + (n % nr) * g;
    for (int64_t k = 0; k < dot.k; ++k) {
      int64_t w = dot.weightValues[nOffsets[n] + kOffsets[k]];
      if (words) {
        packed[base + (k / g) * nr * g + k % g] = w;
        continue;
      }
      w -= dot.weightZeroPoint;
      packed[base + (k / g) * nr * g + k % g] = w + offset;
      columnSums[n] += w;
    }
  }
  Type element = b.getIntegerType(kernel.getElementBits());
  if (kernel.nibbleWeights) {
    // Byte i of each panel row holds value i (low nibble) and value
    // i + nr·g/2 (high nibble).
    int64_t half = nr * g / 2;
    std::vector<int64_t> bytes(packed.size() / 2);
    for (size_t row = 0; row < packed.size() / (2 * half); ++row)
      for (int64_t i = 0; i < half; ++i)
        bytes[row * half + i] = int8_t(packed[row * 2 * half + i] |
                                       packed[row * 2 * half + half + i] << 4);
    auto type = RankedTensorType::get({blocking.np / nr, kGroups, half},
                                      element);
    return buildPackedConstant<int8_t>(b, loc, bytes, type);
  }
  auto type = RankedTensorType::get({blocking.np / nr, kGroups, nr * g},
                                    element);
  switch (kernel.getElementBits()) {
  case 64:
    return buildPackedConstant<int64_t>(b, loc, packed, type);
  case 32:
    return buildPackedConstant<int32_t>(b, loc, packed, type);
  case 16:
    return buildPackedConstant<int16_t>(b, loc, packed, type);
  default:
    return buildPackedConstant<int8_t>(b, loc, packed, type);
  }
}

/// The register-tile loop nest computing C[Mp][Np] = A · B.
Value emitGemm(OpBuilder &b, Location loc, const TargetDescription &target,
               const Blocking &blocking, Value a, Value packedB) {
  const MicroKernel &kernel = blocking.kernel;
  int64_t mr = kernel.mr, nr = kernel.nr, lanes = kernel.lanes;
  int64_t g = kernel.getGroup(), vectorsPerRow = nr / lanes;
  Type i32 = b.getI32Type();
  auto cType = RankedTensorType::get({blocking.mp, blocking.np}, i32);
  Value zero32 = arith::ConstantIntOp::create(b, loc, i32, 0);
  Value c = tensor::EmptyOp::create(b, loc, cType.getShape(), i32);
  // With one block of K every tile starts from zero; otherwise tiles carry
  // their partial sums in C from one block to the next.
  bool oneBlock = blocking.kc >= blocking.kp;
  if (!oneBlock)
    c = linalg::FillOp::create(b, loc, zero32, c).getResult(0);

  Tile tile = kernel.kind == DotKind::S8S8Mmla
                  ? matrixTile(kernel, target, a, packedB)
                  : broadcastTile(kernel, target, a, packedB);
  Value c0 = indexConstant(b, loc, 0), c1 = indexConstant(b, loc, 1);
  Value npV = indexConstant(b, loc, blocking.np);
  Value kpV = indexConstant(b, loc, blocking.kp);
  Value nrV = indexConstant(b, loc, nr), gV = indexConstant(b, loc, g);

  auto jcLoop = scf::ForOp::create(
      b, loc, c0, npV, indexConstant(b, loc, blocking.nc), ValueRange{c},
      [&](OpBuilder &b1, Location l1, Value jc, ValueRange cJc) {
        auto pcLoop = scf::ForOp::create(
            b1, l1, c0, kpV, indexConstant(b1, l1, blocking.kc), cJc,
            [&](OpBuilder &b2, Location l2, Value pc, ValueRange cPc) {
              Value kqBegin = arith::DivUIOp::create(b2, l2, pc, gV);
              Value kEnd = arith::MinUIOp::create(
                  b2, l2,
                  arith::AddIOp::create(b2, l2, pc,
                                        indexConstant(b2, l2, blocking.kc)),
                  kpV);
              Value kqEnd = arith::DivUIOp::create(b2, l2, kEnd, gV);
              Value jbBegin = arith::DivUIOp::create(b2, l2, jc, nrV);
              Value jEnd = arith::MinUIOp::create(
                  b2, l2,
                  arith::AddIOp::create(b2, l2, jc,
                                        indexConstant(b2, l2, blocking.nc)),
                  npV);
              Value jbEnd = arith::DivUIOp::create(b2, l2, jEnd, nrV);
              auto iLoop = scf::ForOp::create(
                  b2, l2, c0, indexConstant(b2, l2, blocking.mp),
                  indexConstant(b2, l2, mr), cPc,
                  [&](OpBuilder &b3, Location l3, Value i, ValueRange cI) {
                    auto jbLoop = scf::ForOp::create(
                        b3, l3, jbBegin, jbEnd, c1, cI,
                        [&](OpBuilder &b4, Location l4, Value jb,
                            ValueRange cJb) {
                          Value j = arith::MulIOp::create(b4, l4, jb, nrV);
                          SmallVector<Value> rows, columns;
                          for (int64_t r = 0; r < mr; ++r)
                            rows.push_back(arith::AddIOp::create(
                                b4, l4, i, indexConstant(b4, l4, r)));
                          for (int64_t v = 0; v < vectorsPerRow; ++v)
                            columns.push_back(arith::AddIOp::create(
                                b4, l4, j, indexConstant(b4, l4, v * lanes)));
                          TileIO io{b4, l4, rows, columns, oneBlock};
                          SmallVector<Value> accs = tile.load(io, cJb[0]);
                          auto steps = [&](Tile::Step &step, Value begin,
                                           Value end, ValueRange init) {
                            return scf::ForOp::create(
                                b4, l4, begin, end, c1, init,
                                [&](OpBuilder &b5, Location l5, Value kq,
                                    ValueRange acc) {
                                  scf::YieldOp::create(
                                      b5, l5, step(b5, l5, kq, jb, rows, acc));
                                });
                          };
                          scf::ForOp kLoop;
                          if (kernel.i16Steps == 0) {
                            kLoop = steps(tile.step, kqBegin, kqEnd, accs);
                          } else {
                            // Runs of i16Steps steps in i16 lanes, each
                            // widened into the i32 accumulators.
                            Value run = indexConstant(b4, l4, kernel.i16Steps);
                            kLoop = scf::ForOp::create(
                                b4, l4, kqBegin, kqEnd, run, accs,
                                [&](OpBuilder &b5, Location l5, Value k0,
                                    ValueRange acc) {
                                  Value end = arith::MinUIOp::create(
                                      b5, l5,
                                      arith::AddIOp::create(b5, l5, k0, run),
                                      kqEnd);
                                  auto inner = scf::ForOp::create(
                                      b5, l5, k0, end, c1,
                                      tile.zeros16(b5, l5),
                                      [&](OpBuilder &b6, Location l6,
                                          Value kq, ValueRange acc16) {
                                        scf::YieldOp::create(
                                            b6, l6,
                                            tile.step16(b6, l6, kq, jb, rows,
                                                        acc16));
                                      });
                                  scf::YieldOp::create(
                                      b5, l5,
                                      tile.widen(b5, l5, acc,
                                                 inner.getResults()));
                                });
                          }
                          scf::YieldOp::create(
                              b4, l4,
                              tile.store(io, cJb[0], kLoop.getResults()));
                        });
                    scf::YieldOp::create(b3, l3, jbLoop.getResults());
                  });
              scf::YieldOp::create(b2, l2, iLoop.getResults());
            });
        scf::YieldOp::create(b1, l1, pcLoop.getResults());
      });
  return jcLoop.getResult(0);
}

/// init + scale·C (− the per-column correction, − 8 × the per-row sums
/// `rows` when not null), in the op's output layout.
Value emitEpilogue(OpBuilder &b, Location loc, const IntegerDot &dot,
                   Value c, int64_t scale,
                   const std::vector<int64_t> &correction, Value rows) {
  SmallVector<unsigned> loops(dot.mLoops);
  loops.append(dot.nLoops.begin(), dot.nLoops.end());
  unsigned nm = dot.mLoops.size(), rank = loops.size();
  Type i32 = b.getI32Type();
  SmallVector<OpFoldResult> zeros(2, b.getIndexAttr(0)),
      ones(2, b.getIndexAttr(1));
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(dot.m),
                                     b.getIndexAttr(dot.n)};
  Value slice = tensor::ExtractSliceOp::create(b, loc, c, zeros, sizes, ones);
  SmallVector<ReassociationIndices> reassociation(2);
  for (unsigned i = 0; i < rank; ++i)
    reassociation[i < nm ? 0 : 1].push_back(i);
  auto expandedType = RankedTensorType::get(sizesOf(dot, loops), i32);
  Value expanded =
      rank == 2 ? slice
                : tensor::ExpandShapeOp::create(b, loc, expandedType, slice,
                                                reassociation)
                      .getResult();
  // Iterate in the output's own dimension order, so the output is written
  // contiguously (C[M][N] is read through a permutation instead).
  MLIRContext *ctx = b.getContext();
  DenseMap<unsigned, unsigned> outputDim;
  for (unsigned r = 0; r < dot.initMap.getNumResults(); ++r)
    outputDim[dot.initMap.getDimPosition(r)] = r;
  auto mapOf = [&](ArrayRef<unsigned> loopList) {
    SmallVector<AffineExpr> exprs;
    for (unsigned l : loopList)
      exprs.push_back(getAffineDimExpr(outputDim[l], ctx));
    return AffineMap::get(rank, 0, exprs, ctx);
  };
  SmallVector<Value> inputs = {expanded};
  SmallVector<AffineMap> maps = {mapOf(loops)};
  bool corrected = llvm::any_of(correction, [](int64_t v) { return v != 0; });
  if (corrected) {
    auto type = RankedTensorType::get(sizesOf(dot, dot.nLoops), i32);
    std::vector<int32_t> values(correction.begin(), correction.end());
    auto attr = DenseElementsAttr::get(type, ArrayRef<int32_t>(values));
    inputs.push_back(arith::ConstantOp::create(b, loc, type, attr));
    maps.push_back(mapOf(dot.nLoops));
  }
  unsigned rowsArg = 0;
  if (rows) {
    // Σ_k A[m][k] for m < M, in the shape of the M loops.
    auto flatType = RankedTensorType::get({dot.m}, i32);
    Value sums = tensor::ExtractSliceOp::create(
        b, loc, flatType, rows, ArrayRef<OpFoldResult>{b.getIndexAttr(0)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(dot.m)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
    if (nm > 1) {
      SmallVector<ReassociationIndices> all(1);
      for (unsigned i = 0; i < nm; ++i)
        all[0].push_back(i);
      sums = tensor::ExpandShapeOp::create(
          b, loc, RankedTensorType::get(sizesOf(dot, dot.mLoops), i32), sums,
          all);
    }
    rowsArg = inputs.size();
    inputs.push_back(sums);
    maps.push_back(mapOf(dot.mLoops));
  }
  // A bias broadcast (or a splat) is read where it is, not materialized
  // into the output first.
  Value init = dot.init;
  std::optional<InitSource> source = getInitSource(init);
  std::optional<unsigned> sourceArg;
  if (source) {
    if (source->source) {
      SmallVector<AffineExpr> exprs;
      for (unsigned d : source->sourceDims)
        exprs.push_back(getAffineDimExpr(d, ctx));
      sourceArg = inputs.size();
      inputs.push_back(source->source);
      maps.push_back(AffineMap::get(rank, 0, exprs, ctx));
    }
    init = tensor::EmptyOp::create(
        b, loc, cast<RankedTensorType>(init.getType()).getShape(), i32);
  }
  maps.push_back(b.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto epilogue = linalg::GenericOp::create(
      b, loc, init.getType(), inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value product = args[0];
        if (scale != 1)
          product = arith::MulIOp::create(
              nb, nl, product,
              arith::ConstantIntOp::create(nb, nl, i32, scale));
        Value base = args.back();
        if (sourceArg)
          base = args[*sourceArg];
        else if (source)
          base = arith::ConstantIntOp::create(nb, nl, i32, source->splat);
        Value sum = arith::AddIOp::create(nb, nl, base, product);
        if (corrected)
          sum = arith::SubIOp::create(nb, nl, sum, args[1]);
        if (rows) {
          Value eight = arith::ConstantIntOp::create(nb, nl, i32, 8);
          Value offset = arith::MulIOp::create(nb, nl, args[rowsArg], eight);
          sum = arith::SubIOp::create(nb, nl, sum, offset);
        }
        linalg::YieldOp::create(nb, nl, sum);
      });
  return epilogue.getResult(0);
}

} // namespace

Value mlir::qnt::emitPackedGemm(RewriterBase &rewriter, const IntegerDot &dot,
                                const TargetDescription &target) {
  MicroKernel kernel;
  if (dot.xnorBits != 0) {
    kernel = target.selectPopcountKernel(
        getElementTypeOrSelf(dot.data.getType()).getIntOrFloatBitWidth());
  } else {
    int64_t lo = 0, hi = 0;
    for (int64_t w : dot.weightValues) {
      lo = std::min(lo, w - dot.weightZeroPoint);
      hi = std::max(hi, w - dot.weightZeroPoint);
    }
    kernel = target.selectKernel(lo, hi);
    kernel.nibbleWeights = useNibbleWeights(dot, kernel, lo, hi);
    if (kernel.nibbleWeights && kernel.i16Steps > 0)
      kernel.i16Steps = std::max<int64_t>(i16PairSumSteps(0, 15), 0);
  }
  Blocking blocking = chooseBlocking(dot, kernel);
  Location loc = dot.op->getLoc();
  Value a = packData(rewriter, loc, dot, blocking);
  Value rows = kernel.nibbleWeights ? rowSums(rewriter, loc, kernel, a)
                                    : Value();
  std::vector<int64_t> columnSums;
  Value b = packWeights(rewriter, loc, dot, blocking, columnSums);
  Value c = emitGemm(rewriter, loc, target, blocking, a, b);
  int64_t dataOffset = 0;
  if (blocking.kernel.isUnsignedData())
    dataOffset = dot.dataZeroPoint + 128;
  else if (blocking.kernel.kind == DotKind::S8S8Quads ||
           blocking.kernel.kind == DotKind::S8S8Mmla)
    dataOffset = dot.dataZeroPoint;
  std::vector<int64_t> correction(dot.n);
  for (int64_t n = 0; n < dot.n; ++n)
    correction[n] = dataOffset * columnSums[n];
  int64_t scale = 1;
  if (dot.xnorBits != 0) {
    // Every bit a match (+1) first; each differing bit turns +1 into −1.
    scale = -2;
    correction.assign(dot.n, -dot.xnorBits);
  }
  return emitEpilogue(rewriter, loc, dot, c, scale, correction, rows);
}
