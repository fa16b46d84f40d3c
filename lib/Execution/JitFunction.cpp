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
#include "qnt/Conversion/QntToLoops/TargetDescription.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"

#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::qnt;

JitFunction::~JitFunction() = default;

void mlir::qnt::retainFreedMemory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

int64_t TensorSignature::getNumElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

unsigned TensorSignature::getElementBytes() const {
  switch (element) {
  case Element::I8:
    return 1;
  case Element::I16:
    return 2;
  case Element::F32:
  case Element::I32:
    return 4;
  case Element::F64:
  case Element::I64:
    return 8;
  }
  llvm_unreachable("unknown element");
}

StringRef TensorSignature::getElementName() const {
  switch (element) {
  case Element::F32:
    return "f32";
  case Element::F64:
    return "f64";
  case Element::I8:
    return isUnsigned ? "u8" : "i8";
  case Element::I16:
    return "i16";
  case Element::I32:
    return "i32";
  case Element::I64:
    return "i64";
  }
  llvm_unreachable("unknown element");
}

/// Replaces every constant of at least 1024 byte-sized elements in function
/// `name` by a new trailing (read-only) argument, keeping its bytes in
/// `hoisted`; the caller passes them at every call.
static void hoistLargeConstants(ModuleOp module, StringRef name,
                                std::vector<JitFunction::HoistedConstant> &hoisted) {
  auto function = dyn_cast_or_null<func::FuncOp>(
      SymbolTable::lookupSymbolIn(module, name));
  if (!function || function.isExternal())
    return;
  SmallVector<arith::ConstantOp> constants;
  function.walk([&](arith::ConstantOp op) {
    auto type = dyn_cast<RankedTensorType>(op.getType());
    if (!type || !type.hasStaticShape() || type.getNumElements() < 1024)
      return;
    unsigned width = type.getElementType().getIntOrFloatBitWidth();
    if (width % 8 != 0 || width > 64)
      return; // sub-byte elements are bit-packed in the attribute
    if (op->getParentOp() != function.getOperation())
      return;
    constants.push_back(op);
  });
  Block &entry = function.getBody().front();
  for (arith::ConstantOp op : constants) {
    auto type = cast<RankedTensorType>(op.getType());
    ArrayRef<char> data;
    if (auto dense = dyn_cast<DenseElementsAttr>(op.getValue())) {
      if (dense.isSplat())
        continue;
      data = dense.getRawData();
    } else if (auto resource =
                   dyn_cast<DenseResourceElementsAttr>(op.getValue())) {
      AsmResourceBlob *blob = resource.getRawHandle().getBlob();
      if (!blob)
        continue;
      data = blob->getData();
    } else {
      continue;
    }
    unsigned width = type.getElementType().getIntOrFloatBitWidth() / 8;
    if (int64_t(data.size()) != type.getNumElements() * width)
      continue;
    unsigned index = function.getNumArguments();
    if (failed(function.insertArgument(index, type, {}, op.getLoc())))
      continue;
    function.setArgAttr(index, "bufferization.writable",
                        BoolAttr::get(module.getContext(), false));
    op.getResult().replaceAllUsesWith(entry.getArgument(index));
    op.erase();
    hoisted.push_back({SmallVector<int64_t>(type.getShape()),
                       std::vector<char>(data.begin(), data.end())});
  }
}

/// The signature of a statically shaped tensor type it can run.
static FailureOr<TensorSignature> signatureOf(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape())
    return failure();
  Type element = tensor.getElementType();
  using E = TensorSignature::Element;
  std::optional<E> kind;
  if (element.isF32())
    kind = E::F32;
  else if (element.isF64())
    kind = E::F64;
  else if (element.isSignlessInteger(8))
    kind = E::I8;
  else if (element.isSignlessInteger(16))
    kind = E::I16;
  else if (element.isSignlessInteger(32))
    kind = E::I32;
  else if (element.isSignlessInteger(64))
    kind = E::I64;
  if (!kind)
    return failure();
  return TensorSignature{*kind, SmallVector<int64_t>(tensor.getShape())};
}

SmallVector<SmallVector<int64_t>> JitFunction::getResultShapes() const {
  SmallVector<SmallVector<int64_t>> shapes;
  for (const TensorSignature &result : results)
    shapes.push_back(result.shape);
  return shapes;
}

/// TOSA (a no-op on linalg input) and qnt-lower-pipeline's kernel
/// selection, which packs constant weights: before large constants are
/// hoisted into arguments.
static void buildKernelPipeline(PassManager &pm, StringRef target) {
  tosa::addTosaToLinalgPasses(pm, TosaToLinalgOptions());
  pm.addPass(createTosaToArithPass());
  pm.addPass(createTosaToTensorPass());
  addQntKernelPasses(pm, target.str());
}

std::unique_ptr<JitFunction> JitFunction::compile(ModuleOp module,
                                                  StringRef name,
                                                  std::string &error,
                                                  StringRef target) {
  auto function = dyn_cast_or_null<FunctionOpInterface>(
      SymbolTable::lookupSymbolIn(module, name));
  if (!function || function.isExternal()) {
    error = ("no function named '" + name + "' with a body").str();
    return nullptr;
  }
  std::unique_ptr<JitFunction> jit(new JitFunction());
  jit->name = name.str();
  for (auto [kind, types, signatures] :
       {std::make_tuple("argument", function.getArgumentTypes(),
                        &jit->arguments),
        std::make_tuple("result", function.getResultTypes(), &jit->results)})
    for (auto [index, type] : llvm::enumerate(types)) {
      FailureOr<TensorSignature> signature = signatureOf(type);
      bool isArgument = StringRef(kind) == "argument";
      if (succeeded(signature) &&
          signature->element == TensorSignature::Element::I8 &&
          (isArgument ? function.getArgAttr(index, kUnsignedAttrName)
                      : function.getResultAttr(index, kUnsignedAttrName)))
        signature->isUnsigned = true;
      if (failed(signature)) {
        llvm::raw_string_ostream os(error);
        os << "function '" << name << "': " << kind << " #" << index
           << " has type " << type
           << "; only statically shaped tensors of f32, f64, i8, i16, i32 "
              "or i64 can be executed";
        return nullptr;
      }
      signatures->push_back(*signature);
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
  // The CPU the code is generated for: the running one, unless the target
  // names a lesser one (x86-avx2 on an AVX-512 machine).
  std::string codegenCpu, codegenFeatures;
  if (target != "reference") {
    std::unique_ptr<TargetDescription> description =
        getTargetDescription(target);
    if (!description) {
      error = ("unknown target '" + target + "'; expected one of: " +
               getTargetNames() + ", reference")
                  .str();
      return nullptr;
    }
    std::string why = description->checkHost();
    if (!why.empty()) {
      error = ("target '" + target + "' cannot run here: " + why).str();
      return nullptr;
    }
    codegenCpu = description->getLlvmCpu().str();
    codegenFeatures = description->getLlvmFeatures().str();
  }
  PassManager kernels(jit->context.get());
  buildKernelPipeline(kernels, target);
  if (failed(kernels.run(*copy))) {
    error = "lowering '" + jit->name + "' failed: " + diagnostics;
    return nullptr;
  }
  hoistLargeConstants(*copy, jit->name, jit->hoisted);
  // QNT_JIT_DUMP=<file>: the module after kernel selection (debugging).
  if (const char *dump = std::getenv("QNT_JIT_DUMP")) {
    std::error_code ec;
    llvm::raw_fd_ostream out(dump, ec);
    if (!ec)
      copy->print(out);
  }
  PassManager pm(jit->context.get());
  addQntBufferizeToLLVMPasses(pm, /*resultsAsOutParams=*/true,
                              /*vectorize=*/target != "reference");
  if (failed(pm.run(*copy))) {
    error = "lowering '" + jit->name + "' to LLVM failed: " + diagnostics;
    return nullptr;
  }
  if (!codegenCpu.empty())
    copy->walk([&](LLVM::LLVMFuncOp function) {
      function.setTargetCpuAttr(
          StringAttr::get(jit->context.get(), codegenCpu));
      function.setTargetFeaturesAttr(
          LLVM::TargetFeaturesAttr::get(jit->context.get(), codegenFeatures));
    });

  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
  ExecutionEngineOptions options;
  // Optimize for the running CPU, so the loop vectorizer knows its vector
  // registers (element-wise loops: packing, requantization, epilogues).
  // The machine must outlive the transformer, which copies the pointer.
  static std::unique_ptr<llvm::TargetMachine> hostMachine = [] {
    llvm::Expected<llvm::orc::JITTargetMachineBuilder> builder =
        llvm::orc::JITTargetMachineBuilder::detectHost();
    if (!builder) {
      llvm::consumeError(builder.takeError());
      return std::unique_ptr<llvm::TargetMachine>();
    }
    llvm::Expected<std::unique_ptr<llvm::TargetMachine>> machine =
        builder->createTargetMachine();
    if (!machine) {
      llvm::consumeError(machine.takeError());
      return std::unique_ptr<llvm::TargetMachine>();
    }
    return std::move(*machine);
  }();
  std::function<llvm::Error(llvm::Module *)> optimize =
      makeOptimizingTransformer(/*optLevel=*/2, /*sizeLevel=*/0,
                                hostMachine.get());
  options.transformer = optimize;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Default;
  // memrefCopy and friends; QNT_C_RUNNER_UTILS overrides the build's path.
  std::string runnerUtils = QNT_C_RUNNER_UTILS;
  if (const char *path = std::getenv("QNT_C_RUNNER_UTILS"))
    runnerUtils = path;
  SmallVector<StringRef> libraries;
  if (llvm::sys::fs::exists(runnerUtils))
    libraries.push_back(runnerUtils);
  options.sharedLibPaths = libraries;
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
  if (inputs.size() != arguments.size()) {
    error = "function '" + name + "' takes " +
            std::to_string(arguments.size()) + " inputs, got " +
            std::to_string(inputs.size());
    return failure();
  }
  SmallVector<const void *> in;
  for (auto [index, input] : llvm::enumerate(inputs)) {
    const TensorSignature &argument = arguments[index];
    if (argument.element != TensorSignature::Element::F32 ||
        ArrayRef<int64_t>(input.shape) != ArrayRef(argument.shape)) {
      llvm::raw_string_ostream os(error);
      os << "function '" << name << "': input #" << index << " is f32 [";
      llvm::interleave(input.shape, os, ",");
      os << "], the argument takes " << argument.getElementName() << " [";
      llvm::interleave(argument.shape, os, ",");
      os << "]";
      return failure();
    }
    in.push_back(input.data.data());
  }
  SmallVector<HostTensor> outputs;
  SmallVector<void *> out;
  for (auto [index, result] : llvm::enumerate(results)) {
    if (result.element != TensorSignature::Element::F32) {
      error = "function '" + name + "': result #" + std::to_string(index) +
              " is not f32";
      return failure();
    }
    outputs.push_back(
        {result.shape, std::vector<float>(result.getNumElements())});
  }
  for (HostTensor &output : outputs)
    out.push_back(output.data.data());
  if (failed(runRaw(in, out, error)))
    return failure();
  return outputs;
}

LogicalResult JitFunction::runRaw(ArrayRef<const void *> inputs,
                                  ArrayRef<void *> outputs,
                                  std::string &error) const {
  // The lowered function takes each memref as (allocated, aligned, offset,
  // sizes..., strides...); results were turned into trailing out-params.
  std::vector<int64_t> ints;
  std::vector<void *> pointers;
  SmallVector<std::pair<bool, size_t>> slots; // (is pointer, index)
  auto addMemRef = [&](const void *data, ArrayRef<int64_t> shape) {
    for (int i = 0; i < 2; ++i) {
      pointers.push_back(const_cast<void *>(data));
      slots.push_back({true, pointers.size() - 1});
    }
    ints.push_back(0);
    slots.push_back({false, ints.size() - 1});
    for (int64_t d : shape) {
      ints.push_back(d);
      slots.push_back({false, ints.size() - 1});
    }
    SmallVector<int64_t> strides(shape.size());
    int64_t stride = 1;
    for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
      strides[i] = stride;
      stride *= shape[i];
    }
    for (int64_t s : strides) {
      ints.push_back(s);
      slots.push_back({false, ints.size() - 1});
    }
  };
  for (auto [data, argument] : llvm::zip(inputs, arguments))
    addMemRef(data, argument.shape);
  for (const HoistedConstant &constant : hoisted)
    addMemRef(constant.bytes.data(), constant.shape);
  for (auto [data, result] : llvm::zip(outputs, results))
    addMemRef(data, result.shape);
  // Pointers into the vectors only now that they stop growing.
  SmallVector<void *> args;
  for (auto [isPointer, index] : slots)
    args.push_back(isPointer ? static_cast<void *>(&pointers[index])
                             : static_cast<void *>(&ints[index]));
  if (llvm::Error err = engine->invokePacked(name, args)) {
    error = "running '" + name + "' failed: " + llvm::toString(std::move(err));
    return failure();
  }
  return success();
}

FailureOr<SmallVector<std::vector<float>>> mlir::qnt::runEditedClone(
    ModuleOp module, StringRef name, function_ref<void(IRMapping &)> edit,
    ArrayRef<SmallVector<HostTensor>> samples, std::string &error) {
  IRMapping mapping;
  OwningOpRef<ModuleOp> clone(cast<ModuleOp>(module->clone(mapping)));
  edit(mapping);
  std::unique_ptr<JitFunction> jit = JitFunction::compile(*clone, name, error);
  if (!jit)
    return failure();
  SmallVector<std::vector<float>> results(jit->getResults().size());
  for (const SmallVector<HostTensor> &inputs : samples) {
    FailureOr<SmallVector<HostTensor>> out = jit->run(inputs, error);
    if (failed(out))
      return failure();
    for (auto [all, one] : llvm::zip(results, *out))
      all.insert(all.end(), one.data.begin(), one.data.end());
  }
  return results;
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
