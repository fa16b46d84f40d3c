//===- JitFunction.h - run a function of a module on the host ---*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Calibration and sensitivity analysis execute the float (or fake-quant)
// model. JitFunction lowers a module through the reference path
// (qnt-lower-to-arith, bufferization, loops, LLVM) in a private context and
// JIT-compiles it with MLIR's ExecutionEngine; run() then calls one function
// on f32 tensors in host memory.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_EXECUTION_JITFUNCTION_H
#define QNT_EXECUTION_JITFUNCTION_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir {
class ExecutionEngine;
} // namespace mlir

namespace mlir::qnt {

/// A dense, row-major f32 tensor in host memory.
struct HostTensor {
  SmallVector<int64_t> shape;
  std::vector<float> data;
};

class JitFunction {
public:
  /// Lowers a copy of `module` and JIT-compiles its function `name`, whose
  /// arguments and results must be statically shaped f32 tensors. On
  /// failure `error` says why (naming the function and the argument).
  static std::unique_ptr<JitFunction> compile(ModuleOp module, StringRef name,
                                              std::string &error);
  ~JitFunction();

  /// Calls the function; `inputs` must match the argument shapes.
  FailureOr<SmallVector<HostTensor>> run(ArrayRef<HostTensor> inputs,
                                         std::string &error) const;

  ArrayRef<SmallVector<int64_t>> getArgumentShapes() const {
    return argumentShapes;
  }
  ArrayRef<SmallVector<int64_t>> getResultShapes() const {
    return resultShapes;
  }

private:
  JitFunction() = default;

  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<ExecutionEngine> engine;
  std::string name;
  SmallVector<SmallVector<int64_t>> argumentShapes, resultShapes;
};

/// Makes `values` (defined in `function`'s body) additional results of
/// `function`: the instrumented clone calibration runs.
void appendResults(FunctionOpInterface function, ArrayRef<Value> values);

/// Splits a calibration array into samples of `shape`: the array is one
/// sample, or a leading batch of them (`[B, shape...]`, or `[B·shape[0],
/// shape[1:]...]` when the function takes a batch itself).
FailureOr<SmallVector<HostTensor>> splitSamples(const HostTensor &array,
                                                ArrayRef<int64_t> shape,
                                                std::string &error);

} // namespace mlir::qnt

#endif // QNT_EXECUTION_JITFUNCTION_H
