//===- JitFunction.cpp - run a function of a module on the host ----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The module is copied into a private context through bytecode, so lowering
// and JIT compilation never touch the caller's IR or need its context to
// have the LLVM lowering interfaces registered, and a pass may use this
// while other passes run.
//
//===----------------------------------------------------------------------===//

#include "qnt/Execution/JitFunction.h"

#include "qnt/Conversion/Passes.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::qnt;

JitFunction::~JitFunction() = default;

/// The static shape of an f32 tensor type, or a reason.
static FailureOr<SmallVector<int64_t>> staticF32Shape(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape() || !tensor.getElementType().isF32())
    return failure();
  return SmallVector<int64_t>(tensor.getShape());
}

static void buildLoweringPipeline(PassManager &pm) {
  pm.addPass(createQntLowerToArithPass());
  pm.addPass(createCanonicalizerPass());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.modifyPublicFunctions = true;
  outParams.hoistStaticAllocs = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  bufferization::buildBufferDeallocationPipeline(pm);
  pm.addPass(createConvertLinalgToLoopsPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

std::unique_ptr<JitFunction> JitFunction::compile(ModuleOp module,
                                                  StringRef name,
                                                  std::string &error) {
  auto function = dyn_cast_or_null<FunctionOpInterface>(
      SymbolTable::lookupSymbolIn(module, name));
  if (!function || function.isExternal()) {
    error = ("no function named '" + name + "' with a body").str();
    return nullptr;
  }
  std::unique_ptr<JitFunction> jit(new JitFunction());
  jit->name = name.str();
  for (auto [kind, types, shapes] :
       {std::make_tuple("argument", function.getArgumentTypes(),
                        &jit->argumentShapes),
        std::make_tuple("result", function.getResultTypes(),
                        &jit->resultShapes)})
    for (auto [index, type] : llvm::enumerate(types)) {
      FailureOr<SmallVector<int64_t>> shape = staticF32Shape(type);
      if (failed(shape)) {
        llvm::raw_string_ostream os(error);
        os << "function '" << name << "': " << kind << " #" << index
           << " has type " << type
           << "; only statically shaped f32 tensors can be executed";
        return nullptr;
      }
      shapes->push_back(*shape);
    }

  // Copy into a private context that knows every dialect and lowering.
  std::string bytes;
  {
    llvm::raw_string_ostream os(bytes);
    if (failed(writeBytecodeToFile(module, os))) {
      error = "could not serialize the module";
      return nullptr;
    }
  }
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registry.insert<QntDialect>();
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  jit->context = std::make_unique<MLIRContext>(registry);
  jit->context->disableMultithreading();
  std::string diagnostics;
  ScopedDiagnosticHandler handler(jit->context.get(), [&](Diagnostic &diag) {
    llvm::raw_string_ostream os(diagnostics);
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      os << diag.getLocation() << ": " << diag << "\n";
    return success();
  });
  OwningOpRef<ModuleOp> copy =
      parseSourceString<ModuleOp>(bytes, ParserConfig(jit->context.get()));
  if (!copy) {
    error = "could not read the module back: " + diagnostics;
    return nullptr;
  }
  PassManager pm(jit->context.get());
  buildLoweringPipeline(pm);
  if (failed(pm.run(*copy))) {
    error = "lowering '" + jit->name + "' to LLVM failed: " + diagnostics;
    return nullptr;
  }

  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
  ExecutionEngineOptions options;
  std::function<llvm::Error(llvm::Module *)> optimize =
      makeOptimizingTransformer(/*optLevel=*/2, /*sizeLevel=*/0,
                                /*targetMachine=*/nullptr);
  options.transformer = optimize;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Default;
  llvm::Expected<std::unique_ptr<ExecutionEngine>> engine =
      ExecutionEngine::create(*copy, options);
  if (!engine) {
    error = "JIT compilation failed: " + llvm::toString(engine.takeError()) +
            (diagnostics.empty() ? "" : ": " + diagnostics);
    return nullptr;
  }
  jit->engine = std::move(*engine);
  return jit;
}

FailureOr<SmallVector<HostTensor>>
JitFunction::run(ArrayRef<HostTensor> inputs, std::string &error) const {
  if (inputs.size() != argumentShapes.size()) {
    error = "function '" + name + "' takes " +
            std::to_string(argumentShapes.size()) + " inputs, got " +
            std::to_string(inputs.size());
    return failure();
  }
  SmallVector<HostTensor> outputs;
  for (const SmallVector<int64_t> &shape : resultShapes) {
    int64_t n = 1;
    for (int64_t d : shape)
      n *= d;
    outputs.push_back({shape, std::vector<float>(n)});
  }
  // The lowered function takes each memref as (allocated, aligned, offset,
  // sizes..., strides...); results were turned into trailing out-params.
  std::vector<int64_t> ints;
  std::vector<float *> pointers;
  SmallVector<std::pair<bool, size_t>> slots; // (is pointer, index)
  auto addMemRef = [&](const float *data, ArrayRef<int64_t> shape) {
    pointers.push_back(const_cast<float *>(data));
    slots.push_back({true, pointers.size() - 1});
    pointers.push_back(const_cast<float *>(data));
    slots.push_back({true, pointers.size() - 1});
    ints.push_back(0);
    slots.push_back({false, ints.size() - 1});
    for (int64_t d : shape) {
      ints.push_back(d);
      slots.push_back({false, ints.size() - 1});
    }
    int64_t stride = 1;
    SmallVector<int64_t> strides(shape.size());
    for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
      strides[i] = stride;
      stride *= shape[i];
    }
    for (int64_t s : strides) {
      ints.push_back(s);
      slots.push_back({false, ints.size() - 1});
    }
  };
  for (auto [index, input] : llvm::enumerate(inputs)) {
    if (ArrayRef<int64_t>(input.shape) != ArrayRef(argumentShapes[index])) {
      llvm::raw_string_ostream os(error);
      os << "function '" << name << "': input #" << index << " has shape [";
      llvm::interleave(input.shape, os, ",");
      os << "], the argument takes [";
      llvm::interleave(argumentShapes[index], os, ",");
      os << "]";
      return failure();
    }
    addMemRef(input.data.data(), input.shape);
  }
  for (HostTensor &output : outputs)
    addMemRef(output.data.data(), output.shape);
  // Pointers into the vectors only now that they stop growing.
  SmallVector<void *> args;
  for (auto [isPointer, index] : slots)
    args.push_back(isPointer ? static_cast<void *>(&pointers[index])
                             : static_cast<void *>(&ints[index]));
  if (llvm::Error err = engine->invokePacked(name, args)) {
    error = "running '" + name + "' failed: " + llvm::toString(std::move(err));
    return failure();
  }
  return outputs;
}

void mlir::qnt::appendResults(FunctionOpInterface function,
                              ArrayRef<Value> values) {
  Operation *terminator = function.getFunctionBody().back().getTerminator();
  SmallVector<Value> operands(terminator->getOperands());
  operands.append(values.begin(), values.end());
  terminator->setOperands(operands);
  SmallVector<Type> results(function.getResultTypes());
  for (Value value : values)
    results.push_back(value.getType());
  function.setType(FunctionType::get(function->getContext(),
                                     function.getArgumentTypes(), results));
}

FailureOr<SmallVector<HostTensor>>
mlir::qnt::splitSamples(const HostTensor &array, ArrayRef<int64_t> shape,
                        std::string &error) {
  int64_t sampleSize = 1;
  for (int64_t d : shape)
    sampleSize *= d;
  ArrayRef<int64_t> have = array.shape;
  int64_t count = 0;
  if (have == shape)
    count = 1;
  else if (have.size() == shape.size() + 1 && have.drop_front() == shape)
    count = have.front();
  else if (!shape.empty() && have.size() == shape.size() &&
           have.drop_front() == shape.drop_front() && shape.front() > 0 &&
           have.front() % shape.front() == 0)
    count = have.front() / shape.front();
  if (count == 0 || sampleSize == 0) {
    llvm::raw_string_ostream os(error);
    os << "an array of shape [";
    llvm::interleave(have, os, ",");
    os << "] is neither a sample of shape [";
    llvm::interleave(shape, os, ",");
    os << "] nor a batch of them";
    return failure();
  }
  SmallVector<HostTensor> samples;
  for (int64_t i = 0; i < count; ++i)
    samples.push_back(
        {SmallVector<int64_t>(shape),
         std::vector<float>(array.data.begin() + i * sampleSize,
                            array.data.begin() + (i + 1) * sampleSize)});
  return samples;
}
