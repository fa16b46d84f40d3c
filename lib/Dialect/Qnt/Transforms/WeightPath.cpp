//===- WeightPath.cpp - from a linear op's weight to its constant --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "WeightPath.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;

FailureOr<WeightPath> mlir::qnt::traceWeight(Value value, int64_t pos) {
  WeightPath path;
  while (true) {
    if (auto constant = value.getDefiningOp<arith::ConstantOp>()) {
      auto values = dyn_cast<ElementsAttr>(constant.getValue());
      if (!values)
        return failure();
      path.constant = constant;
      path.values = values;
      path.constantPos = pos;
      std::reverse(path.chain.begin(), path.chain.end());
      std::reverse(path.positions.begin(), path.positions.end());
      return path;
    }
    if (auto transpose = value.getDefiningOp<linalg::TransposeOp>()) {
      path.chain.push_back(transpose);
      path.positions.push_back(pos);
      // Output dimension i is input dimension permutation[i].
      pos = transpose.getPermutation()[pos];
      value = transpose.getInput();
      continue;
    }
    // Reshapes that only add or drop unit dimensions around the channel
    // (torch-mlir's depthwise weights: collapse_shape of [C, 1, KH, KW]).
    if (auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>()) {
      ArrayRef<int64_t> srcShape = collapse.getSrcType().getShape();
      // getReassociationIndices() returns a temporary: keep it alive.
      SmallVector<ReassociationIndices> groups =
          collapse.getReassociationIndices();
      std::optional<int64_t> srcPos;
      for (int64_t d : groups[pos]) {
        if (srcShape[d] == 1)
          continue;
        if (srcPos)
          return failure(); // the channel is a product of dimensions
        srcPos = d;
      }
      path.chain.push_back(collapse);
      path.positions.push_back(pos);
      pos = srcPos ? *srcPos : groups[pos].back();
      value = collapse.getSrc();
      continue;
    }
    if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>()) {
      ArrayRef<int64_t> resultShape = expand.getResultType().getShape();
      std::optional<int64_t> srcPos;
      SmallVector<ReassociationIndices> groups =
          expand.getReassociationIndices();
      for (auto [src, group] : llvm::enumerate(groups)) {
        if (!llvm::is_contained(group, pos))
          continue;
        if (llvm::any_of(group, [&](int64_t d) {
              return d != pos && resultShape[d] != 1;
            }))
          return failure();
        srcPos = src;
      }
      if (!srcPos)
        return failure();
      path.chain.push_back(expand);
      path.positions.push_back(pos);
      pos = *srcPos;
      value = expand.getSrc();
      continue;
    }
    if (auto fakeQuant = value.getDefiningOp<FakeQuantOp>()) {
      path.chain.push_back(fakeQuant);
      path.positions.push_back(pos);
      value = fakeQuant.getInput();
      continue;
    }
    return failure();
  }
}

bool mlir::qnt::isFoldableLinearOp(linalg::LinalgOp op) {
  return op.getNumDpsInputs() == 2 && op.getNumDpsInits() == 1 &&
         op->getNumResults() == 1 &&
         (linalg::isaContractionOpInterface(op) ||
          linalg::isaConvolutionOpInterface(op));
}

Value mlir::qnt::rebuildWeightChain(RewriterBase &rewriter,
                                    const WeightPath &weight,
                                    ElementsAttr newWeights,
                                    ArrayRef<Type> newQuantTypes) {
  Value current = arith::ConstantOp::create(rewriter, weight.constant->getLoc(),
                                            cast<TypedAttr>(newWeights));
  for (auto [i, op] : llvm::enumerate(weight.chain)) {
    Operation *copy = rewriter.clone(*op);
    copy->setOperand(0, current);
    if (i < newQuantTypes.size() && newQuantTypes[i])
      cast<FakeQuantOp>(copy).setQuantType(newQuantTypes[i]);
    current = copy->getResult(0);
  }
  return current;
}

std::optional<std::pair<OpOperand *, int64_t>>
mlir::qnt::findWeightOutputChannel(linalg::LinalgOp op, std::string &reason) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (failed(traceWeight(input->get(), 0)))
      continue;
    AffineMap map = op.getMatchingIndexingMap(input);
    auto shape = cast<ShapedType>(input->get().getType()).getShape();
    SmallVector<int64_t> parallel;
    for (auto [pos, expr] : llvm::enumerate(map.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (dim && iterators[dim.getPosition()] == utils::IteratorType::parallel)
        parallel.push_back(pos);
    }
    // Depthwise weights [KH, KW, C, M] with a channel multiplier M of 1
    // (TOSA's depthwise conv): the channel is C.
    if (parallel.size() > 1)
      llvm::erase_if(parallel, [&](int64_t pos) { return shape[pos] == 1; });
    if (parallel.size() > 1) {
      reason = "its weight has several output dimensions";
      return std::nullopt;
    }
    std::optional<int64_t> channel;
    if (!parallel.empty())
      channel = parallel.front();
    if (!channel) {
      reason = "its weight has no output-channel dimension";
      return std::nullopt;
    }
    return std::make_pair(input, *channel);
  }
  reason = "it has no constant weight";
  return std::nullopt;
}

ChannelIndexer::ChannelIndexer(ArrayRef<int64_t> shape,
                               ArrayRef<int64_t> positions) {
  for (int64_t pos : positions) {
    int64_t stride = 1;
    for (int64_t d = pos + 1, e = shape.size(); d < e; ++d)
      stride *= shape[d];
    sizes.push_back(shape[pos]);
    strides.push_back(stride);
    numChannels *= shape[pos];
  }
}

int64_t ChannelIndexer::operator()(int64_t flat) const {
  int64_t channel = 0;
  for (auto [size, stride] : llvm::zip(sizes, strides))
    channel = channel * size + (flat / stride) % size;
  return channel;
}
