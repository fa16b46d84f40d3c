//===- LoadModel.cpp - parse, check and shape-infer an ONNX model --------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The only file built with C++ exceptions: ONNX's checker and shape
// inference report errors by throwing, and nothing may escape into the
// rest of the compiler.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "onnx/checker.h"
#include "onnx/shape_inference/implementation.h"

#include <exception>

using namespace mlir::qnt::onnx_import;

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
