//===- VectorizeWindows.cpp - vector loops for sliding-window generics ----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// For an op over loops (p..., v, r...) whose output's last dimension is the
// parallel loop v (ow in NCHW, c in NHWC), and `lanes` dividing v's range:
//
//   for p...:                                 (parallel loops but v)
//     for v0 in [0, V) step lanes:
//       acc = out[..., v0 : v0 + lanes]
//       for r...:                             (reductions: kh, kw)
//         a_i = in_i[f_i(p, v0, r)] as vector: contiguous (v enters the
//               last index with coefficient 1), strided (coefficient s), or
//               a broadcast scalar (v absent)
//         acc = body(a..., acc)               (the scalar body on vectors)
//       out[..., v0 : v0 + lanes] = acc
//
// A constant input read with a stride (a depthwise weight tensor (c, kh,
// kw) read along c) is first rewritten at compile time with that dimension
// last, so every read is contiguous; the extension and zero point the body
// applies to a constant are applied at compile time too.
//
//===----------------------------------------------------------------------===//

#include "VectorizeWindows.h"

#include "qnt/Analysis/ConstantIntegers.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::qnt;

int64_t mlir::qnt::chooseVectorLength(int64_t size) {
  if (size <= 64)
    return size;
  for (int64_t v = 64; v >= 8; v -= 8)
    if (size % v == 0)
      return v;
  for (int64_t v = 64; v > 1; --v)
    if (size % v == 0)
      return v;
  return 1;
}

namespace {

enum class Access { Broadcast, Vector };

struct InputAccess {
  Access kind = Access::Broadcast;
  /// The distance in elements, row-major, between the values of successive
  /// v (1: a contiguous read).
  int64_t stride = 1;
};

/// The value of `expr` with loop `v` at `at` and every other loop at 0.
std::optional<int64_t> evaluateAt(AffineExpr expr, unsigned numLoops,
                                  unsigned v, int64_t at) {
  SmallVector<AffineExpr> dims;
  for (unsigned d = 0; d < numLoops; ++d)
    dims.push_back(getAffineConstantExpr(d == v ? at : 0, expr.getContext()));
  auto value = dyn_cast<AffineConstantExpr>(
      simplifyAffineExpr(expr.replaceDims(dims), numLoops, 0));
  if (!value)
    return std::nullopt;
  return value.getValue();
}

/// How an input of `shape` indexed by `map` is read along loop v; nullopt
/// when v reaches it in more than one dimension, or not linearly.
std::optional<InputAccess> classify(AffineMap map, ArrayRef<int64_t> shape,
                                    unsigned v) {
  InputAccess access;
  for (unsigned r = 0; r < map.getNumResults(); ++r) {
    if (!map.getResult(r).isFunctionOfDim(v))
      continue;
    if (access.kind == Access::Vector)
      return std::nullopt;
    AffineExpr expr = map.getResult(r);
    std::optional<int64_t> at0 = evaluateAt(expr, map.getNumDims(), v, 0);
    std::optional<int64_t> at1 = evaluateAt(expr, map.getNumDims(), v, 1);
    std::optional<int64_t> at2 = evaluateAt(expr, map.getNumDims(), v, 2);
    if (!at0 || !at1 || !at2 || *at1 - *at0 <= 0 ||
        *at2 - *at1 != *at1 - *at0)
      return std::nullopt;
    access.kind = Access::Vector;
    access.stride = *at1 - *at0;
    for (int64_t size : shape.drop_front(r + 1))
      access.stride *= size;
  }
  return access;
}

} // namespace

/// When `input` is a non-splat constant whose dimension `r` (the one loop v
/// indexes) is not its last, replaces it by the constant with dimension r
/// moved last and permutes its indexing map alike: the values of successive
/// v then lie next to each other. Constants of over 2^20 elements are left
/// as they are.
static void moveVectorDimensionLast(RewriterBase &rewriter, linalg::GenericOp op,
                             OpOperand *input, unsigned v) {
  DenseElementsAttr values;
  if (!matchPattern(input->get(), m_Constant(&values)) || values.isSplat() ||
      values.getNumElements() > (1 << 20))
    return;
  AffineMap map = op.getMatchingIndexingMap(input);
  auto type = cast<RankedTensorType>(input->get().getType());
  int64_t rank = type.getRank();
  std::optional<unsigned> vectorDim;
  for (unsigned r = 0; r < map.getNumResults(); ++r)
    if (map.getResult(r).isFunctionOfDim(v))
      vectorDim = r;
  if (!vectorDim || int64_t(*vectorDim) == rank - 1)
    return;
  // New dimension i is old dimension order[i].
  SmallVector<int64_t> order;
  for (int64_t d = 0; d < rank; ++d)
    if (d != *vectorDim)
      order.push_back(d);
  order.push_back(*vectorDim);
  SmallVector<int64_t> shape, oldStrides(rank, 1);
  SmallVector<AffineExpr> exprs;
  for (int64_t d : order) {
    shape.push_back(type.getDimSize(d));
    exprs.push_back(map.getResult(d));
  }
  for (int64_t d = rank - 2; d >= 0; --d)
    oldStrides[d] = oldStrides[d + 1] * type.getDimSize(d + 1);
  SmallVector<Attribute> old(values.getValues<Attribute>());
  SmallVector<Attribute> moved;
  moved.reserve(old.size());
  SmallVector<int64_t> index(rank, 0);
  for (size_t i = 0; i < old.size(); ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += index[d] * oldStrides[order[d]];
    moved.push_back(old[offset]);
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  auto movedType = RankedTensorType::get(shape, type.getElementType());
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  Value constant = arith::ConstantOp::create(
      rewriter, op.getLoc(), movedType,
      DenseElementsAttr::get(movedType, moved));
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  maps[input->getOperandNumber()] =
      AffineMap::get(map.getNumDims(), map.getNumSymbols(), exprs,
                     op.getContext());
  rewriter.modifyOpInPlace(op, [&] {
    input->set(constant);
    op.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
  });
}

/// The low `bits` of `v`, sign-extended.
static int64_t wrapTo(int64_t v, unsigned bits) {
  if (bits >= 64)
    return v;
  uint64_t low = uint64_t(v) & ((uint64_t(1) << bits) - 1);
  return bits > 1 && low >> (bits - 1) ? int64_t(low) - (int64_t(1) << bits)
                                       : int64_t(low);
}

/// When `input` is an integer constant whose block argument only feeds a
/// chain of single-use extensions and additions / subtractions of scalar
/// constants (the `ext(w) − z_w` of a quantized layer), replaces it by the
/// constant of the chain's result type with the chain applied: the kernel
/// then loads the values it multiplies instead of extending them at run
/// time. Constants of over 2^20 elements are left as they are.
static void foldConstantPrologue(RewriterBase &rewriter, linalg::GenericOp op,
                                 OpOperand *input) {
  auto type = dyn_cast<RankedTensorType>(input->get().getType());
  if (!type || !type.hasStaticShape() || type.getNumElements() > (1 << 20))
    return;
  std::optional<std::vector<int64_t>> values =
      readConstantIntegers(input->get());
  if (!values)
    return;
  BlockArgument arg = op.getMatchingBlockArgument(input);
  unsigned bits = type.getElementTypeBitWidth();
  SmallVector<Operation *> chain;
  Value end = arg;
  while (end.hasOneUse()) {
    Operation *user = *end.getUsers().begin();
    auto result = dyn_cast<IntegerType>(user->getResult(0).getType());
    if (!result || !result.isSignless())
      break;
    APInt constant;
    if (isa<arith::ExtSIOp>(user)) {
      // The values are sign-extended already.
    } else if (isa<arith::ExtUIOp>(user)) {
      if (bits >= 64)
        break;
      for (int64_t &v : *values)
        v = int64_t(uint64_t(v) & ((uint64_t(1) << bits) - 1));
    } else if (isa<arith::SubIOp, arith::AddIOp>(user) &&
               user->getOperand(0) == end &&
               matchPattern(user->getOperand(1), m_ConstantInt(&constant))) {
      int64_t c = constant.getSExtValue();
      bool sub = isa<arith::SubIOp>(user);
      for (int64_t &v : *values)
        v = wrapTo(sub ? v - c : v + c, result.getWidth());
    } else {
      break;
    }
    bits = result.getWidth();
    chain.push_back(user);
    end = user->getResult(0);
  }
  if (chain.empty())
    return;
  Type element = end.getType();
  auto foldedType = RankedTensorType::get(type.getShape(), element);
  SmallVector<APInt> folded;
  folded.reserve(values->size());
  for (int64_t v : *values)
    folded.push_back(APInt(bits, uint64_t(v), /*isSigned=*/true,
                           /*implicitTrunc=*/true));
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  Value constant = arith::ConstantOp::create(
      rewriter, op.getLoc(), foldedType,
      DenseElementsAttr::get(foldedType, folded));
  rewriter.modifyOpInPlace(op, [&] {
    input->set(constant);
    arg.setType(element);
  });
  rewriter.replaceAllUsesWith(end, arg);
  for (Operation *dead : llvm::reverse(chain))
    rewriter.eraseOp(dead);
}

/// The loop of the output's last dimension, along which the window kernel
/// vectorizes.
static std::optional<unsigned> vectorLoop(linalg::GenericOp op) {
  if (op.getNumDpsInits() != 1)
    return std::nullopt;
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (outMap.getNumResults() == 0 || !outMap.isProjectedPermutation())
    return std::nullopt;
  return outMap.getDimPosition(outMap.getNumResults() - 1);
}

void mlir::qnt::packWindowConstants(RewriterBase &rewriter,
                                    linalg::GenericOp op) {
  std::optional<unsigned> v = vectorLoop(op);
  if (!v || !op.hasPureTensorSemantics())
    return;
  for (OpOperand *input : op.getDpsInputOperands()) {
    moveVectorDimensionLast(rewriter, op, input, *v);
    foldConstantPrologue(rewriter, op, input);
  }
}

namespace {

bool isByteSized(Type type) {
  Type element = getElementTypeOrSelf(type);
  return element.isIntOrFloat() && element.getIntOrFloatBitWidth() % 8 == 0;
}

/// The body can run on vectors: arith / math element-wise ops and scalar
/// constants only.
bool isVectorizableBody(Block &body) {
  for (Operation &op : body.without_terminator()) {
    if (isa<arith::ConstantOp>(op))
      continue;
    if (!isa<arith::ArithDialect, math::MathDialect>(op.getDialect()) ||
        !OpTrait::hasElementwiseMappableTraits(&op) || op.getNumRegions())
      return false;
  }
  return true;
}

/// The values of the op's map results at the loop values `ivs`.
SmallVector<Value> indicesOf(OpBuilder &b, Location loc, AffineMap map,
                             ArrayRef<Value> ivs) {
  SmallVector<Value> indices;
  for (AffineExpr expr : map.getResults())
    indices.push_back(affine::AffineApplyOp::create(
        b, loc, AffineMap::get(map.getNumDims(), 0, expr), ivs));
  return indices;
}

} // namespace

LogicalResult mlir::qnt::vectorizeWindowedGeneric(RewriterBase &rewriter,
                                                  linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op->getNumResults() != 1 || op.getNumLoops() == 0)
    return failure();
  for (Value operand : op->getOperands())
    if (!isByteSized(operand.getType()) ||
        !cast<RankedTensorType>(operand.getType()).hasStaticShape())
      return failure();
  OpOperand *init = op.getDpsInitOperand(0);
  AffineMap outMap = op.getMatchingIndexingMap(init);
  if (outMap.getNumResults() == 0 || !outMap.isProjectedPermutation())
    return failure();
  unsigned numLoops = op.getNumLoops();
  unsigned v = outMap.getDimPosition(outMap.getNumResults() - 1);
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (iterators[v] != utils::IteratorType::parallel)
    return failure();
  int64_t lanes = chooseVectorLength(ranges[v]);
  if (lanes < 4)
    return failure();
  Block &body = op.getRegion().front();
  if (!isVectorizableBody(body))
    return failure();
  // A strided read costs a load per lane: while the lanes stay within a
  // cache line of each other (a convolution's stride) it still beats scalar
  // code; a read across a transposed operand does not. Constants are made
  // contiguous instead.
  constexpr int64_t kMaxStrideBytes = 64;
  packWindowConstants(rewriter, op);
  SmallVector<InputAccess> accesses;
  for (OpOperand *input : op.getDpsInputOperands()) {
    std::optional<InputAccess> access =
        classify(op.getMatchingIndexingMap(input),
                 cast<RankedTensorType>(input->get().getType()).getShape(), v);
    int64_t bytes =
        getElementTypeOrSelf(input->get().getType()).getIntOrFloatBitWidth() /
        8;
    if (!access || (access->kind == Access::Vector &&
                    access->stride * bytes > kMaxStrideBytes))
      return failure();
    accesses.push_back(*access);
  }

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  auto vectorOf = [&](Type element) {
    return VectorType::get({lanes}, element);
  };
  Type outElement = getElementTypeOrSelf(init->get().getType());
  SmallVector<unsigned> outer, inner;
  for (unsigned d = 0; d < numLoops; ++d) {
    if (d == v)
      continue;
    (iterators[d] == utils::IteratorType::parallel ? outer : inner)
        .push_back(d);
  }
  SmallVector<Value> ivs(numLoops);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  // The padding of in-bounds reads (never read).
  auto zeroOf = [&](OpBuilder &b, Type element) -> Value {
    return arith::ConstantOp::create(
        b, loc, element, cast<TypedAttr>(b.getZeroAttr(element)));
  };
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);

  // The body on vectors, given the input vectors and the accumulator.
  auto computeBody = [&](OpBuilder &b, ArrayRef<Value> inputs, Value acc) {
    IRMapping mapping;
    for (auto [arg, value] : llvm::zip(body.getArguments().drop_back(), inputs))
      mapping.map(arg, value);
    mapping.map(body.getArguments().back(), acc);
    for (Operation &scalar : body.without_terminator()) {
      if (auto constant = dyn_cast<arith::ConstantOp>(scalar)) {
        Value c = b.clone(scalar)->getResult(0);
        mapping.map(constant.getResult(),
                    vector::BroadcastOp::create(
                        b, loc, vectorOf(constant.getType()), c));
        continue;
      }
      SmallVector<Value> operands;
      for (Value operand : scalar.getOperands()) {
        Value mapped = mapping.lookupOrNull(operand);
        if (!mapped) // a scalar defined outside the body
          mapped = vector::BroadcastOp::create(
              b, loc, vectorOf(operand.getType()), operand);
        operands.push_back(mapped);
      }
      SmallVector<Type> types;
      for (Type t : scalar.getResultTypes())
        types.push_back(vectorOf(t));
      OperationState state(loc, scalar.getName(), operands, types,
                           scalar.getAttrs());
      Operation *vectorOp = b.create(state);
      for (auto [from, to] :
           llvm::zip(scalar.getResults(), vectorOp->getResults()))
        mapping.map(from, to);
    }
    auto yield = cast<linalg::YieldOp>(body.getTerminator());
    return mapping.lookup(yield.getValues()[0]);
  };

  // Reads every input at the current loop values.
  auto readInputs = [&](OpBuilder &b) {
    SmallVector<Value> values;
    for (auto [input, access] :
         llvm::zip(op.getDpsInputOperands(), accesses)) {
      Value source = input->get();
      Type element = getElementTypeOrSelf(source.getType());
      SmallVector<Value> indices =
          indicesOf(b, loc, op.getMatchingIndexingMap(input), ivs);
      if (access.kind == Access::Broadcast) {
        Value scalar = tensor::ExtractOp::create(b, loc, source, indices);
        values.push_back(
            vector::BroadcastOp::create(b, loc, vectorOf(element), scalar));
        continue;
      }
      Value padding = zeroOf(b, element);
      if (access.stride == 1) { // v enters the last index with step 1
        values.push_back(vector::TransferReadOp::create(
            b, loc, vectorOf(element), source, indices, padding,
            ArrayRef<bool>{true}));
        continue;
      }
      // Strided: a slice of the tensor seen as one row-major dimension.
      auto type = cast<RankedTensorType>(source.getType());
      Value flat = source;
      if (type.getRank() != 1) {
        SmallVector<ReassociationIndices> all(1);
        for (int64_t d = 0; d < type.getRank(); ++d)
          all[0].push_back(d);
        flat = tensor::CollapseShapeOp::create(b, loc, source, all);
      }
      AffineExpr linear = getAffineConstantExpr(0, b.getContext());
      int64_t scale = 1;
      for (int64_t d = type.getRank() - 1; d >= 0; --d) {
        linear = linear + getAffineDimExpr(d, b.getContext()) * scale;
        scale *= type.getDimSize(d);
      }
      Value offset = affine::AffineApplyOp::create(
          b, loc, AffineMap::get(type.getRank(), 0, linear), indices);
      SmallVector<OpFoldResult> offsets = {offset};
      SmallVector<OpFoldResult> sizes = {b.getIndexAttr(lanes)};
      SmallVector<OpFoldResult> strides = {b.getIndexAttr(access.stride)};
      Value slice = tensor::ExtractSliceOp::create(
          b, loc, RankedTensorType::get({lanes}, element), flat, offsets,
          sizes, strides);
      values.push_back(vector::TransferReadOp::create(
          b, loc, vectorOf(element), slice, ValueRange{zero}, padding,
          ArrayRef<bool>{true}));
    }
    return values;
  };

  // The loop nest over the outer parallel loops, then v in chunks.
  std::function<Value(OpBuilder &, unsigned, Value)> nest =
      [&](OpBuilder &b, unsigned depth, Value out) -> Value {
    if (depth == outer.size()) {
      auto chunks = scf::ForOp::create(
          b, loc, zero, arith::ConstantIndexOp::create(b, loc, ranges[v]),
          arith::ConstantIndexOp::create(b, loc, lanes), ValueRange{out},
          [&](OpBuilder &b1, Location, Value v0, ValueRange iter) {
            ivs[v] = v0;
            for (unsigned d : inner)
              ivs[d] = zero;
            SmallVector<Value> outIndices = indicesOf(b1, loc, outMap, ivs);
            Value acc = vector::TransferReadOp::create(
                b1, loc, vectorOf(outElement), iter[0], outIndices,
                zeroOf(b1, outElement),
                ArrayRef<bool>{true});
            // Reductions innermost, the accumulator in registers.
            std::function<Value(OpBuilder &, unsigned, Value)> reduce =
                [&](OpBuilder &b2, unsigned r, Value a) -> Value {
              if (r == inner.size())
                return computeBody(b2, readInputs(b2), a);
              auto loop = scf::ForOp::create(
                  b2, loc, zero,
                  arith::ConstantIndexOp::create(b2, loc, ranges[inner[r]]),
                  one, ValueRange{a},
                  [&](OpBuilder &b3, Location, Value iv, ValueRange it) {
                    ivs[inner[r]] = iv;
                    scf::YieldOp::create(b3, loc, reduce(b3, r + 1, it[0]));
                  });
              return loop.getResult(0);
            };
            Value result = reduce(b1, 0, acc);
            Value written = vector::TransferWriteOp::create(
                                b1, loc, result, iter[0], outIndices,
                                ArrayRef<bool>{true})
                                .getResult();
            scf::YieldOp::create(b1, loc, written);
          });
      return chunks.getResult(0);
    }
    unsigned d = outer[depth];
    auto loop = scf::ForOp::create(
        b, loc, zero, arith::ConstantIndexOp::create(b, loc, ranges[d]), one,
        ValueRange{out}, [&](OpBuilder &b1, Location, Value iv, ValueRange it) {
          ivs[d] = iv;
          scf::YieldOp::create(b1, loc, nest(b1, depth + 1, it[0]));
        });
    return loop.getResult(0);
  };
  Value result = nest(rewriter, 0, init->get());
  rewriter.replaceOp(op, result);
  return success();
}
