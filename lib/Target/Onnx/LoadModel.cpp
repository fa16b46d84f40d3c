//===- LoadModel.cpp - parse, check and shape-infer an ONNX model --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The only file built with C++ exceptions: ONNX's checker and shape
// inference report errors by throwing, and nothing may escape into the
// rest of the compiler. Both run in a child process, because libonnx 1.12
// crashes on some malformed models (found by fuzz/run.sh onnx).
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "onnx/checker.h"
#include "onnx/shape_inference/implementation.h"

#include <cerrno>
#include <cstring>
#include <exception>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace mlir::qnt::onnx_import;

namespace {

/// ONNX's checker and shape inference on `model`, in this process. Errors
/// they throw become `error`.
bool checkAndInfer(onnx::ModelProto &model, std::string &error) {
  try {
    onnx::checker::check_model(model);
  } catch (const std::exception &e) {
    error = std::string("the model fails ONNX's checker: ") + e.what();
    return false;
  }
  try {
    onnx::ShapeInferenceOptions options(/*check_type=*/false,
                                        /*error_mode=*/1,
                                        /*enable_data_propagation=*/true);
    onnx::shape_inference::InferShapes(model,
                                       onnx::OpSchemaRegistry::Instance(),
                                       options);
  } catch (const std::exception &e) {
    error = std::string("ONNX shape inference failed: ") + e.what();
    return false;
  }
  return true;
}

bool writeAll(int fd, const std::string &data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    done += size_t(n);
  }
  return true;
}

/// checkAndInfer in a child process: libonnx 1.12 crashes (SIGSEGV,
/// SIGFPE) on some malformed models, which must end in a diagnostic, not
/// take the compiler down. The child sends back a status byte and the
/// inferred model or the error.
bool checkAndInferIsolated(onnx::ModelProto &model, std::string &error) {
  int fds[2];
  if (::pipe(fds) != 0)
    return checkAndInfer(model, error);
  pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return checkAndInfer(model, error);
  }
  if (child == 0) {
    // A crash here ends only this process, quietly: no LLVM stack dump, no
    // sanitizer or fuzzer handler mistaking it for the compiler's own.
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP})
      ::signal(sig, SIG_DFL);
    ::close(fds[0]);
    std::string message;
    bool ok = checkAndInfer(model, message);
    std::string reply = ok ? "1" + model.SerializeAsString() : "0" + message;
    ::_exit(writeAll(fds[1], reply) ? 0 : 1);
  }
  ::close(fds[1]);
  std::string reply;
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fds[0], buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    reply.append(buffer, size_t(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    error = std::string("ONNX's checker or shape inference crashed on this "
                        "model (") +
            ::strsignal(WTERMSIG(status)) +
            "); the model is malformed in a way libonnx does not diagnose";
    return false;
  }
  if (reply.empty() || (reply[0] == '1' &&
                        !model.ParseFromString(reply.substr(1)))) {
    error = "ONNX's checker and shape inference did not complete";
    return false;
  }
  if (reply[0] != '1') {
    error = reply.substr(1);
    return false;
  }
  return true;
}

} // namespace

bool mlir::qnt::onnx_import::loadModel(
    const std::string &bytes,
    ArrayRef<std::pair<std::string, const onnx::TensorProto *>> bound,
    onnx::ModelProto &model, std::string &error) {
  if (!model.ParseFromString(bytes)) {
    error = "not an ONNX model (the bytes do not parse as a ModelProto)";
    return false;
  }
  if (!model.has_graph()) {
    error = "the model has no graph";
    return false;
  }
  // Bound inputs become initializers.
  onnx::GraphProto *graph = model.mutable_graph();
  for (const auto &binding : bound) {
    const std::string &name = binding.first;
    auto *inputs = graph->mutable_input();
    auto it = std::find_if(inputs->begin(), inputs->end(),
                           [&](const onnx::ValueInfoProto &info) {
                             return info.name() == name;
                           });
    if (it == inputs->end()) {
      error = "--onnx-bind-input: the graph has no input named '" + name + "'";
      return false;
    }
    inputs->erase(it);
    onnx::TensorProto *init = graph->add_initializer();
    *init = *binding.second;
    init->set_name(name);
  }
  // ONNX's shape inference divides by these without checking (a stride of
  // 0 is a SIGFPE inside libonnx): reject them first, naming the node.
  for (const onnx::NodeProto &node : model.graph().node())
    for (const onnx::AttributeProto &attr : node.attribute()) {
      const std::string &name = attr.name();
      bool positive = name == "strides" || name == "dilations" ||
                      name == "kernel_shape" || name == "group";
      bool bad = false;
      for (int64_t v : attr.ints())
        bad |= positive && v <= 0;
      if (name == "group" && attr.type() == onnx::AttributeProto::INT)
        bad |= attr.i() <= 0;
      if (bad) {
        error = "'" + node.op_type() + "' node '" + node.name() +
                "': attribute '" + name + "' must be positive";
        return false;
      }
    }
  return checkAndInferIsolated(model, error);
}
