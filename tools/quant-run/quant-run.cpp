//===- quant-run.cpp - run a function of an MLIR module on .npy data -----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
//   quant-run model.mlir --entry forward --input x.npy --output y.npy
//
// Lowers the module (TOSA, linalg on tensors, qnt ops) through the reference
// path, JIT-compiles it and calls the entry function on the inputs. An input
// holding several samples along a leading batch dimension (or a multiple of
// the argument's first dimension) is iterated; outputs are concatenated the
// same way. --bench N repeats the whole run N times and prints latency.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Execution/JitFunction.h"
#include "qnt/Support/Npy.h"
#include "qnt/Support/OnnxTensor.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>

using namespace mlir;
using namespace mlir::qnt;

namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<module.mlir>"),
                                      cl::Required);
static cl::opt<std::string>
    entryName("entry", cl::desc("Function to run (default: the only public "
                                "function with a body)"),
              cl::init(""));
static cl::list<std::string>
    inputs("input",
           cl::desc("An argument as a .npy file (or an ONNX TensorProto "
                    "'.pb' file), in order"),
           cl::value_desc("file.npy|file.pb"));
static cl::list<std::string>
    outputs("output", cl::desc("Write a result as a .npy file, in order"),
            cl::value_desc("file.npy"));
static cl::opt<unsigned>
    benchRuns("bench", cl::desc("Repeat the run N times and print the latency "
                                "per call (min / median / max)"),
              cl::init(0), cl::value_desc("N"));
static cl::opt<std::string> target(
    "target",
    cl::desc("Lowering of integer layers: a qnt-lower-to-loops CPU target "
             "(host, generic, x86-avx2, x86-avxvnni, x86-avx512-vnni, or an "
             "aarch64 one on Arm) or reference (the scalar reference "
             "lowering)"),
    cl::init("host"));

namespace {

using Element = TensorSignature::Element;

std::optional<NpyType> npyTypeOf(const TensorSignature &signature) {
  switch (signature.element) {
  case Element::F32:
    return NpyType::F32;
  case Element::F64:
    return NpyType::F64;
  case Element::I8:
    return signature.isUnsigned ? NpyType::U8 : NpyType::I8;
  case Element::I32:
    return NpyType::I32;
  case Element::I64:
    return NpyType::I64;
  case Element::I16:
    return std::nullopt;
  }
  return std::nullopt;
}

std::string shapeString(ArrayRef<int64_t> shape) {
  std::string text = "[";
  llvm::raw_string_ostream os(text);
  llvm::interleave(shape, os, ",");
  os << "]";
  return text;
}

/// How an input array maps onto calls: one call, or a batch of calls.
enum class Batching { None, ExtraDim, FirstDim };

int fail(const llvm::Twine &message) {
  llvm::errs() << "quant-run: error: " << message << "\n";
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(
      argc, argv,
      "quant-run: execute a function of an MLIR module on .npy inputs\n");
  retainFreedMemory();

  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registry.insert<QntDialect>();
  MLIRContext context(registry);
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(inputFile, sourceMgr, &context);
  if (!module)
    return fail("cannot parse '" + inputFile + "'");

  std::string name = entryName;
  if (name.empty()) {
    SmallVector<std::string> candidates;
    module->walk([&](FunctionOpInterface function) {
      if (!function.isExternal() && !function.isPrivate())
        candidates.push_back(function.getName().str());
    });
    if (candidates.size() != 1)
      return fail("the module has " + llvm::Twine(candidates.size()) +
                  " public functions with a body; choose one with --entry");
    name = candidates.front();
  }

  std::string error;
  std::unique_ptr<JitFunction> jit = JitFunction::compile(*module, name, error, target);
  if (!jit)
    return fail(error);
  ArrayRef<TensorSignature> arguments = jit->getArguments();
  ArrayRef<TensorSignature> results = jit->getResults();
  if (inputs.size() != arguments.size())
    return fail("'" + name + "' takes " + llvm::Twine(arguments.size()) +
                " inputs, " + llvm::Twine(inputs.size()) + " given");
  if (!outputs.empty() && outputs.size() != results.size())
    return fail("'" + name + "' has " + llvm::Twine(results.size()) +
                " results, " + llvm::Twine(outputs.size()) +
                " --output files given");

  // Read the inputs and decide how many calls they make.
  SmallVector<NpyArray> arrays;
  int64_t calls = 1;
  Batching batching = Batching::None;
  for (auto [file, argument] : llvm::zip(inputs, arguments)) {
    // ONNX test data (`input_0.pb`) or NumPy arrays.
    llvm::Expected<NpyArray> array = StringRef(file).ends_with(".pb")
                                         ? readOnnxTensorFile(file)
                                         : readNpyFile(file);
    if (!array)
      return fail(llvm::toString(array.takeError()));
    std::optional<NpyType> wanted = npyTypeOf(argument);
    if (!wanted || array->type != *wanted)
      return fail("'" + file + "' holds " + npyDescr(array->type) +
                  " data; the argument is " + argument.getElementName());
    ArrayRef<int64_t> have = array->shape, want = argument.shape;
    int64_t count = 0;
    Batching how = Batching::None;
    if (have == want) {
      count = 1;
    } else if (have.size() == want.size() + 1 && have.drop_front() == want) {
      count = have.front();
      how = Batching::ExtraDim;
    } else if (!want.empty() && have.size() == want.size() &&
               have.drop_front() == want.drop_front() && want.front() > 0 &&
               have.front() % want.front() == 0) {
      count = have.front() / want.front();
      how = Batching::FirstDim;
    }
    if (count == 0)
      return fail("'" + file + "' has shape " + shapeString(have) +
                  "; the argument takes " + shapeString(want) +
                  " (or a batch of them along a leading dimension)");
    if (count > 1) {
      if (calls > 1 && count != calls)
        return fail("'" + file + "' holds " + llvm::Twine(count) +
                    " samples, the other inputs " + llvm::Twine(calls));
      calls = count;
      batching = how;
    }
    arrays.push_back(std::move(*array));
  }

  // Outputs for every call, concatenated.
  SmallVector<NpyArray> results_;
  for (const TensorSignature &result : results) {
    std::optional<NpyType> type = npyTypeOf(result);
    if (!type)
      return fail("result of type " + result.getElementName() +
                  " cannot be written as .npy");
    NpyArray array;
    array.type = *type;
    array.shape = result.shape;
    if (batching == Batching::ExtraDim)
      array.shape.insert(array.shape.begin(), calls);
    else if (batching == Batching::FirstDim)
      array.shape.front() *= calls;
    array.data.resize(result.getNumElements() * result.getElementBytes() *
                      calls);
    results_.push_back(std::move(array));
  }

  auto runAll = [&]() -> bool {
    for (int64_t call = 0; call < calls; ++call) {
      SmallVector<const void *> in;
      for (auto [array, argument] : llvm::zip(arrays, arguments)) {
        int64_t bytes = argument.getNumElements() * argument.getElementBytes();
        int64_t index = static_cast<int64_t>(array.data.size()) == bytes
                            ? 0
                            : call; // a single sample is reused
        in.push_back(array.data.data() + index * bytes);
      }
      SmallVector<void *> out;
      for (auto [array, result] : llvm::zip(results_, results))
        out.push_back(array.data.data() + call * result.getNumElements() *
                                              result.getElementBytes());
      if (failed(jit->runRaw(in, out, error)))
        return false;
    }
    return true;
  };
  if (!runAll())
    return fail(error);

  if (benchRuns > 0) {
    std::vector<double> perCall;
    for (unsigned run = 0; run < benchRuns; ++run) {
      auto start = std::chrono::steady_clock::now();
      if (!runAll())
        return fail(error);
      std::chrono::duration<double, std::milli> elapsed =
          std::chrono::steady_clock::now() - start;
      perCall.push_back(elapsed.count() / double(calls));
    }
    std::sort(perCall.begin(), perCall.end());
    llvm::outs() << llvm::formatv(
        "latency per call (ms, {0} runs of {1} calls): min {2:F4} median "
        "{3:F4} max {4:F4}\n",
        benchRuns.getValue(), calls, perCall.front(),
        perCall[perCall.size() / 2], perCall.back());
  }

  for (auto [file, array] : llvm::zip(outputs, results_))
    if (llvm::Error err = writeNpyFile(file, array))
      return fail(llvm::toString(std::move(err)));
  if (outputs.empty())
    for (auto [index, array] : llvm::enumerate(results_)) {
      llvm::outs() << "result #" << index << ": " << npyDescr(array.type)
                   << " " << shapeString(array.shape) << "\n";
      auto print = [&](auto values) {
        llvm::outs() << "  ";
        llvm::interleave(values.take_front(16), llvm::outs(), " ");
        llvm::outs() << (values.size() > 16 ? " ..." : "") << "\n";
      };
      switch (array.type) {
      case NpyType::F32:
        print(array.values<float>());
        break;
      case NpyType::F64:
        print(array.values<double>());
        break;
      case NpyType::I8: {
        SmallVector<int> widened(array.values<int8_t>());
        print(ArrayRef<int>(widened));
        break;
      }
      case NpyType::U8: {
        SmallVector<int> widened(array.values<uint8_t>());
        print(ArrayRef<int>(widened));
        break;
      }
      case NpyType::I32:
        print(array.values<int32_t>());
        break;
      case NpyType::I64:
        print(array.values<int64_t>());
        break;
      }
    }
  return 0;
}
