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
class IRMapping;
} // namespace mlir

namespace mlir::qnt {

/// A dense, row-major f32 tensor in host memory.
struct HostTensor {
  SmallVector<int64_t> shape;
  std::vector<float> data;
};

/// The type of a function argument or result: a statically shaped tensor
/// of f32, f64, i8, i16, i32 or i64. An i8 argument or result with the
/// `qnt.unsigned` attribute (kUnsignedAttrName) holds u8 data.
struct TensorSignature {
  enum class Element { F32, F64, I8, I16, I32, I64 };
  Element element;
  SmallVector<int64_t> shape;
  bool isUnsigned = false;

  int64_t getNumElements() const;
  unsigned getElementBytes() const;
  /// "f32", "i8", "u8", ...
  StringRef getElementName() const;
};

class JitFunction {
public:
  /// A large constant of the function, passed as a trailing argument
  /// instead of compiled into the code (LLVM takes minutes and gigabytes
  /// over 100 MB of weights as constants): its shape and row-major bytes.
  struct HoistedConstant {
    SmallVector<int64_t> shape;
    std::vector<char> bytes;
  };

  /// Lowers a copy of `module` (TOSA, linalg on tensors and qnt ops) and
  /// JIT-compiles its function `name`, whose arguments and results must be
  /// statically shaped tensors (see TensorSignature). On failure `error`
  /// says why (naming the function and the argument). `target` is
  /// qnt-lower-pipeline's: a qnt-lower-to-loops CPU target (`host` picks
  /// the running CPU's) or `reference` for the scalar reference lowering.
  static std::unique_ptr<JitFunction> compile(ModuleOp module, StringRef name,
                                              std::string &error,
                                              StringRef target = "host");
  ~JitFunction();

  /// Calls the function on f32 arguments and results; `inputs` must match
  /// the argument shapes.
  FailureOr<SmallVector<HostTensor>> run(ArrayRef<HostTensor> inputs,
                                         std::string &error) const;

  /// Calls the function on dense row-major buffers of the signature's
  /// element types and shapes (not checked: the caller sizes them).
  LogicalResult runRaw(ArrayRef<const void *> inputs,
                       ArrayRef<void *> outputs, std::string &error) const;

  ArrayRef<TensorSignature> getArguments() const { return arguments; }
  ArrayRef<TensorSignature> getResults() const { return results; }
  SmallVector<SmallVector<int64_t>> getResultShapes() const;

private:
  JitFunction() = default;

  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<ExecutionEngine> engine;
  std::string name;
  SmallVector<TensorSignature> arguments, results;
  std::vector<HoistedConstant> hoisted;
};

/// Keeps freed memory in the process heap (glibc's mmap and trim
/// thresholds raised to 1 GiB), so the buffers a compiled function allocates
/// for each call are reused by the next call instead of coming back from
/// the kernel as fresh pages. Executables that call a function repeatedly
/// (quant-run --bench, the benchmarks) call this once at startup.
void retainFreedMemory();

/// Clones `module`, lets `edit` change the clone (the mapping leads from the
/// original's ops and values to the clone's), JIT-compiles the clone's
/// function `name` and runs it on every sample. Returns each f32 result
/// concatenated over the samples: the data-driven passes' one way to
/// execute a variant of the model.
FailureOr<SmallVector<std::vector<float>>>
runEditedClone(ModuleOp module, StringRef name,
               function_ref<void(IRMapping &)> edit,
               ArrayRef<SmallVector<HostTensor>> samples, std::string &error);

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
