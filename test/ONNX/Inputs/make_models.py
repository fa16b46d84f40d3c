#!/usr/bin/env python3
"""Writes the small ONNX models the importer tests read (needs python3-onnx).

  make_models.py OUT_DIR
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(0)


def save(name, nodes, inputs, outputs, initializers=(), opset=13):
    graph = helper.make_graph(nodes, name, inputs, outputs,
                              initializer=list(initializers))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.save(model, os.path.join(out, name + ".onnx"))


def tensor(name, values, dtype=np.float32):
    return numpy_helper.from_array(np.asarray(values, dtype=dtype), name)


def value(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


F, U8, I8 = TensorProto.FLOAT, TensorProto.UINT8, TensorProto.INT8

# QDQ: the activation and the weight (per output channel) quantized and
# dequantized around a Conv with bias, then Relu.
w = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
w_scale = (np.abs(w).reshape(4, -1).max(1) / 127).astype(np.float32)
save("qdq",
     [helper.make_node("QuantizeLinear", ["x", "x_scale", "x_zp"], ["xq"]),
      helper.make_node("DequantizeLinear", ["xq", "x_scale", "x_zp"], ["xd"]),
      helper.make_node("QuantizeLinear", ["w", "w_scale", "w_zp"], ["wq"], axis=0),
      helper.make_node("DequantizeLinear", ["wq", "w_scale", "w_zp"], ["wd"], axis=0),
      helper.make_node("Conv", ["xd", "wd", "b"], ["c"], pads=[1, 1, 1, 1], name="conv1"),
      helper.make_node("Relu", ["c"], ["y"], name="relu1")],
     [value("x", F, [1, 3, 8, 8])], [value("y", F, [1, 4, 8, 8])],
     [tensor("x_scale", 0.05), tensor("x_zp", 3, np.uint8), tensor("w", w),
      tensor("w_scale", w_scale), tensor("w_zp", np.zeros(4), np.int8),
      tensor("b", [0.1, -0.2, 0.3, 0.0])])

# A lone QuantizeLinear and a lone DequantizeLinear (integer in and out).
save("q_and_dq",
     [helper.make_node("QuantizeLinear", ["x", "s", "zp"], ["q"]),
      helper.make_node("DequantizeLinear", ["i", "s", "zp"], ["d"])],
     [value("x", F, [4]), value("i", I8, [4])],
     [value("q", I8, [4]), value("d", F, [4])],
     [tensor("s", 0.5), tensor("zp", -1, np.int8)])

# Conv + BatchNormalization + Flatten + Gemm (nn.Linear: transB = 1).
save("conv_bn_gemm",
     [helper.make_node("Conv", ["x", "w"], ["c"], strides=[2, 2], name="stem"),
      helper.make_node("BatchNormalization", ["c", "g", "beta", "mean", "var"],
                       ["n"], epsilon=1e-3, name="bn"),
      helper.make_node("MaxPool", ["n"], ["p"], kernel_shape=[2, 2], pads=[0, 0, 1, 1],
                       strides=[2, 2], name="pool"),
      helper.make_node("Flatten", ["p"], ["f"], name="flatten"),
      helper.make_node("Gemm", ["f", "fc_w", "fc_b"], ["y"], transB=1, name="fc")],
     [value("x", F, [1, 1, 9, 9])], [value("y", F, [1, 3])],
     [tensor("w", rng.standard_normal((2, 1, 3, 3))),
      tensor("g", [1.0, 2.0]), tensor("beta", [0.5, -0.5]),
      tensor("mean", [0.1, 0.2]), tensor("var", [1.0, 4.0]),
      tensor("fc_w", rng.standard_normal((3, 8))), tensor("fc_b", [1.0, 2.0, 3.0])])

# AveragePool with padding excluded from the count, and a Reshape by an
# initializer shape.
save("avgpool_reshape",
     [helper.make_node("AveragePool", ["x"], ["a"], kernel_shape=[3, 3],
                       pads=[1, 1, 1, 1], name="avg"),
      helper.make_node("Reshape", ["a", "shape"], ["y"], name="reshape")],
     [value("x", F, [1, 2, 4, 4])], [value("y", F, [2, 16])],
     [tensor("shape", [2, -1], np.int64)])

# Errors.
save("unsupported",
     [helper.make_node("Erf", ["x"], ["y"], name="erf1")],
     [value("x", F, [2])], [value("y", F, [2])])
save("dynamic",
     [helper.make_node("Relu", ["x"], ["y"], name="relu")],
     [value("x", F, ["N", 4])], [value("y", F, ["N", 4])])
save("bn_training",
     [helper.make_node("BatchNormalization", ["x", "g", "b", "m", "v"],
                       ["y", "rm", "rv"], training_mode=1, name="bn_train")],
     [value("x", F, [1, 2, 2, 2])],
     [value("y", F, [1, 2, 2, 2]), value("rm", F, [2]), value("rv", F, [2])],
     [tensor("g", [1, 1]), tensor("b", [0, 0]), tensor("m", [0, 0]),
      tensor("v", [1, 1])], opset=15)
save("runtime_shape",
     [helper.make_node("Reshape", ["x", "shape"], ["y"], name="reshape")],
     [value("x", F, [2, 3]), value("shape", TensorProto.INT64, [2])],
     [value("y", F, [3, 2])])
save("conv3d",
     [helper.make_node("Conv", ["x", "w"], ["y"], name="conv3d")],
     [value("x", F, [1, 1, 3, 3, 3])], [value("y", F, [1, 1, 1, 1, 1])],
     [tensor("w", np.ones((1, 1, 3, 3, 3)))])
# Found by fuzz/run.sh onnx: ONNX's own shape inference divides by the
# stride (SIGFPE inside libonnx) unless the importer rejects it first.
save("stride0",
     [helper.make_node("Conv", ["x", "w"], ["y"], strides=[0, 1], name="c0")],
     [value("x", F, [1, 1, 4, 4])], [value("y", F, None)],
     [tensor("w", np.ones((1, 1, 1, 1)))])
with open(os.path.join(out, "corrupt.onnx"), "wb") as f:
    f.write(b"\x0a\xff\xff\xff\xff\x0fnot a model")
np.save(os.path.join(out, "shape32.npy"), np.array([3, 2], dtype=np.int64))
